package bot_test

import "testing"

// rev48c's sets (session 48, 2026-12-06), a review of bizword48: benign
// messages naming real kinds of firms whose bare name is two of the scam
// economy's plain words (a fund's capital-markets, a job board's
// remote-jobs, a tyre shop's wheel-outlet, a charity's debt-relief, a
// lender, a coin dealer; English and Vietnamese), and attack names that
// carry a sign beside such words (a promise, a number, a cheap ending, a
// task's word) or a doubled hyphen (daily--profit--crypto). Written by
// hand, split by the SHA-256 of the first link's host (0-7 tuning, 8-f
// held out). On main c4cbfc4 benignt was flagged 19 of 19 and attackt
// 16 of 17; plain words needing a sign beside them (bizPlain) and a
// doubled hyphen read as one take them to 5 and 17 (three of the five
// the link model's and the lexicon's own, as before bizword48; two,
// hedge-fund-returns and pension-fund-assets, bizName's still); on
// main cdf8e80 work48's brand reading adds remote-hiring.io (Remote as
// a brand): 6.
var rev48cSets = []tunedSet{
	{measureSet{"rev48c-benignt.txt", false}, 0, 6},
	{measureSet{"rev48c-attackt.txt", true}, 17, 0},
}

// TestMeasureRev48cTuning holds rev48c's tuning sets to what the review
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev48cTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev48cSets)
}

// TestMeasureRev48cHeldOut holds rev48c's held-out sets, read as counts
// only, to what the review counted at its end.
func TestMeasureRev48cHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev48c-benignh.txt", false}, 0, 0},
		{measureSet{"rev48c-attackh.txt", true}, 24, 0},
	})
}
