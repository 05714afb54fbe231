package bot_test

import "testing"

// rev46d's sets (session 46, 2026-12-06): a review of play46. Benign:
// chat whose links play46's readings flagged or may (ban checkers,
// vacbanned.com; a sports league, diamondleague.com; a tool maker,
// ronixtools.com; jewellers; roleplay servers, gta-rp; a guard firm;
// shortened links to talks and guides, bit.ly/github-security,
// bit.ly/minecraft-diamonds; forms asking a login's name or offering an
// event's free swag). Attack: game platforms' ban notices and appeals
// (psn-ban-appeal, riot-unban), a brand written apart from its own
// label's rest (epic-games-login, riot-games-appeal), League's points
// (lol-rp-free), executors named as other things are beside an
// executor's word. Written by hand and split by tech28's rule. On main
// f3a373a benignt was flagged 12 of 36 and attackt 18 of 27 (held out:
// benignh 8 of 24, attackh 11 of 16; 0 and 16 here).
var rev46dSets = []tunedSet{
	{measureSet{"rev46d-benignt.txt", false}, 0, 0},
	{measureSet{"rev46d-attackt.txt", true}, 27, 0},
}

// TestMeasureRev46dTuning holds rev46d's tuning sets to what rev46d
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev46dTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev46dSets)
}

// TestMeasureRev46dHeldOut holds rev46d's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard (nothing
// is tuned to their lines).
func TestMeasureRev46dHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev46d-benignh.txt", false}, 0, 0},
		{measureSet{"rev46d-attackh.txt", true}, 16, 0},
	})
}
