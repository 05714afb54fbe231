package bot_test

import "testing"

// The forty-fifth session's deb45 sets (2026-12-05), written before the
// reading of Debian's homepage domains ran on them: real Debian projects'
// download links in tech-chat lines, and programs a project's own site
// does not serve (the real trees on look-alike, fresh and random names,
// a homepage domain with one letter changed, hosts anyone publishes on,
// and on real homepage domains what is never relieved). Split by the
// host of a line's first link (SHA-256's first hex digit 0-9: tuning,
// a-f: held-out); the held-out halves are read as counts only.
var deb45TuningSets = []tunedSet{
	// 72 of 94 flagged on main (6d52f2a) and with deb45: the 22
	// allowed are allowed on main by other readings
	{measureSet{"deb45-attackt.txt", true}, 72, 0},
	// 4 of 109 flagged on main, 1 with deb45: a cheap ending
	// (.website), which deb45 never relieves
	{measureSet{"deb45-benignt.txt", false}, 0, 1},
}

// TestMeasureDeb45Tuning holds the deb45 tuning halves; MEASURE_SHOW=1
// logs the lines judged wrongly.
func TestMeasureDeb45Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, deb45TuningSets)
}

// TestMeasureDeb45HeldOut measures the deb45 held-out halves, read as
// counts only, and fails when a change moves them past what they reached
// when they landed (main: 46 of 57 attack lines flagged, 8 of 63 benign).
func TestMeasureDeb45HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"deb45-attackh.txt", true}, 46, 0},
		{measureSet{"deb45-benignh.txt", false}, 0, 3},
	})
}
