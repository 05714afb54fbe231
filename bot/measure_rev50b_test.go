package bot_test

import "testing"

// rev50b's sets (session 50, 2026-12-06): a group's chat linking third
// parties' sites named after public offices (lawyers, advocates,
// accountants, guides, forums, news, learner practice, opening hours, a
// developer's reader; English and Vietnamese), and impostors that hide a
// notice's demand beside such a word (sunpass-toll-guide,
// hmrc-refund-advice), written by hand by rev50b and split by the
// SHA-256 of the first link's host (0-7 tuning, 8-f held out). On main
// 07eba96 (gov50) benignt was flagged 5 of 14, attackt 7 of 8, benignh
// 6 of 16 and attackh 7 of 7; on rev50b benignt 1, attackt 7, benignh 3
// (counted once at the end, lines not opened) and attackh 7.
var rev50bSets = []tunedSet{
	{measureSet{"rev50b-benignt.txt", false}, 0, 1},
	{measureSet{"rev50b-attackt.txt", true}, 7, 0},
}

// TestMeasureRev50bTuning holds rev50b's tuning sets to what rev50b
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev50bTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev50bSets)
}

// TestMeasureRev50bHeldOut holds rev50b's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard
// (nothing is tuned to their lines).
func TestMeasureRev50bHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev50b-benignh.txt", false}, 0, 3},
		{measureSet{"rev50b-attackh.txt", true}, 7, 0},
	})
}
