package model

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sync"
)

// Model is a logistic regression over hashed link features. Its zero value
// scores everything at the bias 0 (probability one half); use Link for the
// embedded model.
type Model struct {
	Bias float32
	// Weights are the 1<<Bits weights. A model Decode returns reads
	// them from a packed copy (packed): change them only through
	// ShiftPaths, which drops the copy.
	Weights []float32
	// Experts each score one kind of scam (crypto, Vietnamese) against
	// every benign link, from the host name's features alone, with
	// biases set so that their scores and this model's flag as many
	// benign domains; a link scores the highest of this model's logit
	// and theirs (ExpertLogit). One linear model for every kind of scam
	// ranks a kind that is a small part of the data below the benign
	// list's odd-looking tail; a model of its own does not
	// (BENCHMARKS.md, eighth pass). Experts have no experts.
	Experts []*Model
	// Booster adds to the logits of a host name what the model's
	// features say together and not one by one (HostLogits); nil: none.
	Booster *Booster
	// Net adds to the model's logit of a host name what a small
	// neural network over the registrable name's features says
	// (HostLogits); nil: none.
	Net *Net
	// DigitShape says the model was trained with the digit-shape
	// features of host names (order, foldedGrams): HostFeatures writes
	// them once a model that has them is decoded or SetDigitShape is
	// called. The weights file says so in a bit of its header. The
	// committed model has none (BENCHMARKS.md, model16).
	DigitShape bool
	// PlainPages says the model has the feature of a plain-HTTP page
	// (PlainPage, SetPlainPages), its weight set by the trainer from
	// real links: PathFeatures writes it once SetPlainPages is called
	// (the trainer's measure of a whole model), AddPlainPage where the
	// bot asks for it (a plain-HTTP document posted bare). The weights
	// file says so in a bit of its header. The committed model has it
	// since the seventeenth session (BENCHMARKS.md, model17).
	PlainPages bool

	// packed holds, when Decode made the model, the weights as the file
	// has them, the model's and its experts' of one index side by side
	// (column col is this model's), so that a feature's weights in all
	// of them are read from one cache line, from a table half the size
	// of Weights and the experts'. A new host's n-grams fall on random
	// lines of it. scale turns an entry into the weight Weights holds,
	// to the bit (decodeWeights). nil: Weights is read.
	packed *packedWeights
	col    int
	scale  float32
}

// packedWeights are the int16 weights of a model and its experts, row
// by row (Model.packed).
type packedWeights struct {
	w      []int16
	stride int // the models: 1 + the number of experts
}

// weight returns Weights[i].
func (m *Model) weight(i uint32) float32 {
	if p := m.packed; p != nil {
		return float32(p.w[int(i)*p.stride+m.col]) * m.scale
	}
	return m.Weights[i]
}

// Logit returns the weighted sum of features.
func (m *Model) Logit(fs *Features) float32 {
	var s float32
	if p := m.packed; p != nil {
		w, stride, col := p.w, p.stride, m.col
		for i := 0; i < fs.N; i++ {
			f := &fs.List[i]
			s += float32(w[int(f.Index)*stride+col]) * m.scale * f.Value
		}
		return s
	}
	for i := 0; i < fs.N; i++ {
		f := &fs.List[i]
		s += m.Weights[f.Index] * f.Value
	}
	return s
}

// ExpertLogit returns the highest of the experts' logits of a host
// name's features, and false when the model has no experts. A link's
// score is the higher of it and Bias + Logit(host) + Logit(path).
func (m *Model) ExpertLogit(host *Features) (float32, bool) {
	if len(m.Experts) == 0 {
		return 0, false
	}
	best := float32(math.Inf(-1))
	for _, e := range m.Experts {
		best = max(best, e.Bias+e.Logit(host))
	}
	return best, true
}

// Sigmoid turns a logit into a probability.
func Sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

//go:embed weights.bin
var weightsFile []byte

var (
	linkOnce  sync.Once
	linkModel *Model
)

