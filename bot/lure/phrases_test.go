package lure

import "testing"

// TestPhrases: Phrases counts different phrases, not categories (Found
// keeps one a category), a longer phrase once, a repeated one once, and
// leetspeak as FindFolded reads it.
func TestPhrases(t *testing.T) {
	for _, tc := range []struct {
		text string
		max  int
		want int
	}{
		{"the build of the tool", 8, 0},
		{"the libfoo package and the libbar package", 8, 1},
		{"the email password once more to verify the login", 8, 3},
		{"the email password once more to verify the login", 2, 2},
		{"someone posted it in this photo last night", 8, 1},
		{"log in with the p4ssw0rd", 8, 2},
		{"free nitro and a free gift", 8, 2},
	} {
		var buf [256]byte
		if got := Phrases(Fold(tc.text, buf[:0]), tc.max); got != tc.want {
			t.Errorf("Phrases(%q, %d) = %d, want %d", tc.text, tc.max, got, tc.want)
		}
	}
}
