package bot_test

import "testing"

// mal45's sets (session 45, 2026-12-05): malware aimed at sysadmins,
// homelabbers and ML people — IPv4 addresses written as numbers
// (http://3232235777/, http://0xC0A80101/, http://0300.0250.1.1/), a
// program, an image or a script on a stranger's site named after a
// program with a word joined to it (proxmox-tools.net/unlock.sh,
// ollama-ai.net/OllamaSetup.exe), fetched and run from one (curl … |
// sudo bash), pickled ML files from chat attachments and file hosts, and
// cracked software beside a file host's share; and the real lines of the
// same chats (the projects' own install one-liners, downloads, models on
// Hugging Face and pytorch.org). Written by hand by mal45: the tuning
// halves (…t) were tuned on, the held-out halves (…h) measured once at
// the end. Before the pass (main 69fbc97) attackt was flagged 24 of 47
// and attackh 12 of 23, benignt 0 of 49 and benignh 0 of 26; at its end
// 47, 22, 0 and 0.
var mal45Sets = []tunedSet{
	{measureSet{"mal45-benignt.txt", false}, 0, 0},
	{measureSet{"mal45-attackt.txt", true}, 47, 0},
}

// TestMeasureMal45Tuning holds mal45's tuning sets to what mal45
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureMal45Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, mal45Sets)
}

// TestMeasureMal45HeldOut holds mal45's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard.
func TestMeasureMal45HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"mal45-benignh.txt", false}, 0, 0},
		{measureSet{"mal45-attackh.txt", true}, 22, 0},
	})
}
