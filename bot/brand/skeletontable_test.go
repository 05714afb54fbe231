package brand

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/immunebot/immune/internal/race"
)

// appendSkeletonRef is AppendSkeleton as it was before runeSkeletons:
// every rune beyond ASCII decomposed and looked up where it stands.
// TestSkeletonTableChangesNothing holds AppendSkeleton to it.
func appendSkeletonRef(b []byte, s string) []byte {
	start := len(b)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, asciiFold[c])
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		b = appendRuneSkeleton(b, unicode.ToLower(r))
	}
	return b[:start+len(visualFold(b[start:]))]
}

// TestSkeletonTableChangesNothing compares AppendSkeleton with the
// reference on every rune up to U+2FFF alone and between letters (the
// table's blocks and the runes on either side of them), on invalid
// UTF-8, and on 200,000 words (a quarter under -race) mixing ASCII, Vietnamese, Cyrillic,
// Greek, combining marks and runes outside the table.
func TestSkeletonTableChangesNothing(t *testing.T) {
	check := func(s string) {
		got, want := string(AppendSkeleton(nil, s)), string(appendSkeletonRef(nil, s))
		if got != want {
			t.Fatalf("AppendSkeleton(%q) = %q, the reference %q", s, got, want)
		}
	}
	for r := rune(0); r < 0x3000; r++ {
		check(string(r))
		check("r" + string(r) + "n")
	}
	for _, s := range []string{"\xff", "a\xc3", "\xe1\xba", "việt\x80nét"} {
		check(s)
	}
	pieces := []string{"a", "rn", "cl", "vv", "0", "-", "việt", "nét", "ԁiscord", "раураl", "ωmega", "ß", "ǀ", "ơ", "ư",
		"đ", "\u0301", "\u0323", "ﬁ", "ℓ", "Ⅰ", "𝐚", "ｇ", "İ", "Ω", "ǅ", "ａ", "\u200b", "ᴀ", "ꜱ", "Ա", "ﻻ"}
	r := rand.New(rand.NewPCG(2, 11))
	for n := 0; n < race.Cases(200000); n++ {
		var b strings.Builder
		for k := 1 + r.IntN(6); k > 0; k-- {
			if r.IntN(4) == 0 {
				b.WriteRune(rune(0x80 + r.IntN(0x2000)))
			} else {
				b.WriteString(pieces[r.IntN(len(pieces))])
			}
		}
		check(b.String())
	}
}
