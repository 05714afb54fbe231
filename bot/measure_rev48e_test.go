package bot_test

import "testing"

// rev48e's sets (session 48, 2026-12-06): a busy group's ordinary names
// holding a work platform's word-like name beside ordinary words, names
// near a coined one and vendors' names with access (benign), and
// invented phishing on work, job, payroll and fintech platforms' names
// and brandless work-notice names (attack), written by hand by rev48e
// while reviewing work48 and split by the SHA-256 of the first link's
// host (0-7 tuning, 8-f held out). On main ea69998 (work48 landed)
// benignt was flagged 29 of 29, benignh 24 of 24, attackt 66 of 72,
// attackh 64 of 85; on rev48e 2, 1, 69 and 62. Both halves were probed while the
// fixes were written: the held-out half is a regression guard, not a
// clean held-out count.
var rev48eSets = []tunedSet{
	{measureSet{"rev48e-benignt.txt", false}, 0, 2},
	{measureSet{"rev48e-attackt.txt", true}, 69, 0},
}

// TestMeasureRev48eTuning holds rev48e's tuning sets to what the review
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev48eTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev48eSets)
}

// TestMeasureRev48eHeldOut holds rev48e's held-out sets to what the
// review counted at its end.
func TestMeasureRev48eHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev48e-benignh.txt", false}, 0, 1},
		{measureSet{"rev48e-attackh.txt", true}, 62, 0},
	})
}
