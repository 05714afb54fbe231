package main

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// TestStepPathMovesPathsAlone holds the second stage (-longstage) to its
// word: a step moves the weights of the link's path features, and not the
// bias, the host name's features, a frozen index or a path feature that
// shares an index with the host's.
func TestStepPathMovesPathsAlone(t *testing.T) {
	l, ok := linkx.Parse("http://small-project.org/docs/intro.html")
	if !ok {
		t.Fatal("parse")
	}
	var host, path model.Features
	features(&l, &host, &path)
	f := newFTRL(0.05, 1, 0, 0)
	f.step([]*model.Features{&host, &path}, 1, 1) // some weights to start from
	bias := f.bias()
	hostW := map[uint32]float64{}
	for _, ft := range host.List[:host.N] {
		hostW[ft.Index] = f.weight(ft.Index)
	}
	frozen := make([]bool, 1<<model.Bits)
	frozenAt := path.List[path.N-1].Index
	frozen[frozenAt] = true
	before := f.weight(frozenAt)
	f.stepPath(&host, &path, 0, 1, frozen)
	if f.bias() != bias {
		t.Errorf("bias moved: %g -> %g", bias, f.bias())
	}
	for i, w := range hostW {
		if f.weight(i) != w {
			t.Errorf("host feature %d moved: %g -> %g", i, w, f.weight(i))
		}
	}
	if _, shared := hostW[frozenAt]; !shared && f.weight(frozenAt) != before {
		t.Errorf("frozen index %d moved: %g -> %g", frozenAt, before, f.weight(frozenAt))
	}
	moved := 0
	for _, ft := range path.List[:path.N] {
		if _, shared := hostW[ft.Index]; !shared && ft.Index != frozenAt && f.z[ft.Index] != 0 {
			moved++
		}
	}
	if moved == 0 {
		t.Error("no path feature learned")
	}
}

// TestParseFamilies reads -longfam's and -debpath's lists: empty is every
// family for -longfam and none for -debpath; shape only for -longfam.
func TestParseFamilies(t *testing.T) {
	all, err := parseFamilies("", true)
	if err != nil || !all[model.PathShape] || !all[model.PathWords] || !all[model.File] || !all[model.Spelling] {
		t.Errorf("-longfam '': %v %v, want every family", all, err)
	}
	none, err := parseFamilies("", false)
	if err != nil || none != [model.NumFamilies]bool{} {
		t.Errorf("-debpath '': %v %v, want none", none, err)
	}
	ws, err := parseFamilies("words,shape", true)
	if err != nil || !ws[model.PathWords] || !ws[model.PathShape] || ws[model.File] || ws[model.Spelling] {
		t.Errorf("-longfam words,shape: %v %v", ws, err)
	}
	if _, err := parseFamilies("shape", false); err == nil {
		t.Error("-debpath shape: no error")
	}
}

// TestHostTaughtLinksSkipTheSecondStage: Debian's links, taught by their
// host name alone (-debhost), teach no path in the second stage either.
func TestHostTaughtLinksSkipTheSecondStage(t *testing.T) {
	if !hostTaught(&Example{Source: SrcBenignDeb}) || hostTaught(&Example{Source: SrcBenignLong}) || hostTaught(&Example{Source: SrcPhishURL}) {
		t.Error("hostTaught: want Debian's alone")
	}
}
