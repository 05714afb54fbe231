package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestTyposquats (look34): a protected brand's name of six letters or
// more with one edit, on a domain not the brand's, is deleted (warned
// about for a courier, an explorer or an airline, whose look-alikes ask
// for no account), and so is a brand's own domain misspelt under its own
// ending where its label is a word the brand's names leave out
// (phantomm.app, stargatte.finance, jupiterr.ag), or the name cut by a
// hyphen (tele-gram.org). Each attack line was allowed or warned about
// before. The brands' own and partner domains, words and names one edit
// from a brand, and a compound name cut where its generic word begins
// stay allowed.
func TestTyposquats(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		// one edit of a name the link model read as ordinary
		{"https://opensae.io/", bot.Delete},
		{"https://binnance.com/", bot.Delete},
		{"https://catpcha.bot/", bot.Delete},
		// the brand's own domain misspelt under its own ending
		{"https://phantomm.app/", bot.Delete},
		{"https://phentom.app/", bot.Delete},
		{"https://stargatte.finance/", bot.Delete},
		{"https://jupiterr.ag/", bot.Delete},
		{"https://hyperliqiud.xyz/", bot.Delete},
		// the name cut by a hyphen
		{"https://tele-gram.org/", bot.Delete},
		{"https://go-ogle.com/", bot.Delete},
		// a courier's: warned about
		{"https://canadspost.ca/", bot.Warn},
		{"https://ro-yalmail.com/", bot.Warn},
	})
	checkLevels(t, false, []levelCase{
		// the brands' own and partner domains
		{"https://phantom.app/download", bot.Allow},
		{"https://phantom.com/", bot.Allow},
		{"https://stargate.finance/bridge", bot.Allow},
		{"https://jup.ag/swap/SOL-USDC", bot.Allow},
		{"https://opensea.io/collection/x", bot.Allow},
		{"https://www.binance.com/en/trade", bot.Allow},
		{"https://docs.metamask.io/", bot.Allow},
		{"https://consensys.io/", bot.Allow},
		{"https://app.uniswap.org/", bot.Allow},
		{"https://deutschepost.de/", bot.Allow},
		// words and names one edit from a brand's own label
		{"https://phantoms.app/", bot.Allow},
		{"https://meteor.ag/", bot.Allow},
		{"https://jupyter.org/try", bot.Allow},
		{"https://rainbows.me/", bot.Allow},
		{"https://stargazer.finance/", bot.Allow},
		{"https://www.telegraf.de/", bot.Allow},
		{"https://lcloud.com/", bot.Allow},
		{"https://mobizone.mobi/", bot.Allow},
		// a compound name cut where its generic word begins
		{"https://deutsche-post.de/", bot.Allow},
		{"https://royal-mail.com/", bot.Allow},
	})
}
