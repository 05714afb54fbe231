package bot_test

import "testing"

// rev50a's sets (session 50, 2026-12-06), reviewing mal50: the lines of
// tax preparers', adjusters', families', schools', civic-tech and
// health-IT developers' chats mal50's first reading flagged (papers
// handed on as a share's download, projects' own editions, accounts,
// programs and data archives), and the same class's attacks it missed
// or that the fix must keep. Written by hand by rev50a; the tuning
// halves (…t) were tuned on, the held-out halves (…h) measured once at
// the end. On main 7635246 (mal50): benignt 25 of 36, attackt 10 of 21,
// benignh 13 of 20, attackh 8 of 8; at rev50a's end 3, 21, 1 and 8 (the
// benign lines left: main 5f4ae43's own, and keygen-sh/tax-engine).
var rev50aSets = []tunedSet{
	// 3: main 5f4ae43's two, and keygen-sh/tax-engine (a crack said in
	// the account's name is read, as mal50 read it: an eval22 line)
	{measureSet{"rev50a-benignt.txt", false}, 0, 3},
	{measureSet{"rev50a-attackt.txt", true}, 21, 0},
}

// TestMeasureRev50aTuning holds rev50a's tuning sets to what rev50a
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev50aTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev50aSets)
}

// TestMeasureRev50aHeldOut holds rev50a's held-out sets, read as counts
// only, to what they counted once at the end: a regression guard.
func TestMeasureRev50aHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev50a-benignh.txt", false}, 0, 1},
		{measureSet{"rev50a-attackh.txt", true}, 8, 0},
	})
}
