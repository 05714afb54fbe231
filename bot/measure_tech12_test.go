package bot_test

import "testing"

// The twelfth pass's sets (det12t, 2026-12-02, written and committed
// before any rule of the pass ran on them): en-tech12t.txt is English tech
// chat from communities the older sets under-cover — Linux packaging
// (launchpad, copr, AUR, OBS), makers (arduino, esp32, framework, KiCad),
// crypto developers, tunnels and previews with login routes, ML, modding,
// mobile, security research, and docs on js.org, github.io, readthedocs and
// pages.dev; malware-urls12t.txt and en-phish12t.txt hold droppers and
// phishing in the shapes a loosening of those could let through. The rules
// of the pass were tuned on them, so they measure nothing held out; each
// is held to what it reached.
var twelfthTuningSets = []tunedSet{
	{measureSet{"en-tech12t.txt", false}, 0, 1000},
	{measureSet{"malware-urls12t.txt", true}, 0, 0},
	{measureSet{"en-phish12t.txt", true}, 0, 0},
}

// TestMeasureTwelfthTuningSets holds each tuning set to what it reached;
// MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureTwelfthTuningSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, twelfthTuningSets)
}
