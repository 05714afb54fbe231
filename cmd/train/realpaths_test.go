package main

import (
	"fmt"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// TestRealPathWeights: -realpaths sets to 0 the positive weight of a
// path's word or file the real benign links hold as often as the
// phishing URLs or more (.html, docs here), and leaves a word the phishing URLs hold
// far more often (.php), a feature too few real links hold, a negative
// weight, the bucketed measures and the written benign URLs' words as
// learned; with -realpathless a word held about as often by both (docs)
// stays too. It did not compile before -realpaths.
func TestRealPathWeights(t *testing.T) {
	parse := func(u string) linkx.Link { return mustParse(t, u) }
	var ex []Example
	add := func(src Source, phish bool, n int, f string) {
		for i := 0; i < n; i++ {
			ex = append(ex, Example{Link: parse(fmt.Sprintf(f, i)), Source: src, Phish: phish, Split: Train})
		}
	}
	// 260 phishing URLs: 40 .html pages, 150 .php scripts, 10 /rare/, 60 /docs/
	add(SrcPhishURL, true, 40, "http://kit%d.example.com/a/page.html")
	add(SrcPhishURL, true, 150, "http://kit%d.example.net/b/login.php")
	add(SrcPhishURL, true, 10, "http://kit%d.example.org/rare/x")
	add(SrcPhishURL, true, 60, "http://kit%d.example.info/docs/view")
	// 130 real links: 40 .html pages, 2 .php, 5 /rare/, 30 /docs/; written links all .html
	add(SrcBenignDeb, false, 40, "http://proj%d.example.org/doc/page.html")
	add(SrcBenignURL, false, 2, "https://proj%d.example.org/x/index.php")
	add(SrcBenignURL, false, 5, "https://proj%d.example.org/rare/y")
	add(SrcBenignURL, false, 53, "https://proj%d.example.org/guide/")
	add(SrcBenignURL, false, 30, "https://proj%d.example.org/docs/start")
	add(SrcBenignGen, false, 300, "https://www.site%d.example.com/guides/setup.html")

	index := func(u string, fam model.Family, text string) uint32 {
		l := parse(u)
		var fs model.Features
		model.PathFeatures(&l, &fs)
		for _, ft := range fs.List[:fs.N] {
			if ft.Family == fam && ft.Text == text {
				return ft.Index
			}
		}
		t.Fatalf("%s: no %q", u, text)
		return 0
	}
	html := index("http://a.example/page.html", model.File, "html")
	php := index("http://a.example/login.php", model.File, "php")
	rare := index("http://a.example/rare/x", model.PathWords, "rare")
	guides := index("http://a.example/guides/x", model.PathWords, "guides")
	docs := index("http://a.example/docs/x", model.PathWords, "docs")
	page := index("http://a.example/page.html", model.PathWords, "page")
	var buckets []uint32
	{
		l := parse("http://a.example/page.html")
		var fs model.Features
		model.PathFeatures(&l, &fs)
		for _, ft := range fs.List[:fs.N] {
			if model.PathBucket(ft.Index) {
				buckets = append(buckets, ft.Index)
			}
		}
	}
	fresh := func() *model.Model {
		m := &model.Model{Weights: make([]float32, 1<<model.Bits)}
		for _, i := range append([]uint32{html, php, rare, guides, docs}, buckets...) {
			m.Weights[i] = 0.5
		}
		m.Weights[page] = -0.4
		return m
	}
	keep := func(x *Example) bool { return x.Split == Train }

	defer func(v bool) { realPathLess = v }(realPathLess)
	realPathLess = false
	m := fresh()
	if n := setRealPathWeights(m, ex, keep); n != 2 {
		t.Errorf("set %d weights, want 2 (.html, docs)", n)
	}
	if m.Weights[html] != 0 || m.Weights[docs] != 0 {
		t.Errorf(".html %+.2f, docs %+.2f kept: real links hold them as often as phishing URLs or more", m.Weights[html], m.Weights[docs])
	}
	for name, i := range map[string]uint32{".php": php, "rare (5 real links)": rare, "guides (written links)": guides} {
		if m.Weights[i] != 0.5 {
			t.Errorf("%s: %+.2f, want 0.5 as learned", name, m.Weights[i])
		}
	}
	if m.Weights[page] != -0.4 {
		t.Errorf("a negative weight moved: %+.2f", m.Weights[page])
	}
	for _, i := range buckets {
		if m.Weights[i] != 0.5 {
			t.Errorf("a bucketed measure moved: %+.2f", m.Weights[i])
		}
	}
	realPathLess = true
	m = fresh()
	if n := setRealPathWeights(m, ex, keep); n != 1 || m.Weights[html] != 0 || m.Weights[docs] != 0.5 {
		t.Errorf("-realpathless: set %d, .html %+.2f, docs %+.2f; want .html alone (15 %% of phishing URLs against 31 %% of real links), docs (23 %% of both) as learned", n, m.Weights[html], m.Weights[docs])
	}
}
