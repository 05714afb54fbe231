package lure

import (
	"math/rand/v2"
	"testing"
)

// first returns a finder's Found, without the leetspeak it also reports.
func first(f Found, _ bool) Found { return f }

// findFoldedOld is FindFolded as it was before speed50d: the phrases
// found, then hasLeet's own walk over the text.
func findFoldedOld(buf []byte) Found {
	found := findFolded(buf)
	if !hasLeet(buf) {
		return found
	}
	var stack [512]byte
	again := findFolded(unleet(append(stack[:0], buf...)))
	for c := range found {
		if again[c].Weight > found[c].Weight {
			found[c] = again[c]
		}
	}
	return found
}

// TestSpeed50dLeetInFind: the leetspeak findFoldedIn reports in its walk
// is hasLeet's, and FindFolded answers as the old two walks did, on
// random texts of phrases' words, leetspeak, digits, pieces of words and
// empty words (two spaces, a space at either end).
func TestSpeed50dLeetInFind(t *testing.T) {
	words := []string{"", "", "fr33", "n1tr0", "cl41m", "nh4n", "t1en", "24h", "h264", "usdt100", "a1", "b00", "x7", "0day",
		"3d", "free", "nitro", "claim", "your", "account", "has", "been", "suspended", "verify", "login", "support", "still",
		"urgent", "question", "is", "guide", "gift", "vote", "for", "me", "12345", "5", "s", "w1n", "pr1ze", "v3r1fy"}
	for _, ps := range index {
		for _, p := range ps {
			words = append(words, p.text)
		}
	}
	r := rand.New(rand.NewPCG(50, 4))
	leets := 0
	for range 300_000 {
		var b []byte
		for k := range r.IntN(10) {
			if k > 0 {
				b = append(b, ' ')
			}
			w := words[r.IntN(len(words))]
			if r.IntN(6) == 0 && len(w) > 0 {
				c := []byte(w)
				c[r.IntN(len(c))] = "0134572"[r.IntN(7)] // a letter written as a digit
				w = string(c)
			}
			b = append(b, w...)
		}
		_, leet := findFoldedIn(b, &firstWords)
		if want := hasLeet(b); leet != want {
			t.Fatalf("findFoldedIn(%q) leet = %v, hasLeet %v", b, leet, want)
		}
		if _, nilLeet := findFoldedIn(b, nil); nilLeet != leet {
			t.Fatalf("findFoldedIn(%q, nil) leet = %v, want %v", b, nilLeet, leet)
		}
		if leet {
			leets++
		}
		if got, want := FindFolded(b), findFoldedOld(b); got != want {
			t.Fatalf("FindFolded(%q) = %v, want %v", b, got, want)
		}
	}
	if leets < 10_000 {
		t.Errorf("only %d texts with leetspeak", leets)
	}
}

// phraseAtOld is the test the finders made before phraseAt.
func phraseAtOld(buf []byte, i int, phrase string) bool {
	end := i + len(phrase)
	return !(end > len(buf) || string(buf[i:end]) != phrase || end < len(buf) && buf[end] != ' ')
}

// TestSpeed50dPhraseAt: phraseAt answers as the finders' old test at
// every start of random texts of phrases' words, for every phrase of the
// lists, the notices and the pastes and the empty phrase.
func TestSpeed50dPhraseAt(t *testing.T) {
	phrases := []string{"", "a", "free", "your account"}
	for _, ps := range index {
		for _, p := range ps {
			phrases = append(phrases, p.text)
		}
	}
	for _, ps := range notices {
		for _, p := range ps {
			phrases = append(phrases, p.text)
		}
	}
	for _, ps := range pastes {
		for _, p := range ps {
			phrases = append(phrases, p.text)
		}
	}
	r := rand.New(rand.NewPCG(50, 5))
	hits := 0
	for range 20_000 {
		var b []byte
		for k := range r.IntN(8) {
			if k > 0 || r.IntN(10) == 0 {
				b = append(b, ' ')
			}
			w := phrases[r.IntN(len(phrases))]
			if r.IntN(5) == 0 && len(w) > 1 {
				w = w[:r.IntN(len(w))] // a piece of a phrase
			}
			b = append(b, w...)
		}
		for range 20 {
			p := phrases[r.IntN(len(phrases))]
			for i := 0; i <= len(b); i++ {
				got, want := phraseAt(b, i, p), phraseAtOld(b, i, p)
				if got != want {
					t.Fatalf("phraseAt(%q, %d, %q) = %v, want %v", b, i, p, got, want)
				}
				if got {
					hits++
				}
			}
		}
	}
	if hits < 1_000 {
		t.Errorf("only %d phrases found", hits)
	}
}
