package telegram

import (
	"strings"
	"testing"
	"unicode/utf16"
)

// TestClipTextCountsAsTelegramDoes: a text cut to fit one message fits
// Telegram's 4,096 UTF-16 code units when it is emoji (two code units
// each), ends with "…", and keeps a whole rune; one that fits is sent
// whole. Before, texts were cut at 4,000 runes: 4,000 emoji are 8,000
// code units, a text Telegram refuses ("message is too long"), so the
// admin got nothing.
func TestClipTextCountsAsTelegramDoes(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("😀", 5000),
		strings.Repeat("a", 3000) + strings.Repeat("😀", 1000),
		strings.Repeat("ệ", 5000),
		strings.Repeat("a", 3999) + "😀",
	} {
		got := clipText(text)
		if n := len(utf16.Encode([]rune(got))); n > maxText || !strings.HasSuffix(got, "…") || !strings.HasPrefix(text, strings.TrimSuffix(got, "…")) {
			t.Errorf("cut to %d UTF-16 code units, ending %q", n, got[len(got)-8:])
		}
	}
	for _, text := range []string{strings.Repeat("😀", 2000), strings.Repeat("a", 3998) + "😀", strings.Repeat("ệ", 4000)} {
		if got := clipText(text); got != text {
			t.Errorf("a text of %d UTF-16 code units was cut", len(utf16.Encode([]rune(text))))
		}
	}
}
