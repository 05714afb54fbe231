package main

import (
	"math"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// TestSetPlainPages: the page feature's weight is the log odds ratio of
// plain HTTP on pages of older sites, phishing URLs against harvested
// benign links (written links, other sources, unweighed links, other
// splits, addresses and files not counted), less the scheme's learned gap;
// it only lowers, and a learned weight at its index is an error.
func TestSetPlainPages(t *testing.T) {
	on := model.PlainPages()
	t.Cleanup(func() { model.SetPlainPages(on) })
	mk := func(u string, src Source, phish bool, split Split) Example {
		l, ok := linkx.Parse(u)
		if !ok {
			t.Fatalf("parse %s", u)
		}
		return Example{Link: l, Source: src, Phish: phish, Split: split, Weight: 1}
	}
	var ex []Example
	// phishing pages: 5 plain HTTP, 1 HTTPS
	for _, u := range []string{"http://a-shop.com/x/login.html", "http://b-firm.net/y/", "http://c-club.org/z/index.php",
		"http://d-hotel.de/w/a.html", "http://e-farm.com/v/b.htm", "https://f-shop.com/u/c.html"} {
		ex = append(ex, mk(u, SrcPhishURL, true, Train))
	}
	// harvested benign pages: 2 plain HTTP, 3 HTTPS
	for _, u := range []string{"http://www.old-project.org/docs/a.html", "http://people.some-uni.edu/~jo/",
		"https://new-project.org/guide/", "https://blog.some-one.net/2019/05/post.html", "https://a-lib.io/api/"} {
		ex = append(ex, mk(u, SrcBenignURL, false, Train))
	}
	// none of these counts
	unweighed := mk("http://www.gnu.org/software/tar/manual/", SrcBenignURL, false, Train)
	unweighed.Unweighed = true
	ex = append(ex, unweighed,
		mk("http://written.example.com/shop/item", SrcBenignGen, false, Train),
		mk("http://held-out.com/docs/a.html", SrcBenignURL, false, Validate),
		mk("http://203.0.113.9/bank/login.html", SrcPhishURL, true, Train),
		mk("http://g-files.com/docs/invoice.pdf", SrcPhishURL, true, Train),
		mk("http://h-cargo.top/track.html", SrcPhishURL, true, Train))
	keep := func(x *Example) bool { return x.Split == Train }
	want := math.Log(6.0/2) - math.Log(3.0/4)

	newModel := func(gap float32) *model.Model {
		m := &model.Model{Weights: make([]float32, 1<<model.Bits)}
		for _, s := range []string{"http", "https"} {
			l, _ := linkx.Parse(s + "://example.org/x")
			var fs model.Features
			model.PathFeatures(&l, &fs)
			if s == "http" {
				m.Weights[fs.List[0].Index] = gap
			}
		}
		return m
	}
	m := newModel(3)
	lor, w, err := setPlainPages(m, ex, keep)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(lor-want) > 1e-9 {
		t.Fatalf("log odds ratio %.4f, want %.4f", lor, want)
	}
	if math.Abs(float64(w)-(want-3)) > 1e-6 || m.Weights[model.PlainPageIndex()] != w || !m.PlainPages || !model.PlainPages() {
		t.Fatalf("weight %.4f (index %.4f, PlainPages %v), want %.4f", w, m.Weights[model.PlainPageIndex()], m.PlainPages, want-3)
	}
	// a scheme gap below what the links say is left as learned
	model.SetPlainPages(false)
	if _, w, err := setPlainPages(newModel(1), ex, keep); err != nil || w != 0 {
		t.Fatalf("gap 1 under a log odds ratio of %.2f: weight %.4f, error %v; want 0", want, w, err)
	}
	model.SetPlainPages(false)
	m = newModel(3)
	m.Weights[model.PlainPageIndex()] = 0.25
	if _, _, err := setPlainPages(m, ex, keep); err == nil {
		t.Fatal("a learned weight at the feature's index overwritten without an error")
	}
}
