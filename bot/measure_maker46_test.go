package bot_test

import "testing"

// maker46's sets (session 46, 2026-12-05): phishing and shop scams aimed
// at makers, sellers and mobile developers (fake shops, sales, orders,
// invoices and payouts of 3D-printer makers, electronics shops, PCB fabs
// and maker marketplaces; fake Google Play Console, Firebase, Google
// Cloud, App Store Connect, TestFlight, Apple Developer, Expo and AdMob
// notices; brandless clearance, preorder and outlet names for hobbyists'
// gear) on invented attacker hosts, and a makers' and mobile developers'
// chat linking the same shops and platforms on their real hosts, written
// by hand by maker46 and split by the SHA-256 of the first link's host
// (0-7 tuning, 8-f held out). On main (b240361) attackt was flagged 37
// of 66, attackh 43 of 66, benignt 0 of 83, benignh 0 of 61.
var maker46Sets = []tunedSet{
	{measureSet{"maker46-benignt.txt", false}, 0, 0},
	{measureSet{"maker46-attackt.txt", true}, 65, 0},
}

// TestMeasureMaker46Tuning holds maker46's tuning sets to what maker46
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureMaker46Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, maker46Sets)
}

// TestMeasureMaker46HeldOut holds maker46's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard (nothing
// is tuned to their lines).
func TestMeasureMaker46HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"maker46-benignh.txt", false}, 0, 0},
		{measureSet{"maker46-attackh.txt", true}, 64, 0},
	})
}
