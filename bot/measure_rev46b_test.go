package bot_test

import "testing"

// rev46b's sets (session 46, 2026-12-06), written while reviewing
// maker46: a makers' and mobile developers' chat linking DigiKey's
// country shops, Google Cloud's community forum, the projects, docs and
// firmware-flashing guides named after the makers' brands, Vietnamese
// maker shops and Mouser's country sites; and attacks on invented hosts
// (DigiKey's name under endings sold to anyone, the consoles' names on
// web.app and firebaseapp.com, brands written apart or misspelt, flash
// sales beside a maker's brand, brandless gear sales). Split by the
// SHA-256 of the first link's host (0-7 tuning, 8-f held out). On main
// (f05e8d1) benignt was flagged 1 of 32 (digikey.co.za), benignh 1 of 33
// (googlecloudcommunity.com), attackt 16 of 20, attackh 21 of 27.
var rev46bSets = []tunedSet{
	{measureSet{"rev46b-benignt.txt", false}, 0, 0},
	{measureSet{"rev46b-attackt.txt", true}, 17, 0},
}

// TestMeasureRev46bTuning holds rev46b's tuning sets to what the review
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev46bTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev46bSets)
}

// TestMeasureRev46bHeldOut holds rev46b's held-out sets, read as counts
// only, to what the review counted at its end: a regression guard
// (nothing is tuned to their lines).
func TestMeasureRev46bHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev46b-benignh.txt", false}, 0, 0},
		{measureSet{"rev46b-attackh.txt", true}, 22, 0},
	})
}
