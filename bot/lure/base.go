package lure

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// bases maps the Latin letters U+00C0..U+024F and U+1E00..U+1EFF (all of
// Vietnamese among them) to their lower-case ASCII base letter, built once
// from the Unicode decompositions.
var bases [0x1F00]byte

func init() {
	for r := rune(0xC0); r < 0x1F00; r++ {
		if r >= 0x250 && r < 0x1E00 {
			continue
		}
		if r == 'đ' || r == 'Đ' {
			bases[r] = 'd'
			continue
		}
		var b [8]byte
		n := utf8.EncodeRune(b[:], unicode.ToLower(r))
		d := norm.NFD.Bytes(b[:n])
		if len(d) > 0 && d[0] < utf8.RuneSelf && (d[0] >= 'a' && d[0] <= 'z') {
			bases[r] = d[0]
		}
	}
}

// Base returns the lower-case ASCII letter a Latin letter is written on
// ('ệ' → 'e', 'Đ' → 'd'), or 0 when r is not one.
func Base(r rune) byte {
	if r < utf8.RuneSelf {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			return byte(r)
		case r >= 'A' && r <= 'Z':
			return byte(r) + 'a' - 'A'
		}
		return 0
	}
	if r < rune(len(bases)) {
		return bases[r]
	}
	return 0
}