// Link returns the embedded link model. It panics if the embedded weights
// are damaged, which a test catches before any release.
func Link() *Model {
	linkOnce.Do(func() {
		m, err := Decode(weightsFile)
		if err != nil {
			panic("model: embedded weights: " + err.Error())
		}
		if m.DigitShape {
			SetDigitShape(true)
		}
		linkModel = m
	})
	return linkModel
}

// The weights file: a magic, the number of index bits (with
// digitShapeBit set for a model trained with the digit-shape features,
// plainPagesBit for a model with the plain-HTTP page feature),
// the bias, a scale,
// then every weight as a little-endian int16 multiple of the scale; then,
// when the model has experts, their number (uint32) and each expert's
// bias, scale and weights the same way; then, when the model has a
// booster, the booster (boostMagic); then, when it has a net, the net
// (netMagic).
const magic = "IMMW"

// digitShapeBit marks, in the header's word of index bits, a model
// trained with the digit-shape features (Model.DigitShape).
const digitShapeBit = 1 << 31

// plainPagesBit marks, in the header's word of index bits, a model with
// the plain-HTTP page feature (Model.PlainPages).
const plainPagesBit = 1 << 30

// Encode writes a model in the weights file format. Weights are quantised
// to 16 bits against the largest of each model's.
func (m *Model) Encode() []byte {
	out := make([]byte, 0, 16+2*len(m.Weights)*(1+len(m.Experts)))
	out = append(out, magic...)
	header := uint32(Bits)
	if m.DigitShape {
		header |= digitShapeBit
	}
	if m.PlainPages {
		header |= plainPagesBit
	}
	out = binary.LittleEndian.AppendUint32(out, header)
	out = m.appendWeights(out)
	if len(m.Experts) > 0 {
		out = binary.LittleEndian.AppendUint32(out, uint32(len(m.Experts)))
		for _, e := range m.Experts {
			out = e.appendWeights(out)
		}
	}
	if m.Booster.Trees() > 0 {
		out = m.Booster.appendTo(out)
	}
	if m.Net != nil {
		out = m.Net.appendTo(out)
	}
	return out
}

// appendWeights appends the bias, the scale and the quantised weights.
func (m *Model) appendWeights(out []byte) []byte {
	var maxAbs float32
	for _, w := range m.Weights {
		maxAbs = max(maxAbs, float32(math.Abs(float64(w))))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(m.Bias))
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(scale))
	for _, w := range m.Weights {
		q := int16(math.Round(float64(w / scale)))
		out = binary.LittleEndian.AppendUint16(out, uint16(q))
	}
	return out
}

// ErrFormat reports a weights file that is not one.
var ErrFormat = errors.New("not a weights file")

// Decode reads a model written by Encode.
func Decode(b []byte) (*Model, error) {
	if len(b) < 16 || string(b[:4]) != magic {
		return nil, ErrFormat
	}
	bits := binary.LittleEndian.Uint32(b[4:])
	digits, pages := bits&digitShapeBit != 0, bits&plainPagesBit != 0
	bits &^= digitShapeBit | plainPagesBit
	if bits != Bits {
		return nil, fmt.Errorf("%w: %d index bits, this build uses %d", ErrFormat, bits, Bits)
	}
	const size = 8 + 2*(1<<Bits) // bias, scale, weights
	b = b[8:]
	if len(b) < size {
		return nil, fmt.Errorf("%w: %d bytes", ErrFormat, len(b)+8)
	}
	m := decodeWeights(b)
	m.DigitShape = digits
	m.PlainPages = pages
	own := b[8:size]
	b = b[size:]
	if len(b) >= 4 && string(b[:4]) != boostMagic && string(b[:4]) != netMagic {
		if uint64(len(b)-4) < uint64(binary.LittleEndian.Uint32(b))*size {
			return nil, fmt.Errorf("%w: %d bytes after the model, not whole experts", ErrFormat, len(b))
		}
		n := int(binary.LittleEndian.Uint32(b))
		for k := 0; k < n; k++ {
			m.Experts = append(m.Experts, decodeWeights(b[4+k*size:]))
		}
		pack(m, own, b[4:4+n*size], n)
		b = b[4+n*size:]
	} else {
		pack(m, own, nil, 0)
	}
	if len(b) > 0 && (len(b) < 4 || string(b[:4]) != netMagic) {
		bo, err := decodeBooster(b[:boosterLen(b)])
		if err != nil {
			return nil, err
		}
		m.Booster = bo
		b = b[boosterLen(b):]
	}
	if len(b) > 0 {
		n, err := decodeNet(b)
		if err != nil {
			return nil, err
		}
		m.Net = n
	}
	return m, nil
}

