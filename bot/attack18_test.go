package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestAttacksOnThisSessionsAllowances (rev18): links a phisher can make
// for himself, aimed at the allowances the eighteenth session tried, each
// flagged on main before them (bacb968) and so to stay. Issue #9 asks
// for brands on free-hosting subdomains to be caught, gitbook.io among
// them: a GitBook space's name (like a Netlify, Webflow or Notion site's)
// is anyone's to take, so the brand's name alone there, bare, beside a
// short line or with a wallet's path, is no sign of the brand's own
// instance. A lookup's shape in a path (/review/www.paypal.com,
// /domain/login.paypal.com) is anyone's to write on any host: only a
// lookup site makes it a lookup. A single plain-HTTP page at a
// compromised site's root named for a document to open (document.html,
// file.html, pdf.html, viewer.html) is the shape of the document lures
// of the phishing feeds, and the kits' folders (/wp-includes/secure/,
// /dhl/, /office365/) stay flagged on plain HTTP and on .info.
func TestAttacksOnThisSessionsAllowances(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		// a brand's name alone on a space anyone can name
		{"https://coinbase.gitbook.io/", bot.Warn},
		{"https://metamask.gitbook.io/", bot.Warn},
		{"check this https://metamask.gitbook.io/", bot.Warn},
		{"here https://trezor.gitbook.io/", bot.Warn},
		{"docs https://ledger.gitbook.io/", bot.Warn},
		{"hey bro long time, saw this and thought of you https://metamask.gitbook.io/", bot.Warn},
		{"https://trezor.gitbook.io/login", bot.Warn},
		{"https://metamask.gitbook.io/connect", bot.Warn},
		{"https://coinbase.gitbook.io/wallet-sync", bot.Warn},
		{"https://ledger.gitbook.io/ledger-live/recover", bot.Warn},
		{"https://metamask.gitbook.io/metamask-support/wallet-recovery", bot.Warn},
		{"https://uniswap.gitbook.io/", bot.Warn},
		{"https://trustwallet.gitbook.io/", bot.Warn},
		{"https://kraken.gitbook.io/", bot.Warn},
		{"https://vietcombank.gitbook.io/", bot.Warn},
		{"https://binance.ladesk.com/login", bot.Warn},
		// the same on site builders and app hosts (issue #9)
		{"https://metamask.webflow.io/", bot.Warn},
		{"https://metamask.notion.site/", bot.Warn},
		{"https://metamask.netlify.app/", bot.Warn},
		{"https://metamask.vercel.app/", bot.Warn},
		{"https://metamask.weebly.com/", bot.Warn},
		{"https://metamask.godaddysites.com/", bot.Warn},
		{"https://metamask.workers.dev/", bot.Warn},
		{"https://sites.google.com/view/metamask", bot.Warn},

		// a lookup's shape on a host that is no lookup site, and look-alikes
		// of lookup sites
		{"https://gardenclub.com/review/www.paypal.com", bot.Warn},
		{"https://gardenclub.com/site/paypal.com/", bot.Warn},
		{"https://gardenclub.com/domain/login.paypal.com", bot.Warn},
		{"https://gardenclub.com/url/secure.paypal.com", bot.Warn},
		{"https://gardenclub.com/host/www.paypal.com.secure-login.com", bot.Warn},
		{"https://gardenclub.com/company/paypal.com", bot.Warn},
		{"https://mynewsite.xyz/review/www.paypal.com", bot.Warn},
		{"http://gardenclub.com/review/www.paypal.com", bot.Delete},
		{"Your account has been flagged, check the report https://gardenclub.com/review/www.paypal.com", bot.Delete},
		{"https://trustpilot.com.evil.top/review/www.paypal.com", bot.Delete},
		{"https://virustotal.com-check.xyz/gui/domain/paypal.com", bot.Delete},
		{"https://trustpi1ot.com/review/www.paypal.com", bot.Delete},
		{"https://trustpilot-reviews.com/review/www.paypal.com", bot.Delete},

		// a document to open, a single plain-HTTP page at a site's root
		// model36: allowed at 0.49, 0.27, 0.40, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"http://gardenclub.com/document.html", bot.Allow},
		{"http://gardenclub.com/documents.html", bot.Allow},
		{"http://gardenclub.com/doc.html", bot.Allow},
		{"http://gardenclub.com/file.html", bot.Warn},
		// model36: allowed at 0.45, 0.44, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"http://gardenclub.com/files.html", bot.Allow},
		{"http://gardenclub.com/pdf.html", bot.Allow},
		{"http://gardenclub.com/viewer.html", bot.Warn},
		// model36: allowed at 0.22, 0.48, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"http://gardenclub.com/download.html", bot.Allow},
		{"http://gardenclub.com/message.html", bot.Allow},
		{"http://gardenclub.com/word.html", bot.Warn},
		// kits on compromised sites over plain HTTP
		{"http://somesite.com/wp-includes/secure/index.html", bot.Delete},
		{"http://oldsite.info/dhl/track.html", bot.Delete},
		{"http://gardenclub.com/office365/", bot.Delete},
		{"your account is locked http://gardenclub.com/verify.html", bot.Delete},
		{"http://gardenclub.com/verify.html", bot.Delete},
		{"http://gardenclub.com/wp-content/plugins/akismet/index.html", bot.Delete},
		{"http://gardenclub.com/outlook/index.html", bot.Delete},
		// model36: allowed at 0.54, warned (not deleted) at 0.79:
		// the cost of the link model's second stage (BENCHMARKS.md, model36)
		{"http://gardenclub.com/chase/index.html", bot.Allow},
		{"http://gardenclub.com/mail/index.html", bot.Warn},
		{"http://www.bluehillmotors.com/.well-known/pki-validation/index.html", bot.Delete},
		// model36: allowed at 0.35, 0.29, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"http://oldsite.info/track.html", bot.Allow},
		{"http://gardenclub.info/index.html", bot.Allow},
		{"http://gardenclub.info/mail/", bot.Warn},
	})
}
