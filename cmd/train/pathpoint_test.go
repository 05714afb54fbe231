package main

import (
	"testing"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// TestFitPathPoint: the point of links with a path is the least shift
// at which the link stage flags the target share of the validation
// split's phishing URLs with a path; it moves every link with a path by
// that shift and no bare link, and reads neither other splits nor the
// benign side to set it.
func TestFitPathPoint(t *testing.T) {
	base := model.Link()
	m := &model.Model{Bias: base.Bias, Weights: append([]float32(nil), base.Weights...)}
	comb := *model.Combination()
	mk := func(u string, src Source, phish bool, split Split) Example {
		l, ok := linkx.Parse(u)
		if !ok {
			t.Fatalf("parse %s", u)
		}
		return Example{Link: l, Source: src, Phish: phish, Split: split, Weight: 1}
	}
	ex := []Example{
		mk("https://bakery-hanoi.com/menu/banh-mi", SrcPhishURL, true, Validate),
		mk("https://www.example-library.org/docs/getting-started.html", SrcPhishURL, true, Validate),
		mk("https://tiny-garden-club.net/2021/05/tomatoes/", SrcPhishURL, true, Validate),
		mk("https://secure-login-verify.example-shop.top/account/update.php", SrcPhishURL, true, Validate),
		// not read: bare, another split, benign
		mk("https://plain-bare-name.com/", SrcPhishURL, true, Validate),
		mk("https://left-out-of-it.org/some/page.html", SrcPhishURL, true, Train),
		mk("https://shop.example-store.com/cart/checkout", SrcBenignGen, false, Validate),
	}
	logit := func(l *linkx.Link) float64 {
		c := bot.NewClassifier(bot.ClassifierConfig{LinkModel: m, Combiner: &comb})
		sig, ok := c.LinkSignals(l)
		if !ok {
			t.Fatalf("%s: not weighed", l.Raw)
		}
		return comb.LinkLogit(&sig)
	}
	var before [7]float64
	for i := range ex {
		before[i] = logit(&ex[i].Link)
	}
	if before[0] >= 0 && before[1] >= 0 && before[2] >= 0 {
		t.Fatal("the benign-looking links are flagged already: the test needs links below the warn point")
	}
	flagged := func() int {
		n := 0
		for i := 0; i < 4; i++ {
			if logit(&ex[i].Link) >= 0 {
				n++
			}
		}
		return n
	}
	if n := flagged(); n != 1 {
		t.Fatalf("%d of the 4 phishing URLs flagged before the shift, the test wants 1", n)
	}
	s := fitPathPoint(m, &comb, ex, numSources, 0.5)
	if s <= 0 {
		t.Fatalf("shift %.3f, want a positive one to flag 2 of the 4 phishing URLs", s)
	}
	if n := flagged(); n != 2 {
		t.Errorf("%d of the 4 phishing URLs flagged after the shift, want 2", n)
	}
	m.ShiftPaths(-0.01)
	if n := flagged(); n != 1 {
		t.Errorf("%d of the 4 phishing URLs flagged a hundredth below the shift, want 1: the shift is not the least", n)
	}
	m.ShiftPaths(0.01)
	if z := logit(&ex[4].Link); z != before[4] {
		t.Errorf("the bare link moved: %.4f -> %.4f", before[4], z)
	}
	if z := logit(&ex[6].Link); z <= before[6] {
		t.Errorf("a benign link with a path did not move: %.4f -> %.4f", before[6], z)
	}
	// a target already met: no shift upwards
	m2 := &model.Model{Bias: base.Bias, Weights: append([]float32(nil), base.Weights...)}
	if s := fitPathPoint(m2, &comb, ex[3:4], numSources, 1); s > 0 {
		t.Errorf("a flagged phishing URL alone: shift %.3f, want at most 0", s)
	}
}

// TestPlainHTTP: -genhttp rewrites about the share asked of the written
// HTTPS links as their plain-HTTP twins, the same ones on every run, and
// changes nothing else of a link; httpShare counts the scheme.
func TestPlainHTTP(t *testing.T) {
	var ex []Example
	for _, u := range []string{"https://shop.example.com/cart", "https://docs.example.org/guide/intro.html?x=1", "http://old.example.net/a"} {
		l, ok := linkx.Parse(u)
		if !ok {
			t.Fatalf("parse %s", u)
		}
		for k := 0; k < 400; k++ {
			ex = append(ex, Example{Link: l, Source: SrcBenignGen})
		}
	}
	a := append([]Example(nil), ex...)
	b := append([]Example(nil), ex...)
	n := plainHTTP(a, 0.25, 19)
	if m := plainHTTP(b, 0.25, 19); m != n {
		t.Fatalf("%d rewritten, then %d: not the same on every run", n, m)
	}
	if n < 150 || n > 250 {
		t.Errorf("%d of 800 HTTPS links rewritten at a share of 0.25", n)
	}
	for i := range a {
		if a[i].Link.Raw != b[i].Link.Raw {
			t.Fatalf("link %d: %s, then %s", i, a[i].Link.Raw, b[i].Link.Raw)
		}
		was, now := ex[i].Link, a[i].Link
		if now.Scheme != "http" && now.Raw != was.Raw {
			t.Errorf("%s became %s", was.Raw, now.Raw)
		}
		if now.Host != was.Host || now.Path != was.Path || now.Query != was.Query || now.Domain != was.Domain {
			t.Errorf("%s became %s: more than the scheme changed", was.Raw, now.Raw)
		}
	}
	if got, want := httpShare(a), float64(400+n)/1200; got != want {
		t.Errorf("httpShare %.4f, want %.4f", got, want)
	}
}
