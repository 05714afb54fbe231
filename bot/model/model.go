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
	Bias    float32
	Weights []float32 // 1<<Bits weights
}

// Logit returns the weighted sum of features.
func (m *Model) Logit(fs *Features) float32 {
	var s float32
	for i := 0; i < fs.N; i++ {
		f := &fs.List[i]
		s += m.Weights[f.Index] * f.Value
	}
	return s
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
		linkModel = m
	})
	return linkModel
}

// The weights file: a magic, the number of index bits, the bias, a scale,
// then every weight as a little-endian int16 multiple of the scale.
const magic = "IMMW"

// Encode writes a model in the weights file format. Weights are quantised
// to 16 bits against the largest of them.
func (m *Model) Encode() []byte {
	var maxAbs float32
	for _, w := range m.Weights {
		maxAbs = max(maxAbs, float32(math.Abs(float64(w))))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	out := make([]byte, 0, 16+2*len(m.Weights))
	out = append(out, magic...)
	out = binary.LittleEndian.AppendUint32(out, Bits)
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
	if bits != Bits {
		return nil, fmt.Errorf("%w: %d index bits, this build uses %d", ErrFormat, bits, Bits)
	}
	if len(b) != 16+2*(1<<Bits) {
		return nil, fmt.Errorf("%w: %d bytes", ErrFormat, len(b))
	}
	m := &Model{
		Bias:    math.Float32frombits(binary.LittleEndian.Uint32(b[8:])),
		Weights: make([]float32, 1<<Bits),
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(b[12:]))
	for i := range m.Weights {
		m.Weights[i] = float32(int16(binary.LittleEndian.Uint16(b[16+2*i:]))) * scale
	}
	return m, nil
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
// each raising it by at least floor.
func (m *Model) Explain(floor float32, parts ...*Features) []Contribution {
	var sums [NumFamilies]float32
	type top struct {
		text string
		w    float32
	}
	var words [NumFamilies][3]top
	for _, fs := range parts {
		for i := 0; i < fs.N; i++ {
			f := &fs.List[i]
			w := m.Weights[f.Index] * f.Value
			sums[f.Family] += w
			if f.Text == "" || w <= 0 {
				continue
			}
			t := &words[f.Family]
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
	}
	var out []Contribution
	for fam := Family(0); fam < NumFamilies; fam++ {
		if sums[fam] < floor {
			continue
		}
		c := Contribution{Family: fam, Sum: sums[fam]}
		for k, t := range words[fam] {
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
