package bot_test

import "testing"

// The tenth sets (testdata/measure/eval10-*, 2026-12-05) were written
// blind by a helper (eval10) who had read none of the earlier sets, lure or
// brand lists, benchmarks, docs or rule code (only the ninth sets' test
// file, for the layout, and readMeasureSet, for the line format), from
// general knowledge of how such messages looked in 2024–2026, and were
// committed before anything was run on them; an automated check that
// printed only counts dropped every line already in another set and every
// duplicate. In the English tech chat, 1,227 lines were joined by a
// script from as many hand-written link-and-topic pairs (programming
// languages, web, DevOps and cloud, sysadmin, homelab and self-hosting,
// databases, security research, ML and data, gamedev, Linux and BSD,
// embedded and electronics, retro computing, open source governance,
// careers, conferences) and 147 sentence frames, the script dropping the
// scheme from a tenth of the links and making a twenty-fifth http; the
// other 273 lines were written whole (code in backticks, two links,
// advisories, release downloads). About half the links go to popular
// sites and half to long-tail ones. The other sets were written line by line: benign
// Vietnamese messages with links on the real organisations' domains;
// Vietnamese smishing; malware download URLs and messages; English
// phishing chat; and never-seen scam domains, bare. Every attacker host
// was invented. Nobody tunes on them: TestMeasureEval10 logs what each set
// gets and holds them to no threshold; it fails only on a malformed line.
// With MEASURE_SHOW=1 it logs every line with its level, score and reasons
// (WRONG marks a benign line flagged or a scam allowed).
var eval10Sets = []measureSet{
	{"eval10-en-tech.txt", false},
	{"eval10-vi-benign.txt", false},
	{"eval10-vi-smishing.txt", true},
	{"eval10-malware-urls.txt", true},
	{"eval10-en-phish.txt", true},
	{"eval10-scam-domains.txt", true},
}

// TestMeasureEval10 logs, for each tenth set, the messages and links and
// how many are flagged, warned and deleted.
func TestMeasureEval10(t *testing.T) {
	t.Parallel()
	measureSets(t, eval10Sets, true)
}
