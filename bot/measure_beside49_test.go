package bot_test

import "testing"

// beside49's sets (session 49, 2026-12-06): invented scam links and
// messages of a Beside, Tool or word-like brand's name beside an
// impostor's words the notice lists did not know, and of claimed
// senders read too narrowly by claim48 (lower-case and comma leads, a
// plus name, a consonant short name in the host, asks and states it did
// not list), and their benign twins (projects and tools built on the
// brands, the companies' own domains, people's sites, brand talk in
// tech chat), written by hand and split by the SHA-256 of the host (0-7
// tuning, 8-f held out). On main 019d4fe attackt was flagged 25 of 49
// and benignt 4 of 32 (the link model's own readings of third-party
// names); brand/beside49.go and classify_beside49.go take attackt to
// 48 and leave benignt at 4.
var beside49Sets = []tunedSet{
	{measureSet{"beside49-benignt.txt", false}, 0, 4},
	{measureSet{"beside49-attackt.txt", true}, 48, 0},
}

// TestMeasureBeside49Tuning holds beside49's tuning sets to what the
// pass reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureBeside49Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, beside49Sets)
}

// TestMeasureBeside49HeldOut holds beside49's held-out sets, counted
// through measure.sh (counts only, no line read), as a regression guard:
// on main 019d4fe attackh 19 of 43 and benignh 1 of 34 (the link
// model's own warning); with the pass attackh 42 (30 deleted) and
// benignh 1, the same count before and after the pass's last two
// changes (release taken out of besideWords, a run made two words or
// more), which were not drawn from these lines.
func TestMeasureBeside49HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"beside49-benignh.txt", false}, 0, 1},
		{measureSet{"beside49-attackh.txt", true}, 42, 0},
	})
}
