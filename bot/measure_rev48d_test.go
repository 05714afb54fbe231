package bot_test

import "testing"

// rev48d's sets (session 48, 2026-12-06, review of mal48): projects'
// own releases named for their paper or tool however the project writes
// its name (cham-cong, Time-Sheet), colleagues' work files shared as
// previews; and work papers offered as a share's download in spellings
// mal48's phrases missed (paycheque, pay check, salary letter, thông báo
// lương, tờ khai thuế). Written by hand by rev48d: the tuning halves
// (…t) were tuned on, the held-out halves (…h) measured once at the
// end. On main c4cbfc4 benignt was flagged 4 of 11 and attackt 1 of 6;
// at rev48d's end 0 and 6. (The UNC readings rev48d fixed hold no link,
// which every measure line needs: TestRev48dUNCAdminTalk holds them.)
var rev48dSets = []tunedSet{
	{measureSet{"rev48d-benignt.txt", false}, 0, 0},
	{measureSet{"rev48d-attackt.txt", true}, 6, 0},
}

// TestMeasureRev48dTuning holds rev48d's tuning sets to what rev48d
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev48dTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev48dSets)
}

// TestMeasureRev48dHeldOut holds rev48d's held-out sets, read as counts
// only, to what they counted once at the end (main c4cbfc4: benignh 0
// of 6, attackh 1 of 5; rev48d: 0 and 5): a regression guard.
func TestMeasureRev48dHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev48d-benignh.txt", false}, 0, 0},
		{measureSet{"rev48d-attackh.txt", true}, 5, 0},
	})
}
