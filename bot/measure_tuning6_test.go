package bot_test

import "testing"

// The sixth tuning sets (det10b, 2026-12-01, written and committed before
// any run on them, rules tuned on them): the misses left after the fourth
// sets — pasted commands that fetch and run a script (irm … | iex, curl …
// | bash, powershell -enc, mshta) from fresh names and addresses or
// beside a fake human check ("press Win+R, Ctrl+V, Enter"); a prize with
// nothing but a form, and the Vietnamese prize wordings (phần quà tri
// ân, khách hàng may mắn); an agency's abbreviation with a fine or a
// payment in a name (txdmv-fine-pay.com); an exchange's name with a bonus
// or a claim, defanged too; a program's name with download or get on a
// cheap ending; a messenger's group invite beside paid tasks, signals or
// betting — beside benign messages about the same things: real install
// one-liners, the offices' and utilities' own sites, real giveaways,
// forms that warn against giving a password, real groups and downloads.
//
// Each set is held to what it reached (before the rules: 24 of 37, 22 of
// 30, 3 of 38, 3 of 31): a scam set to at least min flagged, a benign
// set to at most max flagged.
var sixthTuningSets = []tunedSet{
	{measureSet{"en-scam6t.txt", true}, 37, 0}, {measureSet{"vi-scam6t.txt", true}, 30, 0},
	{measureSet{"en-benign6t.txt", false}, 0, 0}, {measureSet{"vi-benign6t.txt", false}, 0, 0},
}

// TestMeasureSixthTuningSets holds each tuning set to what it reached;
// MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureSixthTuningSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, sixthTuningSets)
}

// sixthHeldOut are det10b's held-out check of the rules tuned on the
// sixth tuning sets: the same kinds in other words and hosts, committed
// with the tuning sets before any run, read once after the rules. They
// are held to issue #9's targets: scams 60 % flagged, benign messages
// 2 % warned and none deleted.
var sixthHeldOut = []measureSet{
	{"en-scam6h.txt", true}, {"vi-scam6h.txt", true}, {"en-benign6h.txt", false}, {"vi-benign6h.txt", false},
}

// TestMeasureSixthHeldOut judges the held-out check against issue #9's
// targets; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureSixthHeldOut(t *testing.T) {
	t.Parallel()
	holdTargets(t, sixthHeldOut)
}
