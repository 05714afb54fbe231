package bot_test

import "testing"

// rev51b's sets (session 51, 2026-12-06): a Minecraft server's defence
// plugins (anticheats, anti-xray, detectors, ghost-named mods) on
// Discord's CDN and Vietnamese programs whose common syllables are no
// household paper, beside hack clients' jars and Vietnamese papers
// written apart. Written by hand by rev51b reviewing mal51: before mal51
// (7e913c50) / on mal51 (18f34fc7) / after the review, benignt 0 / 11 /
// 0 of 11, attackt 3 / 5 / 5 of 5; held-out benignh 1 / 3 / 1 of 3,
// attackh 1 / 2 / 2 of 2.
var rev51bSets = []tunedSet{
	{measureSet{"rev51b-benignt.txt", false}, 0, 0},
	{measureSet{"rev51b-attackt.txt", true}, 5, 0},
}

// TestMeasureRev51bTuning holds rev51b's tuning sets to what the review
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev51bTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev51bSets)
}

// TestMeasureRev51bHeldOut holds rev51b's held-out sets, counted once at
// the review's end: a regression guard.
func TestMeasureRev51bHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev51b-benignh.txt", false}, 0, 1}, // XeKhach_Moi_Ban_2025.exe on an unknown host: deleted as a program before mal51 too
		{measureSet{"rev51b-attackh.txt", true}, 2, 0},
	})
}
