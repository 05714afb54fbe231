package bot_test

import "testing"

// rev44d's sets (session 44, 2026-12-05, a review of web344): lures
// beside links to the sites web344 trusted where anyone publishes
// (developer posts, research forums, server and bot lists, mod hosts,
// mint and collection pages, giveaways, tips, profiles, clips,
// tournaments, hackathon projects, shared messages, a CDN's package
// pages, CurseForge's link-out), and ordinary chat linking the same
// sites and the tools web344 protected. The tuning halves are the
// review's probes; the held-out halves were written after the rules and
// measured once at the end. On main 179c280 (web344) attackt flagged 9
// of 73 and attackh 0 of 26 (before web344, b5620ff: 20 and 6); the
// publishing sites read as user content (publishingSites) and the
// link-out's remoteUrl take them to 38 and 17. techt 0 -> 1 of 53 (6
// before web344; the one is a dev.to tutorial whose title is a drainer's
// words, "connect metamask wallet", read as a page anyone publishes),
// techh 0 of 25 (1 before web344).
var rev44dSets = []tunedSet{
	{measureSet{"rev44d-techt.txt", false}, 0, 1},
	{measureSet{"rev44d-attackt.txt", true}, 38, 0},
}

// TestMeasureRev44dTuning holds rev44d's tuning sets to what the review
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev44dTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev44dSets)
}

// TestMeasureRev44dHeldOut holds rev44d's held-out sets, read once at
// the review's end, to what it counted then: a regression guard.
func TestMeasureRev44dHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev44d-techh.txt", false}, 0, 0},
		{measureSet{"rev44d-attackh.txt", true}, 17, 0},
	})
}
