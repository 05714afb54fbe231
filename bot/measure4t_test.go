package bot_test

import "testing"

// The fourth tuning sets (2026-12-01, written and committed before any run
// on them, rules tuned on them): scams of the kinds the earlier sets lacked
// — Vietnamese traffic-fine, social-insurance, tax, power and water bills,
// government portals and Google Forms asking for a card or OTP or giving a
// prize; English toll, parking, courier and tax-refund texts, programs on
// file hosts and release pages offered as a cheat, crack or a friend's
// game, a product's name on another ending, shortened links whose path
// reads like an address — beside benign messages about the same things:
// the real portals and utilities, ordinary forms, real releases.
//
// Each set is held to what it reached (tighter than issue #9's targets):
// a scam set to at least min flagged, a benign set to at most max
// flagged.
var fourthTuningSets = []struct {
	measureSet
	min, max int
}{
	{measureSet{"vi-smishing4t.txt", true}, 30, 0}, {measureSet{"en-scam4t.txt", true}, 30, 0},
	{measureSet{"vi-benign4t.txt", false}, 0, 0}, {measureSet{"en-benign4t.txt", false}, 0, 0},
}

// TestMeasureFourthTuningSets holds each tuning set to what it reached;
// MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureFourthTuningSets(t *testing.T) {
	t.Parallel()
	var sets []measureSet
	for _, s := range fourthTuningSets {
		sets = append(sets, s.measureSet)
	}
	for i, wd := range measureSets(t, sets, false) {
		s, flagged := fourthTuningSets[i], wd[0]+wd[1]
		if s.scam && flagged < s.min || !s.scam && flagged > s.max {
			t.Errorf("%s: %d flagged, want at least %d and at most %d (MEASURE_SHOW=1 lists them)", s.file, flagged, s.min, max(s.max, s.min))
		}
	}
}

// fourthHeldOut are det9c's held-out check of the rules tuned on the
// fourth tuning sets: the same kinds in other words and hosts, written
// after the rules and committed before any run on them, read once. They
// are held to issue #9's targets: scams 60 % flagged, benign messages 2 %
// warned and none deleted.
var fourthHeldOut = []measureSet{
	{"vi-smishing4h.txt", true}, {"en-scam4h.txt", true}, {"vi-benign4h.txt", false}, {"en-benign4h.txt", false},
}

// TestMeasureFourthHeldOut judges the held-out check against issue #9's
// targets; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureFourthHeldOut(t *testing.T) {
	t.Parallel()
	for i, wd := range measureSets(t, fourthHeldOut, false) {
		s, warned, deleted := fourthHeldOut[i], wd[0], wd[1]
		n, err := readMeasureSet("testdata/measure/" + s.file)
		if err != nil {
			t.Fatal(err)
		}
		if s.scam && float64(warned+deleted) < 0.6*float64(len(n)) || !s.scam && (deleted > 0 || float64(warned) > 0.02*float64(len(n))) {
			t.Errorf("%s: %d warned, %d deleted of %d: misses issue #9's target", s.file, warned, deleted, len(n))
		}
	}
}
