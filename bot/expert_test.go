package bot

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// TestLinkModelExperts: a link's model signal is the higher of the link
// model's logit and its experts' logits of the host name, and the
// explanation of a flagged link names what the expert read.
func TestLinkModelExperts(t *testing.T) {
	const host = "https://lucky-example-88.top/"
	l, ok := linkx.Parse(host)
	if !ok {
		t.Fatal("parse")
	}
	m := &model.Model{Bias: -6, Weights: make([]float32, 1<<model.Bits)}
	comb := &model.Combiner{LinkBias: -1}
	comb.Link[model.SigModel] = 1
	sig := func() float32 {
		c := NewClassifier(ClassifierConfig{LinkModel: m, Combiner: comb})
		s, ok := c.LinkSignals(&l)
		if !ok {
			t.Fatal("the link is not weighed")
		}
		return s[model.SigModel]
	}
	if got := sig(); got != -6 {
		t.Fatalf("without experts: model signal %v, want -6", got)
	}
	expert := &model.Model{Bias: 3, Weights: make([]float32, 1<<model.Bits)}
	var hf model.Features
	model.HostFeatures(&l, &hf)
	for _, f := range hf.List[:hf.N] {
		if f.Family == model.TLD {
			expert.Weights[f.Index] = 0.5 // so that the reason has words
		}
	}
	m.Experts = []*model.Model{{Bias: -7, Weights: make([]float32, 1<<model.Bits)}, expert}
	want := expert.Bias + expert.Logit(&hf)
	if got := sig(); got != want {
		t.Fatalf("with experts: model signal %v, want the expert's %v", got, want)
	}
	c := NewClassifier(ClassifierConfig{LinkModel: m, Combiner: comb})
	msg := Message{ID: "1", Platform: Discord, Chat: "c", User: "u", Text: host}
	v := c.Classify(&msg, Hints{}).Verdict
	if v.Level == Allow {
		t.Fatalf("a link the expert scores %v was allowed", want)
	}
	found := false
	for _, r := range v.Reasons {
		if r.Code == CodePattern {
			found = true
		}
	}
	if !found {
		t.Fatalf("no pattern reason: %+v", v.Reasons)
	}
}
