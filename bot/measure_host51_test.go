package bot_test

import "testing"

// host51's sets (session 51, 2026-12-06): impostor pages on hosts anyone
// can use — site builders' tenants, hosting platforms' sites, Google
// Sites pages, forms' and files' ids, shorteners' names, cloud buckets,
// IPFS file names, raw IP hosts — named with home, car, family and
// relationship words beside what a scam asks, English and Vietnamese run
// together; and their benign twins (small businesses' and schools' own
// sites, shortened links to events, documents and videos, forms that ask
// for nothing, the same words in sentences), written by hand.
var host51Sets = []tunedSet{
	{measureSet{"host51-benignt.txt", false}, 0, 1}, // main warns annaleephotography.wixsite.com/weddings (phishing_pattern), not this reading
	{measureSet{"host51-attackt.txt", true}, 35, 0},
}

// TestMeasureHost51Tuning holds host51's tuning sets to what the pass
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureHost51Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, host51Sets)
}

// TestMeasureHost51HeldOut holds host51's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard (nothing
// was tuned to their lines).
func TestMeasureHost51HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"host51-benignh.txt", false}, 0, 0},
		{measureSet{"host51-attackh.txt", true}, 18, 0},
	})
}
