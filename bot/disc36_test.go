package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot/brand"
)

// TestDiscordMisspellings (disc36): the Discord and Steam scams' names
// the brand matcher left allowed are flagged: a brand's name misspelt
// letter by letter (a real cl the skeleton read as d, k for c, a plural
// s), a brand's own word written with a digit or an l for an i (nitro,
// gift), and a brand's name misspelt or run together with more in front
// of a stranger's name. Words and names near the brands (discourse,
// discordia, nitrogen, steampunk, robotics), a project's host named for
// its Discord server, and networks' hosts that carry a brand's name
// with digits or beside a delivery word stay allowed.
func TestDiscordMisspellings(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		// the name misspelt letter by letter
		{"https://dlsclrd.net/", true},
		{"https://rob1oks.net/", true},
		{"https://robloks.com/", true},
		{"https://dickords.org/", true},
		// a brand's own word disguised
		{"https://getnltro.org/", true},
		{"https://freeglft.net/", true},
		{"https://g1fts-center.org/", true},
		// the name misspelt or run together in front of a stranger's name
		{"https://discordd.mygamesite.net/", true},
		{"https://steamcomunnity.kartonfun.com/", true},
		{"https://steamcommunityeu.playzone4.net/", true},
	})
	checkFlagged(t, []flagCase{
		{"https://discourse.org/", false},
		{"https://meta.discourse.org/t/1", false},
		{"https://disco.com/", false},
		{"https://discover.com/", false},
		{"https://disclose.io/", false},
		{"https://robotics.com/", false},
		{"https://rolimons.com/", false},
		{"https://nitrogen.com/", false},
		{"https://nitrous.com/", false},
		{"https://nitro.build/", false},
		{"https://gonitro.com/", false},
		{"https://steampunk.com/", false},
		{"https://steamcharts.com/", false},
		{"https://gift.com/", false},
		{"https://giftcards.com/", false},
		{"https://telerama.fr/", false},
		{"https://openstax.org/", false},
		{"https://rustup.rs/", false},
		// a project's host for its Discord server
		{"https://discord.svelte.dev/", false},
		{"https://discord.godotengine.org/", false},
		// a machine's name with digits, a network's host
		{"https://advp0had0vuj7rad3niaw1eus2.s3.amazonaws.com/", false},
		{"https://api3.branch.io/", false},
		{"https://tiktokcdn-us.com.c.bytefcdn-ttpus.com/", false},
	})
}

// TestNearTypoReads: the brand package's readings of the misspellings
// above, and none of the words beside them.
func TestNearTypoReads(t *testing.T) {
	t.Parallel()
	m := brand.New(brand.Protected())
	for _, tc := range []struct {
		word, brand string
	}{
		{"dlsclrd", "Discord"}, {"dizcords", "Discord"}, {"robloks", "Roblox"},
		{"discordia", ""}, {"discourse", ""}, {"discord", ""}, {"robotics", ""}, {"googel", ""}, {"shopoe", ""},
	} {
		got := ""
		if mt, ok := m.NearTypo(tc.word, nil); ok {
			got = mt.Brand.Name
		}
		if got != tc.brand {
			t.Errorf("NearTypo(%q) = %q, want %q", tc.word, got, tc.brand)
		}
	}
	for _, tc := range []struct {
		label, form string
	}{
		{"nltro", "nltro"}, {"get-g1fts", "g1ft"}, {"freeglft", "glft"}, {"nitro", ""}, {"gift", ""},
		{"advp0had0vuj7rad3niaw1eus2", ""}, {"nitrogen", ""},
	} {
		if form, _, _ := m.DisguisedWord(tc.label); form != tc.form {
			t.Errorf("DisguisedWord(%q) = %q, want %q", tc.label, form, tc.form)
		}
	}
}
