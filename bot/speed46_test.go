package bot

import (
	"math"
	"testing"
)

// TestSpeed46BrandLookupNoAlloc: the classifier's brand matcher, with
// the run-time brands (more than 512 names since session 46), builds
// its candidate sets on the stack: naming a word (Named) and matching a
// host of one label (Match) allocate nothing. With the sets' buffers of 512 names
// each lookup allocated (151 → 155 B/op in BenchmarkClassify).
func TestSpeed46BrandLookupNoAlloc(t *testing.T) {
	bm := NewClassifier(ClassifierConfig{}).brands.Load()
	for _, w := range []string{"garena", "robux", "steam", "firmware", "paypal", "nothing"} {
		if n := testing.AllocsPerRun(50, func() { bm.Named(w, math.MaxInt) }); n != 0 {
			t.Errorf("Named(%q): %.0f allocations", w, n)
		}
	}
	for _, h := range []string{"steamcommunlty.com", "garenaevent.net", "example.org"} {
		if n := testing.AllocsPerRun(50, func() { bm.Match(h, h, "com") }); n != 0 {
			t.Errorf("Match(%q): %.0f allocations", h, n)
		}
	}
}
