package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot/brand"
)

// TestDiscordNameTwins (rev37): disc37's readers leave the words written
// right and the names that only share a long brand's front, and still
// read the misspellings and the scrambles beside them:
//   - a lure's word one edit off is no misspelling when it starts a
//     longer word of English written right (promotin of promoting), or
//     is a word of Latin that companies are named after (pretium);
//   - a long brand's front kept whole before a word of English that is
//     no misspelling of the name's rest is someone's shop or land
//     (deutscheshop, kienlongland), not the name scrambled.
func TestDiscordNameTwins(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://promotinghealth.org/", false},
		{"https://promotingwellness.com/", false},
		{"https://pretiumpackaging.com/", false},
		{"https://deutscheshop.de/", false},
		{"https://deutschestop.de/", false},
		{"https://kienlongland.vn/", false},
	})
	checkFlagged(t, []flagCase{
		{"https://promotlon-gifts.com/", true},
		{"https://summer-promotoin.com/", true},
		{"https://promotin-center.com/", true},
		{"https://premuim-gifts.org/", true},
		{"https://stremacummonity.com/", true},
	})
}

// TestScrambledStrangerBack: brand.Scrambled reads no name whose front
// is the brand's kept whole before a word of a language, unless that
// word is one edit off the name's own rest.
func TestScrambledStrangerBack(t *testing.T) {
	t.Parallel()
	m := brand.New(brand.Protected())
	isWord := func(w string) bool {
		switch w {
		case "shop", "stop", "land", "pots":
			return true
		}
		return false
	}
	for _, tc := range []struct {
		word, brand string
	}{
		{"deutscheshop", ""}, {"deutschestop", ""}, {"kienlongland", ""},
		{"deutschepots", "Deutsche Post"}, {"deutchsepost", "Deutsche Post"}, {"kienlongbnak", "Kienlongbank"},
	} {
		got := ""
		if mt, ok := m.Scrambled(tc.word, isWord); ok {
			got = mt.Brand.Name
		}
		if got != tc.brand {
			t.Errorf("Scrambled(%q) = %q, want %q", tc.word, got, tc.brand)
		}
	}
}
