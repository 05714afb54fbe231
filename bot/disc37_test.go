package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot/brand"
)

// TestDiscordNameKinds (disc37): four kinds of the Discord and Steam
// scams' names the readings before left allowed are flagged, and the
// close names a gamer's or a developer's community posts stay allowed:
//   - a long brand name with its letters scrambled past any edit distance
//     (Steam's community name), not a stranger's community nor two words
//     run together;
//   - a game's name joined to a giveaway's or a gamble's word, not to
//     what its players look up (stats, servers, a tracker, a map);
//   - a gift scam's word misspelt by a letter (giveaway, premium,
//     promotion), not the word written right nor a word one edit off it;
//   - Discord's name cut short joined to what a statistics site shows,
//     not a word of a language nor disinformation's short name.
func TestDiscordNameKinds(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		// a long name scrambled
		{"https://stremacummonity.com/", true},
		{"https://stremacumonnity.net/", true},
		{"https://straemconmuity.com/", true},
		// a game's giveaway or gamble
		{"https://rustraffle.org/", true},
		{"https://rocketleague-prizes.com/", true},
		{"https://hypixel-raffle.net/", true},
		{"https://valorantgifts.com/", true},
		{"https://get-rust-roll.com/", true},
		// a lure's word misspelt
		{"https://premuim-gifts.org/", true},
		{"https://egift-premiun.com/", true},
		{"https://summer-promotoin.com/", true},
		// Discord's name cut short with a statistics site's word
		{"https://dsmembers.net/", true},
		{"https://discranks.com/", true},
		{"https://dis-tracker.org/", true},
	})
	checkFlagged(t, []flagCase{
		// a community or a power of another's, words run together
		{"https://sciencecommunity.org/", false},
		{"https://smartcommunity.net/", false},
		{"https://superawesome.com/", false},
		{"https://speedroute.net/", false},
		{"https://steamcommunity.com/id/someone", false},
		{"https://steampowered.com/", false},
		// what a game's players look up
		{"https://rust-lang.org/", false},
		{"https://rustup.rs/", false},
		{"https://rustlabs.com/", false},
		{"https://rust-servers.net/", false},
		{"https://playrust.com/", false},
		{"https://fortnitetracker.com/", false},
		{"https://fortnite.gg/", false},
		{"https://valorant-api.com/", false},
		{"https://rocketleague.com/", false},
		{"https://pubglookup.com/", false},
		{"https://facepunch.com/", false},
		{"https://lunarclient.com/", false},
		// the lure's word written right, or a word near it
		{"https://premiumbeat.com/", false},
		{"https://promotions.com/", false},
		{"https://premiere.com/", false},
		{"https://giveaways.io/", false},
		// words and names that start with ds, dis or disc
		{"https://disinfo.eu/", false},
		{"https://distance.com/", false},
		{"https://discogs.com/", false},
		{"https://dslreports.com/", false},
		{"https://dstat.net/", false},
	})
}

// TestScrambledReads: the brand package's reading of long names
// scrambled, and none of the words beside them.
func TestScrambledReads(t *testing.T) {
	t.Parallel()
	m := brand.New(brand.Protected())
	isWord := func(w string) bool {
		switch w {
		case "smart", "community", "speed", "route", "science", "super", "awesome":
			return true
		}
		return false
	}
	for _, tc := range []struct {
		word, brand string
	}{
		{"stremacummonity", "Steam"}, {"straemconmuity", "Steam"}, {"staempowreed", "Steam"}, {"wallconnetct", "WalletConnect"},
		{"steamcommunity", ""}, {"steamcommunityuk", ""}, {"smartcommunity", ""}, {"sciencecommunity", ""}, {"speedroute", ""},
		{"teamcommunity", ""}, {"stcommunity", ""}, {"steam", ""},
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
