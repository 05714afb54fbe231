package bot_test

import "testing"

// rev46e's sets (session 46, the whole-change review): one message
// mixing the communities this session read — makers, gamers and
// modders, Vietnamese gamers, ML users — their real links beside one
// another's innocent words (a maker shop's coupon beside a firmware, a
// publisher's top-up site beside a file host, a hub's model beside an
// install command), and attacks mixing the session's classes. Written
// by hand by rev46e: the tuning halves (…t) were tuned on, the held-out
// halves (…h) written after the pass's first changes and counted once
// (the forge pages' reading came after). On main aa96471 (the check
// command, line by line): benignt 6 of 86 flagged (RetroArch's buildbot
// beside "bios pack", guides on github.io beside keys' and BIOS words),
// attackt 47 of 50, benignh 1 of 15, attackh 9 of 10; at the end of
// the pass 0, 48, 0 and 10.
var rev46eSets = []tunedSet{
	{measureSet{"rev46e-benignt.txt", false}, 0, 0},
	{measureSet{"rev46e-attackt.txt", true}, 48, 0},
}

// TestMeasureRev46eTuning holds rev46e's tuning sets to what rev46e
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev46eTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev46eSets)
}

// TestMeasureRev46eHeldOut holds rev46e's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard.
func TestMeasureRev46eHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev46e-benignh.txt", false}, 0, 0},
		{measureSet{"rev46e-attackh.txt", true}, 10, 0},
	})
}
