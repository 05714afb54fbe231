package bot_test

import "testing"

// en-phish16t.txt and en-phish16h.txt are the sixteenth attack pass's
// sets (atk16, 2026-12-02, written and committed before any rule of the
// pass ran on them): English phishing chat and bare links in post-2024
// styles — a brand's name in the subdomain of a stranger's domain, user
// pages of self-hosted forges (*.pages.<forge>), login and wallet pages on
// compromised sites and IPFS gateways, packages and pages on sites where
// anyone publishes, free-hosting subdomains with a brand, and claim,
// airdrop and wallet-sync names with no brand. The tuning set is held to
// what the pass reached; the held-out set is only logged.
var sixteenthAttackSets = []tunedSet{
	{measureSet{"en-phish16t.txt", true}, 140, 0},
}

// TestMeasureSixteenthAttackTuning holds en-phish16t.txt to what the pass
// reached; MEASURE_SHOW=1 lists the misses.
func TestMeasureSixteenthAttackTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, sixteenthAttackSets)
}

// TestMeasureSixteenthAttackHeldOut holds en-phish16h.txt, read once at
// the end of the pass, to at least the count main reached on 6d39410
// (src22, 2026-12-03): 73 of 83 flagged (56 deleted); 72 (54 deleted)
// since model36's link model, taught small sites' real pages, the cost
// the coordinator accepted for its held-out benign gain. It is read as a
// count only: a regression guard (nothing is tuned to its lines, and the
// bound is raised only by a pass's end-of-pass count).
func TestMeasureSixteenthAttackHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{{measureSet{"en-phish16h.txt", true}, 72, 0}})
}
