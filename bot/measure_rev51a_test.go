package bot_test

import "testing"

// rev51a's sets (session 51, 2026-12-06, a review of auto51): shops',
// guides', dealers' and breeders' own names made of a car's, a driver's
// or a pet's words on ordinary endings, which auto51's brandless reading
// warned (puppy-crate.com, kennel-fees.co.uk, ev-charging-fees.com,
// dang-kiem-xe-oto.com, mua-xe-tra-gop.com, instant-car-offer.com), and
// brandless car, driver and pet scam names in variants auto51's sets do
// not hold, written by hand by rev51a and split by the SHA-256 of the
// first link's host (0-7 tuning, 8-f held out). On main 64cf6a50
// attackt was flagged 17 of 24, attackh 11 of 14, benignt 0 of 33,
// benignh 0 of 37; on rev51a attackt 22, attackh 13, benignt 0, benignh 0.
var rev51aSets = []tunedSet{
	{measureSet{"rev51a-benignt.txt", false}, 0, 0},
	{measureSet{"rev51a-attackt.txt", true}, 22, 0},
}

// TestMeasureRev51aTuning holds rev51a's tuning sets to what rev51a
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev51aTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev51aSets)
}

// TestMeasureRev51aHeldOut holds rev51a's held-out sets, read as counts
// only, to what the review counted at its end: a regression guard.
func TestMeasureRev51aHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev51a-benignh.txt", false}, 0, 0},
		{measureSet{"rev51a-attackh.txt", true}, 13, 0},
	})
}
