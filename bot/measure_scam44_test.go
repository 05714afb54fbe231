package bot_test

import "testing"

// scam44's sets (session 44, 2026-12-05): bare scam domains named for a
// notice or a payment, as the 2024-2026 smishing waves name them (road
// tolls, parcel redelivery and customs fees, licence suspension, tax,
// benefit and refund payments, documents to sign, outlets, ticket
// resale, gift-card surveys), invented by hand, and real hyphenated
// multi-word domains people link (public services, firms, shops, news,
// charities, projects), split by the SHA-256 of the host (0-7 tuning,
// 8-f held out), all committed before any rule of the pass ran on them.
// Before the pass (main 99f6947) attackt was flagged 80 of 191, attackh
// 71 of 171, benignt 1 of 134 and benignh 1 of 165; the reading of a
// notice's name (noticeName, classify_scam44.go) takes attackt to 174 and
// leaves benignt as it was. Two benign lines of each half were dropped
// after the pass (132 and 163 left; none flagged) because the hosts they
// link are on the trainer's list of small benign sites
// (TestSmallHostsTuningSide).
var scam44Sets = []tunedSet{
	{measureSet{"scam44-benignt.txt", false}, 0, 1},
	{measureSet{"scam44-attackt.txt", true}, 174, 0},
}

// TestMeasureScam44Tuning holds scam44's tuning sets to what scam44
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureScam44Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, scam44Sets)
}

// TestMeasureScam44HeldOut holds scam44's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard (nothing
// is tuned to their lines).
func TestMeasureScam44HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// benignh 1 of 165 and attackh 144 of 171 (71 before) at the
		// end of the pass, counted once
		{measureSet{"scam44-benignh.txt", false}, 0, 1},
		{measureSet{"scam44-attackh.txt", true}, 144, 0},
	})
}
