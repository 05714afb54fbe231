package model

import (
	"bytes"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// testNet is a net of 2 hidden units over vectors of 2: every feature's
// vector is (1, 0), so a name's mean vector is (1, 0) (its features'
// values are 1, bar the parent ending of a hosted site); unit 0 reads
// the first coordinate, unit 1 the model's logit.
func testNet() *Net {
	n := &Net{Bits: 4, Dim: 2, Hidden: 2, Emb: make([]float32, 16*2),
		W1: []float32{2, 0, 0, 0, 0, 1}, B1: []float32{0.5, 0}, W2: []float32{1, -1}, B2: -0.25}
	for r := 0; r < 16; r++ {
		n.Emb[2*r] = 1
	}
	return n
}

// TestNetForward: the mean vector, the rectified hidden units and the
// output are as written out by hand.
func TestNetForward(t *testing.T) {
	n := testNet()
	var fs Features
	fs.add(1, Spelling, 1, "")
	fs.add(2, Spelling, 1, "")
	e, pre := make([]float32, 2), make([]float32, 2)
	// unit 0: 0.5 + 2*1 = 2.5; unit 1: z/4 = 1 (z 4) or -1 (z -4)
	if got := n.Forward(&fs, 4, e, pre); got != -0.25+2.5-1 || e[0] != 1 || e[1] != 0 || pre[0] != 2.5 || pre[1] != 1 {
		t.Fatalf("z 4: %v, mean %v, hidden %v", got, e, pre)
	}
	if got := n.Forward(&fs, -4, e, pre); got != -0.25+2.5 || pre[1] != -1 {
		t.Fatalf("z -4: %v, hidden %v (a negative unit counts 0)", got, pre)
	}
	fs.N = 0
	if got := n.Forward(&fs, 0, e, pre); got != -0.25+0.5 || e[0] != 0 {
		t.Fatalf("no features: %v, mean %v", got, e)
	}
}

// TestNetRoundTrip: a model with experts, a booster and a net is written
// and read back, the net's vectors rounded as Quantize rounds them; a
// model without a net writes the bytes it wrote before; cut, trailing and
// out-of-range nets are refused.
func TestNetRoundTrip(t *testing.T) {
	m := &Model{Bias: -1, Weights: make([]float32, 1<<Bits)}
	m.Weights[3] = 1.25
	m.Experts = []*Model{{Bias: -3, Weights: make([]float32, 1<<Bits)}}
	m.Booster = testBooster()
	before := m.Encode()
	n := testNet()
	n.Emb[5] = 0.3 // a row of (1, 0.3): 0.3 is kept to 1/127 of 1
	n.Gate, n.Lift, n.Cap = -2, true, 1.5
	m.Net = n
	b := m.Encode()
	if !bytes.Equal(b[:len(before)], before) {
		t.Fatal("a net changed the bytes before it")
	}
	got, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	q := *n
	q.Emb = append([]float32(nil), n.Emb...)
	q.Quantize()
	if got.Net == nil || got.Booster.Trees() != 2 || len(got.Experts) != 1 || got.Net.Gate != -2 || !got.Net.Lift || got.Net.Cap != 1.5 ||
		!equal32(got.Net.Emb, q.Emb) || !equal32(got.Net.W1, n.W1) || !equal32(got.Net.B1, n.B1) || !equal32(got.Net.W2, n.W2) || got.Net.B2 != n.B2 {
		t.Fatalf("round trip: %+v", got.Net)
	}
	if d := q.Emb[5] - 0.3; d > 0.004 || d < -0.004 || q.Emb[4] != 1 {
		t.Fatalf("quantised row %v", q.Emb[4:6])
	}
	// a net alone after the model's weights
	m.Experts, m.Booster = nil, nil
	if got, err := Decode(m.Encode()); err != nil || got.Net == nil || got.Booster != nil || len(got.Experts) != 0 {
		t.Fatalf("a net alone: %v, %+v", err, got)
	}
	wide := *n
	wide.Hidden = netMaxHidden + 1
	wide.W1, wide.B1, wide.W2 = make([]float32, wide.Hidden*3), make([]float32, wide.Hidden), make([]float32, wide.Hidden)
	for name, bad := range map[string][]byte{
		"cut":      b[:len(b)-3],
		"trailing": append(append([]byte(nil), b...), 0),
		"too wide": append(append([]byte(nil), before...), wide.appendTo(nil)...),
	} {
		if _, err := Decode(bad); err == nil {
			t.Errorf("%s net decoded", name)
		}
	}
}

// TestHostLogitsNet: the net's output is added once to the model's logit
// of a host, not to the experts'; a host with a subdomain gets what its
// registrable name gets; a name the model scores below the gate gets
// nothing, and with Lift a negative output counts 0; with a cap, no more
// than the cap is added; no allocation.
func TestHostLogitsNet(t *testing.T) {
	l, _ := linkx.Parse("https://lucky-example-88.top/")
	var h Features
	HostFeatures(&l, &h)
	m := &Model{Bias: -4, Weights: make([]float32, 1<<Bits)}
	m.Experts = []*Model{{Bias: -2, Weights: make([]float32, 1<<Bits)}}
	host, expert, _ := m.HostLogits(&l, &h)
	m.Net = testNet()
	m.Net.Gate = -10
	// mean (1, 0): unit 0 2.5; z -4: unit 1 off; -0.25 + 2.5
	h2, e2, _ := m.HostLogits(&l, &h)
	if h2 != host+2.25 || e2 != expert {
		t.Fatalf("with a net: %v %v, want %v %v", h2, e2, host+2.25, expert)
	}
	if n := testing.AllocsPerRun(100, func() { m.HostLogits(&l, &h) }); n != 0 {
		t.Fatalf("%v allocations", n)
	}
	sub, _ := linkx.Parse("https://login.lucky-example-88.top/")
	var hs Features
	HostFeatures(&sub, &hs)
	if got, _, _ := m.HostLogits(&sub, &hs); got != m.Bias+m.Logit(&hs)+2.25 {
		t.Fatalf("with a subdomain: %v", got)
	}
	m.Net.Gate = -3.5 // the model's logit of the name is -4
	if got, _, _ := m.HostLogits(&l, &h); got != host {
		t.Fatalf("below the gate: %v, want %v", got, host)
	}
	m.Net.Gate = -10
	m.Net.B2 = -5 // the output is now -2.5
	if got, _, _ := m.HostLogits(&l, &h); got != host-2.5 {
		t.Fatalf("a negative output: %v, want %v", got, host-2.5)
	}
	m.Net.Lift = true
	if got, _, _ := m.HostLogits(&l, &h); got != host {
		t.Fatalf("a negative output with Lift: %v, want %v", got, host)
	}
	m.Net.B2 = 7 // the output is now 9.5
	if got, _, _ := m.HostLogits(&l, &h); got != host+9.5 {
		t.Fatalf("no cap: %v, want %v", got, host+9.5)
	}
	m.Net.Cap = 1.25
	if got, _, _ := m.HostLogits(&l, &h); got != host+1.25 {
		t.Fatalf("a cap of 1.25: %v, want %v", got, host+1.25)
	}
	ip, _ := linkx.Parse("http://203.0.113.9/")
	var hi Features
	HostFeatures(&ip, &hi)
	if got, _, _ := m.HostLogits(&ip, &hi); got != m.Bias+m.Logit(&hi) {
		t.Fatalf("an IP address: %v", got)
	}
}

// TestNetCeiling: with a ceiling the net raises a host's logit to the
// ceiling at most, gives nothing to one already at or above it, and still
// lowers one (without Lift); the ceiling round-trips through the weights
// file, a net without one writes the bytes it wrote before, and a cut or
// meaningless ceiling is refused.
func TestNetCeiling(t *testing.T) {
	l, _ := linkx.Parse("https://lucky-example-88.top/")
	var h Features
	HostFeatures(&l, &h)
	m := &Model{Bias: -4, Weights: make([]float32, 1<<Bits)}
	host, _, _ := m.HostLogits(&l, &h) // -4
	m.Net = testNet()
	m.Net.Gate = -10
	m.Net.B2 = 7 // the output is 9.5
	m.Net.Ceil = 3
	if got, _, _ := m.HostLogits(&l, &h); got != 3 {
		t.Fatalf("under a ceiling of 3: %v, want 3 (the model alone %v, the net +9.5)", got, host)
	}
	m.Bias, m.Net.Ceil = 2, 1 // the model's own logit above the ceiling: nothing added
	if got, _, _ := m.HostLogits(&l, &h); got != 2 {
		t.Fatalf("a ceiling under the model's logit: %v, want 2", got)
	}
	m.Bias = -4
	m.Net.Ceil = 8 // above what the net reaches: the whole output
	if got, _, _ := m.HostLogits(&l, &h); got != host+9.5 {
		t.Fatalf("a ceiling above: %v, want %v", got, host+9.5)
	}
	m.Net.B2 = -5 // the output is -2.5: a ceiling does not stop a fall
	if got, _, _ := m.HostLogits(&l, &h); got != host-2.5 {
		t.Fatalf("a negative output under a ceiling: %v, want %v", got, host-2.5)
	}
	if n := testing.AllocsPerRun(100, func() { m.HostLogits(&l, &h) }); n != 0 {
		t.Fatalf("%v allocations", n)
	}

	m.Net.Ceil = 0
	without := m.Encode()
	m.Net.Ceil = 4.5
	b := m.Encode()
	if len(b) != len(without)+4 {
		t.Fatalf("a ceiling took %d bytes, want 4", len(b)-len(without))
	}
	got, err := Decode(b)
	if err != nil || got.Net.Ceil != 4.5 || got.Net.Lift {
		t.Fatalf("round trip: %v, %+v", err, got.Net)
	}
	m.Net.Lift = true
	if got, err := Decode(m.Encode()); err != nil || got.Net.Ceil != 4.5 || !got.Net.Lift {
		t.Fatalf("round trip with Lift: %v, %+v", err, got.Net)
	}
	if got, err := Decode(without); err != nil || got.Net.Ceil != 0 {
		t.Fatalf("no ceiling: %v, %+v", err, got.Net)
	}
	// the flags word is 4 bytes before the ceiling, 28 bytes into the net
	start := bytes.Index(b, []byte(netMagic))
	zero := append([]byte(nil), b...)
	copy(zero[start+28:], []byte{0, 0, 0, 0})
	cut := append([]byte(nil), b[:start+30]...)
	for name, bad := range map[string][]byte{"a ceiling of 0": zero, "a cut ceiling": cut} {
		if _, err := Decode(bad); err == nil {
			t.Errorf("%s decoded", name)
		}
	}
}

// TestNetDigits: a net marked Digits adds to the logit of a name whose
// registrable label holds a digit (on a hosting platform, the site's
// label) and to no other; the mark round-trips through the weights file.
func TestNetDigits(t *testing.T) {
	m := &Model{Bias: -4, Weights: make([]float32, 1<<Bits)}
	m.Net = testNet()
	m.Net.Gate, m.Net.Digits = -10, true
	for host, want := range map[string]bool{
		"lucky-example-88.top":    true,
		"sky6699.com":             true,
		"login.lucky-example.top": false, // the digit-free registrable label
		"88.lucky-example.top":    false, // a digit in the subdomain only
		"lucky-example.top":       false,
		"bet88.github.io":         true, // the site's own label on a hosting platform
		"my-bot.onrender.com":     false,
		"xn--lucky-8za.vn":        false, // punycode's digits are not the reader's
	} {
		l, ok := linkx.Parse("https://" + host + "/")
		if !ok {
			t.Fatalf("%s does not parse", host)
		}
		if got := LabelHasDigit(&l); got != want {
			t.Errorf("%s: LabelHasDigit %v, want %v", host, got, want)
		}
		var h Features
		HostFeatures(&l, &h)
		base := m.Bias + m.Logit(&h)
		got, _, _ := m.HostLogits(&l, &h)
		if (got != base) != want {
			t.Errorf("%s: %v with the net, %v without", host, got, base)
		}
	}
	m.Net.Digits = false
	without := m.Encode()
	m.Net.Digits = true
	b := m.Encode()
	if len(b) != len(without) {
		t.Fatalf("the mark took %d bytes", len(b)-len(without))
	}
	if got, err := Decode(b); err != nil || !got.Net.Digits || got.Net.Lift || got.Net.Ceil != 0 {
		t.Fatalf("round trip: %v, %+v", err, got.Net)
	}
}
