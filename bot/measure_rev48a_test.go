package bot_test

import "testing"

// rev48a's sets (session 48, 2026-12-06): the review of claim48's
// claimed-sender reading. benignt/h are benign messages that speak as a
// company or a person by name beside a host that runs the name together
// with its own product's, trade's or surname's letters, a region's or a
// language's site, a person's title, signed tech chat and own-domain
// notices; attackt/h are notices claiming a name in the shapes the
// reading missed (the name's words hyphenated in the host, a signature
// at the end, », • and › after the name, markdown's emphasis) and the
// name run together with a notice's words. The tuning halves were judged
// line by line while the fixes were made; the held-out halves were
// written after them and counted once. On claim48's main (24bcd1a)
// benignt was flagged 47 of 125 (46 deleted, 46 by its reading) and
// attackt 62 of 78; the review takes them to 6 (the five main f926295
// flagged and canon-cms.vn) and 77 (74 on 3b6b1f2; work48 and lure48
// read three more).
var rev48aSets = []tunedSet{
	{measureSet{"rev48a-benignt.txt", false}, 0, 6},
	{measureSet{"rev48a-attackt.txt", true}, 77, 0},
}

// TestMeasureRev48aTuning holds rev48a's tuning sets to what the review
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev48aTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev48aSets)
}

// TestMeasureRev48aHeldOut holds rev48a's held-out sets, read as counts
// only, to what the review counted at its end: a regression guard.
func TestMeasureRev48aHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// benignh 0 of 25 and attackh 25 of 25 (all deleted) at the end
		// of the review, counted once
		{measureSet{"rev48a-benignh.txt", false}, 0, 0},
		{measureSet{"rev48a-attackh.txt", true}, 25, 0},
	})
}
