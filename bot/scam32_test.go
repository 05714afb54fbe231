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
		{"https://premiumdsiocrd.com/", bot.Warn},

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

// TestServerGuardNames (scam32): a registrable name made of a server
// guard's word (captcha, anti-spam, anti-raid, spam) and what its check
// does, or a captcha alone on a new generic ending (guardName), warns
// alone, in English and Vietnamese detail. A captcha vendor's name bought
// whole on .com, .net, .org or a country's ending, a guard's word with
// another word (spamhaus, hcaptcha, spam-recipes) and a check's words
// without a guard's (raid-server) do not.
func TestServerGuardNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://spam-remover.net/", bot.Warn},
		{"https://removespam.org/", bot.Warn},
		{"https://antiraid-protect.com/", bot.Warn},
		{"https://captcha-humans.com/", bot.Warn},
		{"https://captcha.tours/", bot.Warn},
		{"https://spam-protector24.com/", bot.Warn},

		{"https://captcha.com/", bot.Allow},
		{"https://captcha.net/", bot.Allow},
		{"https://captcha.eu/", bot.Allow},
		{"https://hcaptcha.com/", bot.Allow},
		{"https://spamhaus.org/lookup/", bot.Allow},
		{"https://spam-recipes.com/", bot.Allow},
		{"https://raid-server.com/", bot.Allow},
	})
	wantDetail(t, "https://spam-remover.net/", "is named after a server guard's check (spam)",
		"mang tên một bước kiểm tra của bot bảo vệ máy chủ (spam)")
}
