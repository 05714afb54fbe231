package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestBrandsNameAloneOnForgePages (rev23): a site on GitHub or GitLab
// Pages or js.org named exactly as a brand writes its name is read as
// any site named after the brand, unless the brand's organisation is
// listed (brandPages). A forge gives a name once, but to whoever asks
// first: most brands (a Vietnamese bank, a courier, a wallet) never take
// theirs, and a stranger holds steam. Each line was flagged on 9a6e8b7
// and passed on d6515ab (the exact-name reading); of 56,595 probes (539
// brand names x 3 hostings x 7 training phishing paths x 5 message
// shapes) 9,855 lost a level there, 290 now (brandPages' and youtubego's).
func TestBrandsNameAloneOnForgePages(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://vietcombank.github.io/", bot.Warn},
		{"Chi tiết tại: https://vietcombank.github.io/", bot.Warn},
		{"https://VIETCOMBANK.github.io:443/", bot.Warn},
		// model36: allowed at 0.20, 0.47, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"Xem thông tin tại https://ghn.gitlab.io/mim/6s343j4k623bt7869lj7886.html", bot.Allow},
		{"https://ghn.github.io/sp_script/portal.php?portal=KC6A1MDbcF", bot.Allow},
		{"https://ledgerlive.github.io/", bot.Warn},
		{"more info here https://kucoin.js.org/", bot.Warn},
		{"https://opensea.github.io/", bot.Warn},
		{"https://tpbank.gitlab.io/", bot.Warn},
		{"https://momo.github.io/", bot.Warn},
	})
	// the brands' listed organisations stay trusted
	checkLevels(t, false, []levelCase{
		{"https://paypal.github.io/react-paypal-js/", bot.Allow},
	})
}

// TestBrandOrgWordOwnDomains (rev23): a domain of its own named by a
// brand's name and an organisation's word (engineering, samples,
// incubator, archive, oss) is read as any domain named after the brand:
// anyone registers one first. Each line was flagged on 9a6e8b7 and
// passed or read a level lower on daa5967; of 30,960 probes (brand names
// x 6 words x 2 joins x 6 endings x 2 paths, 4 message shapes), 7,584
// lost a level there, 0 now.
func TestBrandOrgWordOwnDomains(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://zalopay-samples.com/", bot.Warn},
		{"Chi tiết tại: https://acbbankengineering.com/", bot.Warn},
		{"https://lazadaengineering.com/", bot.Warn},
		{"https://vietinbanksamples.net/", bot.Warn},
		{"more info here https://momo-engineering.com/", bot.Warn},
		{"https://trezor-engineering.io//www.bogiefamily.info", bot.Warn},
	})
}

// TestProjectPathNamesAnotherBrand (rev23): a project's site named after
// a brand keeps the brand's reading beside a path that names another
// brand, as a kit's path names the brand it imitates. Each line was
// flagged on 9a6e8b7 and read lower on d6515ab; of 9,000 probes (3,361
// training phishing paths naming a brand on 10 project hosts, 4 message
// shapes) 1,196 lost a level there, 616 now (their path names no other
// brand by name).
func TestProjectPathNamesAnotherBrand(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://microsoft-sdk.github.io/Kaufabwicklung-ckpit-hat-eine-Nachricht-gesendet-ebay-furniture@beco-investment.com.html", bot.Warn},
		{"https://binance-py.github.io/metamask/", bot.Warn},
		{"https://twitch4j.github.io/netflix/", bot.Warn},
		{"https://discordrb.github.io/steamcommunity/", bot.Warn},
	})
}

// TestBrandWordOwnDomains (rev23): a domain of its own named by a brand
// whose name is a word of the language (ledger, kraken, outlook) and a
// code project's word is read as any domain named after the brand: an
// impostor registers ledger-js.com as readily as the accounting program
// registered ledger-cli.org. Each line was flagged on 9a6e8b7 and passed
// or read a level lower on bc13d77; of 7,840 probes (5 brands x 59
// project words x 2 joins x 7 endings x 2 paths, 6 message shapes) 1,281
// lost a level there, 0 now.
func TestBrandWordOwnDomains(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"more info here https://ledger-nodejs.io/", bot.Warn},
		{"Ledger Live: https://ledger-php.org/", bot.Warn},
		{"https://ledger-golang.dev/vat/file/d8d5cd2ad57fb136095068fb212d0a72", bot.Warn},
		{"https://ledger-angular.org/session/?view=login", bot.Warn},
	})
}
