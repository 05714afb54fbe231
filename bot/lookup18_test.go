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

// TestImportPathInPath (tech20): a documentation site's page named by a
// package's import path (godoc.org/github.com/owner/repo, deb-text20t's
// largest class of false alarms) is read by the link model without the
// forge's host (importPathReading). A host the model reads as a kit's, a
// brand or a lure word in the project's segments, a host name among them,
// a page or a lure's message are read as before.
func TestImportPathInPath(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"Documentation: http://godoc.org/github.com/smallstep/assert", bot.Allow},
		{"The GoDoc can be found here http://godoc.org/github.com/igm/pubsub", bot.Allow},
		{"See list of implemented API clients here (http://godoc.org/github.com/Azure/azure-sdk-for-go).", bot.Allow},
		{"Documentation at http://go.pkgdoc.org/github.com/kr/binarydist.", bot.Allow},
		{"• SIV mode (http://go.pkgdoc.org/github.com/jacobsa/crypto/siv), which provides deterministic encryption", bot.Allow},

		{"http://okpay.biz/github.com/acme/tool", bot.Warn},
		{"http://a0304826.xsph.ru/github.com/credit/cod1.php", bot.Warn},
		{"http://paypal-verify.com/github.com/acme/tool", bot.Warn},
		{"http://secure-update-center.com/github.com/acme/tool", bot.Warn},
		{"http://godoc.org/github.com/acme/login-verify", bot.Warn},
		{"http://godoc.org/github.com/paypal/signin", bot.Warn},
		{"http://godoc.org/github.com/x/www.paypal.com", bot.Warn},
		{"Your account is locked, verify now http://godoc.org/github.com/acme/tool", bot.Warn},
	})
}
