package bot_test

import "testing"

// en-phish12a.txt is rev12a's attack on the twelfth pass's loosenings
// (2026-12-02): the phishing and droppers a scammer would send through
// each name the pass reads leniently — a bought or compromised premium
// name (wallet.com/connect under "connect your wallet"), ngrok and
// loca.lt names chosen with a lure's words, tunnels and previews under a
// lure, a page on an R2 bucket or a CloudFront distribution, telegraf.js.org
// under a Telegram lure — in English and Vietnamese. Written before the
// fix ran on them: 59 lines, every one flagged at the pass's start
// (979cbfc); the pass let 33 through, the fix 8 (left, as bare links on
// such names, for tech chat's sake: see BENCHMARKS #9). rev12c: 5 — a
// preview's branch or team holding a lure's phrase or mild words of two
// kinds is read in full, and "kết nối ví" is a lure's phrase. det13: 3
// more — a premium name that is itself a lure's word with one in its path
// (wallet.com/connect, airdrop.com/claim) and a hosted word beside a
// lure's path (telegraf.github.io/verify) are read in full bare.
var reviewSets = []tunedSet{
	{measureSet{"en-phish12a.txt", true}, 58, 0},
}

// TestMeasureReview12a holds the attack set to what the fix reached;
// MEASURE_SHOW=1 lists the misses.
func TestMeasureReview12a(t *testing.T) {
	t.Parallel()
	holdTuned(t, reviewSets)
}
