package bot_test

import "testing"

// en-tech4t.txt (2026-12-01) is a tuning set of English tech chat with
// links, written and committed (1bcc092) before anything ran on it:
// issues, PRs, releases, docs, registries, CI, pastes, official downloads
// and release binaries, install one-liners, status pages, shorteners,
// localhost and private addresses, security people quoting or defanging
// indicators, "login", "verify", "wallet", "free" and "password" in their
// technical sense, and Discord and Telegram developers' talk. The rules
// for false positives were tuned on it, so it measures nothing held out;
// it is held to what it reached, a gate against the classes it showed
// coming back.
//
// en-tech4h.txt was written after those fixes, in the same way but of
// other corners (data science, mobile, games, infrastructure, networks,
// Windows administration, hardware, web3 developers, security research),
// and committed (1092ac1) before anything ran on it: it is read to
// report; src22 (2026-12-03) held it to the count main reached on
// 6d39410 (1 of 262 flagged, deleted). malware-urls4h.txt (committed
// before it ran) holds fake installers and cracked software served over
// TLS in paths shaped like releases, from impostor names, download
// portals and compromised small-business sites: the shapes the release
// rules (projectRelease, selfNamedRelease) could let through; read once,
// then the rule was narrowed on it; src22 held it to at least the count main
// reached on 6d39410 (36 of 40 flagged, 34 deleted). Both are read as
// counts only: a regression guard (nothing is tuned to their lines).
//
// MEASURE_SHOW=1 logs each false alarm or miss with its score and
// reasons (measureSets).
func TestMeasureTechTuning4(t *testing.T) {
	t.Parallel()
	got := measureSets(t, []measureSet{{"en-tech4t.txt", false}}, false)[0]
	// Held to what it reached (38 flagged, 22 deleted, when first read):
	// what is left is the link model's reading of real sites' paths
	// (auth0.com/docs/…, virustotal.com/gui/file/HASH), programs on a
	// site's own pages rather than its download host (7-zip.org/a/…,
	// the.earth.li's PuTTY: malware-urls4h shows why), programs with no
	// version, APKs and storage buckets; see BENCHMARKS.
	if warned, deleted := got[0], got[1]; warned+deleted > 22 || deleted > 9 {
		t.Errorf("en-tech4t.txt: %d flagged (%d deleted), want at most 22 (9); MEASURE_SHOW=1 lists them", warned+deleted, deleted)
	}
}

// TestMeasureHeldOut4 holds the held-out en-tech4h.txt and the
// malware-urls4h.txt probe to the counts main reached on 6d39410.
func TestMeasureHeldOut4(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"en-tech4h.txt", false}, 0, 1},
		{measureSet{"malware-urls4h.txt", true}, 36, 0},
	})
}
