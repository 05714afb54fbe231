package bot_test

import "testing"

// The twenty-fourth session's documentation sets (doc24, 2026-12-03):
// English tech prose with links that nobody on the project wrote, taken
// by testdata/measure/doc24 from the HTML of three Debian documentation
// packages installed on the project's workplace — Python 3.11's
// documentation (python3.11-doc: library reference, HOWTOs, What's New,
// FAQ, tutorial; doc24-pyt/h), the Linux kernel's Documentation
// (linux-doc-6.1; doc24-kernt/h) and Django 3.2's documentation
// (python-django-doc; doc24-djt/h) — one paragraph or list item a line,
// each link written after its words, as a developer pastes a paragraph
// of the docs into a chat. Each site is on one side only. They stand in
// for issue #9's "≤ 0.2 % of links in ordinary English tech chat
// flagged". The tuning halves are held to what main reached when they
// landed; the held-out halves are held to the same as counts only.
var doc24TuningSets = []tunedSet{
	// 0 of 283 flagged on 3fa769f, holding 0 of 353 links
	{measureSet{"doc24-pyt.txt", false}, 0, 0},
	// 3 of 378 on 3fa769f (1 warned, 2 deleted), holding 4 of 422 links
	// (0.95 %): phishing_pattern on old vendor and personal pages over
	// plain HTTP (.htm, .aspx, .jsp paths)
	{measureSet{"doc24-kernt.txt", false}, 0, 3},
	// 0 of 258 on 83b1dbd, holding 0 of 322 links
	{measureSet{"doc24-djt.txt", false}, 0, 0},
}

// TestMeasureTwentyFourthDocTuningSets holds doc24-pyt.txt,
// doc24-kernt.txt and doc24-djt.txt to what main reached;
// MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureTwentyFourthDocTuningSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, doc24TuningSets)
}

// TestMeasureTwentyFourthDocHeldOutSets measures doc24-pyh.txt,
// doc24-kernh.txt and doc24-djh.txt, read as counts only (never line by
// line, never with MEASURE_SHOW), and fails when a change flags more of them than main
// did when they landed (a regression guard: nothing is tuned to these
// lines, and the bounds are lowered only by a pass's end-of-pass count).
func TestMeasureTwentyFourthDocHeldOutSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// 1 of 287 on 3fa769f (1 warned), holding 1 of 350 links (0.29 %)
		{measureSet{"doc24-pyh.txt", false}, 0, 1},
		// 10 of 327 on 3fa769f (6 warned, 4 deleted), holding 12 of 373
		// links (3.2 %)
		{measureSet{"doc24-kernh.txt", false}, 0, 10},
		// 0 of 250 on 83b1dbd, holding 0 of 296 links
		{measureSet{"doc24-djh.txt", false}, 0, 0},
	})
}
