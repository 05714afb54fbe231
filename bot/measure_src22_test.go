package bot_test

import "testing"

// The twenty-second session's sets (src22, 2026-12-03): English tech
// text with links that nobody on the project wrote, taken by
// testdata/measure/src22 from the software installed on the project's
// workplace — one comment paragraph, docstring or POD paragraph a line
// from Go's source tree and module cache, Python's and Perl's libraries
// and the C headers of /usr/include (src22-codet/h), and one paragraph
// or list item a line of /usr/share/doc's READMEs, NEWS files and
// changelogs (src22-doct/h), as a developer would paste them into a
// chat. Each site is on one side only. They stand in for issue #9's
// "≤ 0.2 % of links in ordinary English tech chat flagged". The tuning
// halves are held to what main reached when they landed; the held-out
// halves are held to the same as counts only.
var src22TuningSets = []tunedSet{
	// 2 of 1,021 flagged on 110c67a (2 deleted), holding 2 of 1,151
	// links (0.17 %): small sites' pages read as a kit's path; 1 with
	// http22's reading of a plain-HTTP page of content (a list archive's
	// message) as its HTTPS twin; 0 with cite30's plain-HTTP page cited
	// in technical prose that names it
	{measureSet{"src22-codet.txt", false}, 0, 0},
	// 5 of 1,120 on 110c67a (2 warned, 3 deleted), holding 6 of 1,293
	// links (0.46 %); 4 (1 deleted) with cite30's plain-HTTP page cited
	// in technical prose that names it; 2 (1 deleted) with fp32's one
	// mild word in plain chat kept out of the message stage ("Add
	// support of …", "Patch by …")
	{measureSet{"src22-doct.txt", false}, 0, 2},
}

// TestMeasureTwentySecondTuningSets holds src22-codet.txt and
// src22-doct.txt to what main reached; MEASURE_SHOW=1 logs the lines
// judged wrongly.
func TestMeasureTwentySecondTuningSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, src22TuningSets)
}

// TestMeasureTwentySecondHeldOutSets measures src22-codeh.txt and
// src22-doch.txt, read as counts only (never line by line, never with
// MEASURE_SHOW), and fails when a change flags more of them than main
// did when they landed (a regression guard: nothing is tuned to these
// lines, and the bounds are lowered only by a pass's end-of-pass count).
func TestMeasureTwentySecondHeldOutSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// 3 of 595 on 110c67a (1 warned, 2 deleted), holding 3 of 662
		// links (0.45 %)
		{measureSet{"src22-codeh.txt", false}, 0, 3},
		// 16 of 951 on 110c67a (7 warned, 9 deleted), holding 23 of 1,113
		// links (2.1 %); 14 with brand22's readings (0a3cbe6), 13 with
		// http22's plain-HTTP content pages, 10 with blog22's blog posts
		// read as their blog's homepage, 8 (1 deleted) at the end of
		// session 32 (fa2b05e)
		{measureSet{"src22-doch.txt", false}, 0, 8},
	})
}
