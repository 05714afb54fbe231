package bot_test

import "testing"

// host49's sets (session 49, 2026-12-06): impostor pages on hosts anyone
// can use — site builders' tenants, forms' ids, shorteners' names, file
// hosts' ids and fragments, cloud buckets, IPFS file names — named with
// shopping, travel and study words beside what a scam asks, English and
// Vietnamese run together; and their benign twins (travel blogs, student
// societies and small shops on the builders, shortened links to guides
// and schedules, class forms with random codes, lecture folders, own
// shares), written by hand. On main 019d4fe attackt was flagged 7 of 40
// and benignt 0 of 35; the theme's words read in slugName
// (classify_host49.go) take attackt to 40 and leave benignt at 0.
var host49Sets = []tunedSet{
	{measureSet{"host49-benignt.txt", false}, 0, 0},
	{measureSet{"host49-attackt.txt", true}, 39, 0}, // rev49e: visaapplicationfee.carrd.co, a fee beside a visa, is a price page's name too
}

// TestMeasureHost49Tuning holds host49's tuning sets to what the pass
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureHost49Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, host49Sets)
}

// TestMeasureHost49HeldOut holds host49's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard
// (nothing was tuned to their lines): on main 019d4fe attackh was
// flagged 1 of 22 and benignh 0 of 20; after the pass 21 and 0.
func TestMeasureHost49HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"host49-benignh.txt", false}, 0, 0},
		{measureSet{"host49-attackh.txt", true}, 20, 0}, // rev49e: one fee or update beside a non-parcel object
	})
}
