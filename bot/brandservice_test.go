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
	cases := []struct {
		text     string
		impostor bool // at least a warning with brand_in_domain; else allowed
	}{
		{"https://usps-tracking.com/", true},
		{"https://bidv-online.com/", true},
		{"https://canadapost-tracking.com/", true},
		{"https://mobifone-portal.com/", true},
		{"https://fedex-track.com/", true},
		// a courier's service words (was 0.14: "express" was no
		// service word)
		{"https://dhl-express-track.shop/", true},
		{"https://usps-package-redelivery.com/", true},
		{"https://americanexpress.com/", false},
		// a bank's short name as its own domain writes it (tcb.vn,
		// ocb.com.vn)
		{"https://tcb-online.com/", true},
		{"https://ocb-online.com/", true},
		// the brands' own and partner domains, and names with words of
		// their own
		{"https://github.blog/", false},
		{"https://ai.google.dev/", false},
		{"https://paypal-community.com/", false},
		{"https://apple.de/", false},
		{"https://discordbotlist.com/", false},
		{"https://steamdb.info/", false},
		{"https://telegram-bot-sdk.com/", false},
		{"https://dhl-usa.com/", false},
		{"https://amazonpay.com/", false},
		{"https://microsoft-partner.com/", false},
		{"https://tools.usps.com/go/TrackConfirmAction", false},
	}
	for _, tc := range cases {
		m := bot.Message{ID: "x", Platform: bot.Telegram, Chat: "c", User: "u", Time: t0, Text: tc.text, MemberSince: t0.AddDate(-1, 0, 0)}
		v := c.Classify(&m, bot.Hints{}).Verdict
		switch {
		case tc.impostor && (v.Level < bot.Warn || !v.Has(bot.CodeBrandInDomain)):
			t.Errorf("%q: %v %.2f %v, want at least a warning with %s", tc.text, v.Level, v.Score, codes(v), bot.CodeBrandInDomain)
		case !tc.impostor && v.Level != bot.Allow:
			t.Errorf("%q: %v %.2f %v, want it allowed", tc.text, v.Level, v.Score, codes(v))
		}
	}
}
