package lure

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/immunebot/immune/internal/race"
)

// TestSpeed51aFoldInPlace holds Fold, which writes its bytes in place
// once dst has room for the text, to foldRef (the byte-by-byte code it
// replaces) on random texts of chat's and lures' pieces, with every kind
// of dst: nil, room for exactly the text, too little room (made at the
// first byte written), a buffer with room to spare, and words folded
// before, with and without a space after them.
func TestSpeed51aFoldInPlace(t *testing.T) {
	pieces := []string{"a", "b", "z", "A", "Q", "Z", "0", "1", "3", "4", "9", "x", "nh", "th", "hello", "ABC",
		" ", "  ", ".", ",", "!", "'", "’", "ʼ", "@", "$", "-", "_", "/", ":", "\n", "@@", "$5",
		"ặ", "Ặ", "ở", "ả", "á", "à", "ă", "đ", "Đ", "ư", "ơ", "ệ", "ngày", "tặng", "tăng", "thưởng", "thường", "ảo", "áo",
		"a\u0323", "\u0300", "\u0323", "\u0309", "😂", "❤️", "\u200b", "ｏ", "ß", "İ", "\xff", "\xe1", "\xe1\xba", "Tang",
		"NH4N", "t1en", "fr33", "cl41m", "nh@n", "cla$h", "bob@2x", "500$", "usdt100", "24h"}
	r := rand.New(rand.NewPCG(51, 3))
	var b strings.Builder
	var stack [512]byte
	for range race.Cases(300_000) {
		b.Reset()
		for range r.IntN(16) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		prefix := []string{"", "", "ab", "ab ", " ", "x y "}[r.IntN(6)]
		want := string(foldRef(s, []byte(prefix)))
		var dst []byte
		switch r.IntN(5) {
		case 0:
			dst = []byte(prefix) // no room: grown at the first byte written
			if prefix == "" {
				dst = nil
			}
		case 1:
			dst = append(make([]byte, 0, len(prefix)+len(s)), prefix...) // room for the text exactly
		case 2:
			dst = append(make([]byte, 0, len(prefix)+len(s)/2), prefix...) // too little
		default:
			dst = append(stack[:0], prefix...)
		}
		if got := string(Fold(s, dst)); got != want {
			t.Fatalf("Fold(%q, %q with room %d) = %q, want %q", s, prefix, cap(dst)-len(dst), got, want)
		}
	}
}

// TestSpeed51aFoldNoAlloc: Fold into a buffer with room for the text
// allocates nothing, and into nil allocates nothing for a text with no
// word.
func TestSpeed51aFoldNoAlloc(t *testing.T) {
	var stack [512]byte
	text := "Tối nay cả nhà ăn lẩu nhé. Ai mang bánh? FREE nitro @everyone"
	if n := testing.AllocsPerRun(100, func() { Fold(text, stack[:0]) }); n != 0 {
		t.Errorf("Fold into a stack buffer: %v allocations", n)
	}
	if n := testing.AllocsPerRun(100, func() { Fold(" ... !!! ’ ", nil) }); n != 0 {
		t.Errorf("Fold of no word into nil: %v allocations", n)
	}
}
