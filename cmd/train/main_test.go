package main

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestUnweighedLinksAreNotTrainedOn: benign URLs to official hosts, which
// the classifier never reads the model on, are marked and left out of
// training; other benign URLs and every phishing one are trained on.
func TestUnweighedLinksAreNotTrainedOn(t *testing.T) {
	mk := func(u string, src Source, phish bool) Example {
		l, ok := linkx.Parse(u)
		if !ok {
			t.Fatalf("parse %s", u)
		}
		return Example{Link: l, Source: src, Phish: phish, Weight: 1}
	}
	ex := []Example{
		mk("https://github.com/google/go-cmp/blob/master/README.md", SrcBenignURL, false),
		mk("https://go.dev/doc/effective_go", SrcBenignGen, false),
		mk("https://bakery-hanoi.com/menu/banh-mi", SrcBenignGen, false),
		mk("https://github.com/login/verify-account", SrcPhishURL, true),
		mk("https://secure-login-verify.example-shop.top/account/update.php", SrcPhishURL, true),
	}
	if n := markUnweighed(ex); n != 2 {
		t.Fatalf("%d marked, want 2", n)
	}
	want := []bool{true, true, false, false, false}
	for i := range ex {
		if ex[i].Unweighed != want[i] {
			t.Errorf("%s: unweighed %v, want %v", ex[i].Link.Raw, ex[i].Unweighed, want[i])
		}
	}
	// trained on the two marked links alone, the model learns nothing
	m := trainLink(ex[:2], func(*Example) bool { return true }, 1, 1, linkConfig)
	for _, w := range m.Weights {
		if w != 0 {
			t.Fatal("the model learned from links the classifier never weighs")
		}
	}
}
