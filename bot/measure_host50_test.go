package bot_test

import "testing"

// host50's sets (session 50, 2026-12-06): impostor pages on hosts anyone
// can use — site builders' tenants, hosting platforms' sites, forms' ids,
// shorteners' names, file hosts' ids and fragments, cloud buckets, IPFS
// file names, free blogs — named with public-service, bill, health and
// charity words beside what a scam asks, English and Vietnamese run
// together; and their benign twins (agencies', councils', clubs' and
// charities' own sites, civic-tech projects, shortened links to guides
// and agency pages, sign-up and survey forms, public folders, family
// blogs), written by hand.
var host50Sets = []tunedSet{
	{measureSet{"host50-benignt.txt", false}, 0, 2}, // main warns both: benefit-eligibility-tool.netlify.app (domain_words: eligibility) and cutt.ly/lich-nop-thue-2026 (official_notice), not this reading
	{measureSet{"host50-attackt.txt", true}, 47, 0},
}

// TestMeasureHost50Tuning holds host50's tuning sets to what the pass
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureHost50Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, host50Sets)
}

// TestMeasureHost50HeldOut holds host50's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard (nothing
// was tuned to their lines).
func TestMeasureHost50HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"host50-benignh.txt", false}, 0, 1}, // main 5f4ae43 warns it too (not this reading)
		{measureSet{"host50-attackh.txt", true}, 20, 0},
	})
}
