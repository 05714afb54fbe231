package bot_test

import "testing"

// bill50's sets (session 50, 2026-12-06): utilities' and carriers'
// impostors on invented attacker hosts named for mobile carriers,
// broadband providers, electricity, gas and water companies and the
// energy regulator, their typos and punycode, joined to a bill's, a
// disconnection's, a refund's, a SIM's, an eSIM's, a port-out's or a
// points programme's words, and brandless bill, shut-off, SIM/eSIM,
// porting and points names in English and Vietnamese; and a chat
// linking the same companies on their real hosts beside comparison
// sites, forums, phone shops, SIM resellers and IoT/SIM developer docs,
// written by hand by bill50 and split by the SHA-256 of the first
// link's host (0-7 tuning, 8-f held out). On main (5f4ae43) attackt was
// flagged 81 of 116, attackh 81 of 112, benignt 1 of 102 (bchydro.com's
// billing page, read as a lone sign-in page) and benignh 0 of 78; on
// bill50 attackt 114, attackh 105, benignt 0 (BC Hydro's own domain now
// a brand's), benignh 0.
var bill50Sets = []tunedSet{
	{measureSet{"bill50-benignt.txt", false}, 0, 0},
	{measureSet{"bill50-attackt.txt", true}, 114, 0},
}

// TestMeasureBill50Tuning holds bill50's tuning sets to what bill50
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureBill50Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, bill50Sets)
}

// TestMeasureBill50HeldOut holds bill50's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard
// (nothing is tuned to their lines).
func TestMeasureBill50HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"bill50-benignh.txt", false}, 0, 0},
		{measureSet{"bill50-attackh.txt", true}, 105, 0},
	})
}
