package model

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/immunebot/immune/bot/linkx"
)

// A Net is a small neural network over the features of a host's
// registrable name, in the manner of fastText (Joulin et al., 2017): each
// feature (a character n-gram, a word, a concept, the ending, a shape
// bucket) has a short vector in a hashed table, the name is the mean of
// its features' vectors, and one hidden layer of rectified units reads
// that mean beside the model's own logit of the name. What it adds to the
// model's logit is what the name's features say together, which a sum of
// weights cannot: digits that mean a betting site beside one set of
// letters and a version number beside another. It reads the registrable
// name alone (a host with a subdomain as if bare, as the booster does),
// so a host's share is worked out once and kept with the host.
type Net struct {
	Bits   int       // the table holds 1<<Bits vectors
	Dim    int       // the length of a feature's vector
	Hidden int       // hidden units
	Emb    []float32 // (1<<Bits)*Dim
	W1     []float32 // Hidden*(Dim+1): each unit's weights of the mean vector and of the model's logit
	B1     []float32 // Hidden
	W2     []float32 // Hidden
	B2     float32
	// Gate is the least logit of the model for a name the net reads:
	// below it the net adds nothing. The net is trained on such names
	// only, where the model is unsure, not on every name it already
	// reads right.
	Gate float32
	// Lift: the net only raises a name's logit (its output below 0
	// counts as 0), so that a compromised ordinary site's URL is not
	// lowered by a name that looks like a popular one.
	Lift bool
	// Cap, when above 0, is the most the net may raise a name's logit:
	// enough to lift a name over the warn point, not to carry it to
	// the delete point alone.
	Cap float32
	// Ceil, when above 0, is the highest logit of a host the net may
	// raise it to: a name the model alone scores below Ceil ends at
	// most at Ceil, one at or above it gets nothing from the net. The
	// trainer sets it a little above the combiner's warn point, so that
	// what the net adds can warn about a name but never carries one to
	// a deletion on its own: a popular site that merely looks like the
	// names the net learned is at worst warned.
	Ceil float32
	// Digits: the net reads only names whose registrable label holds a
	// digit (sky6699.com, kwin066.com, 92clubd.com): the interaction of
	// digits and letters that a sum of weights cannot read, where the
	// Vietnamese betting names the linear model misses are (39 % of its
	// misses there, against 6 % of popular names with a digit). Every
	// other name is left to the linear model, so the net does not lift
	// a popular name's odd-looking letters and raise the warn point
	// for all.
	Digits bool
}

// NetLogitScale divides the model's logit of a name before the net
// reads it, to keep the input near the vectors' scale.
const NetLogitScale = 4

// netMaxHidden bounds the hidden units a weights file may declare, and so
// the work on the stack of one score.
const netMaxHidden = 64

// netMaxDim bounds the length of a feature's vector.
const netMaxDim = 64

// Forward returns the net's output for a name whose features are fs and
// whose model logit is z, with the mean vector in e (Dim long) and the
// hidden units' inputs in pre (Hidden long), which training reads back.
func (n *Net) Forward(fs *Features, z float32, e, pre []float32) float32 {
	n.Mean(fs, e)
	out := n.B2
	d := n.Dim
	for h := 0; h < n.Hidden; h++ {
		w := n.W1[h*(d+1) : (h+1)*(d+1)]
		s := n.B1[h] + w[d]*z/NetLogitScale
		for k, v := range e {
			s += w[k] * v
		}
		pre[h] = s
		if s > 0 {
			out += n.W2[h] * s
		}
	}
	return out
}

// Mean sets e to the mean of the vectors of fs's features, each scaled
// by its value.
func (n *Net) Mean(fs *Features, e []float32) {
	clear(e)
	if fs.N == 0 {
		return
	}
	mask := uint32(1)<<n.Bits - 1
	d := n.Dim
	for i := 0; i < fs.N; i++ {
		f := &fs.List[i]
		row := n.Emb[int(f.Index&mask)*d : int(f.Index&mask)*d+d]
		for k := range e {
			e[k] += row[k] * f.Value
		}
	}
	inv := 1 / float32(fs.N)
	for k := range e {
		e[k] *= inv
	}
}

// NameFeatures fills bare with the features of a link's registrable name
// as if it had no subdomain, and reports whether a net reads the host (not
// an IP address).
func NameFeatures(l *linkx.Link, bare *Features) bool {
	bare.N = 0
	if l.IP.IsValid() {
		return false
	}
	site, hosted := Site(*l)
	p := partsOf(&site, hosted)
	p.sub = ""
	nameFeatures(bare, p)
	return true
}

// LabelHasDigit reports whether the registrable label of a link's host
// (its site's, on a hosting platform), as the model reads it, holds a
// digit.
func LabelHasDigit(l *linkx.Link) bool {
	if l.IP.IsValid() {
		return false
	}
	site, hosted := Site(*l)
	p := partsOf(&site, hosted)
	for i := 0; i < len(p.label); i++ {
		if c := p.label[i]; c >= '0' && c <= '9' {
			return true
		}
	}
	return false
}

