package bot

import (
	"bytes"
	"math/rand"
	"testing"
)

// containsWordsBefore is containsWords as it was before speed49b: the
// reference the random texts below compare against.
func containsWordsBefore(folded []byte, p string) bool {
	for off := 0; off+len(p) <= len(folded); {
		i := bytes.Index(folded[off:], []byte(p))
		if i < 0 {
			return false
		}
		at, end := off+i, off+i+len(p)
		if (at == 0 || folded[at-1] == ' ') && (end == len(folded) || folded[end] == ' ') {
			return true
		}
		off = at + 1
	}
	return false
}

// TestSpeed49bContainsWords: containsWords answers as bytes.Index's
// search did, for phrases found, glued to other letters, cut short, and
// in texts whose letters are all the phrase's first (more than eight
// places that are not the phrase: the bytes.Index way after them).
func TestSpeed49bContainsWords(t *testing.T) {
	rng := rand.New(rand.NewSource(49))
	words := []string{"a", "an", "tai", "tai khoan", "khoan", "free", "double click", "aa", "aaa", "aab", "t", "", "tien", "install", "x"}
	pieces := []string{"a", "aa", "aaa", "b", "tai", "khoan", "tai khoan", "free", "freed", "double", "click", "t", "tien", "ti", "en", "x", "ax"}
	seps := []string{" ", "", "  ", ".", "-"}
	found, missed := 0, 0
	for n := 0; n < 300000; n++ {
		var b []byte
		for k := rng.Intn(30); k > 0; k-- {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
			b = append(b, seps[rng.Intn(len(seps))]...)
		}
		p := words[rng.Intn(len(words))]
		got, want := containsWords(b, p), containsWordsBefore(b, p)
		if got != want {
			t.Fatalf("containsWords(%q, %q) = %v, bytes.Index's = %v", b, p, got, want)
		}
		if want {
			found++
		} else {
			missed++
		}
	}
	if found < 10000 || missed < 10000 {
		t.Fatalf("found %d, missed %d: the texts do not test both ways", found, missed)
	}
}
