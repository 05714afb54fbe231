package bot_test

import "testing"

// gov50's sets (session 50, 2026-12-06): phishing and scams aimed at
// citizens and drivers on invented attacker hosts named for tax offices,
// social security, benefits and immigration offices, motor and licence
// offices, toll operators and their passes, Vietnam's public services
// (dịch vụ công, VNeID, thuế điện tử, BHXH, VssID, CSGT, đăng kiểm), and
// brandless civic-notice names (a toll to pay, a fine, a tax refund, a
// summons, a benefit; English and Vietnamese); and a citizens' chat
// linking the same agencies and toll operators on their real hosts
// beside warnings, news, tax software, lawyers, civic-tech projects,
// Vietnamese lookups and ordinary names holding the same words, written
// by hand by gov50 and split by the SHA-256 of the first link's host
// (0-7 tuning, 8-f held out). On main (5f4ae43) attackt was flagged 90
// of 119, attackh 98 of 130, benignt 1 of 78 and benignh 1 of 83; on
// gov50 attackt 114, attackh 124, benignt 1 (main's: an .example name
// of a refund policy generator) and benignh 1 (as many as on main; the
// line was not opened).
var gov50Sets = []tunedSet{
	{measureSet{"gov50-benignt.txt", false}, 0, 1},
	{measureSet{"gov50-attackt.txt", true}, 114, 0},
}

// TestMeasureGov50Tuning holds gov50's tuning sets to what gov50
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureGov50Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, gov50Sets)
}

// TestMeasureGov50HeldOut holds gov50's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard
// (nothing is tuned to their lines).
func TestMeasureGov50HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"gov50-benignh.txt", false}, 0, 1},
		{measureSet{"gov50-attackh.txt", true}, 124, 0},
	})
}
