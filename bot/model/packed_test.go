package model

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/internal/race"
)

// unpacked returns a copy of m and its experts that reads Weights, as
// every model did before Decode packed them.
func unpacked(m *Model) *Model {
	u := &Model{Bias: m.Bias, Weights: m.Weights, Booster: m.Booster, Net: m.Net}
	for _, e := range m.Experts {
		u.Experts = append(u.Experts, &Model{Bias: e.Bias, Weights: e.Weights})
	}
	return u
}

// TestPackedWeightsAreWeights holds the embedded model, which reads its
// weights and its expert's from the packed copy Decode makes, to the
// same model reading Weights: every weight, and the logits, expert
// logits, host logits, explanations and host parts of 60,000 links' (a quarter under -race)
// features, to the last bit. It fails if a column or a scale of the
// packed table is wrong, or if ShiftPaths leaves the copy in use.
func TestPackedWeightsAreWeights(t *testing.T) {
	m := Link()
	if m.packed == nil || len(m.Experts) == 0 {
		t.Fatal("the embedded model is not packed, or has no expert: nothing is tested")
	}
	models := append([]*Model{m}, m.Experts...)
	for k, x := range models {
		if x.packed != m.packed || x.col != k {
			t.Fatalf("model %d reads column %d of its own table", k, x.col)
		}
		for i := range x.Weights {
			if got := x.weight(uint32(i)); math.Float32bits(got) != math.Float32bits(x.Weights[i]) {
				t.Fatalf("model %d, weight %d: packed %v, Weights %v", k, i, got, x.Weights[i])
			}
		}
	}
	u := unpacked(m)
	same := func(what string, a, b float32) {
		t.Helper()
		if math.Float32bits(a) != math.Float32bits(b) {
			t.Fatalf("%s: packed %v, Weights %v", what, a, b)
		}
	}
	host, path := linkParts(rand.New(rand.NewPCG(15, 1)))
	n := 0
	for i := 0; i < race.Cases(60000); i++ {
		l, ok := linkx.Parse("https://" + host() + path())
		if !ok {
			continue
		}
		n++
		var hf, pf Features
		HostFeatures(&l, &hf)
		PathFeatures(&l, &pf)
		same(l.Raw+" host logit", m.Logit(&hf), u.Logit(&hf))
		same(l.Raw+" path logit", m.Logit(&pf), u.Logit(&pf))
		e1, _ := m.ExpertLogit(&hf)
		e2, _ := u.ExpertLogit(&hf)
		same(l.Raw+" expert logit", e1, e2)
		h1, x1, _ := m.HostLogits(&l, &hf)
		h2, x2, _ := u.HostLogits(&l, &hf)
		same(l.Raw+" host logits", h1, h2)
		same(l.Raw+" host logits' expert", x1, x2)
		if got, want := m.Explain(0.5, &hf, &pf), u.Explain(0.5, &hf, &pf); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: Explain packed %+v, Weights %+v", l.Raw, got, want)
		}
		if got, want := m.HostPart(0.5, &hf).ExplainPart(&pf), u.HostPart(0.5, &hf).ExplainPart(&pf); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: ExplainPart packed %+v, Weights %+v", l.Raw, got, want)
		}
	}
	if n < race.Cases(50000) {
		t.Fatalf("only %d links parsed", n)
	}

	// ShiftPaths changes Weights: a decoded model reads them after it.
	d, err := Decode(weightsFile)
	if err != nil {
		t.Fatal(err)
	}
	d.ShiftPaths(1.5)
	var pf Features
	l, _ := linkx.Parse("https://example.com/a/b")
	PathFeatures(&l, &pf)
	same("path logit after ShiftPaths", d.Logit(&pf), unpacked(d).Logit(&pf))
	if d.Logit(&pf) == m.Logit(&pf) {
		t.Fatal("ShiftPaths did not move the path's logit")
	}
}
