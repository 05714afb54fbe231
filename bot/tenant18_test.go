package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestBrandTenantOnATenantService (tech18): a brand's own instance on a
// help desk, a sign-in provider, a survey tool or a docs platform, named
// by the brand's name alone, is the brand's (brandTenant), in tech chat
// and bare; a tenant named after the brand with other words, a path or a
// message that lures, and the same name on a site builder are read as
// before.
func TestBrandTenantOnATenantService(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		// a lure's words and the brand beside it: read in full
		{"Binance support team here, open a ticket at https://binance.ladesk.com/ to unlock your account", bot.Warn},
		{"the employee pulse survey https://microsoft.qualtrics.com/jfe/form/SV_abc123", bot.Allow},
		{"discord's sso https://discord.secureauth.com/", bot.Allow},
		{"https://paypal.syncaccess.net/", bot.Allow},

		// a service anyone can sign up to and name a space on (rev18:
		// assignedTenants): the brand's name alone is no sign of its own
		{"https://metamask.gitbook.io/", bot.Warn},
		{"https://pancakeswap.gitbook.io/", bot.Warn},
		{"https://binance.ladesk.com/", bot.Warn},
		{"sso for the vendor portal https://paypal.onelogin.com/login", bot.Warn},
		{"https://metamask-support.gitbook.io/", bot.Warn},
		{"https://metamask-docs-support.gitbook.io/", bot.Warn},
		{"https://ledger-wallet-docs.gitbook.io/", bot.Warn},
		{"https://paypal-login.qualtrics.com/", bot.Warn},
		{"https://paypal-verify.onelogin.com/", bot.Warn},
		{"https://metamask.gitbook.io/restore-wallet-seed", bot.Warn},
		{"Verify your PayPal account now at https://paypal.onelogin.com/login", bot.Warn},
		{"MetaMask support: restore your wallet https://metamask.gitbook.io/", bot.Warn},
		{"https://metamask.webflow.io/", bot.Warn},
		{"https://kraken-support.webflow.io/", bot.Warn},
		{"https://paypal.france-id.net/home/signin", bot.Warn},
	})
}
