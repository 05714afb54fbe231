package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// Posted bare, a document's page of an older site over plain HTTP (a
// named host under .com, .org, .net, .edu, .gov, .info or a country's
// ending, a path of documents, no file to download) is read with the
// model's plain-page feature, which weighs plain HTTP there as the
// harvested real links do over HTTPS, not by the scheme's learned weight,
// which said only that every benign URL the trainer wrote was HTTPS
// (model17's -plainpages, on since the seventeenth session).

// TestPlainPagesOfOlderSites: an old project's or a personal site's
// plain-HTTP page of documents, posted alone as tech chat pastes it, is
// allowed or at most warned (each was flagged before, the warned ones
// deleted); a single page at the root, a kit's path, a lure's words keep
// the scheme's weight, and kits on plain HTTP are deleted as before.
func TestPlainPagesOfOlderSites(t *testing.T) {
	checkFlagged(t, []flagCase{
		{"http://www.lispworks.com/documentation/HyperSpec/Front/index.htm", false},
		{"http://www.bitsavers.org/pdf/dec/pdp11/", false},
		{"http://www.ocamlpro.com/blog/", false},

		// a single page at the root was read with the plain-page feature
		// and warned (0.71); its path reads as content (contentPage), so
		// it is read as its HTTPS twin, which passes (http22)
		{"http://www.paulgraham.com/avg.html", false},
		{"http://openIdap.org/login", true},
		// model36: allowed at 0.51, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"please review the attached document http://www.bitsavers.org/pdf/dec/pdp11/", false},
		{"http://www.ocamlpro.com/wp-admin/office365/", true},
	})
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range []struct {
		text string
		want bot.Level
	}{
		{"http://www.newty.de/fpt/index.html", bot.Warn},
		{"http://www.sandpile.org/x86/opc_1.htm", bot.Warn},

		{"http://paypal-verify482.top/login", bot.Delete},
		{"http://secure-account-update.com/signin/", bot.Delete},
		{"log in here to keep your account http://chase-alerts-verify.com/online/login.php", bot.Delete},
		{"your parcel is waiting http://usps-redelivery-track.com/update", bot.Delete},
		{"http://bluewave-trading.com/wp-includes/office365/login.php", bot.Delete},
	} {
		if v := judgeText(c, bot.Telegram, tc.text).Verdict; v.Level > tc.want || tc.want == bot.Delete && v.Level != bot.Delete {
			t.Errorf("%q: %s (%.2f) %v, want %s", tc.text, v.Level, v.Score, v.Reasons, tc.want)
		}
	}
}
