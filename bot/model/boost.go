package model

import (
	"encoding/binary"
	"fmt"
	"math"
	"strings"

	"github.com/immunebot/immune/bot/linkx"
)

// A Booster is a forest of small regression trees, learned by gradient
// boosting (Friedman, 2001) on top of the link model: it reads dense
// features of a host name — what each family of the model's features
// adds, the experts' logit, and the name's measures (length, digits,
// hyphens, vowels, randomness, words of a lure or a scheme) — and adds
// to the model's logit what a linear model cannot say: how those
// combine (a cheap ending counts for a name of numbers and not for a
// word; a name whose spelling is a little odd and whose words are a
// scheme's). It reads the host name only, so a host's share is worked
// out once and kept with the host, as the model's is.
type Booster struct {
	Depth int       // every tree is complete, of this depth
	Feat  []uint8   // (1<<Depth)-1 split features a tree, level by level
	Thr   []float32 // the split thresholds: a value above goes right
	Leaf  []float32 // 1<<Depth leaf values a tree
	// ModelOnly: the trees add to the model's logit and not to the
	// experts'.
	ModelOnly bool
}

// The dense features of a host name a booster reads.
const (
	DenseHostLogit    = iota // the model's bias and what the host name adds
	DenseExpert              // the highest expert's logit (the host logit when there is none)
	DenseSpelling            // what the model's character n-grams of the host add
	DenseWords               // ... its words and concepts
	DenseTLD                 // ... its ending
	DenseHosting             // ... the hosting platform
	DenseShape               // ... its shape
	DenseLength              // the registrable label's length
	DenseDigits              // its digits
	DenseHyphens             // its hyphens
	DenseVowels              // the share of its letters that are vowels
	DenseConsonants          // its longest run of consonants
	DenseEntropy             // the Shannon entropy of its characters, in bits
	DenseSwitches            // how often letters and digits alternate
	DenseDigitRun            // its longest run of digits
	DenseParts               // its hyphen-separated parts
	DenseLexicon             // the share of it the lure and scheme words cover
	DenseLure                // lure words in it
	DenseScheme              // scheme words in it
	DenseSubLabels           // labels of the subdomain
	DenseSubLength           // the subdomain's length
	DenseHosted              // 1: a site on a hosting platform
	DenseIDN                 // 1: an IDN
	DenseIP                  // 1: an IP address
	DenseSuffixLength        // the public suffix's length
	NumDense
)

// Dense is the dense features of one host name.
type Dense [NumDense]float32

// Score returns the sum of the trees' leaves for x.
func (b *Booster) Score(x *Dense) float32 {
	inner, leaves := 1<<b.Depth-1, 1<<b.Depth
	var s float32
	for t := 0; t*leaves < len(b.Leaf); t++ {
		feat, thr := b.Feat[t*inner:], b.Thr[t*inner:]
		i := 0
		for d := 0; d < b.Depth; d++ {
			if x[feat[i]] > thr[i] {
				i = 2*i + 2
			} else {
				i = 2*i + 1
			}
		}
		s += b.Leaf[t*leaves+i-inner]
	}
	return s
}

// Trees returns the number of trees.
func (b *Booster) Trees() int {
	if b == nil || b.Depth == 0 {
		return 0
	}
	return len(b.Leaf) >> b.Depth
}

// HostLogits returns what the classifier keeps of a host name (its
// features in host, from HostFeatures): the model's bias plus what the
// host adds, and the highest of the experts' logits (ok false when the
// model has none), each with the booster's share of the host added. A
// link scores max(host + Logit(path), expert).
func (m *Model) HostLogits(l *linkx.Link, host *Features) (hostLogit, expert float32, ok bool) {
	hostLogit = m.Bias + m.Logit(host)
	expert, ok = m.ExpertLogit(host)
	if m.Booster != nil {
		b := m.boost(l, host)
		hostLogit += b
		if !m.Booster.ModelOnly {
			expert += b
		}
	}
	if m.Net != nil {
		hostLogit += m.net(l, hostLogit)
	}
	return hostLogit, expert, ok
}

// boost returns the booster's share of a host's logits: 0 for a host it
// does not read.
func (m *Model) boost(l *linkx.Link, host *Features) float32 {
	var x Dense
	if !m.DenseOf(l, host, &x) {
		return 0
	}
	return m.Booster.Score(&x)
}

// DenseOf fills x with the dense features of a link's host name, whose
// model features are in host, and reports whether a booster reads it
// (not an IP address). A host with a subdomain (but www) is read by its
// registrable name alone, as if bare: the popular list the trainer
// learns from is of registrable names, and trees that read the
// subdomain's share of the model's logit took the names services give
// their hosts (siteintercept.qualtrics.com, sg-drive.wps.com) for
// scams'. The linear model's subdomain n-grams judge those.
func (m *Model) DenseOf(l *linkx.Link, host *Features, x *Dense) bool {
	*x = Dense{}
	m.denseSums(host, x)
	if l.IP.IsValid() {
		return false
	}
	site, hosted := Site(*l)
	p := partsOf(&site, hosted)
	if p.sub != "" {
		// the registrable name alone, as if bare
		p.sub = ""
		var bare Features
		nameFeatures(&bare, p)
		m.denseSums(&bare, x)
	}
	return denseName(p, x)
}

