package brand

import "testing"

// TestHomeNoticeName (home51): a housing company's name beside a housing
// notice's words (a deposit, a holding fee, rent, a lease, a tenant's or
// a resident's portal, a closing wire, escrow, a payoff, HOA dues, a
// lien, an alarm's billing; đặt cọc, giữ chỗ, xác minh tin đăng) or run
// together with one (zillowrental) is read as a notice's name; a
// word-like company's name (remax, pods, ring, batdongsan) only beside a
// word that acts, or any notice's word on a cheap ending; the same names
// beside a scraper's, a review's, a franchise office's or an
// integrator's words and the ordinary names holding a word-like name are
// not.
func TestHomeNoticeName(t *testing.T) {
	checkNoticeNames(t, []noticeNameCase{
		{"zillow-rental-deposit.com", true, true},
		{"trulia-tenant-verify.com", true, true},
		{"buildium-resident-portal.com", false, true},
		{"entrata-residentpay.com", false, true},
		{"mrcooper-escrow-payoff.com", true, true},
		{"firstam-closing-wire.com", true, true},
		{"cubesmart-lien-auction.com", true, true},
		{"simplisafe-alarm-billing.com", true, true},
		{"spareroom-holdingfee.com", false, true},
		{"zillowrental.com", false, true},
		{"remax-escrow-wire.com", true, true},
		{"pods-lien.com", false, true},
		{"batdongsan-xacminh-tindang.com", false, true},
		{"vinhomes-datcoc.com", false, true},
		{"funda-listing-verify.online", true, true},
		{"remax-listings.com", false, false},
		{"ring-camera.com", false, false},
		{"vinhomes-grandpark.com", false, false},
		{"batdongsan-quan7.com", false, false},
		{"zillow-scraper.com", false, false},
		{"redfin-data-center.com", false, false},
		{"remax-downtown-office.com", false, false},
		{"ring-doorbell-review.com", false, false},
	})
}

// TestHomeTypo (home51): a housing company's name read only whole,
// misspelt by a hand's slip as a whole label (a letter doubled, dropped
// or two swapped, rn for m), is read as its look-alike, a long Beside
// brand's too (batdongsann); a short Beside name (remax, funda) and a
// word of English are not.
func TestHomeTypo(t *testing.T) {
	m := NewRuntime(Protected())
	isWord := func(w string) bool {
		switch w {
		case "fund", "fundi", "remix":
			return true
		}
		return false
	}
	for _, tc := range []struct {
		word, brand string
	}{
		{"zilllow", "Zillow"},
		{"trullia", "Trulia"},
		{"appfollio", "AppFolio"},
		{"buildiumm", "Buildium"},
		{"simplisafee", "SimpliSafe"},
		{"rightmvoe", "Rightmove"},
		{"batdongsann", "Batdongsan.com.vn"},
		{"remix", ""},
		{"fundi", ""},
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

// TestHomeLook (home51): a housing company's name written by its look in
// punycode with one accented letter or with a letter doubled is read as
// its look-alike (Match.TravelLook), and a word-like one's so written
// stands alone (Match.HomeLook: batdongsán, flatmatés); the name written
// plainly and another brand's are not.
func TestHomeLook(t *testing.T) {
	m := NewRuntime(Protected())
	for _, tc := range []struct {
		host       string
		look, home bool
	}{
		{"zíllow.com", true, false},
		{"simplisáfe.com", true, false},
		{"batdongsán.com", true, true},
		{"flatmatés.com", true, true},
		{"zillow.com", false, false},
		{"paypall.com", false, false},
	} {
		mt, ok := m.Match(tc.host, tc.host, "com")
		if look, home := ok && mt.TravelLook(nil), ok && mt.HomeLook(nil); look != tc.look || home != tc.home {
			t.Errorf("%s: TravelLook = %v, HomeLook = %v, want %v, %v", tc.host, look, home, tc.look, tc.home)
		}
	}
}

// TestHomeThirdParty (home51): a housing company's name beside a third
// party's word (a review, an integration, consultants, a scraper) names
// a third party's site (Match.ThirdParty); beside a housing notice's
// word too it does not.
func TestHomeThirdParty(t *testing.T) {
	m := NewRuntime(Protected())
	for _, tc := range []struct {
		host  string
		third bool
	}{
		{"simplisafe-review.com", true},
		{"appfolio-integration.com", true},
		{"yardi-consultants.com", true},
		{"simplisafe-review-billing.com", false},
		{"zillow-scraper-deposit.com", false},
		{"zillow-rental.com", false},
	} {
		label, suffix := tc.host[:lastDot(tc.host)], tc.host[lastDot(tc.host)+1:]
		mt, ok := m.Match(tc.host, tc.host, suffix)
		if !ok {
			t.Errorf("%s: no match", tc.host)
			continue
		}
		if got := mt.ThirdParty(label); got != tc.third {
			t.Errorf("%s: ThirdParty = %v, want %v", tc.host, got, tc.third)
		}
	}
}
