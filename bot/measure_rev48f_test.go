package bot_test

import "testing"

// rev48f's sets (session 48, 2026-12-06, a review of lure48): benign
// group posts beside the words lure48 reads (remote jobs with their wage
// from home, a class's collection for a third person, an organisation's
// own subdomain, friends' photos through shorteners) and lure48's intents
// in phrasings its lists missed, written by hand by rev48f and split by
// tech28's rule. Both halves are the reviewer's probes, seen while the
// fixes were made. On main cdf8e80 benignt was flagged 12 of 22, attackt
// 15 of 20; after the review 2 (the fitted lure's "work from home" beside
// a hyphenated name, not lure48's) and 20.
var rev48fSets = []tunedSet{
	{measureSet{"rev48f-benignt.txt", false}, 0, 2},
	{measureSet{"rev48f-attackt.txt", true}, 20, 0},
}

// TestMeasureRev48fTuning holds rev48f's tuning sets to what the review
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev48fTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev48fSets)
}

// TestMeasureRev48fHeldOut holds rev48f's other halves to what the review
// counted at its end: a regression guard. On main cdf8e80 benignh was
// flagged 11 of 12, attackh 3 of 4; after the review 2 (lure47's "video
// of you" and "ảnh của bạn" beside a shortener, not lure48's) and 4.
func TestMeasureRev48fHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev48f-benignh.txt", false}, 0, 2},
		{measureSet{"rev48f-attackh.txt", true}, 4, 0},
	})
}
