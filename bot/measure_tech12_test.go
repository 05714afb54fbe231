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
// is held to what it reached (before the rules: 21 of 438 tech messages
// flagged, 41 of 55 droppers, 24 of 25 phishing messages). det13's
// products table (fake maker sites) took the droppers to 48, files30's
// impostor repositories (a release in a repository whose owner claims to
// be the project's dev, team or official account, or calls itself free)
// to 51, files31's jars from free sites (a .jar on a hosting platform's
// site, onrender.com) to 52, files31's delivery names (a store's name
// joined to -cdn: modrinth-cdn.net) to 53. The tech chat stood at 4 on
// 16164b3 (2 warned, 2 deleted) and 2 (2 deleted) with fp32's one mild
// word in plain chat kept out of the message stage ("download page",
// "verify against" bitcoincore.org).
var twelfthTuningSets = []tunedSet{
	{measureSet{"en-tech12t.txt", false}, 0, 2},
	{measureSet{"malware-urls12t.txt", true}, 53, 0},
	{measureSet{"en-phish12t.txt", true}, 24, 0},
}

// TestMeasureTwelfthTuningSets holds each tuning set to what it reached;
// MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureTwelfthTuningSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, twelfthTuningSets)
}

// TestMeasureTwelfthHeldOut reads en-tech12h.txt and malware-urls12h.txt,
// written with the tuning sets of other names and paths, committed before
// any run and read once at the end of the pass. The droppers are held to
// issue #9's target for malware file URLs, 80 % flagged; the tech chat
// misses its target (0.2 % of links) and is held to the count main
// reached on 6d39410 (src22, 2026-12-03): 7 of 210 flagged (all warned),
// 5 at the end of session 32 (fa2b05e), read as a count only (a regression guard: nothing is tuned to its
// lines, and the bound is lowered only by a pass's end-of-pass count).
func TestMeasureTwelfthHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{{measureSet{"en-tech12h.txt", false}, 0, 5}})
	holdMalwareTarget(t, "malware-urls12h.txt")
}
