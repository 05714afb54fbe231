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