// denseSums sets the model's logits of a host's features in x: the
// host logit, the experts', and each family's share.
func (m *Model) denseSums(host *Features, x *Dense) {
	var sums [NumFamilies]float32
	for i := 0; i < host.N; i++ {
		f := &host.List[i]
		sums[f.Family] += m.weight(f.Index) * f.Value
	}
	x[DenseHostLogit] = m.Bias
	for _, s := range sums {
		x[DenseHostLogit] += s
	}
	x[DenseExpert] = x[DenseHostLogit]
	if e, ok := m.ExpertLogit(host); ok {
		x[DenseExpert] = e
	}
	x[DenseSpelling], x[DenseWords], x[DenseTLD], x[DenseHosting], x[DenseShape] = sums[Spelling], sums[Words], sums[TLD], sums[Hosting], sums[Shape]
}

// denseName sets the measures of the registrable name in x.
func denseName(p hostParts, x *Dense) bool {
	label := p.label
	n := countName(label)
	x[DenseHyphens], x[DenseDigits] = float32(n.hyphens), float32(n.digits)
	x[DenseConsonants], x[DenseDigitRun], x[DenseSwitches] = float32(n.maxRun), float32(n.digitRun), float32(n.switches)
	x[DenseLength] = float32(len(label))
	if n.letters > 0 {
		x[DenseVowels] = float32(n.vowels) / float32(n.letters)
	}
	if len(label) > 0 {
		var h float64
		for _, c := range n.counts {
			if c > 0 {
				q := float64(c) / float64(len(label))
				h -= q * math.Log2(q)
			}
		}
		x[DenseEntropy] = float32(h)
	}
	x[DenseParts] = float32(strings.Count(label, "-") + 1)
	var found wordList
	names.find(label, &found)
	covered := 0
	for _, w := range found.w[:found.n] {
		covered += len(w)
		if SchemeWord(w) {
			x[DenseScheme]++
		} else {
			x[DenseLure]++
		}
	}
	if len(label) > 0 {
		x[DenseLexicon] = float32(min(covered, len(label))) / float32(len(label))
	}
	if p.private {
		x[DenseHosted] = 1
	}
	if p.idn {
		x[DenseIDN] = 1
	}
	x[DenseSuffixLength] = float32(len(p.suffix))
	return true
}

// boostMagic starts a booster's part of the weights file, after the
// model and its experts: the depth and the number of trees (uint32
// each), its flags (uint32: 1 for ModelOnly), then each tree's split features (a byte each), thresholds and
// leaves (float32 each).
const boostMagic = "IMMB"

func (b *Booster) appendTo(out []byte) []byte {
	out = append(out, boostMagic...)
	out = binary.LittleEndian.AppendUint32(out, uint32(b.Depth))
	out = binary.LittleEndian.AppendUint32(out, uint32(b.Trees()))
	flags := uint32(0)
	if b.ModelOnly {
		flags = 1
	}
	out = binary.LittleEndian.AppendUint32(out, flags)
	out = append(out, b.Feat...)
	for _, v := range b.Thr {
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(v))
	}
	for _, v := range b.Leaf {
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(v))
	}
	return out
}

// boosterLen returns the length of the booster b starts with, as its
// header gives it, or len(b) when the header is cut or damaged (for
// decodeBooster to refuse).
func boosterLen(b []byte) int {
	if len(b) < 16 {
		return len(b)
	}
	depth := binary.LittleEndian.Uint32(b[4:])
	trees := uint64(binary.LittleEndian.Uint32(b[8:]))
	if depth < 1 || depth > 8 {
		return len(b)
	}
	inner, leaves := uint64(1)<<depth-1, uint64(1)<<depth
	n := 16 + trees*(inner*5+leaves*4)
	if n > uint64(len(b)) {
		return len(b)
	}
	return int(n)
}

// decodeBooster reads a booster written by appendTo, which must be all of b.
func decodeBooster(b []byte) (*Booster, error) {
	if len(b) < 16 || string(b[:4]) != boostMagic {
		return nil, fmt.Errorf("%w: %d bytes after the model, not a booster", ErrFormat, len(b))
	}
	depth := binary.LittleEndian.Uint32(b[4:])
	trees := uint64(binary.LittleEndian.Uint32(b[8:]))
	flags := binary.LittleEndian.Uint32(b[12:])
	if flags > 1 {
		return nil, fmt.Errorf("%w: booster flags %#x", ErrFormat, flags)
	}
	if depth < 1 || depth > 8 {
		return nil, fmt.Errorf("%w: a booster of depth %d", ErrFormat, depth)
	}
	inner, leaves := uint64(1)<<depth-1, uint64(1)<<depth
	b = b[16:]
	if uint64(len(b)) != trees*(inner*5+leaves*4) {
		return nil, fmt.Errorf("%w: %d bytes for %d trees of depth %d", ErrFormat, len(b), trees, depth)
	}
	bo := &Booster{Depth: int(depth), ModelOnly: flags == 1, Feat: append([]uint8(nil), b[:trees*inner]...)}
	b = b[trees*inner:]
	for _, f := range bo.Feat {
		if f >= NumDense {
			return nil, fmt.Errorf("%w: a split on dense feature %d", ErrFormat, f)
		}
	}
	bo.Thr = readFloats(&b, trees*inner)
	bo.Leaf = readFloats(&b, trees*leaves)
	return bo, nil
}

// readFloats reads n little-endian float32s off the front of *b, which
// holds them.
func readFloats(b *[]byte, n uint64) []float32 {
	out := make([]float32, n)
	for i := range out {
		out[i] = math.Float32frombits(binary.LittleEndian.Uint32((*b)[4*i:]))
	}
	*b = (*b)[4*n:]
	return out
}