// net returns the net's share of a host's logit, whose logit without
// the net is base: 0 for a host it does not read.
func (m *Model) net(l *linkx.Link, base float32) float32 {
	if m.Net.Digits && !LabelHasDigit(l) {
		return 0
	}
	var bare Features
	if !NameFeatures(l, &bare) {
		return 0
	}
	z := m.Bias + m.Logit(&bare)
	if z < m.Net.Gate {
		return 0
	}
	var e [netMaxDim]float32
	var pre [netMaxHidden]float32
	out := m.Net.Forward(&bare, z, e[:m.Net.Dim], pre[:m.Net.Hidden])
	if m.Net.Lift {
		out = max(out, 0)
	}
	if m.Net.Cap > 0 {
		out = min(out, m.Net.Cap)
	}
	if m.Net.Ceil > 0 && out > 0 {
		out = min(out, max(0, m.Net.Ceil-base))
	}
	return out
}

// netMagic starts a net's part of the weights file, after the model, its
// experts and booster: the table's bits, the vectors' length and the
// hidden units (uint32 each), the gate and the cap (float32 each), the
// flags (uint32: 1 for Lift, 2 when the ceiling follows, 4 for Digits), the ceiling
// (float32, only with flag 2); each vector as a float32 scale and Dim
// signed bytes; then W1, B1, W2 and B2 as float32.
const netMagic = "IMMN"

func (n *Net) appendTo(out []byte) []byte {
	out = append(out, netMagic...)
	out = binary.LittleEndian.AppendUint32(out, uint32(n.Bits))
	out = binary.LittleEndian.AppendUint32(out, uint32(n.Dim))
	out = binary.LittleEndian.AppendUint32(out, uint32(n.Hidden))
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(n.Gate))
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(n.Cap))
	flags := uint32(0)
	if n.Lift {
		flags = 1
	}
	if n.Ceil > 0 {
		flags |= 2
	}
	if n.Digits {
		flags |= 4
	}
	out = binary.LittleEndian.AppendUint32(out, flags)
	if n.Ceil > 0 {
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(n.Ceil))
	}
	for r := 0; r < 1<<n.Bits; r++ {
		row := n.Emb[r*n.Dim : (r+1)*n.Dim]
		var maxAbs float32
		for _, v := range row {
			maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
		}
		scale := maxAbs / 127
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(scale))
		for _, v := range row {
			q := int8(0)
			if scale > 0 {
				q = int8(math.Round(float64(v / scale)))
			}
			out = append(out, byte(q))
		}
	}
	for _, xs := range [][]float32{n.W1, n.B1, n.W2, {n.B2}} {
		for _, v := range xs {
			out = binary.LittleEndian.AppendUint32(out, math.Float32bits(v))
		}
	}
	return out
}

// Quantize rounds the net's vectors to what the weights file keeps of
// them, so that a trainer measures the net that is written.
func (n *Net) Quantize() {
	q, err := decodeNet(n.appendTo(nil))
	if err != nil {
		panic(err)
	}
	n.Emb = q.Emb
}

// decodeNet reads a net written by appendTo, which must be all of b.
func decodeNet(b []byte) (*Net, error) {
	if len(b) < 28 || string(b[:4]) != netMagic {
		return nil, fmt.Errorf("%w: %d bytes after the model, not a net", ErrFormat, len(b))
	}
	bits := binary.LittleEndian.Uint32(b[4:])
	dim := binary.LittleEndian.Uint32(b[8:])
	hidden := binary.LittleEndian.Uint32(b[12:])
	if bits < 1 || bits > 24 || dim < 1 || dim > netMaxDim || hidden < 1 || hidden > netMaxHidden {
		return nil, fmt.Errorf("%w: a net of %d bits, %d dimensions, %d hidden units", ErrFormat, bits, dim, hidden)
	}
	gate := math.Float32frombits(binary.LittleEndian.Uint32(b[16:]))
	capv := math.Float32frombits(binary.LittleEndian.Uint32(b[20:]))
	flags := binary.LittleEndian.Uint32(b[24:])
	if flags > 7 {
		return nil, fmt.Errorf("%w: net flags %#x", ErrFormat, flags)
	}
	rows, d, h := uint64(1)<<bits, uint64(dim), uint64(hidden)
	b = b[28:]
	var ceil float32
	if flags&2 != 0 {
		if len(b) < 4 {
			return nil, fmt.Errorf("%w: a net's ceiling cut off", ErrFormat)
		}
		ceil = math.Float32frombits(binary.LittleEndian.Uint32(b))
		if !(ceil > 0) || math.IsInf(float64(ceil), 0) {
			return nil, fmt.Errorf("%w: a net's ceiling of %v", ErrFormat, ceil)
		}
		b = b[4:]
	}
	if want := rows*(4+d) + 4*(h*(d+1)+h+h+1); uint64(len(b)) != want {
		return nil, fmt.Errorf("%w: %d bytes for a net of %d bits, %d dimensions, %d hidden units", ErrFormat, len(b), bits, dim, hidden)
	}
	n := &Net{Bits: int(bits), Dim: int(dim), Hidden: int(hidden), Gate: gate, Cap: capv, Lift: flags&1 != 0, Ceil: ceil, Digits: flags&4 != 0, Emb: make([]float32, rows*d)}
	for r := uint64(0); r < rows; r++ {
		scale := math.Float32frombits(binary.LittleEndian.Uint32(b))
		for k := uint64(0); k < d; k++ {
			n.Emb[r*d+k] = float32(int8(b[4+k])) * scale
		}
		b = b[4+d:]
	}
	n.W1 = readFloats(&b, h*(d+1))
	n.B1 = readFloats(&b, h)
	n.W2 = readFloats(&b, h)
	n.B2 = readFloats(&b, 1)[0]
	return n, nil
}
