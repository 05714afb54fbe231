package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestTravelPlatformNames (trip49): a booking site's, a hotel chain's,
// an airline's, a miles programme's, a rail operator's, an eSIM
// seller's or a Vietnamese travel firm's name misspelt, written in
// punycode with one accented letter, beside a travel notice's words or
// run together with one on a stranger's name is flagged (each warn case
// was allowed on main 019d4fe); the platforms' own hosts and country
// domains, trackers, miles blogs, airports, tourism boards and ordinary
// names holding a word-like platform's name are not.
func TestTravelPlatformNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://bookingg.com/hotel/checkin", bot.Warn},
		{"https://expedla.com/trip/itinerary", bot.Warn},
		{"https://travelokaa.com/vi-vn/hotel", bot.Warn},
		{"https://xn--expdia-dva.com/trip", bot.Warn},
		{"https://xn--klok-rqa.com/voucher", bot.Warn},
		{"https://hilton-honors-redeem.online/", bot.Warn},
		{"https://hyatt-points-expiring.com/", bot.Warn},
		{"https://krisflyer-miles-expiry.com/", bot.Warn},
		{"https://airfrance-flyingblue-miles.com/", bot.Warn},
		{"https://vinpearl-datphong.com/", bot.Warn},
		{"https://airaloo.com/esim", bot.Warn},
		{"https://eurostarr.com/uk-en/train", bot.Warn},
		{"https://www.booking.com/hotel/vn/lumen-saigon.html", bot.Allow},
		{"https://www.expedia.co.uk/trips", bot.Allow},
		{"https://www.tripadvisor.com.vn/Attractions-g293925", bot.Allow},
		{"https://www.vietnamairlines.com/vn/vi/lotusmiles", bot.Allow},
		{"https://www.skyjoy.vn/", bot.Allow},
		{"https://www.deltadental.com/", bot.Allow},
		{"https://www.unitedway.org/", bot.Allow},
		{"https://www.emirates247.com/business", bot.Allow},
		{"https://thepointsguy.com/guide/marriott-bonvoy-points-value/", bot.Allow},
		{"https://www.seatguru.com/airlines/Vietnam_Airlines/", bot.Allow},
		{"https://github.com/acme/booking-engine", bot.Allow},
		{"https://uber-driver-review.com/", bot.Allow},
		{"https://aidvantage.com/", bot.Allow},
	})
}

// TestTravelNoticeNames (trip49): a stranger's name made of a travel
// notice's words (an e-visa or a travel authorisation to apply for, a
// visa slot, a passport issued fast, cheap tickets on a cheap ending, a
// flight refund to claim, in English and Vietnamese) is flagged (each
// warn case was allowed on main 019d4fe); a forum's, a guide's, a
// tracker's, a firm's names of the same words and a Vietnamese agency's
// own .vn name are not.
func TestTravelNoticeNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://esta-usa-form.top/", bot.Warn},
		{"https://passport-renewal-fast.com/", bot.Warn},
		{"https://lamhochieu-nhanh.com/", bot.Warn},
		{"https://xin-visa-nhanh.site/", bot.Warn},
		{"https://cheap-flight-tickets.top/", bot.Warn},
		{"https://boarding-pass-checkin.online/", bot.Warn},
		{"https://evisa-vietnam-express.com/", bot.Warn},
		{"https://giahan-visa.com/", bot.Allow},
		{"https://visa-guide-vietnam.com/", bot.Allow},
		{"https://flight-status-tracker.com/", bot.Allow},
		{"https://cheapflights.com/", bot.Allow},
		{"https://ve-may-bay-gia-re.vn/", bot.Allow},
		{"https://cheap-flight-tickets.com/", bot.Allow},
	})
}
