package brand

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/immunebot/immune/internal/race"
)

// namedRef is Named without its byte-set shortcut.
func (m *Matcher) namedRef(word string, inside int) *Brand {
	if len(word) < 3 {
		return nil
	}
	for i := range m.names {
		n := &m.names[i]
		if word == n.word || !n.whole && len(n.word) >= inside && strings.Contains(word, n.word) {
			return n.brand
		}
	}
	return nil
}

// TestNamedMatchesReference: the names, the names inside longer words,
// their pieces and random words are named as trying every name names them.
func TestNamedMatchesReference(t *testing.T) {
	m := New(Builtin)
	r := rand.New(rand.NewPCG(3, 4))
	rnd := func(n int) string { return randomWord(r, n) }
	var words []string
	for _, n := range m.names {
		w := n.word
		words = append(words, w, w[1:], w[:len(w)-1], rnd(3)+w, w+rnd(4), rnd(2)+w+rnd(2), w+m.names[r.IntN(len(m.names))].word)
	}
	for range race.Cases(100000) {
		words = append(words, rnd(3+r.IntN(14)))
	}
	hits := 0
	for _, w := range words {
		for _, inside := range []int{4, 5, 6} {
			got, want := m.Named(w, inside), m.namedRef(w, inside)
			if got != want {
				t.Fatalf("Named(%q, %d) = %v, want %v", w, inside, got, want)
			}
			if got != nil {
				hits++
			}
		}
	}
	if hits < len(m.names) {
		t.Errorf("only %d words named a brand", hits)
	}
}

// hostLetters are the letters of a host name's random words in tests.
const hostLetters = "abcdefghijklmnopqrstuvwxyz0123456789"

// randomWord is n random letters and digits.
func randomWord(r *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = hostLetters[r.IntN(len(hostLetters))]
	}
	return string(b)
}
