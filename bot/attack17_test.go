package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestBrandBeforeANameMadeOfWhatPhishingAsksFor (atk17): a brand's name
// alone in front of a stranger's domain whose own name is made only of
// the words of what phishing asks for or of an account's trouble, run
// together or hyphenated (kycverify, id-locked, setup-device), warns as
// one with those words in its subdomain does (wBrandSubLure). A company's
// tenant host on a service named with another word (paypal.onelogin.com,
// binance.zendesk.com), the brand's own hosts, a single bought word
// (upgrade.com) and a name with a word of its own (kycaid) do not.
func TestBrandBeforeANameMadeOfWhatPhishingAsksFor(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://binance.kycverify.net/", bot.Warn},
		{"https://apple.id-locked.com/", bot.Warn},
		{"https://ledgerlive.app.setup-device.com/", bot.Warn},
		{"https://coinbase.unlockaccount.com/", bot.Warn},
		{"your account is on hold https://amazon.orderhold.info/", bot.Warn},
		{"https://instagram.copyrightappeal.net/", bot.Warn},
		{"https://trezor.suite.firmware-check.com/", bot.Warn},

		{"https://binance.zendesk.com/hc/en-us", bot.Allow},
		{"https://coinbase.freshdesk.com/support/home", bot.Allow},
		{"https://discord.service-now.com/", bot.Allow},
		{"https://apple.upgrade.com/", bot.Allow},
		{"our SSO is at https://paypal.onelogin.com/", bot.Allow},
		{"https://accounts.binance.com/en/login", bot.Allow},
		{"https://support.apple.com/en-us/HT204915", bot.Allow},
		{"https://binance.kycaid.com/", bot.Allow},
		{"https://www.kycverify.net/", bot.Allow},
	})
}

// TestCoinNameRunTogetherWithADrop (atk17): a name made of a coin's
// ticker or project name and a drop or claim word, run together or
// hyphenated (jupdrop.app, eigendrop.org, claim-pyth.net), warns alone
// (wDropName), in English and Vietnamese detail. Names of a drop word
// and an ordinary word (raindrop.io, dropbox.com), the projects' own
// sites and a coin's name with another word (jupiterswap) do not.
func TestCoinNameRunTogetherWithADrop(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://jupdrop.app/", bot.Warn},
		{"https://claim.jupdrop.app/", bot.Warn},
		{"https://eigendrop.org/", bot.Warn},
		{"https://blastdrop.io/", bot.Warn},
		{"https://claim-pyth.net/", bot.Warn},
		{"JUP airdrop round 2 https://jupdrop.vercel.app/", bot.Warn},

		{"https://raindrop.io/", bot.Allow},
		{"https://www.dropbox.com/s/abc123/notes.pdf", bot.Allow},
		{"https://jup.ag/", bot.Allow},
		{"https://airdrop.wormhole.com/", bot.Allow},
		{"https://snowdrop.dev/", bot.Allow},
		{"jupiter swap is https://jupiterswap.com/ right?", bot.Allow},
	})
	wantDetail(t, "https://eigendrop.org/", "joins a coin's name (eigen) to drop", "ghép tên một đồng tiền mã hoá (eigen) với drop")
}

// wantDetail fails unless a finding of the text's verdict says en in
// English and vi in Vietnamese.
func wantDetail(t *testing.T, text, en, vi string) {
	t.Helper()
	v := judgeText(bot.NewClassifier(bot.ClassifierConfig{}), bot.Telegram, text).Verdict
	for i := range v.Reasons {
		if r := &v.Reasons[i]; strings.Contains(r.DetailIn(bot.English), en) && strings.Contains(r.DetailIn(bot.Vietnamese), vi) {
			return
		}
	}
	t.Errorf("%q: no finding saying %q and %q in %v", text, en, vi, v.Reasons)
}
