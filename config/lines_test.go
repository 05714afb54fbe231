package config

import "testing"

// TestEditDistance holds the distance suggestKey ranks known keys by: a
// swap of neighbours is one edit, as a typist makes it.
func TestEditDistance(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		a, b string
		d    int
	}{
		{"policy", "policy", 0}, {"", "abc", 3}, {"abc", "", 3}, {"kitten", "sitting", 3},
		{"polciy", "policy", 1}, {"ab", "ba", 1}, {"strike_to_restrict", "strikes_to_restrict", 1},
	} {
		if got := editDistance(c.a, c.b); got != c.d {
			t.Errorf("editDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.d)
		}
	}
}
