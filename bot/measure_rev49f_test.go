package bot_test

import "testing"

// rev49f's sets (session 49, 2026-12-06): a review of shop49's and
// study49's false alarms. Benign: learning businesses', publishers' and
// centres' own names written NAME-edu on Vietnam's ending, shops',
// repairers', fans' and coupon communities' sites beside a shop's brand,
// courier tracking aggregators, Vietnamese shops and logistics firms,
// schools' own portals, tutoring and exam-prep centres, student unions,
// scholarships and course pages. Attack: a school's known short name
// dressed with "-edu" or "-ac", shop, courier and student notices.
// Written by hand by rev49f; the held-out halves (…h) were counted once
// at the end. On main 927767a: benignt 6 of 44 flagged, attackt 9 of 9;
// benignh 4 of 16, attackh 6 of 6 (the held-out halves were written
// after the fix, so they guard it rather than test it blind). At
// rev49f's end: 0, 9; 0, 6.
var rev49fSets = []tunedSet{
	{measureSet{"rev49f-benignt.txt", false}, 0, 0},
	{measureSet{"rev49f-attackt.txt", true}, 9, 0},
}

// TestMeasureRev49fTuning holds rev49f's tuning sets to what rev49f
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev49fTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev49fSets)
}

// TestMeasureRev49fHeldOut holds rev49f's held-out sets, read as counts
// only, to what was counted once at the end: a regression guard.
func TestMeasureRev49fHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev49f-benignh.txt", false}, 0, 0},
		{measureSet{"rev49f-attackh.txt", true}, 6, 0},
	})
}
