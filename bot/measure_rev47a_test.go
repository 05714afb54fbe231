package bot_test

import "testing"

// rev47a's sets (session 47, 2026-12-06): a review of forge47's readings
// of programs' builds and scripts on code forges. The benign halves are
// real projects' and communities' releases and scripts that forge47 came
// near: a member's report that a project's installer piped to sudo bash
// fixed something (lwfinger/rtw89, asus-linux/asusctl, Framework's
// script), organisations named for a program's mods or helpers
// (minecraft-mods, plex-helper), Pac-Man clones, hackathon repositories,
// releases/latest links and jsDelivr files. The attack halves are
// forge47's impostors written other ways: a claim joined before the
// program's name (NightlyKdenlive) or two after it
// (KdenliveNightlyBuilds), digits joined to the name (kdenlive2025-
// nightly), a repository's file served by jsDelivr, a release linked as
// releases/latest/download, a file's page asked for raw
// (…/blob/…?raw=true), a fix-named owner with an install script.
// Written by hand by rev47a; the tuning halves (…t) were tuned on, the
// held-out halves (…h) measured once at the end. On forge47's main
// (adb06ff) benignt was flagged 15 of 44 and attackt 3 of 16; on the
// start (f801944) 1 and 0. benignt's one line is main's (the cheat CLI
// deleted as cheat bait). The held-out halves were measured once:
// benignh 2 of 30 (forge47's main 4, the start 2: both the start's,
// hack-week and hack-night builds deleted as hack bait by the message's
// word), attackh 12 of 13 (forge47's main 4, the start 3; the miss is a
// Mac disk image committed raw and served by jsDelivr).
var rev47aSets = []tunedSet{
	{measureSet{"rev47a-benignt.txt", false}, 0, 1},
	{measureSet{"rev47a-attackt.txt", true}, 16, 0},
}

// TestMeasureRev47aTuning holds rev47a's tuning sets to what the review
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev47aTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev47aSets)
}

// TestMeasureRev47aHeldOut holds rev47a's held-out sets, read as counts
// only, to what they counted when measured once: a regression guard.
func TestMeasureRev47aHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev47a-benignh.txt", false}, 0, 2},
		{measureSet{"rev47a-attackh.txt", true}, 12, 0},
	})
}
