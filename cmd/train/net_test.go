package main

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// TestFitNetLearnsAnInteraction: names whose label is the exclusive or of
// two of their parts (lucky at the start, store at the end, each else
// five random letters) — what no weighted sum of the name's features can
// say — are learned by the net:
// the fitted net puts nearly every name it has never seen on its side
// (their letters are new: it cannot have learnt them by heart), and two
// fits write the same bytes.
func TestFitNetLearnsAnInteraction(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var ex []Example
	var rows []netRow
	const trained = 3000
	for i := 0; i < trained+1000; i++ {
		word := func() string {
			b := make([]byte, 5)
			for k := range b {
				b[k] = byte('a' + r.IntN(26))
			}
			return string(b)
		}
		lucky, store := r.IntN(2) == 1, r.IntN(2) == 1
		a, c := word(), word()
		if lucky {
			a = "lucky"
		}
		if store {
			c = "store"
		}
		name := a + word() + c + ".com"
		l, ok := linkx.Parse("https://" + name + "/")
		if !ok {
			t.Fatal(name)
		}
		ex = append(ex, Example{Link: l, Phish: lucky != store, Weight: 1})
	}
	for i := range ex[:trained] {
		rows = append(rows, netRow{x: &ex[i]})
	}
	cfg := netConfig{hidden: 8, bits: 12, dim: 8, epochs: 12, rate: 0.1, embRate: 10, benign: 1, gate: -100}
	n := fitNet(rows, cfg, 1)
	wrong := 0
	var fs model.Features
	e, pre := make([]float32, cfg.dim), make([]float32, cfg.hidden)
	for i := trained; i < len(ex); i++ {
		model.NameFeatures(&ex[i].Link, &fs)
		if out := n.Forward(&fs, 0, e, pre); (out > 0) != ex[i].Phish {
			wrong++
		}
	}
	if wrong > (len(ex)-trained)/50 {
		t.Fatalf("%d of %d new names on the wrong side", wrong, len(ex)-trained)
	}
	m := &model.Model{Weights: make([]float32, 1<<model.Bits), Net: n}
	again := &model.Model{Weights: make([]float32, 1<<model.Bits), Net: fitNet(rows, cfg, 1)}
	if !bytes.Equal(m.Encode(), again.Encode()) {
		t.Fatal("two fits of the same rows differ")
	}
}
