package bot_test

import "testing"

// rev46c's sets (session 46, review of mal46): the real downloads of the
// programs mal46 listed, from domains its list missed (Flutter's China
// mirror, Citron's and OrcaSlicer's sites) and from emulators' and
// communities' own sites named for a program's kind (Eden's, the GPON
// stick wiki, Emulator Zone), beside releases, buildbots, firmware
// servers, sideload sources and model weights (.bin, .uf2, .ipa, .xip,
// .AppImage, .nro); and strangers' sites one step off mal46's readings
// (a name or a kind's word numbered, a name run together with a word
// download sites wrap names in: getryujinx.com, ryujinxpc.com). Written
// by hand by rev46c: the tuning halves (…t) were tuned on, the held-out
// halves (…h) measured once at the end. On main 028980a: benignt 8 of
// 46 flagged, attackt 7 of 20, benignh 2 of 24, attackh 5 of 15; at the
// end of the pass 0, 20, 0 and 15 (the held-out halves counted once).
var rev46cSets = []tunedSet{
	{measureSet{"rev46c-benignt.txt", false}, 0, 0},
	{measureSet{"rev46c-attackt.txt", true}, 20, 0},
}

// TestMeasureRev46cTuning holds rev46c's tuning sets to what rev46c
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev46cTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev46cSets)
}

// TestMeasureRev46cHeldOut holds rev46c's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard.
func TestMeasureRev46cHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev46c-benignh.txt", false}, 0, 0},
		{measureSet{"rev46c-attackh.txt", true}, 15, 0},
	})
}
