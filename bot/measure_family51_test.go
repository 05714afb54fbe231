package bot_test

import "testing"

// family51's sets (session 51, 2026-12-06): phishing and scams aimed at
// families and couples on invented attacker hosts named for dating
// apps, wedding-registry and RSVP services, school, parents' and
// childcare apps and kids' games and their currencies, brandless
// dating, sextortion, wedding, school-fee, hi-mum and family-emergency
// names (English and Vietnamese), and romance-investment invitations;
// and a family chat linking the same services on their real hosts beside
// schools' portals, safety guides and news about the scams, written by
// hand by family51 and split by the SHA-256 of the first link's host
// (0-7 tuning, 8-f held out). On main (64cf6a50) attackt was flagged
// 70 of 105, attackh 62 of 81, benignt 0 of 63 and benignh 0 of 58; on
// family51 attackt 100, attackh 80, benignt 0, benignh 0.
var family51Sets = []tunedSet{
	{measureSet{"family51-benignt.txt", false}, 0, 0},
	{measureSet{"family51-attackt.txt", true}, 100, 0},
}

// TestMeasureFamily51Tuning holds family51's tuning sets to what
// family51 reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureFamily51Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, family51Sets)
}

// TestMeasureFamily51HeldOut holds family51's held-out sets, read as
// counts only, to what the pass counted at its end: a regression guard
// (nothing is tuned to their lines).
func TestMeasureFamily51HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"family51-benignh.txt", false}, 0, 0},
		{measureSet{"family51-attackh.txt", true}, 80, 0},
	})
}
