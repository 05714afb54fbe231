package bot_test

import "testing"

// The fourth sets (testdata/measure/eval4-*, 2026-12-01) were written by a
// helper (eval4) who had read none of the earlier sets, lure or brand
// lists or rule code, from general knowledge of how such messages looked
// in 2024–2026, and were committed (8a325b8) before anything was run on
// them: ordinary English tech chat with links (issues, releases, docs,
// registries, official downloads and install one-liners, consoles, CI,
// local addresses, security talk with defanged indicators, bot tokens and
// webhooks), benign Vietnamese messages with links on the real brands'
// and services' domains, Vietnamese smishing, malware file URLs, English
// phishing chat, and bare never-seen scam domains. Nobody tunes on them:
// TestMeasureEval4 logs what each set gets and holds them to no
// threshold; it fails only on a malformed line. With MEASURE_SHOW=1 it
// logs every line with its level, score and reasons (WRONG marks a
// benign line flagged or a scam allowed).
var eval4Sets = []measureSet{
	{"eval4-en-tech.txt", false},
	{"eval4-vi-benign.txt", false},
	{"eval4-vi-smishing.txt", true},
	{"eval4-malware-urls.txt", true},
	{"eval4-en-phish.txt", true},
	{"eval4-scam-domains.txt", true},
}

// TestMeasureEval4 logs, for each fourth set, the messages and links and
// how many are flagged, warned and deleted.
func TestMeasureEval4(t *testing.T) {
	t.Parallel()
	measureSets(t, eval4Sets, true)
}
