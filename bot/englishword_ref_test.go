package bot

import (
	"bytes"
	"compress/gzip"
	"io"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
)

// englishWordRef is englishWord as it was before the words' ends were
// kept: each word looked at cut at its newline. The list is read anew.
// TestEnglishWordMatchesReference holds englishWord to it.
func englishWordRef(words []string, w string) bool {
	if len(w) < 4 || len(w) > 14 {
		return false
	}
	i := sort.Search(len(words), func(i int) bool { return words[i] >= w })
	return i < len(words) && words[i] == w
}

// TestEnglishWordMatchesReference compares englishWord with a search of
// the word list as its file holds it, on every word of the list, each
// cut and lengthened by a letter, and random strings of 3 to 15 letters.
func TestEnglishWordMatchesReference(t *testing.T) {
	r, err := gzip.NewReader(bytes.NewReader(premiumWordsGz))
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	if len(words) < 50000 {
		t.Fatalf("only %d words", len(words))
	}
	check := func(w string) {
		if got, want := englishWord(w), englishWordRef(words, w); got != want {
			t.Fatalf("englishWord(%q) = %v, the reference %v", w, got, want)
		}
	}
	for _, w := range words {
		check(w)
		check(w[:len(w)-1])
		check(w + "s")
		check("a" + w)
	}
	check("")
	check("zzzzzzzzzzzzzz")
	check("aaaa")
	rg := rand.New(rand.NewPCG(6, 1))
	for n := 0; n < 200000; n++ {
		c := make([]byte, 3+rg.IntN(13))
		for i := range c {
			c[i] = byte('a' + rg.IntN(26))
		}
		check(string(c))
	}
}
