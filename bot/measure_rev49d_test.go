package bot_test

import "testing"

// rev49d's sets (session 49, 2026-12-06): forges' own projects named
// with a tool's, a helper's or a bot's word and teachers' generators
// (benign), and cheats and papers mal49 missed — a sneaker bot's
// all-in-one, a scholarship or admission letter, kết quả thi or học bổng
// as programs, shares offered as biên lai (attack). Written by hand by
// rev49d; the held-out halves (…h) were counted once at the end. On main
// 4ccd18f: benignt 7 of 8 flagged, attackt 0 of 4; benignh 3 of 4,
// attackh 3 of 4. At rev49d's end: 3, 4; 2, 4 (a forge's helper, farm
// and finder are still read: passing them cost eval21's malware 2).
var rev49dSets = []tunedSet{
	{measureSet{"rev49d-benignt.txt", false}, 0, 3},
	{measureSet{"rev49d-attackt.txt", true}, 4, 0},
}

// TestMeasureRev49dTuning holds rev49d's tuning sets to what rev49d
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev49dTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev49dSets)
}

// TestMeasureRev49dHeldOut holds rev49d's held-out sets, read as counts
// only, to what was counted once at the end: a regression guard.
func TestMeasureRev49dHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev49d-benignh.txt", false}, 0, 2},
		{measureSet{"rev49d-attackh.txt", true}, 4, 0},
	})
}
