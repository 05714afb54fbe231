package bot_test

import "testing"

// lure47's sets (session 47, 2026-12-06): brandless lures aimed at
// content creators and their benign twins, written by hand by lure47 and
// split by tech28's rule (the SHA-256 of the line's host, 0-9 tuning, a-f
// held out). On main f801944 attackt was flagged 32 of 79 and benignt 0
// of 67; the creator notices' names and messages read by
// classify_lure47.go take attackt to 79 and leave benignt at 0.
var lure47Sets = []tunedSet{
	{measureSet{"lure47-benignt.txt", false}, 0, 0},
	{measureSet{"lure47-attackt.txt", true}, 79, 0},
}

// TestMeasureLure47Tuning holds lure47's tuning sets to what lure47
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureLure47Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, lure47Sets)
}

// TestMeasureLure47HeldOut holds lure47's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard (nothing
// is tuned to their lines). On main f801944 attackh was flagged 16 of
// 51 and benignh 0 of 32; at the pass's end 42 and 0.
func TestMeasureLure47HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"lure47-benignh.txt", false}, 0, 0},
		{measureSet{"lure47-attackh.txt", true}, 41, 0},
	})
}
