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
		{"Xem thông tin tại https://ghn.gitlab.io/mim/6s343j4k623bt7869lj7886.html", bot.Warn},
		{"https://ghn.github.io/sp_script/portal.php?portal=KC6A1MDbcF", bot.Warn},
		{"https://ledgerlive.github.io/", bot.Warn},
		{"more info here https://kucoin.js.org/", bot.Warn},
		{"https://opensea.github.io/", bot.Warn},
		{"https://tpbank.gitlab.io/", bot.Warn},
		{"https://momo.github.io/", bot.Warn},
	})
	// the brands' listed organisations stay trusted
	checkLevels(t, false, []levelCase{
		{"https://paypal.github.io/react-paypal-js/", bot.Allow},
		{"https://discordrb.github.io/", bot.Allow},
	})
}
