package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestTenantHostsOfAServiceNamedWithALureWord (rev16): a company's
// instance on a service whose own name holds a lure word
// (discord.service-now.com, ServiceNow's customer portals) is the
// company's tenant host, as binance.zendesk.com is: the service's name is
// not the stranger's lure words that make a brand's name in a subdomain
// warn alone (wBrandSubLure). A word of what phishing asks for in the
// tenant's own name there, and a stranger's name built of lure words
// (device-support.com), still warn.
func TestTenantHostsOfAServiceNamedWithALureWord(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://discord.service-now.com/", bot.Allow},
		{"https://amazon.service-now.com/", bot.Allow},
		{"https://github.service-now.com/", bot.Allow},
		{"https://instagram.service-now.com/", bot.Allow},
		{"open a ticket at https://netflix.service-now.com/", bot.Allow},

		{"https://paypal-login.service-now.com/", bot.Warn},
		{"https://coinbase-verify.service-now.com/", bot.Warn},
		{"https://ledger-live.app.device-support.com/", bot.Warn},
		{"https://discord.service-now-support.com/", bot.Warn},
	})
}

// TestSignInWithAProviderOnATunnel (rev16): on a tunnel's generated host
// (ngrok-free.app, trycloudflare.com) a developer runs their own app, and
// the routes by which it signs its users in with a provider name the
// provider after a sign-in word: passport's /auth/github, django-allauth's
// /accounts/google/login/, Flask-Dance's /login/github, ASP.NET's
// /signin-google. A kit's folder named after the brand, before what it
// asks for (/coinbase/login, /paypal/signin), is still a lure page.
func TestSignInWithAProviderOnATunnel(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"getting redirect_uri_mismatch when I hit https://3f2a-81-204-11-9.ngrok-free.app/auth/google/login, I added it in the console", bot.Allow},
		{"ngrok tunnel up, try https://3f2a-81-204-11-9.ngrok-free.app/accounts/github/login/ and tell me if the callback works", bot.Allow},
		{"https://3f2a-81-204-11-9.ngrok-free.app/auth/github/login", bot.Allow},
		{"https://3f2a-81-204-11-9.ngrok-free.app/login/google", bot.Allow},
		{"https://3f2a-81-204-11-9.ngrok-free.app/signin-google", bot.Allow},
		{"https://random-words-here.trycloudflare.com/auth/microsoft/login", bot.Allow},

		{"https://3f2a-81-204-11-9.ngrok-free.app/coinbase/login", bot.Warn},
		{"https://3f2a-81-204-11-9.ngrok-free.app/paypal/signin", bot.Warn},
		{"https://random-words-here.trycloudflare.com/metamask/verify", bot.Warn},
		{"https://3f2a-81-204-11-9.ngrok-free.app/office365/login", bot.Warn},
	})
}
