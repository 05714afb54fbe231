package lure

import (
	"testing"
	"unicode/utf8"
)

// TestSpeed50aDecodeRune: decodeRune reads every sequence of one to
// three bytes after a byte outside ASCII — every rune of two and three
// bytes, and every invalid sequence of them, cut off at the end or not —
// as utf8.DecodeRuneInString does.
func TestSpeed50aDecodeRune(t *testing.T) {
	var b [3]byte
	for c := 0x80; c < 0x100; c++ {
		b[0] = byte(c)
		for d := 0; d < 0x100; d++ {
			b[1] = byte(d)
			for _, e := range []int{0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xE1, 0xFF} {
				b[2] = byte(e)
				for n := 1; n <= 3; n++ {
					text := "ab" + string(b[:n])
					r, size := decodeRune(text, 2)
					wr, wsize := utf8.DecodeRuneInString(text[2:])
					if r != wr || size != wsize {
						t.Fatalf("decodeRune(% x) = %U, %d; want %U, %d", b[:n], r, size, wr, wsize)
					}
				}
			}
		}
	}
	// and every third byte after each valid two-byte start of three
	for c := 0xE0; c < 0xF0; c++ {
		for d := 0x80; d < 0xC0; d++ {
			for e := 0; e < 0x100; e++ {
				text := string([]byte{byte(c), byte(d), byte(e)})
				r, size := decodeRune(text, 0)
				wr, wsize := utf8.DecodeRuneInString(text)
				if r != wr || size != wsize {
					t.Fatalf("decodeRune(% x) = %U, %d; want %U, %d", text, r, size, wr, wsize)
				}
			}
		}
	}
}
