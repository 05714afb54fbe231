package lure

import "testing"

// TestCostFree (cite30, session 31): "free" said of a reading's or a
// plan's cost is no gift's mild word; said of anything else, it is.
func TestCostFree(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		text string
		gift bool
	}{
		{"the dsp guide is free", false},
		{"crafting interpreters, free online", false},
		{"a free ebook on compilers", false},
		{"the free tier covers it", false},
		{"the book is free to read", false},
		{"free download", true},
		{"get it for free", true},
		{"free nitro for everyone", true},
		{"the dsp guide is free, claim it now", true},
		{"free premium accounts", true},
		{"it is free for the first 100", true},
		{"free", true},
	} {
		var stack [256]byte
		found := FindFolded(Fold(tc.text, stack[:0]))
		if got := found[Gift].Weight > 0; got != tc.gift {
			t.Errorf("%q: gift %v (%v), want %v", tc.text, got, found[Gift], tc.gift)
		}
	}
}
