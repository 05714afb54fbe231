package bot_test

import "testing"

// trip49's sets (session 49, 2026-12-06): phishing and scams aimed at
// travellers on invented attacker hosts named for booking and travel
// sites, hotel chains and their programmes, airlines and their miles
// programmes, rail, bus and ferry operators, eSIM sellers, ride-hailing
// and car rental, tour sellers and Vietnamese travel firms, and
// brandless travel-notice names (e-visa, travel authorisation, visa
// appointment, passport renewal, cheap tickets, miles expiring; English
// and Vietnamese); and a travel chat linking the same platforms on their
// real hosts beside blogs, trackers, airports, tourism boards and
// ordinary names holding the same words, written by hand by trip49 and
// split by the SHA-256 of the first link's host (0-7 tuning, 8-f held
// out). On main (019d4fe) attackt was flagged 76 of 129, attackh 50 of
// 109, benignt 0 of 133 and benignh 1 of 132; on trip49 attackt 123,
// attackh 101, benignt 0, benignh 1.
var trip49Sets = []tunedSet{
	{measureSet{"trip49-benignt.txt", false}, 0, 0},
	{measureSet{"trip49-attackt.txt", true}, 123, 0},
}

// TestMeasureTrip49Tuning holds trip49's tuning sets to what trip49
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureTrip49Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, trip49Sets)
}

// TestMeasureTrip49HeldOut holds trip49's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard
// (nothing is tuned to their lines).
func TestMeasureTrip49HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"trip49-benignh.txt", false}, 0, 1},
		{measureSet{"trip49-attackh.txt", true}, 101, 0},
	})
}
