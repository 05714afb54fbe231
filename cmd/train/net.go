package main

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/immunebot/immune/bot/model"
)

// netConfig are the settings of the link model's net (-net, -netbits,
// -netdim, -netepochs, -netrate, -netembrate, -netbenign, -netdomains,
// -netlift, -netceil, -netdigits, -netgate, -netdrop): 0 hidden units,
// the default, trains none. The twelfth pass measured a net over every
// name and did not keep it: it raised the Vietnamese block by 7-8 points
// on the validation split, but lifted the popular list's odd-looking
// names with them, so the warn point rose and Vietnamese smishing near
// the line was lost; it deleted a Vietnamese crypto news site
// (coin68.com) and warned a developer's onrender.com site. The other
// defaults are the thirteenth pass's net (BENCHMARKS.md), built with
// -net 16 -vnweight 1 and not switched on either: it reads only names
// with a digit in their label (-netdigits: the betting names the linear
// model misses), only raises a logit (-netlift), never past a little
// above the warn point on its own (-netceil 0.5, below the delete
// point), with benign names weighing 5 times in its loss and the
// hand-written benign lists in its training alone (-vnnet -techlist).
type netConfig struct {
	hidden, bits, dim, epochs int
	rate                      float64 // the step at the start; it falls linearly to 0
	l2                        float64 // weight decay of the hidden and output layers
	embRate                   float64 // the vectors' step against the layers': a vector's gradient is shared among a name's ~100 features
	benign                    float64 // how much more a benign name weighs in the net's training than in the model's
	domainsOnly               bool    // the net is trained on names alone, not on the hosts of URLs with a path
	lift                      bool    // the net only raises a logit
	cap                       float64 // the most the net may raise a logit (0: no cap)
	ceil                      float64 // the combiner's logit above the warn point the net may raise a name to, no higher (0: none)
	digits                    bool    // the net is trained on and reads names whose registrable label holds a digit, only
	gate                      float64 // the least logit of the model for a name the net is trained on and reads
	drop                      float64 // the chance that a feature of a name is left out of one training step (dropout)
}

var netCfg = netConfig{hidden: 0, bits: 17, dim: 12, epochs: 3, rate: 0.05, l2: 1e-6, embRate: 10, benign: 5, domainsOnly: true, gate: 0,
	lift: true, ceil: 0.5, digits: true}

// netRow is one training example of the net: the example, the link
// model's logit of its registrable name (the net's input) and of the
// whole link (the offset the net adds to), both scored out of fold.
type netRow struct {
	x         *Example
	z, offset float32
}

// trainNet trains a net on the examples kept by keep, on top of the link
// model's logits scored out of fold: two link models, each trained on
// half of the examples (by a hash of the domain), score the other half.
// A model scores the names it was trained on more surely than any new
// one, and a net fitted on those scores would learn to trust it too much.
func trainNet(ex []Example, keep func(*Example) bool, epochs int, seed uint64, cfg ftrlConfig) *model.Net {
	var rows []netRow
	var host, path, bare model.Features
	eachOutOfFold(ex, keep, "net:", epochs, seed, cfg, func(hm *model.Model, x *Example) {
		if netCfg.domainsOnly && model.HasPath(&x.Link) {
			return
		}
		if netCfg.digits && !model.LabelHasDigit(&x.Link) {
			return
		}
		if !model.NameFeatures(&x.Link, &bare) {
			return
		}
		z := hm.Bias + hm.Logit(&bare)
		if float64(z) < netCfg.gate {
			return
		}
		features(&x.Link, &host, &path)
		rows = append(rows, netRow{x: x, z: z, offset: hm.Bias + hm.Logit(&host) + hm.Logit(&path)})
	})
	fmt.Printf("net: %d training rows at or above the gate\n", len(rows))
	return fitNet(rows, netCfg, seed)
}

