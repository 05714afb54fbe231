package lure

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFoldMatchesReference holds Fold and hasLeet, which pass over runs
// of lower-case letters and digits and over text with no digit written
// for a letter in one go, to the byte-by-byte code they replace, on
// random texts of the pieces chat and lures are written with.
func TestFoldMatchesReference(t *testing.T) {
	pieces := []string{"a", "b", "z", "A", "Q", "0", "1", "3", "4", "5", "7", "9", "2", "x", "nh", "th",
		" ", "  ", ".", ",", "!", "'", "’", "ʼ", "@", "$", "-", "_", "/", ":", "\n",
		"ặ", "Ặ", "ở", "ả", "á", "à", "ă", "đ", "Đ", "ư", "ơ", "ệ", "ngày", "tặng", "tăng", "thưởng", "thường", "ảo", "áo",
		"\u0300", "\u0323", "\u0309", "😂", "❤️", "\u200b", "ｏ", "ß", "İ", "\xff", "\xe1", "Tang", "NH4N", "t1en", "fr33", "cl41m", "usdt100", "24h"}
	r := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 300000; n++ {
		var b strings.Builder
		for range r.IntN(14) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		prefix := []byte(nil)
		if r.IntN(4) == 0 {
			prefix = []byte("ab ")
		}
		got := Fold(s, append([]byte(nil), prefix...))
		want := foldRef(s, append([]byte(nil), prefix...))
		if string(got) != string(want) {
			t.Fatalf("Fold(%q) = %q, want %q", s, got, want)
		}
		if hasLeet(got) != hasLeetRef(got) {
			t.Fatalf("hasLeet(%q) = %v, want %v", got, hasLeet(got), hasLeetRef(got))
		}
	}
}

// foldRef is Fold as it was before it copied runs of letters whole.
func foldRef(text string, dst []byte) []byte {
	space := true
	word, from := len(dst), 0 // where the current word starts in dst and in text
	marked := false           // the current word has a letter outside ASCII
	for i := 0; i < len(text); {
		at := i
		c := text[i]
		var out byte
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
				out = c
			case c >= 'A' && c <= 'Z':
				out = c + 'a' - 'A'
			case c == '\'':
				continue
			case (c == '@' || c == '$') && !space && isASCIILetter(dst[len(dst)-1]) &&
				(i == len(text) || !isASCIIAlnum(text[i]) || isASCIILetter(text[i])):
				// after a letter, inside or at the end of a word,
				// written for a or s: nh@n, qu@, cla$h (not 500$,
				// 5@6 or bob@2x)
				out = 'a'
				if c == '$' {
					out = 's'
				}
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			i += size
			if r == '’' || r == 'ʼ' {
				continue
			}
			if r >= 0x300 && r < 0x370 {
				// a combining mark (decomposed text: a tone typed
				// apart from its letter) belongs to the letter
				// before it and does not end the word
				marked = marked || !space
				continue
			}
			out = Base(r)
		}
		if out == 0 {
			if !space {
				if marked {
					apart(dst[word:], text[from:at])
				}
				dst = append(dst, ' ')
				space = true
			}
			continue
		}
		if space {
			word, from, marked = len(dst), at, false
		}
		marked = marked || c >= utf8.RuneSelf
		dst = append(dst, out)
		space = false
	}
	if !space && marked {
		apart(dst[word:], text[from:])
	}
	if len(dst) > 0 && dst[len(dst)-1] == ' ' {
		dst = dst[:len(dst)-1]
	}
	return dst
}

// hasLeetRef is hasLeet as it was before it looked for a digit first.
func hasLeetRef(buf []byte) bool {
	for i := 0; i < len(buf); {
		j := i
		for j < len(buf) && buf[j] != ' ' {
			j++
		}
		if leetWord(buf[i:j]) {
			return true
		}
		i = j + 1
	}
	return false
}
