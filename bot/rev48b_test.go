package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestBrandApartThirdParty (rev48b): a third party's name built around a
// protected brand's, naming what the site is about (a sport, a
// community, rates and prices, a developer's project, a Vietnamese
// subject), is not read without the brand's letters vouching for it, nor
// is a three-letter name beside a single word; each was allowed before
// brandmask48 and warned or deleted by it. The kits' names it reads
// (an account's or a service's act beside the brand) stay flagged.
func TestBrandApartThirdParty(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"natwest-rugby-scores.com", bot.Allow},
		{"amazon-kindle-highlights.com", bot.Allow},
		{"instagram-engagement-rates.com", bot.Allow},
		{"fedex-ground-contractors.org", bot.Allow},
		{"ebay-sold-prices.com", bot.Allow},
		{"grab-driver-forum.com", bot.Allow},
		{"github-contrib-heatmap.dev", bot.Allow},
		{"Bảng giá hôm nay ở bidv-bang-gia.info nhé", bot.Allow},
		{"vnpt-lich-su.com", bot.Allow},
		{"us.shb-sync.com", bot.Allow},
		{"barclays-new-device.com", bot.Warn},
		{"new-device-barclays.com", bot.Warn},
		{"okx-kyc-upgrade.net", bot.Warn},
		{"vnpt-cuoc-thang.com", bot.Warn},
		{"hsbc-device-link.com", bot.Warn},
	})
}
