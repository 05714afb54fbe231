package bot

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// mayHoldLinkRef is mayHoldLink without its shortcut: every byte is looked
// at.
func mayHoldLinkRef(s string) bool {
	if strings.IndexByte(s, '.') >= 0 || strings.Contains(s, "://") {
		return true
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case 0xEF, 0xE3, 0xE2:
			return true
		case 'd', 'D':
			if i+2 < len(s) && s[i+1]|0x20 == 'o' && s[i+2]|0x20 == 't' {
				return true
			}
		}
	}
	return false
}

// TestMayHoldLinkMatchesReference: on a million texts made of the pieces
// mayHoldLink looks for and of chat around them, its eight-bytes-at-a-time
// pass answers as looking at every byte does.
func TestMayHoldLinkMatchesReference(t *testing.T) {
	pieces := []string{
		" ", "a", "the quick brown fox", "lorem", "d", "D", "o", "t", "dot", "DoT", "do", "ot", "dog", "(dot)",
		"Tối nay", "ăn lẩu", "đi", "ạ", "ế", "😀", "🍲", "❤️", "☀️", "．", "。", "｡", "․", "﹒", "\xe1", "\xe2", "\xef", "\xe3",
		"\xe0\xa0\x80", "\xff", "\xc3\xa0", "\x44", "\x64", "\xc4", "\xe4", ".", ":", "://", "/", "12345678", "ok see you at 7",
	}
	r := rand.New(rand.NewPCG(11, 11))
	n := 1_000_000
	if testing.Short() {
		n = 100_000
	}
	var sb strings.Builder
	for range n {
		sb.Reset()
		for range 1 + r.IntN(12) {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := sb.String()
		if got, want := mayHoldLink(s), mayHoldLinkRef(s); got != want {
			t.Fatalf("mayHoldLink(%q) = %v, want %v", s, got, want)
		}
	}
}
