package main

import (
	"slices"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
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

// TestDropGrams: an example shown without its spelling keeps its words,
// concepts, ending and shape.
func TestDropGrams(t *testing.T) {
	l, ok := linkx.Parse("https://claim-airdrop-rewardz.xyz/")
	if !ok {
		t.Fatal("parse")
	}
	var all model.Features
	model.HostFeatures(&l, &all)
	count := func(fs *model.Features) (grams int, others []model.Feature) {
		for _, f := range fs.List[:fs.N] {
			if f.Family == model.Spelling {
				grams++
			} else {
				others = append(others, f)
			}
		}
		return
	}
	g0, o0 := count(&all)
	fams := map[model.Family]bool{}
	for _, f := range o0 {
		fams[f.Family] = true
	}
	if g0 == 0 || !fams[model.Words] || !fams[model.TLD] || !fams[model.Shape] {
		t.Fatalf("%d n-grams, families %v: the example does not have what it tests", g0, fams)
	}
	fs := all
	dropGrams(&fs)
	g, o := count(&fs)
	if g != 0 {
		t.Errorf("%d n-grams left", g)
	}
	if !slices.Equal(o, o0) {
		t.Errorf("the other features changed: %v, want %v", o, o0)
	}
}
