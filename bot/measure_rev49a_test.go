package bot_test

import "testing"

// rev49a's sets (session 49, 2026-12-06, a review of trip49): a travel
// chat linking tour sellers', hotels', lodges', venues' and agencies'
// own names that hold a word-like travel platform's name beside their
// own booking words, and visa, passport and permit agencies' names
// (benign); impostor names of word-like airlines beside their own miles
// programme's name and an expiry, e-visa resellers beside a country's
// word, word-like travel names beside a booking's word and an act
// (attack). Written by hand by rev49a and split by the SHA-256 of the
// first link's host (0-7 tuning, 8-f held out). On trip49's main
// (6f7b9da) benignt was flagged 15 of 18, benignh 10 of 15, attackt 7 of
// 12 and attackh 7 of 12; on rev49a benignt 1 (japan-visa-service, the
// link model's, as on 019d4fe), benignh 0, attackt 12, attackh 12.
var rev49aSets = []tunedSet{
	{measureSet{"rev49a-benignt.txt", false}, 0, 1},
	{measureSet{"rev49a-attackt.txt", true}, 12, 0},
}

// TestMeasureRev49aTuning holds rev49a's tuning sets to what rev49a
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev49aTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev49aSets)
}

// TestMeasureRev49aHeldOut holds rev49a's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard
// (nothing is tuned to their lines).
func TestMeasureRev49aHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev49a-benignh.txt", false}, 0, 0},
		{measureSet{"rev49a-attackh.txt", true}, 12, 0},
	})
}
