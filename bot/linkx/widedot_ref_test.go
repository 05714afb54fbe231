package linkx

import (
	"testing"

	"golang.org/x/net/idna"
	"golang.org/x/text/unicode/norm"
)

// TestWideDotsAreUnicodes: the wide dots refang reads as a dot are
// exactly the characters of the Basic Multilingual Plane that IDNA's
// lookup mapping (UTS #46, as browsers read an address) turns into a
// label separator (．, 。, ｡) or that compatibility normalisation (NFKC)
// writes as a full stop (․, ﹒).
func TestWideDotsAreUnicodes(t *testing.T) {
	t.Parallel()
	p := idna.New(idna.MapForLookup(), idna.StrictDomainName(false))
	for r := rune(0x80); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r < 0xE000 {
			continue
		}
		a, err := p.ToASCII("a" + string(r) + "b")
		want := err == nil && a == "a.b" || norm.NFKC.String(string(r)) == "."
		if isWideDot(r) != want {
			t.Errorf("isWideDot(%U %q) = %v, Unicode's mappings say %v", r, r, !want, want)
		}
	}
}
