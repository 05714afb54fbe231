package bot_test

import "testing"

// rev49c's sets (session 49, 2026-12-06): benign lines beside49's
// readings flagged on main fc722b2 (a feature's or a how-to's pair of
// words beside a brand's name, a Tool brand's name on .io or .app, a
// member's lower-case lead naming a technology's trouble) and attack
// lines of the class they must keep flagging. On main fc722b2 benignt
// was flagged 5 of 8, benignh 5 of 8 (jellyfin-install-fix.net the link
// model's own, before beside49 too), attackt 6 of 7 and attackh 6 of 7
// (barclaysnewdevice.com and evritrackparcel.com allowed: RunName's).
var rev49cSets = []tunedSet{
	{measureSet{"rev49c-benignt.txt", false}, 0, 0},
	{measureSet{"rev49c-attackt.txt", true}, 7, 0},
}

// TestMeasureRev49cTuning holds rev49c's tuning sets to what the review
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev49cTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev49cSets)
}

// TestMeasureRev49cHeldOut holds rev49c's second half (written from the
// same probe, so not truly unseen) as a regression guard: benignh 1 of
// 8 (the link model's own), attackh 7 of 7.
func TestMeasureRev49cHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev49c-benignh.txt", false}, 0, 1},
		{measureSet{"rev49c-attackh.txt", true}, 7, 0},
	})
}
