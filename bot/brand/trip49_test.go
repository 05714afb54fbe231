package brand

import "testing"

// TestTravelNoticeName (trip49): a travel platform's name beside a
// travel notice's words that act on a booking, miles or money (a guest's
// payment, a refund, miles to claim, points to redeem, hoàn vé, đổi
// dặm), or run together with one (expediarefund), is read as a notice's
// name; the same names beside a trade's words (a review, a tracker), a
// soft word alone (deals, tickets, rewards) and the ordinary names
// holding a word-like platform's name are not.
func TestTravelNoticeName(t *testing.T) {
	checkNoticeNames(t, []noticeNameCase{
		{"booking-guest-verify.com", true, true},
		{"expedia-refund-desk.com", false, true},
		{"lufthansa-miles-claim.com", true, true},
		{"marriott-bonvoy-points.com", false, true},
		{"qantas-points-redeem.com", true, true},
		{"vietjet-hoanve.com", false, true},
		{"lotusmiles-doidam.com", false, true},
		{"qatar-airways-refund.com", false, true},
		{"expediarefund.com", false, true},
		{"emirates-skywards-miles.com", false, true},
		{"booking-calendar.com", false, false},
		{"delta-deals.com", false, false},
		{"united-tickets.com", false, false},
		{"uber-driver-review.com", false, false},
		{"delta-flight-tracker.com", false, false},
		{"hiltonhonorsrewards.com", false, false},
		{"kayak-tours.com", false, false},
	})
}

// TestTravelTypo (trip49): a travel platform's long name read only
// whole, misspelt by a hand's slip as a whole label (a letter doubled,
// dropped, two swapped, or one changed in a coined name of eight letters
// or more), is read as the platform's look-alike, a Beside brand's too
// (bookingg); a word of English, or a name made of words a letter off
// (aidvantage, a student-loan servicer, beside AAdvantage), is not.
func TestTravelTypo(t *testing.T) {
	m := NewRuntime(Protected())
	isWord := func(w string) bool {
		switch w {
		case "advantage", "emirated", "rental", "cars":
			return true
		}
		return false
	}
	for _, tc := range []struct {
		word, brand string
	}{
		{"bookingg", "Booking.com"},
		{"emiratess", "Emirates"},
		{"travelokaa", "Traveloka"},
		{"lufthanza", "Lufthansa"},
		{"tripadvisir", "Tripadvisor"},
		{"skyscannre", "Skyscanner"},
		{"aidvantage", ""},
		{"emirated", ""},
		{"rentalcard", ""},
	} {
		mt, ok := m.WordTypo(tc.word, isWord)
		switch {
		case tc.brand == "" && ok:
			t.Errorf("%s: read as %s's look-alike", tc.word, mt.Brand.Name)
		case tc.brand != "" && (!ok || mt.Brand.Name != tc.brand):
			t.Errorf("%s: %v %v, want %s's look-alike", tc.word, ok, mt.Brand, tc.brand)
		}
	}
}

// TestTravelLook (trip49): a travel platform's name read only whole and
// matched by its look (a letter doubled or one like it, another
// script's accented letter) is a look-alike to weigh by hand
// (Match.TravelLook); a word of a language, a Beside name of fewer than
// six letters and another brand's look-alike are not.
func TestTravelLook(t *testing.T) {
	m := NewRuntime(Protected())
	isWord := func(w string) bool { return w == "kayaks" }
	for _, tc := range []struct {
		host string
		want bool
	}{
		{"expedla.com", true},
		{"expediia.com", true},
		{"easyjett.com", true},
		{"klóok.com", true},
		{"bookíng.com", true},
		{"uberr.com", false},
		{"paypall.com", false},
	} {
		mt, ok := m.Match(tc.host, tc.host, "com")
		if got := ok && mt.TravelLook(isWord); got != tc.want {
			t.Errorf("%s: TravelLook = %v (%v %v), want %v", tc.host, got, ok, mt.Kind, tc.want)
		}
	}
}
