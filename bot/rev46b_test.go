package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestMakerCountryShops (rev46b): DigiKey serves a shop under nearly
// every country's ending, and maker46's list of them left out South
// Africa's, Greece's and a score of others (digikey.co.za warned); it
// owns its name under every country's ending (AnyCountry) but under an
// ending sold to anyone (digikey.co, digikey.io). Google Cloud's
// community forum is its own, not an impostor of Google's name.
func TestMakerCountryShops(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://www.digikey.co.za/en", bot.Allow},
		{"https://www.digikey.gr/en", bot.Allow},
		{"https://www.googlecloudcommunity.com/gc/Google-Cloud/ct-p/google-cloud", bot.Allow},
		{"https://digikey.co/login", bot.Warn},
		{"https://digikey-invoice.co.za/pay", bot.Warn},
	})
}

// TestMakerFlashNames (rev46b): a maker's brand beside "flash" names a
// firmware-flashing tool or guide (arduino-flash, raspberrypi-flash),
// not a flash sale; beside a sale's word it is still a fake shop's name.
func TestMakerFlashNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://arduino-flash.com/", bot.Allow},
		{"https://raspberrypi-flash.com/", bot.Allow},
		{"https://creality-flash.net/", bot.Allow},
		{"https://adafruit-flash.org/", bot.Allow},
		{"https://prusa-flash-sale.com/", bot.Warn},
		{"https://banggood-flash-sale.top/3dprinter", bot.Warn},
	})
}
