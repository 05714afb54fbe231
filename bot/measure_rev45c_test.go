package bot_test

import "testing"

// rev45c's sets (session 45, 2026-12-05), written to review host45:
// developers' own sites on hosting platforms and buckets named after the
// services and sign-ins they build on (an auth service's coverage, a
// finops bucket's report, an Okta sample beside "callback errors"), and
// phishing there written to dodge host45's reading. On host45 techt was
// flagged 23 of 40 (main 2f5a0cf: 14), phisht 22 of 29 (main: 10);
// rev45c's fixes leave techt at 15 (main's 14 and a bucket website
// named my-portal-site, left) and phisht at 25. techh was written after
// the fixes and measured once (main 3, host45 7, rev45c 3).
var rev45cSets = []tunedSet{
	{measureSet{"rev45c-techt.txt", false}, 0, 15},
	{measureSet{"rev45c-phisht.txt", true}, 25, 0},
}

// TestMeasureRev45cTuning holds rev45c's tuning sets to what rev45c
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev45cTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev45cSets)
}

// TestMeasureRev45cHeldOut holds rev45c's held-out set, read as counts
// only, to what it counted when measured once (3 of 20, each flagged on
// main before host45): a regression guard.
func TestMeasureRev45cHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev45c-techh.txt", false}, 0, 3},
	})
}
