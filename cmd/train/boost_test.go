package main

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/immunebot/immune/bot/model"
)

// TestFitBoosterLearnsAnInteraction: rows whose label is the exclusive
// or of two features (many digits on a cheap ending, or neither) — what
// no weighted sum of the two can say — are learned by the trees: the
// fitted booster separates them, scores a row as Score does, and two
// fits write the same bytes.
func TestFitBoosterLearnsAnInteraction(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var rows []boostRow
	for i := 0; i < 4000; i++ {
		var x model.Dense
		x[model.DenseDigits] = float32(r.IntN(8))
		x[model.DenseTLD] = float32(r.Float64()*2 - 1)
		y := 0.0
		if (x[model.DenseDigits] >= 4) != (x[model.DenseTLD] > 0) {
			y = 1
		}
		rows = append(rows, boostRow{x: x, y: y, w: 1})
	}
	cfg := boostConfig{trees: 30, depth: 3, rate: 0.3, lambda: 1, minHess: 5, bins: 16}
	b := fitBooster(rows, cfg)
	if b.Trees() != 30 {
		t.Fatalf("%d trees", b.Trees())
	}
	wrong := 0
	for _, row := range rows {
		if s := b.Score(&row.x); (s > 0) != (row.y == 1) {
			wrong++
		}
	}
	if wrong > len(rows)/50 {
		t.Fatalf("%d of %d rows on the wrong side", wrong, len(rows))
	}
	m := &model.Model{Weights: make([]float32, 1<<model.Bits), Booster: b}
	again := &model.Model{Weights: make([]float32, 1<<model.Bits), Booster: fitBooster(rows, cfg)}
	if !bytes.Equal(m.Encode(), again.Encode()) {
		t.Fatal("two fits of the same rows differ")
	}
}
