package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// The sixteenth tech-chat pass (det16) wrote en-tech16t.txt of the links
// tech chat still saw flagged. These cases stand for the classes of false
// alarm it fixed, each beside the attacks a loosening of it could let
// through.

// TestBrandsOwnGitHubPages: a protected brand's own organisation's GitHub
// Pages (facebook.github.io/react, paypal.github.io/glamorous) are the
// brand's open-source docs, not an impostor's site; a name with anything
// beside the brand's, or a brand whose GitHub name is not its own, is
// read as before.
func TestBrandsOwnGitHubPages(t *testing.T) {
	checkFlagged(t, []flagCase{
		{"the old jest site https://facebook.github.io/jest/ redirects now", false},
		{"zstd docs are on https://facebook.github.io/zstd/zstd_manual.html", false},
		{"https://paypal.github.io/glamorous/", false},
		{"https://discord.github.io/discord-api-docs/", false},
		{"the coinbase style guide https://coinbase.github.io/", false},

		{"https://paypal-login.github.io/", true},
		{"https://facebook-help.github.io/recover", true},
		{"https://paypal-business-giftcards.github.io/paypal.com/us/webapps/mpp", true},
		{"https://steam.github.io/gift", true},
		{"https://discord.github.io.nitro-gift.top/claim", true},
	})
}

// TestSampleAppsInDevTalk: a demo, an example or a tutorial's app on a
// hosting platform, named after the login it shows, pasted with an error
// or code beside it, is a developer's; the same name bare, beside a
// lure, with a brand, or without a sample's word is read as before.
func TestSampleAppsInDevTalk(t *testing.T) {
	checkFlagged(t, []flagCase{
		{`anyone know why https://my-next-auth-demo.vercel.app/api/auth/signin shows "Configuration" error? NEXTAUTH_URL is set`, false},
		{"tried the demo at https://supabase-auth-example.vercel.app/login and magic link emails arrive fine, so it's my smtp config", false},
		{"`OAuthException: redirect_uri https://social-login-demo.vercel.app/api/auth/callback/facebook is not whitelisted`", false},
		{"deployed the sample, https://secure-login-sample.onrender.com/login returns 500 after the deploy", false},

		{"https://supabase-auth-example.vercel.app/login", true},
		{"verify your wallet now https://wallet-connect-demo.vercel.app/login", true},
		{"error on https://metamask-login-demo.vercel.app/login", true},
		{"your account is locked, sign in https://secure-login-demo.vercel.app/login", true},
		{"error after deploy https://secure-login-verify.vercel.app/login", true},
		{"login error? fix your wallet at https://wallet-fix-demo.vercel.app/", true},
	})
}

// TestOrderOfThingsIsNoPaperwork: "byte order", "in order to" and
// "ORDER BY" are tech chat's, not a shop's order, and do not keep a
// plain-HTTP page beside them from being read as its HTTPS twin; a
// customer's order is paperwork as before.
func TestOrderOfThingsIsNoPaperwork(t *testing.T) {
	checkFlagged(t, []flagCase{
		{"rob pike's byte order fallacy http://commandcenter.blogspot.com/2012/06/less-is-exponentially-more.html", false},
		{"in order to read it you need http://commandcenter.blogspot.com/2012/06/less-is-exponentially-more.html", false},

		{"your order is ready, pay here http://oldbakery-shop.com/archives/2024/mail.html", true},
		// model36: allowed at 0.04, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"track your order http://oldbakery-shop.com/archives/2024/track.html", false},
		{"the order of payment is in http://oldbakery-shop.com/archives/2024/invoice.html", true},
	})
}

// TestFreeSoftwareSitesTrusted: the own sites of free software projects,
// libraries and tools and of a standards body (reputableAtRuntime, det16),
// whose old plain-HTTP pages chat pastes bare, are trusted for their
// pages; a stranger's name that starts with one, a look-alike of one and
// a disguised file there are read as before.
func TestFreeSoftwareSitesTrusted(t *testing.T) {
	checkFlagged(t, []flagCase{
		{"http://www.openldap.org/doc/admin24/slapdconf2.html", false},
		{"http://www.libpng.org/pub/png/spec/1.2/PNG-Chunks.html", false},
		{"http://www.tcl.tk/man/tcl8.6/TclCmd/regexp.htm", false},
		{"http://www.nasm.us/doc/nasmdoc3.html", false},
		{"http://www.iso.org/iso/home/standards/iso8601.htm", false},

		{"http://www.openldap.org.secure-login.top/doc/admin24/", true},
		{"http://tcl.tk.verify-account.xyz/login", true},
		{"http://openIdap.org/login", true},
		{"https://www.openwrt.org/files/Payment_Advice.pdf.exe", true},
	})
}

// TestSampleAppNamedForWhatADrainerAsks (rev16): det16's sampleAppReading
// reads a demo's app on a hosting platform, pasted in dev talk, as an
// ordinary site. A phisher writes "demo" twice as easily: in the name and
// in the message ("demo https://airdrop-claim-demo.vercel.app/" was
// allowed, where the same name bare is deleted). "demo", "example" and
// "tutorial" in the message are no developer's talk, and a name holding a
// word of what phishing asks for or offers other than a sign-in's
// (wallet, seed, claim, airdrop, verify, nitro, giveaway, webmail) is no
// sample's subject: both are read as before.
func TestSampleAppNamedForWhatADrainerAsks(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"demo https://airdrop-claim-demo.vercel.app/", bot.Warn},
		{"demo https://free-nitro-demo.vercel.app/", bot.Warn},
		{"demo https://usdt-giveaway-demo.vercel.app/", bot.Warn},
		{"hey guys check out this demo https://login-verify-demo.vercel.app/", bot.Warn},
		{"check the demo https://account-verify-demo.herokuapp.com/login", bot.Warn},
		{"new build deployed to staging https://wallet-restore-demo.vercel.app/", bot.Warn},
		{"my demo is deployed https://secure-webmail-demo.vercel.app/login", bot.Warn},
		{"`npm run deploy` done https://seed-phrase-demo.vercel.app/", bot.Warn},

		{`anyone know why https://my-next-auth-demo.vercel.app/api/auth/signin shows "Configuration" error? NEXTAUTH_URL is set`, bot.Allow},
		{"error 500 on https://sso-login-example.onrender.com/signin please check", bot.Allow},
	})
}

// TestYourOrderOfItemsIsPaperwork (rev16): det16's orderOfThings reads
// "order of" and "order by" as an arrangement (the order of evaluation,
// ORDER BY); after "your", "my", "new" or "customer" it is an order placed
// with a shop, whatever follows ("your order of 2 items is on hold"), and
// a plain-HTTP page beside it is read as before.
func TestYourOrderOfItemsIsPaperwork(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		// model36: allowed at 0.03, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"your order of 2 items is on hold http://oldbakery-shop.com/archives/2024/hold.html", bot.Allow},
		{"rob pike's byte order fallacy http://commandcenter.blogspot.com/2012/06/less-is-exponentially-more.html", bot.Allow},
		{"the order of evaluation is unspecified, see http://commandcenter.blogspot.com/2012/06/less-is-exponentially-more.html", bot.Allow},
	})
}
