package main

import (
	"fmt"
	"hash/fnv"
	"math"
	"sort"

	"github.com/immunebot/immune/bot/model"
)

// boostConfig are the booster's settings (-boost trees, -boostdepth,
// -boostrate): 0 trees trains none.
type boostConfig struct {
	trees, depth int
	rate         float64
	lambda       float64 // L2 on the leaves, in units of the hessian
	minHess      float64 // the least hessian a child of a split holds
	bins         int     // thresholds a feature is tried at
	modelOnly    bool    // the trees add to the model's logit, not to the experts' (-boostmodel)
}

var boostCfg = boostConfig{trees: 0, depth: 4, rate: 0.1, lambda: 1, minHess: 20, bins: 32}

// boostRow is one training example of the booster: its dense features,
// the link model's logit of it scored out of fold (the offset the trees
// add to), its label and weight.
type boostRow struct {
	x      model.Dense
	offset float64
	y, w   float64
}

// trainBooster trains m's booster on the examples kept by keep. Its
// offsets and dense features come from two link models each trained on
// half of them (by a hash of the domain) and scoring the other half: a
// model scores the examples it was trained on more surely than any new
// link, and trees fitted on those scores would learn to trust it too
// much.
func trainBooster(ex []Example, keep func(*Example) bool, epochs int, seed uint64, cfg ftrlConfig) *model.Booster {
	var rows []boostRow
	var host, path model.Features
	eachOutOfFold(ex, keep, "boost:", epochs, seed, cfg, func(hm *model.Model, x *Example) {
		features(&x.Link, &host, &path)
		var d model.Dense
		if !hm.DenseOf(&x.Link, &host, &d) {
			return
		}
		r := boostRow{x: d, offset: scoreFeatures(hm, &x.Link, &host, &path), y: b2f(x.Phish), w: x.Weight}
		if boostCfg.modelOnly {
			r.offset = float64(hm.Bias + hm.Logit(&host) + hm.Logit(&path))
		}
		rows = append(rows, r)
	})
	return fitBooster(rows, boostCfg)
}

// eachOutOfFold trains two link models, each on half of the examples
// keep keeps (by a hash of salt and the domain), and calls fn with every
// kept example the classifier weighs and the model that was not trained
// on it, half by half.
func eachOutOfFold(ex []Example, keep func(*Example) bool, salt string, epochs int, seed uint64, cfg ftrlConfig, fn func(hm *model.Model, x *Example)) {
	fold := func(x *Example) int {
		key := x.Link.Domain
		if key == "" {
			key = x.Link.Host
		}
		h := fnv.New64a()
		h.Write([]byte(salt + key))
		return int(h.Sum64()>>33) & 1
	}
	for f := 0; f < 2; f++ {
		hm := trainLinkModel(ex, func(x *Example) bool { return keep(x) && fold(x) != f }, epochs, seed, cfg)
		for i := range ex {
			if x := &ex[i]; keep(x) && !x.Unweighed && fold(x) == f {
				fn(hm, x)
			}
		}
	}
}

