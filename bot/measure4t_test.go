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
var fourthTuningSets = []tunedSet{
	{measureSet{"vi-smishing4t.txt", true}, 30, 0}, {measureSet{"en-scam4t.txt", true}, 30, 0},
	{measureSet{"vi-benign4t.txt", false}, 0, 0}, {measureSet{"en-benign4t.txt", false}, 0, 0},
}

// TestMeasureFourthTuningSets holds each tuning set to what it reached;
// MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureFourthTuningSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, fourthTuningSets)
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
	holdTargets(t, fourthHeldOut)
}
