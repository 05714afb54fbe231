package bot_test

import "testing"

// auto51's sets (session 51, 2026-12-06): cars', ride-hailing's and
// pets' impostors on invented attacker hosts named for car marketplaces
// and dealers, car-history and valuation services, car makers' recalls,
// auto lenders, EV-charging networks, parking apps, ride-hailing and
// delivery-driver platforms, kennel clubs, pet shops, pet insurers and
// pet-shipping firms, their typos and punycode, joined to an offer's, an
// escrow's, a payout's, a VIN report's, a recall's, a loan's, a charge's,
// a driver's bonus's or a puppy's deposit's, shipping's or customs'
// words, and brandless car, driver and pet names in English and
// Vietnamese; and a chat linking the same companies on their real hosts
// beside recall lookups, forums, charging maps and projects, shelters and
// breed clubs, written by hand by auto51 and split by the SHA-256 of the
// first link's host (0-7 tuning, 8-f held out). On main (64cf6a50)
// attackt was flagged 62 of 94, attackh 48 of 83, benignt 0 of 76 and
// benignh 0 of 69; on auto51 attackt 94, attackh 78 (counted by
// measure.sh at each run, its lines never shown), benignt 0, benignh 0.
var auto51Sets = []tunedSet{
	{measureSet{"auto51-benignt.txt", false}, 0, 0},
	{measureSet{"auto51-attackt.txt", true}, 94, 0},
}

// TestMeasureAuto51Tuning holds auto51's tuning sets to what auto51
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureAuto51Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, auto51Sets)
}

// TestMeasureAuto51HeldOut holds auto51's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard
// (nothing is tuned to their lines).
func TestMeasureAuto51HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"auto51-benignh.txt", false}, 0, 0},
		{measureSet{"auto51-attackh.txt", true}, 78, 0},
	})
}
