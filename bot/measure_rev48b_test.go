package bot_test

import "testing"

// rev48b's sets (session 48, 2026-12-06): third-party names built around
// a protected brand's name and what the site is about (a sport, a
// community, rates and prices, a developer's project, Vietnamese
// subjects without marks), and scam names of a brand beside an account's
// or a service's act, in other orders, spellings and languages than
// brandmask48's own, written by hand; the tuning half was read with
// brandmask48 before rev48b's rule was chosen, the held-out half
// written before the rule ran and counted once. Before brandmask48
// (main 24bcd1a) benignt 39 of 103 and attackt 61 of 70 were flagged
// (the link model's own reading of long hyphenated brand names);
// brandmask48 took them to 61 and 65. rev48b's subject words, plural
// nouns and short names (brand/rev48b.go) take them to 43 (among them
// netflix-subtitle-downloads.com, zalo-nhom-hoc.com,
// airbnb-lottie-files.dev) and 64 (dpd-zustellung.com: a three-letter
// name beside one word).
var rev48bSets = []tunedSet{
	{measureSet{"rev48b-benignt.txt", false}, 0, 43},
	{measureSet{"rev48b-attackt.txt", true}, 64, 0},
}

// TestMeasureRev48bTuning holds rev48b's tuning sets to what the review
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev48bTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev48bSets)
}

// TestMeasureRev48bHeldOut holds rev48b's held-out sets, counted once at
// the end of the review, as a regression guard: benignh 21 of 60 before
// brandmask48, 34 with it, 25 with rev48b (first counted at 21 with a
// rule holding words drawn from its lines and the .dev ending: both
// taken out, the ending for an eval phishing line it lost); attackh 33
// of 36 before, 34 with it, 34 with rev48b (hsbc-payee-unblock.com
// kept).
func TestMeasureRev48bHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev48b-benignh.txt", false}, 0, 25},
		{measureSet{"rev48b-attackh.txt", true}, 34, 0},
	})
}
