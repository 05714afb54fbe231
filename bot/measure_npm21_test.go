package bot_test

import "testing"

// The twenty-first session's sets (npm21, 2026-12-03): English tech text
// with links that nobody on the project wrote, taken by
// testdata/measure/npm21 from npm packages — the paragraphs and list
// items of the READMEs that npm installed for a score of JavaScript
// toolchains, and the one-line summaries of the workplace's list of npm
// packages, as a developer would paste them into a chat (npm-text21t/h),
// and the homepage, repository and bug-tracker URLs of the installed
// packages' package.json files, posted bare (npm-home21t/h). Each site
// is on one side only. They stand in for issue #9's "≤ 0.2 % of links
// in ordinary English tech chat flagged". The tuning halves are held to
// what main reached when they landed; the held-out halves are only
// logged.
var npm21TuningSets = []tunedSet{
	// 20 of 6,521 flagged on dfddf6c (10 warned, 10 deleted), holding 32
	// of 8,353 links (0.38 %); 17 (9 warned, 8 deleted), holding 27
	// links (0.32 %), with tech21's reading of prose that names its link
	// beside one mild lure word (an npm package, an official repository);
	// 14 (6 warned, 8 deleted) with look21's reading of a look-alike
	// that says something else in words (core-js.io no longer Correos's);
	// 13 (5 warned, 8 deleted) with dl21's reading of a .js written as
	// code in a README's sentence (UglifyJS's
	// `http://foo.com/src/js/file1.js`); 12 (5 warned, 7 deleted) with
	// http22's reading of a plain-HTTP page of content as its HTTPS twin;
	// 10 (5 warned, 5 deleted) with brand pages trusted (devbrand23:
	// facebook.github.io/jsx over plain HTTP); 9 (4 warned, 5 deleted)
	// with fp32's one mild word in plain chat kept out of the message
	// stage (an npm package tarball)
	{measureSet{"npm-text21t.txt", false}, 0, 9},
	// 2 of 2,973 on dfddf6c (2 warned); 1 with look21's (core-js.io)
	{measureSet{"npm-home21t.txt", false}, 0, 1},
}

// TestMeasureTwentyFirstTuningSets holds npm-text21t.txt and
// npm-home21t.txt to what the session reached; MEASURE_SHOW=1 logs the
// lines judged wrongly.
func TestMeasureTwentyFirstTuningSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, npm21TuningSets)
}

// TestMeasureTwentyFirstHeldOutSets measures npm-text21h.txt and
// npm-home21h.txt, read once at the end of a pass as counts only, and
// fails when a change flags more of them than main did at the end of the
// session that made them (a regression guard: nothing is tuned to these
// lines, and the bounds are lowered only by a pass's end-of-pass count).
func TestMeasureTwentyFirstHeldOutSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// 7 of 5,072 on dfddf6c (11 of 6,288 links), 6 (9 links) on ce759cd,
		// 5 (8 links) with http22's plain-HTTP content pages, 2 (0
		// deleted) at the end of session 32 (fa2b05e)
		{measureSet{"npm-text21h.txt", false}, 0, 2},
		// 0 of 2,531 on dfddf6c and ce759cd
		{measureSet{"npm-home21h.txt", false}, 0, 0},
	})
}
