package bot_test

import "testing"

// rev49e's sets (session 49, review of host49): pages of facts about a
// booking, a visa, a tuition or an exam behind a shortened link or a
// form (a fee's table, a schedule, a policy, news, an RSVP), and a
// parcel's fee or update that must still be flagged, written by hand. On
// main d0f03e1 (host49) benignt was flagged 12 of 14, benignh 5 of 8 and
// attackt 5 of 5; the theme's weak acts and its page-of-facts words
// (classify_host49.go) take benignt and benignh to 0 and keep attackt.
var rev49eSets = []tunedSet{
	{measureSet{"rev49e-benignt.txt", false}, 0, 0},
	{measureSet{"rev49e-attackt.txt", true}, 5, 0},
}

// TestMeasureRev49eTuning holds rev49e's tuning sets to what the review
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev49eTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev49eSets)
}

// TestMeasureRev49eHeldOut holds rev49e's held-out benign set (written
// after the change was drafted, never shown to a tuning pass): 5 of 8
// warned on main d0f03e1, 0 after the review.
func TestMeasureRev49eHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{{measureSet{"rev49e-benignh.txt", false}, 0, 0}})
}
