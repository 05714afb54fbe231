package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestBrandBesideServiceWords: a domain that is not the brand's, named
// with the brand's name and nothing but a service's words, is how an
// impostor names a page; it is flagged as such however little the link
// model knows of the brand's scams (issue #9: usps-tracking.com scored
// 0.42 with that very reason beside it). Names that add words of their
// own (a fan site, a tool, a partner) and the brand's own and partner
// domains stay allowed.
func TestBrandBesideServiceWords(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	impostors := []string{
		"https://usps-tracking.com/",
		"https://bidv-online.com/",
		"https://canadapost-tracking.com/",
		"https://mobifone-portal.com/",
		"https://fedex-track.com/",
		// a bank's short name as its own domain writes it (tcb.vn)
		"https://tcb-online.com/",
	}
	for _, text := range impostors {
		m := bot.Message{ID: "x", Platform: bot.Telegram, Chat: "c", User: "u", Time: t0, Text: text, MemberSince: t0.AddDate(-1, 0, 0)}
		v := c.Classify(&m, bot.Hints{}).Verdict
		if v.Level < bot.Warn || !v.Has(bot.CodeBrandInDomain) {
			t.Errorf("%q: %v %.2f %v, want at least a warning with %s", text, v.Level, v.Score, codes(v), bot.CodeBrandInDomain)
		}
	}
	benign := []string{
		"https://github.blog/",
		"https://ai.google.dev/",
		"https://paypal-community.com/",
		"https://apple.de/",
		"https://discordbotlist.com/",
		"https://steamdb.info/",
		"https://telegram-bot-sdk.com/",
		"https://dhl-usa.com/",
		"https://amazonpay.com/",
		"https://microsoft-partner.com/",
		"https://tools.usps.com/go/TrackConfirmAction",
	}
	for _, text := range benign {
		m := bot.Message{ID: "x", Platform: bot.Telegram, Chat: "c", User: "u", Time: t0, Text: text, MemberSince: t0.AddDate(-1, 0, 0)}
		if v := c.Classify(&m, bot.Hints{}).Verdict; v.Level != bot.Allow {
			t.Errorf("%q: %v %.2f %v, want it allowed", text, v.Level, v.Score, codes(v))
		}
	}
}
