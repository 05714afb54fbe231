package bot_test

import "testing"

// rev47e's sets (session 47, 2026-12-06), the review of creator47: the
// names creator47's word-like platforms (riverside, adobe, kick, antares,
// waves) share with charities, clubs, builders, review and free-template
// sites beside a notice's ordinary words, and a platform's own hyphenated
// label on another ending (native-instruments.de); and the platforms'
// impostors that must stay flagged. Written by hand by rev47e and split
// by the SHA-256 of the first link's host (0-7 tuning, 8-f held out). On
// main cc92e1e benignt was flagged 15 of 17, benignh 18 of 23, attackt
// 15 of 15, attackh 15 of 15; on rev47e 0, 0, 15, 15.
var rev47eSets = []tunedSet{
	{measureSet{"rev47e-benignt.txt", false}, 0, 0},
	{measureSet{"rev47e-attackt.txt", true}, 15, 0},
}

// TestMeasureRev47eTuning holds rev47e's tuning sets to what the review
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev47eTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev47eSets)
}

// TestMeasureRev47eHeldOut holds rev47e's held-out sets, read as counts
// only, to what the review counted at its end.
func TestMeasureRev47eHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev47e-benignh.txt", false}, 0, 0},
		{measureSet{"rev47e-attackh.txt", true}, 15, 0},
	})
}
