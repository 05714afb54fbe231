package lure

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestFirstWordFilter: texts made of the phrases' words, pieces of them
// and other words find what looking every word up finds.
func TestFirstWordFilter(t *testing.T) {
	var words []string
	for _, ps := range index {
		for _, p := range ps {
			words = append(words, strings.Fields(p.text)...)
		}
	}
	words = append(words, "a", "x", "the", "and", "hello", "nhe", "ok", "lol", "123", "4", "zz", "qwertyuiop")
	r := rand.New(rand.NewPCG(11, 12))
	var texts [][]byte
	for range 200_000 {
		var b []byte
		for k := range 1 + r.IntN(12) {
			if k > 0 {
				b = append(b, ' ')
			}
			w := words[r.IntN(len(words))]
			if r.IntN(8) == 0 && len(w) > 1 {
				w = w[:len(w)-1] // a piece of a word
			}
			b = append(b, w...)
		}
		texts = append(texts, b)
	}
	hits := 0
	for _, b := range texts {
		if got, want := findFolded(b), first(findFoldedIn(b, nil)); got != want {
			t.Fatalf("findFolded(%q) = %v, want %v", b, got, want)
		} else if got.Any() {
			hits++
		}
	}
	if hits < len(texts)/4 {
		t.Errorf("only %d of %d texts found anything", hits, len(texts))
	}
}

// TestNoticeFirstWordFilter: the notice finder with its filter finds what
// looking every word up finds.
func TestNoticeFirstWordFilter(t *testing.T) {
	var words []string
	for _, ps := range notices {
		for _, p := range ps {
			words = append(words, strings.Fields(p.text)...)
		}
	}
	for first := range notices {
		if !noticeFirst.may([]byte(first)) {
			t.Errorf("the filter rules out %q, which starts a phrase", first)
		}
	}
	r := rand.New(rand.NewPCG(13, 14))
	hits := 0
	for range 20_000 {
		var b []byte
		for k := range 1 + r.IntN(10) {
			if k > 0 {
				b = append(b, ' ')
			}
			b = append(b, words[r.IntN(len(words))]...)
		}
		if f := FindNotice(b); f.Any() {
			hits++
		}
	}
	if hits < 5_000 {
		t.Errorf("only %d of 20000 texts found anything", hits)
	}
}
