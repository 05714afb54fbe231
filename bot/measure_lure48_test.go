package bot_test

import "testing"

// lure48's sets (session 48, 2026-12-06): message lures the lure reader
// did not know (a "really you?", a relative's emergency, paid tasks and
// chat jobs from home, returns by the day or week, a shared file or a
// voice message, a deletion threat, a refund or a fee, a recovery
// service, a scholarship or a visa with a fee) beside a stranger's link
// made for the message, and their benign twins, written by hand by lure48
// and split by tech28's rule (the SHA-256 of the line's host, 0-9
// tuning, a-f held out). On main f926295 attackt was flagged 25 of 47
// and benignt 0 of 39; the intents read by classify_lure48.go take
// attackt to 45 and leave benignt at 0.
var lure48Sets = []tunedSet{
	{measureSet{"lure48-benignt.txt", false}, 0, 0},
	{measureSet{"lure48-attackt.txt", true}, 45, 0},
}

// TestMeasureLure48Tuning holds lure48's tuning sets to what lure48
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureLure48Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, lure48Sets)
}

// TestMeasureLure48HeldOut holds lure48's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard (nothing
// is tuned to their lines). On main f926295 attackh was flagged 24 of
// 36 and benignh 0 of 22; at the pass's end 35 and 0.
func TestMeasureLure48HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"lure48-benignh.txt", false}, 0, 0},
		{measureSet{"lure48-attackh.txt", true}, 35, 0},
	})
}
