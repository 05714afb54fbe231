package brand

import "testing"

// TestNamedWord holds NamedWord and ToolWord to Named's reading of a
// whole word (slug47): every spelling of every built-in brand, and
// words that hold a name or are held by one, give the same brand.
func TestNamedWord(t *testing.T) {
	t.Parallel()
	brands := Protected()
	m := New(brands)
	words := []string{"paypalaccount", "youtub", "xyz", "", "ab", "googl", "facebookpage"}
	for i := range brands {
		words = append(words, brands[i].Spellings()...)
	}
	tools := 0
	for _, w := range words {
		if got, want := m.NamedWord(w), m.Named(w, len(w)+1); got != want {
			t.Errorf("NamedWord(%q) = %v, Named = %v", w, got, want)
		}
		if m.ToolWord(w) {
			tools++
		}
	}
	if tools == 0 {
		t.Error("no Tool brand's name read by ToolWord")
	}
}
