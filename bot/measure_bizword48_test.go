package bot_test

import "testing"

// bizword48's sets (session 48, 2026-12-06): invented scam names of the
// scam economy with no brand in them (investment and mining platforms,
// task and order-grabbing jobs, instant loans, liquidation shops, code
// generators, lucky spins and surveys, grants, refunds and fund
// recovery, in English and Vietnamese), and their benign twins (real
// brokers, funds, job boards, loan calculators, shops' own sales, news
// of scams, chat), written by hand before any rule of the pass ran on
// them and split by the SHA-256 of the first link's host (0-7 tuning,
// 8-f held out). On main f926295 attackt was flagged 40 of 88 and
// benignt 0 of 74; the reading of the scam economy's words in a bare
// brandless name (bizName; classify_bizword48.go) takes attackt to 81
// and leaves benignt at 0; rev48c's plain words that need a sign
// beside them keep attackt at 81.
var bizword48Sets = []tunedSet{
	{measureSet{"bizword48-benignt.txt", false}, 0, 0},
	{measureSet{"bizword48-attackt.txt", true}, 81, 0},
}

// TestMeasureBizword48Tuning holds bizword48's tuning sets to what the
// pass reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureBizword48Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, bizword48Sets)
}

// TestMeasureBizword48HeldOut holds bizword48's held-out sets, read as
// counts only, to what the pass counted at its end: a regression guard
// (nothing is tuned to their lines).
func TestMeasureBizword48HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// benignh 1 of 61 (1 before: the link model's own) and
		// attackh 67 of 79 (29 before) after the pass
		{measureSet{"bizword48-benignh.txt", false}, 0, 1},
		// (rev48c: 65, plain words alone need a sign beside them)
		{measureSet{"bizword48-attackh.txt", true}, 65, 0},
	})
}