// decodeWeights reads a bias, a scale and 1<<Bits quantised weights.
func decodeWeights(b []byte) *Model {
	m := &Model{
		Bias:    math.Float32frombits(binary.LittleEndian.Uint32(b)),
		Weights: make([]float32, 1<<Bits),
		scale:   math.Float32frombits(binary.LittleEndian.Uint32(b[4:])),
	}
	for i := range m.Weights {
		m.Weights[i] = float32(int16(binary.LittleEndian.Uint16(b[8+2*i:]))) * m.scale
	}
	return m
}

// pack sets the packed weights of m and of its n experts from the
// file's: own is m's quantised weights, experts the experts' (each after
// its bias and scale).
func pack(m *Model, own, experts []byte, n int) {
	const size = 8 + 2*(1<<Bits)
	p := &packedWeights{w: make([]int16, (1+n)<<Bits), stride: 1 + n}
	for k := 0; k <= n; k++ {
		q := own
		if k > 0 {
			q = experts[(k-1)*size+8 : k*size]
		}
		for i := 0; i < 1<<Bits; i++ {
			p.w[i*p.stride+k] = int16(binary.LittleEndian.Uint16(q[2*i:]))
		}
	}
	m.packed, m.col = p, 0
	for k, e := range m.Experts {
		e.packed, e.col = p, 1+k
	}
}

// Contribution is what one family of features adds to a logit, with the
// words that added most.
type Contribution struct {
	Family Family
	Sum    float32
	Words  [3]string // for Words, TLD, Hosting, PathWords and File: the strongest texts
}

// Explain sums the contributions of the features by family and returns
// the families that raised the score most, strongest first, at most three,
// each raising it by at least floor. The first part is the host name's:
// when an expert scores it above the model's logit of the whole link, the
// expert's weights of the host name are what is explained.
func (m *Model) Explain(floor float32, parts ...*Features) []Contribution {
	if len(parts) > 0 && len(m.Experts) > 0 {
		total := m.Bias
		for _, fs := range parts {
			total += m.Logit(fs)
		}
		var best *Model
		for _, e := range m.Experts {
			if l := e.Bias + e.Logit(parts[0]); l > total {
				best, total = e, l
			}
		}
		if best != nil {
			return best.Explain(floor, parts[0])
		}
	}
	var x explainer
	for _, fs := range parts {
		x.add(m, fs)
	}
	return x.result(floor)
}

// explainer sums the contributions of features by family, and keeps the
// strongest texts of each family, for Explain.
type explainer struct {
	sums  [NumFamilies]float32
	words [NumFamilies][3]top
}

// top is a text of a family and the most it added.
type top struct {
	text string
	w    float32
}

// add adds the contributions of fs under the weights of m.
func (x *explainer) add(m *Model, fs *Features) { x.addLogit(m, fs) }

// addLogit adds the contributions of fs under the weights of m and
// returns m.Logit(fs), summed in Logit's order.
func (x *explainer) addLogit(m *Model, fs *Features) float32 {
	var s float32
	// m.weight's choice of packed or plain weights made once, not for
	// every feature; the same products in the same order
	p := m.packed
	var pw []int16
	stride, col := 0, m.col
	if p != nil {
		pw, stride = p.w, p.stride
	}
	for i := 0; i < fs.N; i++ {
		f := &fs.List[i]
		var w float32
		if pw != nil {
			w = float32(pw[int(f.Index)*stride+col]) * m.scale * f.Value
		} else {
			w = m.Weights[f.Index] * f.Value
		}
		s += w
		x.sums[f.Family] += w
		if f.Text == "" || w <= 0 {
			continue
		}
		t := &x.words[f.Family]
		dup := false
		for k := range t {
			if t[k].text == f.Text {
				t[k].w = max(t[k].w, w)
				dup = true
			}
		}
		if dup {
			continue
		}
		for k := range t {
			if w > t[k].w {
				copy(t[k+1:], t[k:len(t)-1])
				t[k] = top{f.Text, w}
				break
			}
		}
	}
	return s
}

