package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestSelfHostedSignIn (host29): a self-hosted application's own sign-in
// route, on a name of its owner's or a dynamic DNS name, beside the
// application's name in the message or in the host's labels, is read as
// an ordinary site's page. A brand or an ask word in the name, a name
// that reads as a kit's by itself, another client than the host itself,
// a victim's address in the query, another domain written into the
// host, a lure's message, a defanged indicator or the route without the
// application's name are read as before.
func TestSelfHostedSignIn(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"home assistant login: https://ha.duckdns.org:8123/auth/authorize?client_id=https%3A%2F%2Fha.duckdns.org%3A8123%2F&redirect_uri=https%3A%2F%2Fha.duckdns.org%3A8123%2F%3Fauth_callback%3D1", bot.Allow},
		{"my immich instance https://photos.mydomain.xyz/auth/login", bot.Allow},
		{"immich https://photos.kettlebytes.site/auth/login", bot.Allow},
		{"jellyfin https://jelly.kettlebytes.site/web/index.html#!/login.html", bot.Allow},
		{"https://media.bitsandbytes.site/web/index.html#!/login.html jellyfin behind caddy", bot.Allow},

		{"immich https://paypal-photos.xyz/auth/login", bot.Warn},
		{"immich https://wallet-photos.xyz/auth/login", bot.Warn},
		{"home assistant https://casa.duckdns.org:8123/auth/authorize?client_id=https%3A%2F%2Fcasa.duckdns.org%3A8123%2F", bot.Warn},
		{"homeassistant https://ha.duckdns.org:8123/auth/authorize?client_id=https%3A%2F%2Fevil-cdn.xyz%2F", bot.Warn},
		{"immich https://photos.mydomain.xyz/auth/login?client_id=anna@example.com", bot.Warn},
		{"immich https://cloud.s3it.uzh.ch.mydomain.xyz/auth/login", bot.Warn},
		{"your account is locked, sign in to immich to keep your photos https://photos.mydomain.xyz/auth/login", bot.Warn},
		{"immich hxxps://photos.mydomain[.]xyz/auth/login", bot.Warn},
		// model36: allowed at 0.49, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"https://media.bitsandbytes.site/web/index.html#!/login.html", bot.Allow},
	})
}

// TestFirebaseOwnPages (host29): the pages Firebase Hosting serves itself
// under /__/auth/ on every site (the sign-in handler, the e-mail action
// page) are read as an ordinary site's; another page of the site, a
// site named after a brand or a drainer's words or one whose name reads
// as a kit's by itself, and a lure's message are read as before.
func TestFirebaseOwnPages(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://acme-auth-dev.firebaseapp.com/__/auth/action?mode=verifyEmail&oobCode=abc&apiKey=xyz", bot.Allow},
		{"the email action link is https://acme-auth-dev.web.app/__/auth/action?mode=verifyEmail&oobCode=abc&apiKey=xyz", bot.Allow},

		{"https://paypal-auth.web.app/__/auth/handler", bot.Warn},
		{"https://wallet-sync.firebaseapp.com/__/auth/action?mode=resetPassword", bot.Warn},
		{"https://todo-auth.web.app/__/auth/handler", bot.Warn},
		{"https://acme-auth-dev.web.app/__/auth/signin.html", bot.Warn},
		{"your account is suspended, verify your identity now https://acme-auth-dev.firebaseapp.com/__/auth/action?mode=verifyEmail&oobCode=abc&apiKey=xyz", bot.Warn},
	})
}
