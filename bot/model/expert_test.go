package model

import (
	"encoding/binary"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestExpertsRoundTrip: a model with experts is written and read back
// whole; one without is written as before (no count after its weights);
// a file cut inside an expert is refused.
func TestExpertsRoundTrip(t *testing.T) {
	m := &Model{Bias: -1, Weights: make([]float32, 1<<Bits)}
	m.Weights[3] = 1.25
	plain := m.Encode()
	if len(plain) != 16+2*(1<<Bits) {
		t.Fatalf("a model without experts encodes to %d bytes", len(plain))
	}
	for k := 0; k < 2; k++ {
		e := &Model{Bias: float32(k) - 3, Weights: make([]float32, 1<<Bits)}
		e.Weights[5+k] = 4
		m.Experts = append(m.Experts, e)
	}
	b := m.Encode()
	got, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Experts) != 2 || got.Experts[1].Bias != -2 || abs32(got.Experts[1].Weights[6]-4) > 1e-3 || abs32(got.Weights[3]-1.25) > 1e-3 {
		t.Fatalf("round trip lost the experts: %d experts", len(got.Experts))
	}
	if _, err := Decode(b[:len(b)-2]); err == nil {
		t.Fatal("a file cut inside an expert decoded")
	}
	bad := append([]byte(nil), b...)
	binary.LittleEndian.PutUint32(bad[len(plain):], 3)
	if _, err := Decode(bad); err == nil {
		t.Fatal("a file claiming more experts than it holds decoded")
	}
}

// TestExpertLogit: the highest expert's logit of the host name; none
// without experts; and Explain explains the expert that set the score.
func TestExpertLogit(t *testing.T) {
	l, _ := linkx.Parse("https://lucky-example-88.top/")
	var h, p Features
	HostFeatures(&l, &h)
	m := &Model{Bias: -4, Weights: make([]float32, 1<<Bits)}
	if _, ok := m.ExpertLogit(&h); ok {
		t.Fatal("a model without experts has an expert logit")
	}
	low := &Model{Bias: -9, Weights: make([]float32, 1<<Bits)}
	high := &Model{Bias: -1, Weights: make([]float32, 1<<Bits)}
	for _, f := range h.List[:h.N] {
		if f.Family == Shape {
			high.Weights[f.Index] = 1
		}
	}
	m.Experts = []*Model{low, high}
	got, ok := m.ExpertLogit(&h)
	if want := high.Bias + high.Logit(&h); !ok || got != want || got <= 0 {
		t.Fatalf("expert logit %v %v, want %v", got, ok, want)
	}
	why := m.Explain(0.5, &h, &p)
	if len(why) != 1 || why[0].Family != Shape {
		t.Fatalf("explained %+v, want the expert's shape", why)
	}
	if n := testing.AllocsPerRun(100, func() { m.ExpertLogit(&h) }); n != 0 {
		t.Fatalf("%v allocations", n)
	}
}
