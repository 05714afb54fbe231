package bot_test

import "testing"

// The fifth sets (testdata/measure/eval5-*, 2026-12-01) were written by
// the independent evaluator eval5, by hand from general knowledge of real
// chat, scams and the web, without reading the project's rules, word or
// brand lists, model, earlier measurement sets or ../shared data, and were
// committed before anything was run on them: ordinary English tech chat
// with links (docs, forges, releases and downloads, registries, consoles,
// status pages, pastes, CI, buckets, preview deployments, small personal
// sites, university pages, install one-liners, shorteners, local and raw
// IP addresses, defanged indicators in security talk), benign Vietnamese
// messages with links (banks, carriers, shops, couriers, schools,
// government portals, news, friends), Vietnamese smishing, English
// phishing chat, malware file URLs, and never-seen scam domains written
// as URLs. Each file opens with a "# " header saying who wrote it, when
// and how. Nobody tunes on them: TestMeasureEval5 logs per set the
// messages, the links, and how many are flagged, warned and deleted (for
// a benign set the links held by flagged messages are its flagged links),
// holds them to no threshold, and fails only on a malformed or shrunken
// set. With MEASURE_SHOW=1 it also logs the lines judged wrongly (a benign
// line flagged, a scam allowed), each with its level, score and reasons.
var eval5Sets = []measureSet{
	{"eval5-en-tech.txt", false},
	{"eval5-vi-benign.txt", false},
	{"eval5-vi-smishing.txt", true},
	{"eval5-en-phish.txt", true},
	{"eval5-malware-urls.txt", true},
	{"eval5-scam-domains.txt", true},
}

// eval5Min is the fewest messages each fifth set was written with, so
// that a set cut short by an edit fails rather than measures less.
var eval5Min = map[string]int{
	"eval5-en-tech.txt":      500,
	"eval5-vi-benign.txt":    150,
	"eval5-vi-smishing.txt":  80,
	"eval5-en-phish.txt":     80,
	"eval5-malware-urls.txt": 60,
	"eval5-scam-domains.txt": 150,
}

// TestMeasureEval5 logs, for each fifth set, the messages and links and
// how many are flagged, warned and deleted.
func TestMeasureEval5(t *testing.T) {
	t.Parallel()
	for _, s := range eval5Sets {
		lines, err := readMeasureSet("testdata/measure/" + s.file)
		if err != nil {
			t.Fatal(err)
		}
		if len(lines) < eval5Min[s.file] {
			t.Fatalf("%s: %d messages, written with at least %d", s.file, len(lines), eval5Min[s.file])
		}
	}
	measureSets(t, eval5Sets, false)
}
