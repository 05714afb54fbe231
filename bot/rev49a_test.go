package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestTravelBesideBooked (rev49a): a word-like travel platform's name
// (a Beside brand: kayak, delta, united, greyhound, wego, emirates,
// sunworld, hilton, avis) beside a tour seller's, a hotel's or a venue's
// own words (reservations, a guest, a check-in, a deposit, đặt phòng) is
// their site, not a notice (each allow case was warned or deleted on
// trip49's main 6f7b9da); beside a word that acts on a traveller's miles
// or money, or with the brand's own ending flattened (booking-com-guest),
// it is still read.
func TestTravelBesideBooked(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://kayak-tours-reservations.com/", bot.Allow},
		{"https://delta-hotel-reservations.com/", bot.Allow},
		{"https://greyhound-tours-reservations.com/", bot.Allow},
		{"https://united-travel-reservations.com/", bot.Allow},
		{"https://kayak-club-guests.com/", bot.Allow},
		{"https://emirates-hotel-guest.com/", bot.Allow},
		{"https://sunworld-hotel-guest.com/", bot.Allow},
		{"https://hilton-rental-deposit.com/", bot.Allow},
		{"https://united-hotel-datphong.com/", bot.Allow},
		{"https://delta-travel-checkin.com/", bot.Allow},
		{"https://delta-skymiles-redeem.com/", bot.Warn},
		{"https://kayak-booking-refund.com/", bot.Warn},
		{"https://hilton-guest-verify.com/", bot.Warn},
		{"https://united-reservation-miles.com/", bot.Warn},
		// the brand's own name and ending flattened: still read
		{"https://booking-com-guest.com/", bot.Warn},
		{"https://kayak-com-reservations.com/", bot.Warn},
	})
}

// TestTravelPaperFillers (rev49a): a visa, a passport or a permit beside
// one demand and a country's or a portal's word is an agency's or an
// office's name (vietnam-visa-express, thailand-visa-application,
// permit-application-portal; each allow case was warned on trip49's
// main 6f7b9da); an e-visa or a travel authorisation so named, or a
// paper beside three of a notice's own words, is still read.
func TestTravelPaperFillers(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://vietnam-visa-express.com/", bot.Allow},
		{"https://thailand-visa-application.com/", bot.Allow},
		{"https://schengen-visa-appointment.com/", bot.Allow},
		{"https://uk-visa-application-centre.com/", bot.Allow},
		{"https://travel-permit-apply.com/", bot.Allow},
		{"https://permit-application-portal.com/", bot.Allow},
		{"https://evisa-vietnam-express.com/", bot.Warn},
		{"https://canada-eta-application.com/", bot.Warn},
		{"https://visa-slot-express.com/", bot.Warn},
		{"https://passport-renewal-fast.com/", bot.Warn},
	})
}

// TestTravelProgrammeBeside (rev49a): a word-like airline's name beside
// its own miles programme's and a notice's word (delta-skymiles-expire,
// united-mileageplus-expire) is read as the airline's notice, as the
// programme's name alone is (each warn case was allowed on trip49's main
// 6f7b9da); the pair beside a guide's or a card's word is not.
func TestTravelProgrammeBeside(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://delta-skymiles-expire.com/", bot.Warn},
		{"https://delta-skymiles-points.com/", bot.Warn},
		{"https://united-mileageplus-expire.com/", bot.Warn},
		{"https://delta-skymiles-guide.com/", bot.Allow},
		{"https://united-mileageplus-card.com/", bot.Allow},
	})
}

// TestTravelCarriedGoods (rev49a): a Vietnamese demand that names its
// goods (hoàn vé, đổi dặm) on a cheap ending is a travel notice's name,
// as hoàn vé beside vé máy bay is (each warn case was allowed on trip49's
// main 6f7b9da); an agency's or a guide's name of the same words on a
// common ending is not.
func TestTravelCarriedGoods(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://doi-dam-bay.online/", bot.Warn},
		{"https://hoan-ve-online.top/", bot.Warn},
		{"https://hoan-ve-nhanh.xyz/", bot.Warn},
		{"https://doi-dam-bay.com/", bot.Allow},
		{"https://dich-vu-hoan-ve.com/", bot.Allow},
		{"https://huong-dan-doi-dam.com/", bot.Allow},
		{"https://hoan-ve-may-bay.com/", bot.Allow},
	})
}
