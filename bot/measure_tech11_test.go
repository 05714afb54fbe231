package bot_test

import "testing"

// The eleventh pass's sets (det11a, 2026-12-01, written and committed
// before any rule of the pass ran on them): en-tech11t.txt is English
// tech chat heavy on downloads — programs, installers, archives and APKs
// on makers' own pages, mirrors, storage buckets, code hosts' releases
// with generic names — with previews, tunnels and ordinary links mixed
// in; malware-urls11t.txt holds droppers in the shapes a loosening of
// those downloads could let through (compromised small-business sites
// over TLS, fake download sites of made-up and real utilities, buckets
// and CDNs, fake mirrors, abused releases). The plain-download rule
// (plainDownload) was tuned on both, so they measure nothing held out;
// each is held to what it reached (before the rule: 82 of 322 tech
// messages flagged, 39 of 44 droppers; four real mirrors' downloads of
// VLC, GIMP and LibreOffice are warned about since rev8a's review, as a
// fake mirror's are; since dl27 those on a mirror host of a site that
// carries a Debian or Ubuntu mirror are noted: 19 -> 14). Droppers held
// at 43 since files30's impostor repositories (a release in
// OWNER/NAME where the owner claims to be the project's dev, team or
// official account: 42 -> 43). Tech held at 10 since files31's
// numbered release hosts (download2.veeam.com's versioned agent beside
// "free" is noted as on download.: 11 -> 10).
var eleventhTuningSets = []tunedSet{
	{measureSet{"en-tech11t.txt", false}, 0, 10}, {measureSet{"malware-urls11t.txt", true}, 43, 0},
}

// TestMeasureEleventhTuningSets holds each tuning set to what it
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureEleventhTuningSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, eleventhTuningSets)
}

// TestMeasureEleventhHeldOut reads en-tech11h.txt and malware-urls11h.txt,
// written with the tuning sets of other corners and names, committed
// before any run and read once at the end of the pass. The droppers are
// held to issue #9's target for malware file URLs, 80 % flagged, so that a
// later loosening of downloads that lets them through fails here; the tech
// chat misses its target (0.2 % of links: 8 of 182 links at the end of
// the pass; BENCHMARKS.md) and is held to the count main reached on
// 6d39410 (src22, 2026-12-03): 7 of 180 flagged (5 deleted), read as a
// count only (a regression guard: nothing is tuned to its lines, and the
// bound is lowered only by a pass's end-of-pass count).
func TestMeasureEleventhHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{{measureSet{"en-tech11h.txt", false}, 0, 7}})
	holdMalwareTarget(t, "malware-urls11h.txt")
}

// holdMalwareTarget measures a set of malware file URLs and holds it to
// issue #9's target for them: 80 % flagged.
func holdMalwareTarget(t *testing.T, file string) {
	t.Helper()
	wd := measureSets(t, []measureSet{{file, true}}, false)[0]
	lines, err := readMeasureSet("testdata/measure/" + file)
	if err != nil {
		t.Fatal(err)
	}
	if flagged := wd[0] + wd[1]; float64(flagged) < 0.8*float64(len(lines)) {
		t.Errorf("%s: %d of %d flagged, below issue #9's 80 %% for malware file URLs (MEASURE_SHOW=1 lists the misses)", file, flagged, len(lines))
	}
}
