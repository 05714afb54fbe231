package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestHomeBrandNames (home51): a listing portal's, a rental platform's,
// a property manager's, a mortgage servicer's, a title firm's, a
// mover's, a storage chain's or an alarm company's name misspelt,
// written in punycode with one accented letter, beside a housing
// notice's words or run together with one on a stranger's name is
// flagged (each warn case was allowed on main 64cf6a50); the companies'
// own hosts and country domains, a third party's site about them, an
// agent's project site and a warning quoting a fake defanged are not.
func TestHomeBrandNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://zilllow.com/rental/apply", bot.Warn},
		{"https://xn--zllow-zsa.com/", bot.Warn},
		{"https://hemnet-deposition-betalning.com/", bot.Warn},
		{"https://foxtons-holding-deposit.com/", bot.Warn},
		{"https://kellerwilliams-escrow-wire.com/", bot.Warn},
		{"https://nationstar-payoff.com/", bot.Warn},
		{"https://stewarttitle-wire.com/", bot.Warn},
		{"https://cubesmart-lien.com/", bot.Warn},
		{"https://frontpoint-billing.com/", bot.Warn},
		{"https://townsq-hoa-dues.com/", bot.Warn},
		{"https://phumyhung-datcoc.com/", bot.Warn},
		{"https://vinhomess.com/", bot.Warn},
		{"Your Rightmove viewing is confirmed, pay the holding deposit at https://rightmove-holding-deposit.com/ to reserve the flat", bot.Warn},
		{"https://www.zillow.com/homes/for_rent/", bot.Allow},
		{"https://www.rightmove.co.uk/property-to-rent.html", bot.Allow},
		{"https://batdongsan.com.vn/nha-dat-ban", bot.Allow},
		{"https://simplisafe-review.com/", bot.Allow},
		{"https://appfolio-integration.com/", bot.Allow},
		{"https://vinhomes-grandpark.com/", bot.Allow},
		{"https://remax-listings.com/", bot.Allow},
		{"https://ring-doorbell-review.com/", bot.Allow},
	})
}

// TestHomeNoticeNames (home51): a name made of a housing notice's words
// alone — a deposit or a holding fee, rent, a lease to sign, the keys, a
// closing's wire, escrow funds, a payoff, HOA dues, a lien, an alarm's
// billing, in English and Vietnamese without diacritics — is flagged
// (each warn case was allowed on main 64cf6a50); the same words in a
// guide's, an agent's, a calculator's, a tenants' union's or a firm's
// name, two words off a cheap ending or a name under Vietnam's ending
// are not.
func TestHomeNoticeNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://acme-wire-instructions.online/", bot.Warn},
		{"https://escrow-wire.online/", bot.Warn},
		{"https://lien-auction-notice.online/", bot.Warn},
		{"https://closing-wire.online/", bot.Warn},
		{"https://payoff-wire-update.com/", bot.Warn},
		{"https://earnest-deposit-wire.com/", bot.Warn},
		{"https://thuenha-datcoc-nhanh.site/", bot.Warn},
		{"https://mortgage-payoff-calculator.com/", bot.Allow},
		{"https://tenant-deposit-rights.org/", bot.Allow},
		{"https://closing-cost-calculator.com/", bot.Allow},
		{"https://escrow-agent-directory.com/", bot.Allow},
		{"https://rent-payment.com/", bot.Allow},
		{"https://hoa-dues-guide.com/", bot.Allow},
		{"https://thuenha-quan7.vn/", bot.Allow},
		{"https://mau-hopdong-thuenha.com/", bot.Allow},
	})
}
