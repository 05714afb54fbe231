package brand

import "testing"

// TestWorkWordNameNotices (rev48e): a work platform's name that is an
// ordinary word (remote, square, wise, zoom, monday, freelancer,
// vanguard, fidelity, ramp, monster) beside one of a trade's work words
// (remote-payroll, freelancer-contract, monday-offer) or one of its
// ordinary compounds (remote-desktop, square-security, vanguard-alert)
// is no notice's name; beside a word that acts on an account or its
// money, or two of a notice's words, it still is. On work48 (66e51c1)
// every false case below was read.
func TestWorkWordNameNotices(t *testing.T) {
	checkNoticeNames(t, []noticeNameCase{
		{"remote-desktop-manager.org", false, false},
		{"remote-payroll.com", false, false},
		{"remote-team-payroll.com", false, false},
		{"remote-onboarding.com", false, false},
		{"remote-key.com", false, false},
		{"remote-storage.com", false, false},
		{"freelancer-contract.com", false, false},
		{"square-security.com", false, false},
		{"square-tax.com", false, false},
		{"vanguard-security.com", false, false},
		{"vanguard-contract.com", false, false},
		{"fidelity-retirement.com", false, false},
		{"monday-offer.com", false, false},
		{"monday-premium.com", false, false},
		{"zoom-desktop.com", false, false},
		{"ramp-plus.com", false, false},
		{"monster-hold.com", false, false},
		{"wise-review.com", false, false},
		// still read
		{"remote-payroll-login.com", true, true},
		{"wise-transfer-hold.com", true, true},
		{"wise-billing.com", false, true},
		{"square-invoice.com", false, true},
		{"freelancer-withdraw.com", false, true},
		{"gusto-payslip.com", false, true},
		{"zoom-meeting-join.com", false, true},
		{"indeed-offer-letter.com", false, true},
		{"deel-review.com", false, true},
	})
}
