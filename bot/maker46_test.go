package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestMakerShopNames (maker46): a maker's shop's, a PCB fab's or a
// maker marketplace's name beside a sale's, an order's, an invoice's or a
// payout's words on a stranger's name is flagged; the shops' own hosts,
// their real sales and coupons, and the projects and community sites
// named after them are not.
func TestMakerShopNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://elegoo-clearance.store/mars5", bot.Warn},
		{"https://bambulab-coupon.shop/a1-mini", bot.Warn},
		{"https://prusa-mk4s-outlet.com/", bot.Warn},
		{"https://voron-kit-warehouse.top/", bot.Warn},
		{"https://digikey-invoice-overdue.com/inv/4471", bot.Warn},
		{"https://jlcpcb-order-customs.net/pay", bot.Warn},
		{"https://tindie-seller-payout.com/", bot.Warn},
		{"https://etsy-shop-verify.net/login", bot.Warn},
		{"https://printables-contest-winner.com/claim", bot.Warn},
		{"https://us.store.bambulab.com/collections/sale", bot.Allow},
		{"JLCPCB coupon for this month https://jlcpcb.com/coupon-center", bot.Allow},
		{"https://www.digikey.co.uk/en/products/detail/texas-instruments/NE555P/277057", bot.Allow},
		{"https://github.com/espressif/arduino-esp32/releases", bot.Allow},
		{"https://voron-tools.com/", bot.Allow},
		{"https://www.etsy.com/shop/PrintedPartsCo", bot.Allow},
		// a craft site's free sheets, not Printables' notice
		{"https://free-printables.net/", bot.Allow},
		{"https://printables-download.com/kids", bot.Allow},
	})
}

// TestMobileDevNames (maker46): a developer platform's name (Play
// Console, Firebase, App Store Connect, TestFlight, Apple Developer,
// Expo) beside a policy's, a membership's, a review's or a beta invite's
// words on a stranger's name is flagged; the platforms' own consoles,
// TestFlight's public links, Firebase's project sites and the projects
// named after the platforms are not.
func TestMobileDevNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://playconsole-policy-strike.com/", bot.Warn},
		{"https://google-play-developer-removal.net/appeal", bot.Warn},
		{"Firebase: your project will be suspended, upgrade billing at https://firebase-blaze-billing.net/console", bot.Warn},
		{"https://testflight-beta-testers.app/join/XYZ", bot.Warn},
		{"https://apple-developer-membership.help/renew", bot.Warn},
		{"https://expo-eas-payment.com/", bot.Warn},
		{"join the beta: https://testflight.apple.com/join/Qw3rTy12", bot.Allow},
		{"https://console.firebase.google.com/project/demo-app-77/usage/details", bot.Allow},
		{"preview channel https://demo-app-77.web.app/", bot.Allow},
		{"https://github.com/firebase/firebase-tools/issues/6000", bot.Allow},
		{"https://docs.expo.dev/router/introduction/", bot.Allow},
		{"https://appstoreconnect.apple.com/apps", bot.Allow},
		{"https://support.google.com/googleplay/android-developer/answer/9859455", bot.Allow},
	})
}

// TestGearShopNames (maker46): a kind of hobbyist's gear and a sale's
// words with no brand on a cheap ending, or two sale's words on any, is
// flagged; a shop's name with a word of its own, one sale's word on
// .com, and a quotation defanged are not.
func TestGearShopNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://filament-outlet.shop/", bot.Warn},
		{"https://steamdeck-oled-clearance.store/", bot.Warn},
		{"https://rtx5080-preorder.top/", bot.Warn},
		{"https://keyboard-warehouse-deals.com/", bot.Warn},
		{"https://printer-sale.com/", bot.Allow},
		{"https://acme-filament-outlet.shop/", bot.Allow},
		{"https://www.keyboard-layout-editor.com/", bot.Allow},
	})
	checkLevels(t, false, []levelCase{
		{"heads up, the filament-clearance[.]shop ads on facebook are a scam", bot.Allow},
	})
}
