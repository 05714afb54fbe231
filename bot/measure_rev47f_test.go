package bot_test

import "testing"

// rev47f's sets (session 47, 2026-12-06): ordinary creator and developer
// chat, English and Vietnamese, where two or more of session 47's
// readings meet (a creator's own strike story or a guide titled how/why
// on a shortener, crack-the-case, a brand's real event, own packages,
// plugin releases, club forms and own MEGA files), and creators' lures
// where they should add up, written by hand by rev47f and split by the
// SHA-256 of the line's first link (0-9 tuning, a-f held out). On main
// 4fc09c6 benignt was flagged 6 of 39, benignh 6 of 30, attackt 8 of 10,
// attackh 7 of 10; rev47f's changes (slugName; Adobe's programs in
// strangers' releases) take them to 1 (a
// Vietnamese how-to whose message asks "xác minh tài khoản", warned
// before session 47: left), 0, 10 and 10. The lines were all written
// during the review, so the held-out half is a guard, not a blind count.
var rev47fSets = []tunedSet{
	{measureSet{"rev47f-benignt.txt", false}, 0, 1},
	{measureSet{"rev47f-attackt.txt", true}, 10, 0},
	{measureSet{"rev47f-benignh.txt", false}, 0, 0},
	{measureSet{"rev47f-attackh.txt", true}, 10, 0},
}

// TestMeasureRev47f holds rev47f's sets to what the review reached;
// MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev47f(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev47fSets)
}
