package bot_test

import "testing"

// work48's sets (session 48, 2026-12-06): phishing and scams aimed at
// job seekers, employees, freelancers and fintech users on invented
// attacker hosts named for the job boards, freelancer marketplaces, HR
// and payroll platforms, expense and card platforms, money-transfer
// apps, brokerages and Vietnamese job boards the brand tables did not
// know, and brandless names made of a work notice's words; and a work
// chat linking the same platforms on their real hosts beside ordinary
// names holding the same words, written by hand by work48 and split by
// the SHA-256 of the first link's host (0-7 tuning, 8-f held out). On
// main (11d9ee2) attackt was flagged 49 of 82, attackh 38 of 88,
// benignt 0 of 97 and benignh 0 of 74; on work48 attackt 79, attackh 81,
// benignt 0, benignh 0.
var work48Sets = []tunedSet{
	{measureSet{"work48-benignt.txt", false}, 0, 0},
	{measureSet{"work48-attackt.txt", true}, 79, 0},
}

// TestMeasureWork48Tuning holds work48's tuning sets to what work48
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureWork48Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, work48Sets)
}

// TestMeasureWork48HeldOut holds work48's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard
// (nothing is tuned to their lines).
func TestMeasureWork48HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"work48-benignh.txt", false}, 0, 0},
		{measureSet{"work48-attackh.txt", true}, 81, 0},
	})
}
