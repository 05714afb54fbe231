package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestBrandOnASelfServeTenantBesideALure (tenant18): a brand's name as the
// tenant of a service anyone can sign up to and name (zendesk, freshdesk,
// gitbook, atlassian, auth0, ladesk, statuspage, readme) is no finding
// alone, and its own support really is there; beside a message that lures
// (claim, reward, airdrop, verify, restore a wallet, an account's trouble)
// it is deleted, and with a path that asks for what phishing asks for it
// is warned about. The same hosts in ordinary support talk, and a tenant
// that names no brand, stay allowed.
func TestBrandOnASelfServeTenantBesideALure(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		// beside a lure's message (each allowed on 001272c)
		{"claim your reward https://coinbase.freshdesk.com/", bot.Delete},
		{"new airdrop is live https://phantom.gitbook.io/", bot.Delete},
		{"yo guys new airdrop is live https://phantom.gitbook.io/", bot.Delete},
		{"Verify your wallet now https://metamask.atlassian.net", bot.Delete},
		{"urgent: restore your wallet before it is locked https://trezor.zendesk.com/", bot.Delete},
		{"Your Binance account is under review, open a ticket https://binance.zendesk.com/", bot.Delete},
		{"claim your airdrop allocation https://uniswap.readme.io/", bot.Delete},
		{"Congratulations, you won 500 USDT https://kraken.statuspage.io/", bot.Delete},
		{"restore wallet here https://ledger.freshdesk.com/", bot.Delete},
		{"enter your seed phrase to sync https://exodus.zendesk.com/", bot.Delete},
		{"verify your PayPal account https://paypal.auth0.com/", bot.Delete},
		// a path that asks
		{"https://metamask.zendesk.com/hc/en-us/articles/restore-wallet", bot.Warn},
		{"https://coinbase.freshdesk.com/support/claim-reward", bot.Warn},
		{"https://binance.atlassian.net/wiki/verify-account", bot.Warn},
		// the same hosts in ordinary talk
		{"MetaMask support is at https://metamask.zendesk.com/hc/en-us", bot.Allow},
		{"https://binance.zendesk.com/", bot.Allow},
		{"our status page https://acme.statuspage.io", bot.Allow},
		{"the wallet docs https://metamask.zendesk.com/hc/en-us/articles/wallet", bot.Allow},
		{"ticket filed on https://metamask.atlassian.net/browse/MM-1234", bot.Allow},
		{"how do I log in to the help desk? https://binance.zendesk.com/hc/en-us", bot.Allow},
		// a lure beside a tenant that names no brand: the lure alone
		{"claim your reward https://acme.freshdesk.com/", bot.Allow},
	})
	// one word of what phishing asks for in the message, and nothing
	// else of a lure: warned about, not deleted
	checkLevels(t, false, []levelCase{
		{"I filed a warranty claim at https://ledger.zendesk.com/hc/en-us/requests/new", bot.Warn},
		{"how do I verify my email on https://coinbase.freshdesk.com/", bot.Warn},
	})
}

// TestAllowedTenantReasonIsANote (tenant18): an allowed verdict on a
// brand's name as a tenant service's host does not explain itself with
// an accusation ("which Binance does not own") under "Looks safe", in
// English and in Vietnamese.
func TestAllowedTenantReasonIsANote(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range []string{"https://binance.zendesk.com/", "https://microsoft.qualtrics.com/jfe/form/SV_abc123",
		"MetaMask support is at https://metamask.zendesk.com/hc/en-us"} {
		v := judgeText(c, bot.Telegram, text).Verdict
		if v.Level != bot.Allow {
			t.Errorf("%q: %s (%.2f), want allow", text, v.Level, v.Score)
			continue
		}
		for _, r := range v.Reasons {
			en, vi := r.DetailIn(bot.English), r.DetailIn(bot.Vietnamese)
			if strings.Contains(en, "does not own") || strings.Contains(vi, "không sở hữu") {
				t.Errorf("%q: allowed with %q / %q", text, en, vi)
			}
		}
	}
}
