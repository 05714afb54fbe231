package linkx

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestURLBoundsMatchIndexAny holds authorityEnd and queryStart, byte
// loops, to the strings.IndexAny calls they replace, on texts built of
// the bytes they look for, ASCII around them, runes of other scripts and
// bytes that are no UTF-8 at all.
func TestURLBoundsMatchIndexAny(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 19))
	pieces := []string{"", "/", "?", "#", "\\", "a", "paypal.com", "việt", "\xff", "\xe1\xbb", "?#", "/\\", ":", "@", "%2F", "İ", "😀"}
	for i := 0; i < 200000; i++ {
		var b strings.Builder
		for n := r.IntN(12); n > 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := authorityEnd(s), strings.IndexAny(s, "/?#\\"); got != want {
			t.Fatalf("authorityEnd(%q) = %d, strings.IndexAny %d", s, got, want)
		}
		if got, want := queryStart(s), strings.IndexAny(s, "?#"); got != want {
			t.Fatalf("queryStart(%q) = %d, strings.IndexAny %d", s, got, want)
		}
	}
}