// result returns the families that raised the score most, strongest
// first, at most three, each raising it by at least floor.
func (x *explainer) result(floor float32) []Contribution {
	var out []Contribution
	for fam := Family(0); fam < NumFamilies; fam++ {
		if x.sums[fam] < floor {
			continue
		}
		c := Contribution{Family: fam, Sum: x.sums[fam]}
		for k, t := range x.words[fam] {
			if t.w >= floor/2 {
				c.Words[k] = t.text
			}
		}
		out = append(out, c)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Sum > out[j-1].Sum; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	if len(out) > 3 {
		out = out[:3]
	}
	return out
}

// HostPart is what Explain reads of a host name's features, kept so that
// links of one host with other paths are explained without working out
// the host's features again (about 10,000 instructions a host). It is
// immutable once made and safe for concurrent use.
type HostPart struct {
	model   *Model
	floor   float32
	logit   float32 // the model's Logit of the host's features
	experts []expertPart
	x       explainer // the host's features added
}

// expertPart is what an expert says of a host name alone: its logit
// with its bias, and its Explain of the host's features.
type expertPart struct {
	logit float32
	why   []Contribution
}

// HostPart returns what Explain(floor, host, path) reads of host, for
// ExplainPart.
func (m *Model) HostPart(floor float32, host *Features) *HostPart {
	hp := &HostPart{model: m, floor: floor, experts: make([]expertPart, len(m.Experts))}
	// Each model's logit is summed in the pass that adds its features to
	// its explainer, in Logit's order: the same float32 to the bit.
	hp.logit = hp.x.addLogit(m, host)
	for i, e := range m.Experts {
		var x explainer // e.Explain(floor, host): an expert has no experts
		l := x.addLogit(e, host)
		hp.experts[i] = expertPart{logit: e.Bias + l, why: x.result(floor)}
	}
	return hp
}

// For reports whether hp was made by m with this floor.
func (hp *HostPart) For(m *Model, floor float32) bool { return hp.model == m && hp.floor == floor }

// ExplainPart returns what Explain(floor, host, path) returns, for hp
// made by HostPart(floor, host) of the same model.
func (hp *HostPart) ExplainPart(path *Features) []Contribution {
	m := hp.model
	if len(m.Experts) > 0 {
		total := m.Bias + hp.logit + m.Logit(path)
		var best *expertPart
		for i := range hp.experts {
			if e := &hp.experts[i]; e.logit > total {
				best, total = e, e.logit
			}
		}
		if best != nil {
			return append([]Contribution(nil), best.why...)
		}
	}
	x := hp.x
	x.add(m, path)
	return x.result(hp.floor)
}

// pathDepths is how many depth buckets PathFeatures writes one of for
// every link with a path (0 to 8 slashes).
const pathDepths = 9

// ShiftPaths adds s to the logit of every link with a path and leaves
// bare links as they were: PathFeatures writes exactly one depth bucket
// for each link with a path and none for a bare one, so s is added to
// the weight of each bucket. The trainer uses it to give links with a
// path an operating point of their own (cmd/train, fitPathPoint).
func (m *Model) ShiftPaths(s float32) {
	m.packed = nil // Weights change: read them
	for d := 0; d < pathDepths; d++ {
		m.Weights[depthIndex(d)] += s
	}
}

// depthIndex is the index of the feature of a path d slashes deep.
func depthIndex(d int) uint32 {
	return hashByte(hashByte(hashStart('Y'), 'd'), byte(d)) & mask
}
