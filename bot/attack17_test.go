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
// hyphenated (jupdrop.app, eigendrop.org, claim-pyth.net, solgiveaway.net), warns alone
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
		{"https://solgiveaway.net/", bot.Warn},
		{"https://xrp-giveaways.com/", bot.Warn},

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

// TestBrandsAddedSinceTheModel (atk17): Revolut and DocuSign (brand.Runtime)
// are protected: their names in a stranger's domain flag, their own
// domains and words that only start like them (revolution, revolute) do
// not. The trainer's view (TrainingView) leaves them out, so that adding
// them moves neither the link model nor the combiner.
func TestBrandsAddedSinceTheModel(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://revolut-secure.app/", bot.Warn},
		{"https://revolut.com-verify.info/", bot.Warn},
		{"Revolut: a payment of £849.00 was flagged, cancel it here https://revolut-cancel-payment.com/", bot.Warn},
		{"https://docusign-secure.com/envelope/7f2a", bot.Warn},
		{"https://d0cusign-review.com/", bot.Warn},

		{"https://www.revolut.com/", bot.Allow},
		{"split the bill, pay me at https://revolut.me/johnd", bot.Allow},
		{"https://app.docusign.com/documents", bot.Allow},
		{"please sign https://na3.docusign.net/Signing/EmailStart.aspx?a=1", bot.Allow},
		{"https://www.revolutionslider.com/", bot.Allow},
		{"https://revolute.io/", bot.Allow},
		{"https://pypi.org/project/docusign-esign/", bot.Allow},
	})
	for _, cfg := range []bot.ClassifierConfig{{}, {TrainingView: true}} {
		c := bot.NewClassifier(cfg)
		v := judgeText(c, bot.Telegram, "https://revolut-secure.app/").Verdict
		named := false
		for _, r := range v.Reasons {
			named = named || r.Imitates == "revolut.com"
		}
		if named == cfg.TrainingView {
			t.Errorf("TrainingView %v: Revolut protected %v, want %v (%v)", cfg.TrainingView, named, !cfg.TrainingView, v.Reasons)
		}
		c.SetBrands(nil)
		v = judgeText(c, bot.Telegram, "https://docusign-secure.com/").Verdict
		named = false
		for _, r := range v.Reasons {
			named = named || r.Imitates == "docusign.com"
		}
		if named == cfg.TrainingView {
			t.Errorf("TrainingView %v after SetBrands(nil): DocuSign protected %v, want %v", cfg.TrainingView, named, !cfg.TrainingView)
		}
	}
}

// TestPhantomAndExodusAsOrdinaryWords (atk17): "phantom" and "exodus" are
// ordinary words, so the wallets are protected by their compound names
// (phantomwallet, exoduswallet) and own domains' names: a project named
// with the word and a short ending of its own (PhantomJS, a headless
// browser tech chat links to) is no scramble of phantomwallet, nor is a
// game or a privacy project named with the word. Lures with the wallets'
// names still flag.
func TestPhantomAndExodusAsOrdinaryWords(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://phantomjs.org/", bot.Allow},
		{"PhantomJS is deprecated, use puppeteer instead of https://phantomjs.org/download.html", bot.Allow},
		{"https://phantom-forces.com/", bot.Allow},
		{"https://exodus-games.com/", bot.Allow},
		{"https://exodusprivacy.eu.org/", bot.Allow},
		{"https://phantom.app/download", bot.Allow},
		{"https://www.exodus.com/download/", bot.Allow},

		{"https://phantomwallet-support.com/", bot.Warn},
		{"https://phantom-app.io/", bot.Warn},
		{"https://phantonwallet.com/", bot.Warn},
		{"https://exoduswallet-sync.net/", bot.Warn},
		{"https://stearncoumumuinity.com/", bot.Warn},
	})
}
