package model

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/internal/race"
)

// findRef is lexicon.find as it was before the pair tables: every word
// counted inside longer ones searched for in the name in turn, the
// longest first. TestFindMatchesReference holds find to it.
func (x *lexicon) findRef(label string, f *wordList) {
	for i := 0; i < len(label); {
		j := i
		for j < len(label) && label[j] != '-' && label[j] != '_' {
			j++
		}
		if _, ok := x.words[label[i:j]]; ok && j > i {
			f.add(label[i:j])
		}
		i = j + 1
	}
	var jb, sb [64]byte
	joined := dropHyphens(append(jb[:0], label...))
	skel := dropHyphens(brand.AppendSkeleton(sb[:0], label))
	bytesOf := func(b []byte) uint64 {
		var m uint64
		for _, c := range b {
			m |= 1 << (c & 63)
		}
		return m
	}
	jm, sm := bytesOf(joined), bytesOf(skel)
	for i := range x.inside {
		w := &x.inside[i]
		wordBytes, skelBytes := bytesOf([]byte(w.word)), bytesOf([]byte(w.skel))
		if len(joined) > len(w.word) && (wordBytes&^jm == 0 && bytes.Contains(joined, []byte(w.word)) || skelBytes&^sm == 0 && bytes.Contains(skel, []byte(w.skel))) {
			f.add(w.word)
		}
	}
}

// TestFindMatchesReference compares find with findRef on names built
// from the lexicon's words whole, cut, misspelt with look-alike letters
// (nltro, g1ft, rn for m), run together, between hyphens, underscores,
// digits, random letters and non-ASCII letters, short and over 64 bytes.
func TestFindMatchesReference(t *testing.T) {
	var words []string
	for w := range names.words {
		words = append(words, w)
	}
	slices.Sort(words)
	look := map[byte][]string{'i': {"l", "1", "!"}, 'l': {"1", "i", "I"}, 'o': {"0"}, 'm': {"rn"}, 'w': {"vv"},
		'd': {"cl"}, 'e': {"3"}, 'a': {"4", "@"}, 's': {"5", "$"}, 'g': {"9", "q"}, 'b': {"6"}}
	fillers := []string{"-", "_", "-", "", "", "", "1", "24", "x", "app", "vn", "é", "ả", "ԁ", "www", "."}
	r := rand.New(rand.NewPCG(9, 13))
	piece := func() string {
		switch r.IntN(8) {
		case 0: // random letters
			b := make([]byte, 1+r.IntN(7))
			for i := range b {
				b[i] = byte('a' + r.IntN(26))
			}
			return string(b)
		case 1: // a word cut short or from its second letter
			w := words[r.IntN(len(words))]
			if len(w) > 2 {
				if r.IntN(2) == 0 {
					return w[:len(w)-1]
				}
				return w[1:]
			}
			return w
		case 2, 3: // a word misspelt with look-alikes
			w := []byte(words[r.IntN(len(words))])
			var b strings.Builder
			for _, c := range w {
				if alt, ok := look[c]; ok && r.IntN(3) == 0 {
					b.WriteString(alt[r.IntN(len(alt))])
				} else {
					b.WriteByte(c)
				}
			}
			return b.String()
		default:
			return words[r.IntN(len(words))]
		}
	}
	found := 0
	for n := 0; n < race.Cases(400000); n++ {
		var b strings.Builder
		for k := 1 + r.IntN(6); k > 0; k-- {
			b.WriteString(piece())
			if k > 1 {
				b.WriteString(fillers[r.IntN(len(fillers))])
			}
		}
		label := b.String()
		if r.IntN(10) == 0 {
			label = strings.ToUpper(label[:len(label)/2]) + label[len(label)/2:]
		}
		var got, want wordList
		names.find(label, &got)
		names.findRef(label, &want)
		if got != want {
			t.Fatalf("find(%q) = %q, the reference %q", label, got.w[:got.n], want.w[:want.n])
		}
		found += got.n
	}
	if found < race.Cases(400000) {
		t.Fatalf("only %d words found in %d names: the names do not hold the lexicon's words", found, race.Cases(400000))
	}
}
