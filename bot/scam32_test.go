package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestScrambledDiscordNames (scam32): Discord's name two edits away with
// its letters kept (scrambledDiscord), alone, between hyphens or run
// together with a kit's bait word, warns alone, in English and Vietnamese
// detail. Words two edits from it that lose or change more of its letters
// (discogs, discover, disorder), Discord's own sites and names that do
// not begin with its d do not.
func TestScrambledDiscordNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://dcisord.net/", bot.Warn},
		{"https://dsiocrd.com/", bot.Warn},
		{"https://disocrdz.com/", bot.Warn},
		{"https://dcisordgift.com/", bot.Warn},
		{"https://get-dsicordq.com/", bot.Warn},

		{"https://discogs.com/release/1", bot.Allow},
		{"https://discover.com/", bot.Allow},
		{"https://disorder.org/", bot.Allow},
		{"https://discord.com/channels/1", bot.Allow},
		{"https://discos.net/", bot.Allow},
		{"https://idscord.com/", bot.Allow},
		{"https://dockcord.com/", bot.Allow},
	})
	wantDetail(t, "https://dcisord.net/", "spells Discord's name with its letters moved about (dcisord)",
		"viết tên Discord với các chữ cái bị đảo chỗ (dcisord)")
}
