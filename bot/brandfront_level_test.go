package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestBrandDomainInFrontOfAStrangers: a protected brand's whole domain
// in front of a domain that is not the brand's (trezor.io.start-setup.com)
// is warned about even when the stranger's name reads as ordinary to the
// model, and deleted beside other evidence; the brand's own sites and the
// content networks that name hosts so (paypal.com.edgekey.net) are not
// flagged.
func TestBrandDomainInFrontOfAStrangers(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"https://trezor.io.start-setup.com/", bot.Warn},
		{"https://trezor.io.mywebsite.com/", bot.Warn},
		{"https://uniswap.org.start-setup.com/", bot.Delete},
		{"https://ledger.com.start-setup.com/", bot.Delete},
		{"https://trezor.io/start", bot.Allow},
		{"https://suite.trezor.io/", bot.Allow},
		{"https://www.paypal.com/", bot.Allow},
		{"https://www.paypal.com.edgekey.net/", bot.Allow},
		{"https://apple.com.akadns.net/", bot.Allow},
	})
}
