package bot_test

import "testing"

// The fiftieth session's fp50 sets (2026-12-06): ordinary tech and
// Vietnamese chat the bot flagged (tiny names whose look is a short
// brand's by coincidence, organisations' run-together names, projects
// named for what they do on cheap endings, brands' names only beginning
// an ordinary word, crypto projects' documentation, members' lookups and
// warnings beside a lookup site), and attacks twinned with them. The
// tuning halves were written while the change was tuned; the held-out
// halves afterwards, run once and read as counts.
var fp50TuningSets = []tunedSet{
	// 26 of 49 flagged on main (5f4ae43), 13 with fp50: the wallet
	// company beside "download", three projects on cheap endings
	// (cron-explainer.xyz, color-palette-gen.site, free-for-devs.xyz),
	// metamaskerade (no English word), twitchcraft (witchcraft takes
	// five of twitch's letters) and seven crypto projects'
	// documentation pages (meshswap, chainlens, walletkit, solswap,
	// tokenlists, rollupchain, multisigwallet): left
	{measureSet{"fp50-benignt.txt", false}, 0, 13},
	// 27 of 28 on main and with fp50 (a refund notice to "bạn" at a
	// .com.vn lookup name, allowed on both)
	{measureSet{"fp50-attackt.txt", true}, 27, 0},
}

// TestMeasureFP50Tuning holds the fp50 tuning halves; MEASURE_SHOW=1
// logs the lines judged wrongly.
func TestMeasureFP50Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, fp50TuningSets)
}

// TestMeasureFP50HeldOut measures the fp50 held-out halves, read as
// counts only, and fails when a change moves them past what they reached
// when they landed: benign 13 of 27 flagged on main (5f4ae43), 1 with
// fp50; attacks 17 of 18 on main and with fp50 (run once).
func TestMeasureFP50HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"fp50-benignh.txt", false}, 0, 1},
		{measureSet{"fp50-attackh.txt", true}, 17, 0},
	})
}
