package brand

import "testing"

// TestAutoNoticeName (auto51): a car's, a driver's or a pet's
// platform's name beside its notice's words (an escrow, a payout, a VIN
// report, a recall, a parking fine, a driver's bonus, a puppy's deposit,
// trả góp, tài xế thưởng), or run together with one (carvanapayout), is
// read as a notice's name; a word-like or a car maker's name beside a
// word that does not act on money or papers, beside a third party's
// word (a dealer, an owners' club, a forum, an API) is not.
func TestAutoNoticeName(t *testing.T) {
	checkNoticeNames(t, []noticeNameCase{
		{"carfax-vin-report.com", true, true},
		{"carvanapayout.com", false, true},
		{"cargurus-escrow.com", false, true},
		{"parkmobile-penalty.com", false, true},
		{"toyota-recall.com", false, true},
		{"rover-sitter-payout.com", true, true},
		{"lyft-driver-bonus.com", false, true},
		{"vinasun-taixe-thuong.com", true, true},
		{"toyota-offers.com", false, false},
		{"tesla-charging.com", false, false},
		{"tesla-owners-club.com", false, false},
		{"chargepoint-api-guide.com", false, false},
		{"ford-parts-recall.com", false, false},
		{"uber-driver-forum.com", false, false},
	})
}

// TestAutoTypo (auto51): a car's, a driver's or a pet's platform's
// coined name read only whole, misspelt by a hand's slip as a whole
// label (a letter doubled, dropped, two swapped, or one changed in a
// name of eight letters or more), is read as its look-alike; a word of
// English and a car maker's name (read only beside a notice) are not.
func TestAutoTypo(t *testing.T) {
	m := NewRuntime(Protected())
	isWord := func(w string) bool {
		switch w {
		case "we", "buy", "any", "car", "dogs", "trust", "honda", "hondas":
			return true
		}
		return false
	}
	for _, tc := range []struct {
		word, brand string
	}{
		{"carfaxx", "Carfax"},
		{"carvnaa", "Carvana"},
		{"parkmobiel", "ParkMobile"},
		{"chargepoimt", "ChargePoint"},
		{"trupanionn", "Trupanion"},
		{"bonbahn", "Bonbanh"},
		{"dogstrast", ""},
		{"hondda", ""},
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

// TestAutoLook (auto51): a car's, a driver's or a pet's platform's name
// read only whole and matched by its look (a letter doubled or one like
// it, another script's accented letter) is a look-alike to weigh by hand
// (Match.AutoLook); another brand's look-alike is not.
func TestAutoLook(t *testing.T) {
	m := NewRuntime(Protected())
	isWord := func(w string) bool { return false }
	for _, tc := range []struct {
		host string
		want bool
	}{
		{"cárfax.com", true},
		{"copárt.com", true},
		{"parkrnobile.com", true},
		{"petsmarrt.com", true},
		{"paypall.com", false},
	} {
		mt, ok := m.Match(tc.host, tc.host, "com")
		if got := ok && mt.AutoLook(isWord); got != tc.want {
			t.Errorf("%s: AutoLook = %v (%v %v), want %v", tc.host, got, ok, mt.Kind, tc.want)
		}
	}
}
