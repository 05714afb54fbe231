package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestCarDriverPetNames (auto51): a car marketplace's, a car-history
// service's, a parking app's, a charging network's, a ride-hailing or
// a pet platform's name misspelt, written in punycode with one accented
// letter, or beside its notice's words on a stranger's name is flagged
// (each warn case was allowed on main 64cf6a50); the companies' own
// hosts, an owners' club, a dealer's and a map's names holding a car
// maker's name and open-source charging projects are not.
func TestCarDriverPetNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://cargurus-buyer-protection.net/", bot.Warn},
		{"https://xn--coprt-zqa.com/", bot.Warn},
		{"https://spotheroo.com/account", bot.Warn},
		{"https://cabify-driver-bonus.net/", bot.Warn},
		{"https://bonbanh-tragop.net/", bot.Warn},
		{"https://blablacar-payout.net/", bot.Warn},
		{"https://www.carmax.com/cars", bot.Allow},
		{"https://www.copart.com/", bot.Allow},
		{"https://www.bonbanh.com/", bot.Allow},
		{"https://toyota-of-dallas.com/service", bot.Allow},
		{"https://tesla-owners-club.com/", bot.Allow},
		{"https://tesla-charging-map.com/", bot.Allow},
		{"https://honda-civic-forum.com/", bot.Allow},
		{"https://github.com/openevse/open_evse", bot.Allow},
	})
}

// TestCarDriverPetNoticeNames (auto51): a stranger's name made only of a
// car's, a driver's or a pet's notice's words (a VIN's history, a car
// loan pre-approved, a puppy's crate and customs, xe thanh lý trả góp,
// kiểm dịch chó mèo) is flagged (each warn case was allowed on main
// 64cf6a50); a repair shop's, a trainer's, a rescue's, a map's, a VIN
// decoder's and a Vietnamese rental's names of the same words are not.
func TestCarDriverPetNoticeNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://vin-history-check.online/", bot.Warn},
		{"https://puppies-crate-customs.net/", bot.Warn},
		{"https://autoloan-preapproved-now.net/", bot.Warn},
		{"https://kiemdich-cho-meo.online/", bot.Warn},
		{"https://puppy-training-tips.online/", bot.Allow},
		{"https://dog-rescue-adoption.org/", bot.Allow},
		{"https://ev-charging-map.online/", bot.Allow},
		{"https://vin-decoder-api.com/", bot.Allow},
		{"https://cho-thue-xe.online/", bot.Allow},
		{"https://meo-hay-cuoc-song.online/", bot.Allow},
	})
}
