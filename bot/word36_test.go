package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/bot/brand"
)

// TestOrdinaryWordsHoldingNames (word36): a registrable label that is an
// ordinary word holding a brand's name (discordant, discording,
// twitchiest), or the name with a learned ending that makes a noun or an
// adjective of it (discordia, discordian), makes no claim to the brand:
// allowed bare, but read as the brand beside its words in the path
// (discordant.com/nitro), on a cheap ending or the brand's own
// (discordant.xyz, discordant.gg). The name beside a service's or a
// lure's word, hyphenated, with a plural's s, with an ending impostors
// coin (discordery, discordist), misspelt, or with a digit is still
// flagged.
func TestOrdinaryWordsHoldingNames(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	cases := []flagCase{
		// ordinary words and learned forms, bare
		{"https://discordant.com/", false},
		{"https://discordance.net/", false},
		{"https://discording.org/", false},
		{"https://undiscordant.com/", false},
		{"https://discordancies.com/", false},
		{"https://discordia.com/", false},
		{"https://www.discordian.com/", false},
		{"https://twitchiest.com/", false},
		{"https://applesauce.com/", false},
		{"https://steamboat.com/", false},
		// the same words beside the brand's context, on a cheap ending
		// or the brand's own
		{"https://discordant.com/nitro", true},
		{"https://discordia.com/gift", true},
		{"https://discordant.xyz/", true},
		{"https://discordant.gg/", true},
		// the name with something else that speaks
		{"https://discord-gift.com/", true},
		{"https://discordnitro.com/", true},
		{"https://discordapp-verify.com/", true},
		{"https://discordant-gift.com/", true},
		{"https://discordant-login.com/", true},
		{"https://discordant1.com/", true},
		{"https://dlscordant.com/", true},
		{"https://discords.com/", true},
		{"https://discordery.com/", true},
		{"https://discordist.com/", true},
		{"https://robloxic.com/", true},
	}
	for _, p := range []bot.Platform{bot.Telegram, bot.Discord} {
		for _, tc := range cases {
			v := judgeText(c, p, tc.text).Verdict
			if (v.Level != bot.Allow) != tc.flagged {
				t.Errorf("%v %q: %s (%.2f) %v, want flagged %v", p, tc.text, v.Level, v.Score, v.Reasons, tc.flagged)
			}
		}
	}
}

// TestMatchOrdinaryWord (word36): brand.Match.OrdinaryWord on the
// matcher's own readings: words and learned forms holding the name
// (discordant, discordia, undiscordant) are ordinary; the name alone, run
// together with a service's word or another, with a plural's s or a
// coined ending, or hyphenated, is not.
func TestMatchOrdinaryWord(t *testing.T) {
	t.Parallel()
	bm := brand.New(brand.Builtin)
	isWord := func(w string) bool {
		switch w {
		case "discordant", "discording", "discords", "discord", "discordancy":
			return true
		}
		return false
	}
	for _, tc := range []struct {
		label string
		want  bool
	}{
		{"discordant", true},
		{"discording", true},
		{"discordia", true},
		{"discordian", true},
		{"undiscordant", true},
		{"discordancies", true},
		{"discordantly", true},
		{"discord", false},
		{"discords", false},
		{"discordapp", false},
		{"discordnitro", false},
		{"discordgift", false},
		{"discordery", false},
		{"discordist", false},
		{"discordantgift", false},
		{"discord-ant", false},
		{"discordant-nitro", false},
	} {
		host := tc.label + ".com"
		m, ok := bm.Match(host, host, "com")
		got := ok && m.OrdinaryWord(tc.label, isWord)
		if got != tc.want {
			t.Errorf("%s: OrdinaryWord %v (match %v %v %q), want %v", tc.label, got, ok, m.Kind, m.Word, tc.want)
		}
	}
}
