package bot_test

import "testing"

// care50's sets (session 50, 2026-12-06): phishing and scams aimed at
// patients, the insured and donors on invented attacker hosts named for
// patient portals, hospital systems, labs, pharmacies and drug-price
// sites, health, car and home insurers, life insurers and pension funds,
// charities and giving platforms, Vietnamese hospitals, labs, pharmacy
// chains, insurers and the relief fund, and brandless lab-result,
// prescription, telehealth, claim and disaster-relief names (English and
// Vietnamese); and a health, insurance and giving chat linking the same
// organisations on their real hosts beside research, open-data,
// comparison and developers' sites and news about health scams, written
// by hand by care50 and split by the SHA-256 of the first link's host
// (0-7 tuning, 8-f held out). On main (5f4ae43) attackt was flagged 43
// of 71, attackh 53 of 92, benignt 0 of 76 and benignh 0 of 63; on
// care50 attackt 71, attackh 91, benignt 0, benignh 0.
var care50Sets = []tunedSet{
	{measureSet{"care50-benignt.txt", false}, 0, 0},
	{measureSet{"care50-attackt.txt", true}, 71, 0},
}

// TestMeasureCare50Tuning holds care50's tuning sets to what care50
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureCare50Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, care50Sets)
}

// TestMeasureCare50HeldOut holds care50's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard
// (nothing is tuned to their lines).
func TestMeasureCare50HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"care50-benignh.txt", false}, 0, 0},
		{measureSet{"care50-attackh.txt", true}, 91, 0},
	})
}
