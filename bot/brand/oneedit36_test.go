package brand_test

import (
	"testing"

	"github.com/immunebot/immune/bot/brand"
)

// TestOneEdit: a letter changed, added, dropped or swapped with the next
// is one edit, either way round; two edits, or more letters, are not.
func TestOneEdit(t *testing.T) {
	t.Parallel()
	cases := []struct {
		a, b string
		want bool
	}{
		{"gnucash", "gnucash", true},
		{"gnucas", "gnucash", true},      // dropped
		{"gnucash", "gnucas", true},      // added
		{"syncthing", "syncthinq", true}, // changed, last letter
		{"veracrypt", "vreacrypt", true}, // swapped
		{"foobar2000", "foobar200", true},
		{"gnucash", "gnucsah", true}, // swapped at the end
		{"gnucash", "gnuc", false},
		{"gnucash", "gnacsh", false},
		{"discord", "dicsrod", false},
		{"", "ab", false},
	}
	for _, c := range cases {
		if got := brand.OneEdit(c.a, c.b); got != c.want {
			t.Errorf("OneEdit(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
		if got := brand.OneEdit(c.b, c.a); got != c.want {
			t.Errorf("OneEdit(%q, %q) = %v, want %v", c.b, c.a, got, c.want)
		}
	}
}
