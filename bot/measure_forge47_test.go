package bot_test

import "testing"

// forge47's sets (session 47, 2026-12-06): programs' builds and scripts
// on code forges (GitHub releases, raw.githubusercontent.com, Bitbucket
// downloads, Codeberg and GitLab releases) under accounts that are not
// the program's own, handed around as the fixed, nightly, portable or
// pro version (krita-nightly-builds/krita/…/krita-x64-setup.exe, a
// stranger's fix-ssl.sh piped to sudo bash, cheat-named repositories, a
// Windows installer named for a Linux-only tool); and the real lines of
// the same chats (projects' own releases and install scripts, real
// organisations named with a release's word, forks and small tools
// under people's handles). Written by hand by forge47: the tuning halves
// (…t) were tuned on, the held-out halves (…h) measured once at the end.
var forge47Sets = []tunedSet{
	{measureSet{"forge47-benignt.txt", false}, 0, 3},
	{measureSet{"forge47-attackt.txt", true}, 67, 0},
}

// TestMeasureForge47Tuning holds forge47's tuning sets to what forge47
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureForge47Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, forge47Sets)
}

// TestMeasureForge47HeldOut holds forge47's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard.
func TestMeasureForge47HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"forge47-benignh.txt", false}, 0, 0},
		{measureSet{"forge47-attackh.txt", true}, 30, 0},
	})
}
