package brand

import "testing"

// TestWorkNoticeName (work48): a work platform's name beside a work
// notice's words (an offer, a payslip, a W-2, a direct deposit, funds
// held or released, phỏng vấn, xác nhận), or run together with one
// (indeedoffer), is read as a notice's name; the same names beside a
// worker's words alone, a guide's or a tool's, and the ordinary names
// holding a word-like platform's name are not.
func TestWorkNoticeName(t *testing.T) {
	checkNoticeNames(t, []noticeNameCase{
		{"indeed-offer-letter.com", false, true},
		{"upwork-escrow-release.com", true, true},
		{"deel-payslip-portal.com", false, true},
		{"gusto-w2-form.net", false, true},
		{"workday-newhire-onboarding.com", true, true},
		{"wise-transfer-hold.com", true, true},
		{"itviec-phongvan.com", false, true},
		{"topdev-xacnhan-ungvien.com", true, true},
		{"indeedoffer.com", false, true},
		{"ziprecruiterpayroll.net", false, true},
		{"paypal-salary-release.com", true, true},
		{"indeed-jobs.com", false, false},
		{"monster-energy-drinks.com", false, false},
		{"remote-desktop-guide.com", false, false},
		{"square-one-hiring.com", false, false},
		{"gusto-bistro-menu.com", false, false},
		{"zoom-lens-review.com", false, false},
	})
}

// TestWorkTypo (work48): a work platform's long name read only whole,
// Revolut's and Zelle's, misspelt by a hand's slip as a whole label, is
// read as the platform's look-alike, Beside brands' too (indeedd); a word
// of English one letter from one is not.
func TestWorkTypo(t *testing.T) {
	m := NewRuntime(Protected())
	for _, tc := range []struct {
		word, brand string
	}{
		{"indeedd", "Indeed"},
		{"monsterr", "Monster"},
		{"revlout", "Revolut"},
		{"robinhod", "Robinhood"},
		{"justwroks", "Justworks"},
		{"upworkk", "Upwork"},
		{"transferwisse", "Wise"},
		{"monsters", ""},
		{"remoter", ""},
	} {
		mt, ok := m.WordTypo(tc.word, func(w string) bool { return w == "monsters" || w == "remoter" })
		switch {
		case tc.brand == "" && ok:
			t.Errorf("%s: read as %s's look-alike", tc.word, mt.Brand.Name)
		case tc.brand != "" && (!ok || mt.Brand.Name != tc.brand):
			t.Errorf("%s: %v %v, want %s's look-alike", tc.word, ok, mt.Brand, tc.brand)
		}
	}
}