// fitNet fits a net to the rows by stochastic gradient descent on the
// weighted logistic loss of offset + the net's output, in a fixed order
// drawn from seed: two runs give the same net.
func fitNet(rows []netRow, c netConfig, seed uint64) *model.Net {
	r := rand.New(rand.NewPCG(seed, 7))
	d, hn := c.dim, c.hidden
	n := &model.Net{Bits: c.bits, Dim: d, Hidden: hn, Gate: float32(c.gate), Lift: c.lift, Cap: float32(c.cap), Digits: c.digits,
		Emb: make([]float32, (1<<c.bits)*d), W1: make([]float32, hn*(d+1)), B1: make([]float32, hn), W2: make([]float32, hn)}
	for i := range n.Emb {
		n.Emb[i] = float32(r.Float64()*2-1) * 0.1
	}
	lim := math.Sqrt(6 / float64(d+1+hn))
	for i := range n.W1 {
		n.W1[i] = float32((r.Float64()*2 - 1) * lim)
	}
	for i := range n.W2 {
		n.W2[i] = float32((r.Float64()*2 - 1) * 0.05)
	}
	for i := range n.B1 {
		n.B1[i] = 0.01
	}
	e := make([]float32, d)
	pre := make([]float32, hn)
	de := make([]float32, d)
	var bare model.Features
	mask := uint32(1)<<c.bits - 1
	order := make([]int, len(rows))
	for i := range order {
		order[i] = i
	}
	total, step := float64(c.epochs*len(rows)), 0.0
	for ep := 0; ep < c.epochs; ep++ {
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			row := &rows[k]
			x := row.x
			lr := float32(c.rate * (1 - step/total))
			step++
			model.NameFeatures(&x.Link, &bare)
			if c.drop > 0 {
				kept := 0
				for i := 0; i < bare.N; i++ {
					if r.Float64() >= c.drop {
						bare.List[kept] = bare.List[i]
						kept++
					}
				}
				if kept > 0 {
					bare.N = kept
				}
			}
			out := n.Forward(&bare, row.z, e, pre)
			p := model.Sigmoid(float64(row.offset + out))
			w := x.Weight
			if !x.Phish {
				w *= c.benign
			}
			g := float32((p - label(x)) * w)
			clear(de)
			zin := row.z / model.NetLogitScale
			for h := 0; h < hn; h++ {
				if pre[h] <= 0 {
					n.W2[h] -= lr * float32(c.l2) * n.W2[h]
					continue
				}
				dh := g * n.W2[h]
				n.W2[h] -= lr * (g*pre[h] + float32(c.l2)*n.W2[h])
				w := n.W1[h*(d+1) : (h+1)*(d+1)]
				for j := 0; j < d; j++ {
					de[j] += dh * w[j]
					w[j] -= lr * (dh*e[j] + float32(c.l2)*w[j])
				}
				w[d] -= lr * (dh*zin + float32(c.l2)*w[d])
				n.B1[h] -= lr * dh
			}
			n.B2 -= lr * g
			if bare.N == 0 {
				continue
			}
			inv := 1 / float32(bare.N)
			for i := 0; i < bare.N; i++ {
				f := &bare.List[i]
				rowE := n.Emb[int(f.Index&mask)*d : int(f.Index&mask)*d+d]
				s := lr * float32(c.embRate) * f.Value * inv
				for j := range rowE {
					rowE[j] -= s * de[j]
				}
			}
		}
	}
	n.Quantize()
	return n
}

// setNetCeiling sets the net's ceiling (model.Net.Ceil) to the link
// model's logit at which a link with no other signal scores netCfg.ceil
// of the combiner's logits above its warn point: below the delete point
// (ln 4 above it), so that the net may carry a name to a warning but not
// to a deletion alone. It does nothing without a net or -netceil.
func setNetCeiling(m *model.Model, comb *model.Combiner) {
	if m.Net == nil || netCfg.ceil <= 0 {
		return
	}
	w := comb.Link[model.SigModel]
	if w <= 0 {
		return
	}
	c := (netCfg.ceil - comb.LinkBias) / w
	if c <= 0 {
		fmt.Printf("net: no ceiling: the model's logit %.3f is not above 0\n", c)
		return
	}
	m.Net.Ceil = float32(c)
	fmt.Printf("net: ceiling at the model's logit %.3f (the warn point %.3f, the delete point %.3f)\n",
		m.Net.Ceil, -comb.LinkBias/w, (math.Log(4)-comb.LinkBias)/w)
}
