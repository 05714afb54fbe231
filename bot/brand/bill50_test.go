package brand

import "testing"

// TestBillNoticeName (bill50): a carrier's or a utility's name beside a
// bill or a line notice's words (a bill overdue, a refund, a SIM swap,
// an eSIM, points to redeem, hóa đơn, khóa SIM), or run together with
// one (thameswaterrefund), is read as a notice's name; a word-like
// name (three, orange, origin, smart) beside a notice's word that does
// not act on a line or money, beside a third party's word (a coverage
// map, a comparison, a tracker) or beside what another trade sells
// (smart-energy) is not.
func TestBillNoticeName(t *testing.T) {
	checkNoticeNames(t, []noticeNameCase{
		{"vodafone-bill-overdue.com", true, true},
		{"telstra-esim.com", false, true},
		{"thameswaterrefund.com", false, true},
		{"octopus-energy-rebate.com", false, true},
		{"three-sim-swap.com", true, true},
		{"orange-facture-impayee.com", true, true},
		{"viettel-khoasim.com", false, true},
		{"evnhcmc-hoadon.com", false, true},
		{"three-sim.com", false, false},
		{"orange-sim.com", false, false},
		{"smart-energy-rebate.com", false, false},
		{"verizon-coverage-map.com", false, false},
		{"octopus-agile-tracker.com", false, false},
		{"origin-story.com", false, false},
	})
}

// TestBillTypo (bill50): a carrier's or a utility's long name read only
// whole, misspelt by a hand's slip as a whole label (a letter doubled,
// dropped, two swapped, or one changed in a coined name of eight letters
// or more), is read as its look-alike; a word of English, or a name made
// of words a letter off (thameswatar), is not.
func TestBillTypo(t *testing.T) {
	m := NewRuntime(Protected())
	isWord := func(w string) bool {
		switch w {
		case "british", "gas", "gaz", "thames", "water", "national", "grid", "oranges":
			return true
		}
		return false
	}
	for _, tc := range []struct {
		word, brand string
	}{
		{"vodafonne", "Vodafone"},
		{"vodafane", "Vodafone"},
		{"telstraa", "Telstra"},
		{"telsrta", "Telstra"},
		{"singtell", "Singtel"},
		{"lycamobil", "Lycamobile"},
		{"thameswatar", ""},
		{"oranges", ""},
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

// TestBillLook (bill50): a carrier's or a utility's name read only whole
// and matched by its look (a letter doubled or one like it, another
// script's accented letter) is a look-alike to weigh by hand
// (Match.BillLook); a word of a language, a Beside name of fewer than
// six letters and another brand's look-alike are not.
func TestBillLook(t *testing.T) {
	m := NewRuntime(Protected())
	isWord := func(w string) bool { return w == "oranges" }
	for _, tc := range []struct {
		host string
		want bool
	}{
		{"vodáfone.com", true},
		{"telstrá.com", true},
		{"singtell.com", true},
		{"octopús.com", true},
		{"sse.com", false},
		{"paypall.com", false},
	} {
		mt, ok := m.Match(tc.host, tc.host, "com")
		if got := ok && mt.BillLook(isWord); got != tc.want {
			t.Errorf("%s: BillLook = %v (%v %v), want %v", tc.host, got, ok, mt.Kind, tc.want)
		}
	}
}
