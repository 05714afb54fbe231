package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestShopPlatformNames (shop49): a marketplace's, a retailer's, a
// brand's or a courier's name misspelt, beside a buyer's, a seller's or
// a parcel's notice's words, run together with one, or beside a sale's
// words on a cheap ending on a stranger's name is flagged (each warn
// case was allowed on main 019d4fe); the shops' own hosts and country
// domains, coupon, hacks and fan sites named with a brand's word, and a
// sale's words on an ordinary ending are not.
func TestShopPlatformNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://kijiij.com/", bot.Warn},
		{"https://flipkrat.com/", bot.Warn},
		{"https://vintde.com/member", bot.Warn},
		{"https://vinted-escrow-release.com/", bot.Warn},
		{"https://depopescrow.com/", bot.Warn},
		{"https://gumtree-seller-payout.com/", bot.Warn},
		{"https://poshmark-funds-pending.net/", bot.Warn},
		{"https://carousell-escrow-funds.com/", bot.Warn},
		{"https://chotot-thanh-toan-an-toan.net/", bot.Warn},
		{"https://mercadolivre-reembolso-pedido.com/", bot.Warn},
		{"https://www.vinted.co.uk/catalog", bot.Allow},
		{"https://www.kmart.com.au/category/clearance/", bot.Allow},
		{"https://www.costco.co.uk/", bot.Allow},
		{"https://walmart-coupons.com/", bot.Allow},
		{"https://ikea-hacks-ideas.com/", bot.Allow},
		{"https://kmart-clearance-deals.com/", bot.Allow},
		{"https://nike-running-club.org/", bot.Allow},
		{"https://samsung-phone-repair.com/", bot.Allow},
		{"https://www.chotot.com/mua-ban", bot.Allow},
	})
}

// TestShopNoticeNames (shop49): a stranger's name made of a buyer's, a
// seller's or a parcel's notice's words (escrow and funds to release,
// a seller's earnings to withdraw, a marketplace's pickup, an order's
// refund, a COD fee in Vietnamese) is flagged (each warn case was
// allowed on main 019d4fe); a calculator's, a restaurant's, a customs
// agent's and a shop's ordinary names of the same words are not.
func TestShopNoticeNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://safe-pay-escrow.com/", bot.Warn},
		{"https://escrow-funds-withdraw.net/", bot.Warn},
		{"https://buyer-seller-escrow.com/", bot.Warn},
		{"https://don-hang-xac-nhan.com/", bot.Warn},
		{"https://phi-cod-giao-lai.site/", bot.Warn},
		{"https://escrow-calculator.com/", bot.Allow},
		{"https://order-pickup-now.com/", bot.Allow},
		{"https://customs-clearance-agent.com/", bot.Allow},
		{"https://escrow-payment.com/", bot.Allow},
		{"https://pizza-order-pickup.com/", bot.Allow},
		{"https://kho-hang-gia-re.com/", bot.Allow},
	})
}
