package bot_test

import "testing"

// home51's sets (session 51, 2026-12-06): phishing and scams aimed at
// renters, landlords, buyers, borrowers, movers and home owners on
// invented attacker hosts named for listing portals, rental
// marketplaces, tenant and resident-payment portals, property-management
// software, HOA portals, mortgage lenders and servicers, title and
// escrow firms, deposit-protection schemes, movers and storage chains,
// alarm and doorbell-camera companies and Vietnamese real-estate portals
// and developers, and brandless deposit, rent, lease, keys, escrow,
// closing-wire and Vietnamese đặt cọc, thuê nhà, vay mua nhà names; and
// a housing chat linking the same companies on their real hosts beside
// tenant unions, housing charities and offices, calculators, agents'
// own sites and news about rental scams, written by hand by home51 and
// split by the SHA-256 of the first link's host (0-7 tuning, 8-f held
// out). On main (64cf6a50) attackt was flagged 37 of 74, attackh
// 40 of 81, benignt 0 of 70 and benignh 0 of 65; on home51 attackt 73,
// attackh 80, benignt 0, benignh 0.
var home51Sets = []tunedSet{
	{measureSet{"home51-benignt.txt", false}, 0, 0},
	{measureSet{"home51-attackt.txt", true}, 73, 0},
}

// TestMeasureHome51Tuning holds home51's tuning sets to what home51
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureHome51Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, home51Sets)
}

// TestMeasureHome51HeldOut holds home51's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard
// (nothing is tuned to their lines).
func TestMeasureHome51HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"home51-benignh.txt", false}, 0, 0},
		{measureSet{"home51-attackh.txt", true}, 80, 0},
	})
}
