package bot_test

import "testing"

// slug47's sets (session 47, 2026-12-06): links whose free-form part
// hides the words that name the page (shortened links' names, forms' and
// shared files' ids, IPFS content ids, MEGA fragments, OneDrive keys and
// hosting platforms' site names, run together, camelCased or beside
// digits: a creator brand's notice, a payout, a strike's appeal, a
// sponsor's contract, a cracked program; English and Vietnamese), and
// ordinary chat with shortened links, forms, IPFS pages and shared files
// named for what they are, written by hand by slug47 and split by the
// SHA-256 of the line's first link (0-9 tuning, a-f held out). On main
// f801944 attackt was flagged 11 of 60 and benignt 1 of 61 (a bot's
// docs site on github.io named after Twitch, warned by brand_in_domain:
// left); classify_slug47.go takes attackt to 59 and leaves benignt at 1.
var slug47Sets = []tunedSet{
	{measureSet{"slug47-benignt.txt", false}, 0, 1},
	{measureSet{"slug47-attackt.txt", true}, 59, 0},
}

// TestMeasureSlug47Tuning holds slug47's tuning sets to what slug47
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureSlug47Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, slug47Sets)
}

// TestMeasureSlug47HeldOut holds slug47's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard (nothing
// is tuned to their lines). On main f801944 attackh was flagged 19 of 59
// and benignh 1 of 40; at the pass's end 56 and 1 (the same line main deleted: left).
func TestMeasureSlug47HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"slug47-benignh.txt", false}, 0, 1},
		{measureSet{"slug47-attackh.txt", true}, 56, 0},
	})
}