// fitBooster fits gradient-boosted trees of the logistic loss to rows,
// each tree complete to cfg.depth, grown level by level on histograms
// of cfg.bins thresholds a feature (the quantiles of its values). It is
// deterministic: no sampling.
func fitBooster(rows []boostRow, cfg boostConfig) *model.Booster {
	n := len(rows)
	// thresholds: up to bins-1 quantiles of each feature's values
	var edges [model.NumDense][]float32
	vals := make([]float32, n)
	for f := 0; f < model.NumDense; f++ {
		for i := range rows {
			vals[i] = rows[i].x[f]
		}
		sort.Slice(vals, func(a, b int) bool { return vals[a] < vals[b] })
		var e []float32
		for k := 1; k < cfg.bins; k++ {
			v := vals[k*n/cfg.bins]
			// a threshold between two values: v and the next larger one
			if len(e) > 0 && e[len(e)-1] >= v {
				continue
			}
			if v >= vals[n-1] {
				break
			}
			e = append(e, v)
		}
		edges[f] = e
	}
	// bin[i*NumDense+f]: how many thresholds row i's value is above
	bin := make([]uint8, n*model.NumDense)
	for i := range rows {
		for f := 0; f < model.NumDense; f++ {
			v := rows[i].x[f]
			e := edges[f]
			bin[i*model.NumDense+f] = uint8(sort.Search(len(e), func(k int) bool { return e[k] >= v }))
		}
	}
	b := &model.Booster{Depth: cfg.depth, ModelOnly: cfg.modelOnly}
	inner, leaves := 1<<cfg.depth-1, 1<<cfg.depth
	score := make([]float64, n)
	g := make([]float64, n)
	h := make([]float64, n)
	node := make([]int32, n)
	type cell struct{ g, h float64 }
	nb := cfg.bins
	for t := 0; t < cfg.trees; t++ {
		for i := range rows {
			r := &rows[i]
			p := 1 / (1 + math.Exp(-max(-35, min(35, r.offset+score[i]))))
			g[i] = (p - r.y) * r.w
			h[i] = max(p*(1-p), 1e-6) * r.w
			node[i] = 0
		}
		feat := make([]uint8, inner)
		thr := make([]float32, inner)
		for d := 0; d < cfg.depth; d++ {
			first, width := 1<<d-1, 1<<d
			hist := make([]cell, width*model.NumDense*nb)
			var tot = make([]cell, width)
			for i := range rows {
				k := int(node[i]) - first
				tot[k].g += g[i]
				tot[k].h += h[i]
				base := k * model.NumDense * nb
				for f := 0; f < model.NumDense; f++ {
					c := &hist[base+f*nb+int(bin[i*model.NumDense+f])]
					c.g += g[i]
					c.h += h[i]
				}
			}
			split := make([]int, width) // the bin a row must be above to go right; -1: none
			for k := 0; k < width; k++ {
				split[k] = -1
				T := tot[k]
				parent := T.g * T.g / (T.h + cfg.lambda)
				best := 0.0
				for f := 0; f < model.NumDense; f++ {
					var L cell
					base := k*model.NumDense*nb + f*nb
					for s := 0; s < len(edges[f]); s++ {
						L.g += hist[base+s].g
						L.h += hist[base+s].h
						R := cell{T.g - L.g, T.h - L.h}
						if L.h < cfg.minHess || R.h < cfg.minHess {
							continue
						}
						gain := L.g*L.g/(L.h+cfg.lambda) + R.g*R.g/(R.h+cfg.lambda) - parent
						if gain > best+1e-9 {
							best = gain
							feat[first+k], thr[first+k], split[k] = uint8(f), edges[f][s], s
						}
					}
				}
				if split[k] < 0 {
					// no split: everything goes left
					feat[first+k], thr[first+k] = 0, float32(math.Inf(1))
				}
			}
			for i := range rows {
				k := int(node[i]) - first
				right := split[k] >= 0 && int(bin[i*model.NumDense+int(feat[first+k])]) > split[k]
				if right {
					node[i] = int32(2*int(node[i]) + 2)
				} else {
					node[i] = int32(2*int(node[i]) + 1)
				}
			}
		}
		sums := make([]cell, leaves)
		for i := range rows {
			c := &sums[int(node[i])-inner]
			c.g += g[i]
			c.h += h[i]
		}
		leaf := make([]float32, leaves)
		for k, c := range sums {
			leaf[k] = float32(-cfg.rate * c.g / (c.h + cfg.lambda))
		}
		for i := range rows {
			score[i] += float64(leaf[int(node[i])-inner])
		}
		b.Feat = append(b.Feat, feat...)
		b.Thr = append(b.Thr, thr...)
		b.Leaf = append(b.Leaf, leaf...)
	}
	var ll0, ll float64
	for i, r := range rows {
		ll0 += r.w * logLoss(r.offset, r.y)
		ll += r.w * logLoss(r.offset+score[i], r.y)
	}
	fmt.Printf("booster: %d trees of depth %d on %d rows; weighted log-loss %.1f -> %.1f\n", cfg.trees, cfg.depth, n, ll0, ll)
	return b
}

func logLoss(z, y float64) float64 {
	p := 1 / (1 + math.Exp(-max(-35, min(35, z))))
	if y == 1 {
		return -math.Log(max(p, 1e-12))
	}
	return -math.Log(max(1-p, 1e-12))
}
