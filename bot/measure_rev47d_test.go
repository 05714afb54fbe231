package bot_test

import "testing"

// rev47d's sets (session 47, 2026-12-06): a review of lure47's creator
// lures. benign: creators' own strikes and payouts told beside a blog, a
// forum thread or an article, questions, tips and warnings, templates,
// clip hosts, agencies', charities', contests' and Vietnamese service
// firms' names; attack: the same lures written other ways and names
// lure47 reads with an account's demand. Every line was written as a
// probe while reviewing lure47 and split afterwards by tech28's rule
// (SHA-256 of the first link's host, 0-9 t, a-f h): the "held-out" half
// was seen as the tuning half was, and is a regression guard only. On
// main 78b2b6b (lure47) benignt was flagged 52 of 94 and benignh 25 of
// 39 (attackt 37 of 40, attackh 14 of 15: monetisation-review.com, a
// trade's word on .com, is rev47d's one loss); rev47d's trade demands, service subjects, pointers to posts, own
// work's words, questions and clip hosts take them to the counts below.
// What is left is lure47's cost named in BENCHMARKS (contests asking a
// login, "is this you?" beside a friend's own site, a label's or a
// network's own portal, a sponsor's brief on a studio's drive) and other
// readers' flags of Vietnamese service firms' names.
var rev47dSets = []tunedSet{
	{measureSet{"rev47d-benignt.txt", false}, 0, 13},
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
		{measureSet{"rev47d-benignh.txt", false}, 0, 5},
		{measureSet{"rev47d-attackh.txt", true}, 14, 0},
	})
}
