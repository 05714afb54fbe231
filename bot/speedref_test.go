package bot

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
	"github.com/immunebot/immune/internal/race"
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
	forPiecedTexts(11, 1_000_000, 12, pieces, func(_ *rand.Rand, s string) {
		if got, want := mayHoldLink(s), mayHoldLinkRef(s); got != want {
			t.Fatalf("mayHoldLink(%q) = %v, want %v", s, got, want)
		}
	})
}

// forPiecedTexts calls fn with n texts (a tenth of them with -short, a quarter under -race) of
// one to most pieces drawn at random, and the generator they came from.
func forPiecedTexts(seed uint64, n, most int, pieces []string, fn func(r *rand.Rand, text string)) {
	r := rand.New(rand.NewPCG(seed, seed))
	if testing.Short() {
		n /= 10
	}
	n = race.Cases(n)
	var sb strings.Builder
	for range n {
		sb.Reset()
		for range 1 + r.IntN(most) {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		fn(r, sb.String())
	}
}

// withoutLinksRef is the text foldWithoutLinks folds, written out: clean
// with each link where ExtractClean found it replaced by a space.
func withoutLinksRef(clean string, links []linkx.Link) string {
	var b strings.Builder
	at := 0
	for i := range links {
		l := &links[i]
		start, end := l.Span()
		if l.Carried || start < at || end > len(clean) || clean[start:end] != l.Raw {
			continue
		}
		b.WriteString(clean[at:start])
		b.WriteByte(' ')
		at = end
	}
	b.WriteString(clean[at:])
	return b.String()
}

// TestFoldWithoutLinksMatchesReference: on texts of words, marks,
// separators and links (plain, disguised, carried), folding the pieces
// between the links gives what folding the text with the links blanked
// out gives.
func TestFoldWithoutLinksMatchesReference(t *testing.T) {
	pieces := []string{
		" ", "  ", ", ", ".", "!", "'", "’", "@", "$", "nh@n", "cla$h", "500$", "free", "Nitro", "claim", "tặng", "tăng", "thưởng",
		"ngày", "ảo", "áo", "ao\u0309", "a\u0300", "\u0301", "xác minh", "tài khoản", "TRÚNG", "😀", "-", "_", "\n",
		"https://dlscord.gift/nitro", "discord.com", "hxxps://evil[.]top/x", "bit.ly/abc", "t.me/+abc", "example . com", "x.com",
		"https://a.com/@me", "fr33 n1tr0", "1.000.000đ", "v1.2",
	}
	var stack, stack2 [512]byte
	forPiecedTexts(12, 300_000, 10, pieces, func(r *rand.Rand, text string) {
		links, _, clean := linkx.ExtractClean(text, nil, MaxLinks)
		if r.IntN(4) == 0 {
			links = append(links, linkx.Link{Raw: "https://carried.example/", Carried: true})
		}
		got := foldWithoutLinks(clean, links, stack[:0])
		want := lure.Fold(withoutLinksRef(clean, links), stack2[:0])
		if string(got) != string(want) {
			t.Fatalf("foldWithoutLinks(%q) = %q, want %q", text, got, want)
		}
	})
}
