package model

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// hostIndexes returns the indexes of the features HostFeatures gives a
// link.
func hostIndexes(t *testing.T, u string) map[uint32]bool {
	t.Helper()
	l, ok := linkx.Parse(u)
	if !ok {
		t.Fatalf("parse %s", u)
	}
	var fs Features
	HostFeatures(&l, &fs)
	out := make(map[uint32]bool, fs.N)
	for _, f := range fs.List[:fs.N] {
		out[f.Index] = true
	}
	return out
}

// TestFoldedGramsReadNumbersAlike: a label with digits also carries the
// n-grams of the label with each digit written as 0, so that names that
// differ only in their numbers (shop123.vip, shop987.vip) share them,
// and a label without digits carries none.
func TestFoldedGramsReadNumbersAlike(t *testing.T) {
	digitShapeOn(t)
	// the grams of ^shop000$, each hashed alone
	var want Features
	const folded = "^shop000$"
	for n := 3; n <= 5; n++ {
		for i := 0; i+n <= len(folded); i++ {
			want.add(hashBytes(hashStart('F'), folded[i:i+n]), Spelling, 1, "")
		}
	}
	for _, u := range []string{"https://shop123.vip/", "https://shop987.vip/", "https://a.shop555.vip/x"} {
		got := hostIndexes(t, u)
		for _, f := range want.List[:want.N] {
			if !got[f.Index&mask] {
				t.Fatalf("%s lacks a folded n-gram of shop000", u)
			}
		}
	}
	var fs Features
	foldedGrams(&fs, "shop")
	if fs.N != 0 {
		t.Fatalf("a label without digits has %d folded n-grams", fs.N)
	}
	foldedGrams(&fs, "shop7")
	if fs.N != 5+4+3 {
		t.Fatalf("shop7 (^shop0$) has %d folded 3- to 5-grams, want 12", fs.N)
	}
}

// TestOrderReadsRunsAndDigits: names with the same order of letters,
// digits and hyphens share the order features, and the shape of a run of
// digits (666 and 888 repeat one digit, 668 does not) and where it stands
// tell names apart.
func TestOrderReadsRunsAndDigits(t *testing.T) {
	digitShapeOn(t)
	feats := func(label, suffix string) []uint32 {
		var fs Features
		order(&fs, hostParts{label: label, suffix: suffix})
		var out []uint32
		for _, f := range fs.List[:fs.N] {
			if f.Family != Shape {
				t.Fatalf("%s: order feature of family %d", label, f.Family)
			}
			out = append(out, f.Index)
		}
		return out
	}
	same := func(a, b string, suffix string) bool {
		x, y := feats(a, suffix), feats(b, suffix)
		if len(x) != len(y) {
			return false
		}
		for i := range x {
			if x[i] != y[i] {
				return false
			}
		}
		return true
	}
	if !same("tiki666", "momo888", "com") {
		t.Error("tiki666 and momo888 read apart")
	}
	for _, c := range [][2]string{{"tiki666", "tiki668"}, {"tiki666", "666tiki"}, {"tiki666", "tiki-666"}, {"tiki666", "tikitiki666"}, {"tiki6868", "tiki6688"}} {
		if same(c[0], c[1], "com") {
			t.Errorf("%s and %s read alike", c[0], c[1])
		}
	}
	// with a suffix, the pattern is read with it too
	if len(feats("tiki666", "")) != len(feats("tiki666", "com"))-1 {
		t.Error("the pattern is not read with the suffix")
	}
	if x, y := feats("tiki666", "com"), feats("tiki666", "vip"); x[2] == y[2] {
		t.Error("the pattern reads alike under .com and .vip")
	}
	// a single digit has no digit pattern; two or more have two features
	if n1, n2 := len(feats("tiki6", "com")), len(feats("tiki66", "com")); n1 != 3 || n2 != 5 {
		t.Errorf("tiki6: %d order features, tiki66: %d; want 3 and 5", n1, n2)
	}
	// the order features reach the link model
	got := hostIndexes(t, "https://tiki666.com/")
	for _, ix := range feats("tiki666", "com") {
		if !got[ix&mask] {
			t.Fatal("HostFeatures lacks the order features")
		}
	}
}

// digitShapeOn switches the digit-shape features on for a test (which
// must not be parallel) and off after it.
func digitShapeOn(t *testing.T) {
	SetDigitShape(true)
	t.Cleanup(func() { SetDigitShape(false) })
}

// TestDigitShapeSwitch: the features are off unless switched on (the
// embedded model has none), a model's file says whether it was trained
// with them, and Link switches them on for an embedded model that was.
func TestDigitShapeSwitch(t *testing.T) {
	if DigitShape() || Link().DigitShape {
		t.Fatal("the digit-shape features are on for the embedded model")
	}
	without := len(hostIndexes(t, "https://tiki666.com/"))
	m := &Model{Bias: 1, Weights: make([]float32, 1<<Bits), DigitShape: true}
	got, err := Decode(m.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if !got.DigitShape {
		t.Fatal("the file lost DigitShape")
	}
	if again, _ := Decode((&Model{Weights: make([]float32, 1<<Bits)}).Encode()); again.DigitShape {
		t.Fatal("a model without the features decoded with them")
	}
	digitShapeOn(t)
	if with := len(hostIndexes(t, "https://tiki666.com/")); with <= without {
		t.Fatalf("tiki666.com: %d features with the digit-shape features, %d without", with, without)
	}
}
