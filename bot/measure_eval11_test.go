package bot_test

import "testing"

// The eleventh sets (testdata/measure/eval11-*, 2026-12-05) were written
// blind by a helper (eval11) who had read none of the earlier sets, lure or
// brand lists, benchmarks, docs or rule code (only the tenth sets' test
// file, for the layout, and readMeasureSet, for the line format), from
// general knowledge of how such messages looked in 2024–2026, and were
// committed before anything was run on them; an automated check that
// printed only counts dropped every line already in another set and every
// duplicate. In the English tech chat, 1,200 lines were joined by a
// script from 282 hand-written link-and-topic pairs (mobile development,
// accessibility, typography and design tools, browser extensions,
// scientific computing and HPC, networking and ham radio, 3D printing,
// audio and DSP, game modding, bioinformatics, GIS and maps, fintech
// APIs, e-commerce platforms, CMS and WordPress, localisation, academic
// papers and preprints, and some popular general sites) and 120 sentence
// frames, the script dropping the scheme from a tenth of the links and
// making a twenty-fifth http; the other 307 lines were written whole
// (install one-liners and commands in backticks, two links in a line,
// release downloads, issue links, conference and course pages). About
// half the links go to popular sites and half to long-tail ones. The
// other sets were written line by line: benign Vietnamese messages with
// links on the real organisations' domains (banks, carriers, shops,
// couriers, government services, schools, news, events); Vietnamese
// smishing; malware download URLs and messages; English phishing chat;
// and never-seen scam domains, bare. Every attacker host was invented.
// Nobody tunes on them: TestMeasureEval11 logs what each set gets and
// holds them to no threshold; it fails only on a malformed line. With
// MEASURE_SHOW=1 it logs every line with its level, score and reasons
// (WRONG marks a benign line flagged or a scam allowed).
var eval11Sets = []measureSet{
	{"eval11-en-tech.txt", false},
	{"eval11-vi-benign.txt", false},
	{"eval11-vi-smishing.txt", true},
	{"eval11-malware-urls.txt", true},
	{"eval11-en-phish.txt", true},
	{"eval11-scam-domains.txt", true},
}

// TestMeasureEval11 logs, for each eleventh set, the messages and links
// and how many are flagged, warned and deleted.
func TestMeasureEval11(t *testing.T) {
	t.Parallel()
	measureSets(t, eval11Sets, true)
}
