package bot_test

import "testing"

// dl42's sets (session 42, 2026-12-05): official downloads linked over
// plain HTTP (installers, archives, disk images, Android apps and macOS
// packages on projects' and vendors' own sites, their download hosts and
// mirrors), as older tech chat and people typing an address from memory
// link them, written by hand by dl42 before any rule of the session ran
// on them and split by tech28's rule (the SHA-256 of the line's host,
// 0-9 tuning, a-f held out), so a site sits on one side. The same links
// written https:// were flagged 9 of 145 (tuning) and 2 of 89 (held
// out) on 7576af1; written http://, 125 and 60. dl42's reading of a
// build named after its site as its HTTPS twin (classify_dl42.go) took
// the tuning half to 41; what is left is mostly builds whose names do
// not name their site (nirsoft.net's nircmd-x64.zip, ghisler.com's
// tcmd1103x64.exe, segger.com's JLink_…exe), PuTTY under a person's
// folder, and the links whose HTTPS twins are flagged too.
var dl42TuningSets = []tunedSet{
	{measureSet{"dl42-httpt.txt", false}, 0, 41},
}

// TestMeasureDl42Tuning holds dl42-httpt.txt to what dl42 reached;
// MEASURE_SHOW=1 logs the false alarms.
func TestMeasureDl42Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, dl42TuningSets)
}

// TestMeasureDl42HeldOut measures dl42-httph.txt, read as a count only
// (never line by line, never with MEASURE_SHOW), and fails when a change
// flags more of its lines than dl42 and rev42a left (a regression
// guard: nothing is tuned to these lines).
func TestMeasureDl42HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// 60 of 89 flagged on 7576af1 (the links' HTTPS twins: 2); 13
		// with dl42's twin, 14 since rev42a read no cdn. or static.
		// host's folder as a download host's tree
		{measureSet{"dl42-httph.txt", false}, 0, 14},
	})
}
