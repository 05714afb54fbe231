package bot_test

import "testing"

// rev47d's sets (session 47, 2026-12-06): a review of lure47's creator
// lures. benign: creators' own strikes and payouts told beside a blog, a
// forum thread or an article, questions, templates, clip hosts,
// agencies', charities', contests' and Vietnamese service firms' names;
// attack: the same lures written other ways and names lure47 reads with
// an account's demand. On main 78b2b6b (lure47) benignt was flagged 47 of
// 84 and benignh 22 of 35; rev47d's trade demands, pointers to posts,
// own-work words and clip hosts take them to the counts below (what is
// left is lure47's cost named in BENCHMARKS: contests asking a login,
// "is this you?" beside a friend's own site, and other readers' flags of
// Vietnamese service firms' names).
var rev47dSets = []tunedSet{
	{measureSet{"rev47d-benignt.txt", false}, 0, 12},
	{measureSet{"rev47d-attackt.txt", true}, 36, 0},
}

// TestMeasureRev47dTuning holds rev47d's tuning sets; MEASURE_SHOW=1 logs
// the lines judged wrongly.
func TestMeasureRev47dTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev47dSets)
}

// TestMeasureRev47dHeldOut holds rev47d's held-out sets, read as counts.
func TestMeasureRev47dHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev47d-benignh.txt", false}, 0, 3},
		{measureSet{"rev47d-attackh.txt", true}, 14, 0},
	})
}
