package model

import (
	"bytes"
	"math"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// testBooster is two trees of depth 2: the first splits on digits, then
// on the length; the second on hyphens and never splits its right side.
func testBooster() *Booster {
	inf := float32(math.Inf(1))
	return &Booster{
		Depth: 2,
		Feat:  []uint8{DenseDigits, DenseLength, DenseLength, DenseHyphens, 0, 0},
		Thr:   []float32{1.5, 10, 10, 0.5, inf, inf},
		Leaf:  []float32{-1, -2, 3, 4, 0.5, 0, 0.25, 0},
	}
}

// TestBoosterScore: each tree sends a host left or right at each level
// by its value against the threshold, and the leaves reached add up.
func TestBoosterScore(t *testing.T) {
	b := testBooster()
	for _, c := range []struct {
		digits, length, hyphens float32
		want                    float32
	}{
		{0, 5, 0, -1 + 0.5},   // left, left; left, left
		{0, 12, 1, -2 + 0.25}, // left, right; right, left
		{4, 5, 0, 3 + 0.5},    // right, left
		{4, 10, 2, 3 + 0.25},  // right, left (10 is not above 10)
		{4, 11, 0, 4 + 0.5},   // right, right
	} {
		var x Dense
		x[DenseDigits], x[DenseLength], x[DenseHyphens] = c.digits, c.length, c.hyphens
		if got := b.Score(&x); got != c.want {
			t.Errorf("digits %v length %v hyphens %v: %v, want %v", c.digits, c.length, c.hyphens, got, c.want)
		}
	}
	if b.Trees() != 2 || (*Booster)(nil).Trees() != 0 {
		t.Fatalf("%d trees", b.Trees())
	}
}

// TestBoosterRoundTrip: a model with experts and a booster, and one with
// a booster and no experts, are written and read back whole; a model
// without a booster is written byte for byte as before; a cut or
// damaged booster is refused.
func TestBoosterRoundTrip(t *testing.T) {
	m := &Model{Bias: -1, Weights: make([]float32, 1<<Bits)}
	m.Weights[3] = 1.25
	plain := m.Encode()
	e := &Model{Bias: -3, Weights: make([]float32, 1<<Bits)}
	m.Experts = []*Model{e}
	withExpert := m.Encode()
	m.Booster = testBooster()
	b := m.Encode()
	if !bytes.Equal(b[:len(withExpert)], withExpert) {
		t.Fatal("a booster changed the bytes before it")
	}
	got, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Experts) != 1 || got.Booster.Trees() != 2 || got.Booster.Depth != 2 ||
		!equal32(got.Booster.Thr, m.Booster.Thr) || !equal32(got.Booster.Leaf, m.Booster.Leaf) || !bytes.Equal(got.Booster.Feat, m.Booster.Feat) {
		t.Fatalf("round trip: %d experts, booster %+v", len(got.Experts), got.Booster)
	}
	m.Experts = nil
	nb := m.Encode()
	if !bytes.Equal(nb[:len(plain)], plain) {
		t.Fatal("a booster without experts changed the model's bytes")
	}
	got, err = Decode(nb)
	if err != nil || len(got.Experts) != 0 || got.Booster.Trees() != 2 {
		t.Fatalf("a booster without experts: %v, %+v", err, got)
	}
	for name, bad := range map[string][]byte{
		"cut":           b[:len(b)-3],
		"split feature": append(append([]byte(nil), withExpert...), badFeature(m.Booster)...),
		"trailing":      append(append([]byte(nil), b...), 0),
	} {
		if _, err := Decode(bad); err == nil {
			t.Errorf("%s booster decoded", name)
		}
	}
}

func badFeature(b *Booster) []byte {
	c := *b
	c.Feat = append([]uint8(nil), b.Feat...)
	c.Feat[1] = NumDense
	return c.appendTo(nil)
}

func equal32(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && !(math.IsInf(float64(a[i]), 1) && math.IsInf(float64(b[i]), 1)) {
			return false
		}
	}
	return true
}

// TestHostLogits: without a booster, the model's and the experts'
// logits as they are; with one, each raised by the booster's score of
// the host's dense features — read from the name (lucky-example-88.top:
// 2 digits, 2 hyphens, 16 characters) — with no allocation.
func TestHostLogits(t *testing.T) {
	l, _ := linkx.Parse("https://lucky-example-88.top/")
	var h Features
	HostFeatures(&l, &h)
	m := &Model{Bias: -4, Weights: make([]float32, 1<<Bits)}
	for _, f := range h.List[:h.N] {
		if f.Family == TLD {
			m.Weights[f.Index] = 0.5
		}
	}
	e := &Model{Bias: -2, Weights: make([]float32, 1<<Bits)}
	m.Experts = []*Model{e}
	host, expert, ok := m.HostLogits(&l, &h)
	if !ok || host != m.Bias+m.Logit(&h) || expert != -2 {
		t.Fatalf("without a booster: %v %v %v", host, expert, ok)
	}
	var x Dense
	m.DenseOf(&l, &h, &x)
	if x[DenseDigits] != 2 || x[DenseHyphens] != 2 || x[DenseLength] != 16 || x[DenseParts] != 3 || x[DenseDigitRun] != 2 ||
		x[DenseTLD] != 0.5 || x[DenseHostLogit] != host || x[DenseExpert] != -2 || x[DenseSuffixLength] != 3 {
		t.Fatalf("dense features %v", x)
	}
	m.Booster = testBooster() // 2 digits, 16 characters: 4; hyphens: 0.25
	h2, e2, _ := m.HostLogits(&l, &h)
	if h2 != host+4.25 || e2 != expert+4.25 {
		t.Fatalf("with a booster: %v %v, want %v %v", h2, e2, host+4.25, expert+4.25)
	}
	if n := testing.AllocsPerRun(100, func() { m.HostLogits(&l, &h) }); n != 0 {
		t.Fatalf("%v allocations", n)
	}
	// a subdomain is not read by the trees: its host is read as its
	// registrable name, whatever the model makes of the subdomain
	sub, _ := linkx.Parse("https://login-secure.lucky-example-88.top/")
	var hs Features
	HostFeatures(&sub, &hs)
	bare := map[uint32]bool{}
	for _, f := range h.List[:h.N] {
		bare[f.Index] = true
	}
	for _, f := range hs.List[:hs.N] {
		if !bare[f.Index] {
			m.Weights[f.Index] = 0.25
		}
	}
	var xs, xb Dense
	if !m.DenseOf(&sub, &hs, &xs) || !m.DenseOf(&l, &h, &xb) || xs != xb {
		t.Fatalf("with a subdomain %v, bare %v", xs, xb)
	}
	if hl, _, _ := m.HostLogits(&sub, &hs); hl != m.Bias+m.Logit(&hs)+4.25 || m.Logit(&hs) == m.Logit(&h) {
		t.Fatalf("with a subdomain: %v", hl)
	}
	ip, _ := linkx.Parse("http://203.0.113.9/")
	var hi Features
	HostFeatures(&ip, &hi)
	if m.DenseOf(&ip, &hi, &xs) {
		t.Fatal("the trees read an IP address")
	}
}
