package bot_test

import "testing"

// shop49's sets (session 49, 2026-12-06): shopping and delivery scams
// on invented attacker hosts named for the marketplaces, classifieds,
// second-hand apps, retailers, fashion, electronics and outdoor brands,
// couriers and delivery apps the brand tables did not know, and
// brandless buyer/seller and parcel-fee names; and a shopping chat
// linking the same shops and couriers on their real hosts beside price
// trackers, deal communities, review sites and ordinary shops with sale
// or outlet in their names, written by hand by shop49 and split by the
// SHA-256 of the first link's host (0-7 tuning, 8-f held out). On main
// (019d4fe) attackt was flagged 71 of 91, attackh 74 of 97, benignt 0
// of 75 and benignh 1 of 90; on shop49 (after trip49) attackt 88,
// attackh 91, benignt 0, benignh 1 (the same line as on main).
var shop49Sets = []tunedSet{
	{measureSet{"shop49-benignt.txt", false}, 0, 0},
	{measureSet{"shop49-attackt.txt", true}, 88, 0},
}

// TestMeasureShop49Tuning holds shop49's tuning sets to what shop49
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureShop49Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, shop49Sets)
}

// TestMeasureShop49HeldOut holds shop49's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard
// (nothing is tuned to their lines).
func TestMeasureShop49HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"shop49-benignh.txt", false}, 0, 1},
		{measureSet{"shop49-attackh.txt", true}, 91, 0},
	})
}
