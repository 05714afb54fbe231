package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestFirebasePreviewChannel (host31): a Firebase Hosting preview
// channel (SITE--CHANNEL-HASH on web.app and firebaseapp.com) is read by
// its site's name, as Vercel's and Netlify's previews are: the channel a
// developer names after a pull request or a feature (pr12-verify-email,
// login) is not the site's name. Its path is read as on the site itself,
// so the site's sign-in page beside a lure is still deleted; a channel
// named as a lure (claim-airdrop), a brand's site, and a name of the
// shape without the channel's hash are read in full.
func TestFirebasePreviewChannel(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"sign in to keep your account https://chatvui-2024--pr12-verify-email-a1b2c3d4.web.app/login", bot.Delete},
		{"verify your email to keep your account https://chatvui-2024--pr12-verify-email-a1b2c3d4.web.app", bot.Delete},
		{"https://quickchat--claim-airdrop-a1b2c3d4.web.app/", bot.Warn},
		{"https://metamask--preview-a1b2c3d4.web.app/", bot.Warn},
		{"https://voicemail--facweb3435.web.app/", bot.Warn},

		{"channel preview firebase của PR https://chatvui-2024--pr12-verify-email-a1b2c3d4.web.app", bot.Allow},
		{"https://quickchat--login-a1b2c3d4.web.app/", bot.Allow},
		{"preview for the new onboarding https://acme-notes--pr-88-onboarding-x7k2m9qa.firebaseapp.com", bot.Allow},
	})
}

// TestSampleAppStoreTalk (host31): a sample app's sign-in on a hosting
// platform talked of with the database its users are kept in or the web
// framework it is built on (a sqlite user table, postgres, flask) is a
// developer's, as one talked of with its deploy or its errors is; the
// same link bare, beside a lure, and a sample named after a wallet are
// read as before.
func TestSampleAppStoreTalk(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://flask-login-tutorial-xyz.onrender.com/login", bot.Warn},
		{"your wallet was flagged in our database, verify it now https://flask-login-tutorial-xyz.onrender.com/login", bot.Delete},
		{"our wallet demo, built with nextjs https://acme-wallet-demo.vercel.app/connect", bot.Warn},

		{"the tutorial's demo https://flask-login-tutorial-xyz.onrender.com/login uses flask-login with a sqlite user table", bot.Allow},
		{"the login demo https://flask-login-tutorial-xyz.onrender.com/login keeps users in postgres", bot.Allow},
		{"the sample app https://supabase-auth-example.vercel.app/login stores users in mysql", bot.Allow},
	})
}
