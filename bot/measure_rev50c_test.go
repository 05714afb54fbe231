package bot_test

import "testing"

// rev50c's sets (session 50, 2026-12-06): a group's chat linking third
// parties' sites named after carriers, utilities and care organisations
// (reviews, forums, comparisons, outage trackers, news, unions, jobs,
// agents, brokers, lawyers, volunteers' chapters; English and
// Vietnamese), and impostors that hide a notice's demand beside such a
// word (tmobile-review-login, vodafone-esim-review), written by hand by
// rev50c and split by the SHA-256 of the first link's host (0-7 tuning,
// 8-f held out; the four probes that drove the fix are in the tuning
// half). On main 6497e67 (bill50, care50) benignt was flagged 7 of 17,
// attackt 6 of 9, benignh 0 of 16 and attackh 5 of 8; on rev50c benignt
// 0, attackt 6, benignh 0 (counted once at the end) and attackh 5.
var rev50cSets = []tunedSet{
	{measureSet{"rev50c-benignt.txt", false}, 0, 0},
	{measureSet{"rev50c-attackt.txt", true}, 6, 0},
}

// TestMeasureRev50cTuning holds rev50c's tuning sets to what rev50c
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev50cTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev50cSets)
}

// TestMeasureRev50cHeldOut holds rev50c's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard
// (nothing is tuned to their lines).
func TestMeasureRev50cHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev50c-benignh.txt", false}, 0, 0},
		{measureSet{"rev50c-attackh.txt", true}, 5, 0},
	})
}
