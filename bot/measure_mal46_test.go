package bot_test

import "testing"

// mal46's sets (session 46, 2026-12-05): malware aimed at makers, 3D
// printing and electronics people, emulation fans, game modders and
// mobile developers — a program on a stranger's site named after a
// slicer, a firmware, an emulator, a mod manager or an SDK
// (wled-firmware-download.com/WLED_ESP32.bin,
// ryujinx-emulator.org/ryujinx.zip), a stranger's site named for a
// program's kind (esp32-firmware-hub.net/fw.bin), firmware and sideloaded
// apps (.bin, .uf2, .ipa, .mobileconfig, .xip), and piracy offers
// (prod.keys, a BIOS pack, every DLC unlocked, a premium apk) beside a
// file host's share; and the real lines of the same chats (the projects'
// web flashers, releases on code hosts, buildbots, mod sites, talk of
// dumping one's own keys). Written by hand by mal46: the tuning halves
// (…t) were tuned on, the held-out halves (…h) measured once at the end.
// Before the pass (main b240361) attackt was flagged 20 of 40 and
// attackh 5 of 19, benignt 1 of 51 (a modpack's zip on mediafire, warned
// by main's archive reading, left as it was) and benignh 0 of 23; at its
// end 40, 18 (counted once), 1 and 0.
var mal46Sets = []tunedSet{
	{measureSet{"mal46-benignt.txt", false}, 0, 1},
	{measureSet{"mal46-attackt.txt", true}, 40, 0},
}

// TestMeasureMal46Tuning holds mal46's tuning sets to what mal46
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureMal46Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, mal46Sets)
}

// TestMeasureMal46HeldOut holds mal46's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard.
func TestMeasureMal46HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"mal46-benignh.txt", false}, 0, 0},
		{measureSet{"mal46-attackh.txt", true}, 18, 0},
	})
}
