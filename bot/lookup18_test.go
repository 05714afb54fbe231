package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestLookupOfASite (tech18): a review, traffic or scanning site's link
// ends in the site it is about after a word that says so; the link model
// reads it without that site (lookupReading). A brand or a kit's name in
// the host, a site among a kit's folders and a lure's message are read
// as before.
func TestLookupOfASite(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"read the reviews first https://www.trustpilot.com/review/www.paypal.com", bot.Allow},
		{"https://www.trustpilot.com/review/www.docusign.com", bot.Allow},
		{"compare hosting on trustpilot https://www.trustpilot.com/review/www.hetzner.com", bot.Allow},
		{"https://www.sitejabber.com/reviews/coinbase.com", bot.Allow},
		{"https://www.similarweb.com/website/github.com/", bot.Allow},
		{"https://www.virustotal.com/gui/domain/paypal-login-verify.com", bot.Allow},

		{"https://paypal-verify.com/review/www.paypal.com", bot.Warn},
		{"https://secure-update-center.com/domain/paypal.com", bot.Warn},
		{"https://secure-update-center.com/www.paypal.com/signin/", bot.Warn},
		{"Your PayPal account is limited, confirm it now https://www.trustpilot.com/review/www.paypal.com", bot.Warn},
	})
}
