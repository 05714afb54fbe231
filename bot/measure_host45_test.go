package bot_test

import "testing"

// host45's sets (session 45, 2026-12-05): phishing aimed at admins and
// developers on sites anyone makes (a service's name beside a sign-in's,
// a key's, a bill's or an account's word on a hosting platform's
// subdomain; a webmail's sign-in there; a storage bucket's page named for
// an invoice or a sign-in), and developers' own sites on the same
// platforms (demos, samples, starters and portfolios named after the
// services they build on; buckets' reports and static sites), written
// by host45 and split by tech28's rule (the SHA-256 of the line's host,
// 0-9 tuning, a-f held out) before any rule of the pass ran on them.
// Before the pass (69fbc97) phisht was flagged 102 of 150, techt 15 of
// 103 (every one a sample named after a protected brand or a sign-in,
// flagged by the link model or the brand's name as before); a hosting
// platform's site weighed by its signs of a sign-in (judgeHostedTool)
// and a bucket's page by its words (judgeBucketPage) take phisht to 137
// and leave techt at 15; a number run onto the service's name read off
// there (undigitedSite) takes phisht to 140.
var host45Sets = []tunedSet{
	{measureSet{"host45-techt.txt", false}, 0, 15},
	{measureSet{"host45-phisht.txt", true}, 140, 0},
}

// TestMeasureHost45Tuning holds host45's tuning sets to what host45
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureHost45Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, host45Sets)
}

// TestMeasureHost45HeldOut holds host45's held-out sets, read as counts
// only, to what the pass counted at its end (phishh 47 of 68 before, 68
// after; techh 7 of 62 before, 8 after: a finops bucket's report page
// named for billing warned, until rev45c read a bucket's reports as a
// team's own: 7): a regression guard (nothing is tuned to their lines).
func TestMeasureHost45HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"host45-techh.txt", false}, 0, 7},
		{measureSet{"host45-phishh.txt", true}, 68, 0},
	})
}
