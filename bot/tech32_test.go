package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestWellKnownMetadataFiles (tech32): a site's registered metadata file
// under /.well-known/ (an app's assetlinks.json or
// apple-app-site-association), in a message that names it or talks of
// such files, is read no higher than its site's root, where the link
// model read the folder as a kit's and warned on an app's own hyphenated
// name. The same link posted bare, kits unpacked in the folder
// (pki-validation, acme-challenge, a folder or page of their own, a
// registered name with a script's ending, a query or a folder in
// between), a name read as a brand's, a cheap ending and a lure's message
// are still flagged.
func TestWellKnownMetadataFiles(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"the assetlinks file is https://fitloop-app.com/.well-known/assetlinks.json", bot.Allow},
		{"universal links broken again? https://my-habit-tracker.app/.well-known/apple-app-site-association", bot.Allow},
		{"android app links still fail, our file is https://budgetly-pro.app/.well-known/assetlinks.json", bot.Allow},
		{"the well-known file is served fine https://acmenotes.app/.well-known/assetlinks.json", bot.Allow},
		{"security contact is in https://tinysync-cloud.dev/.well-known/security.txt", bot.Allow},
		{"delegation https://chat-acme-tools.org/.well-known/matrix/server", bot.Allow},

		// model36: allowed at 0.46, 0.55, 0.43, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"https://fitloop-app.com/.well-known/assetlinks.json", bot.Allow},
		{"https://my-habit-tracker.app/.well-known/apple-app-site-association", bot.Allow},
		{"the logo is broken https://budgetly-pro.app/.well-known/assetlinks.json", bot.Allow},

		{"https://acmenotes.app/.well-known/pki-validation/login.php", bot.Delete},
		{"https://fitloop-app.com/.well-known/acme-challenge/index.html", bot.Delete},
		{"https://acme-notes.app/.well-known/bankofamerica.com/login", bot.Delete},
		{"https://fitloop-app.com/.well-known/assetlinks.json.php", bot.Warn},
		// model36: allowed at 0.46, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"https://fitloop-app.com/.well-known/assetlinks.json?id=verify", bot.Allow},
		{"https://fitloop-app.com/.well-known/signin/assetlinks.json", bot.Warn},
		{"https://apple-id-verify.app/.well-known/apple-app-site-association", bot.Delete},
		{"https://fitloop-app.tk/.well-known/assetlinks.json", bot.Warn},
		{"confirm your wallet now https://fitloop-app.com/.well-known/assetlinks.json", bot.Warn},
	})
}
