package bot_test

import "testing"

// claim48's sets (session 48, 2026-12-06): invented messages that speak
// as a company or service by its name and ask something beside a link to
// a stranger's host carrying that name, and their benign twins (a
// company's notice on its own domain, its own sites in talk, third-party
// tools named after it, community invites, news, tech chat listing a
// project's pages), written by hand before any rule of the pass ran on
// them and split by the SHA-256 of the host (0-7 tuning, 8-f held out).
// On main f926295 attackt was flagged 23 of 44 (20 deleted) and benignt
// 0 of 40; the claimed sender's reading (classify_claim48.go) takes
// attackt to 44 (all deleted) and leaves benignt at 0.
var claim48Sets = []tunedSet{
	{measureSet{"claim48-benignt.txt", false}, 0, 0},
	{measureSet{"claim48-attackt.txt", true}, 44, 0},
}

// TestMeasureClaim48Tuning holds claim48's tuning sets to what the pass
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureClaim48Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, claim48Sets)
}

// TestMeasureClaim48HeldOut holds claim48's held-out sets, read as
// counts only, to what the pass counted at its end: a regression guard
// (nothing is tuned to their lines).
func TestMeasureClaim48HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// benignh 1 of 31 (1 before: the link model's own warning)
		// and attackh 41 of 43, 40 deleted (29, 21 deleted, before)
		// at the end of the pass, counted once
		{measureSet{"claim48-benignh.txt", false}, 0, 1},
		{measureSet{"claim48-attackh.txt", true}, 41, 0},
	})
}
