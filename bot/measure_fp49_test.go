package bot_test

import "testing"

// The forty-ninth session's fp49 sets (2026-12-06): ordinary tech chat
// linking a protocol's or a project's documentation page on a site named
// by a project's word (protocol, token, rpc, web3), people's own sites and
// small tools named with a lure's or a brand's letters; and attacks
// twinned with them. The tuning halves were written before the change
// was tuned; the held-out halves afterwards, run once and read as counts.
var fp49TuningSets = []tunedSet{
	// 39 of 58 flagged on main (019d4fe), 15 with fp49, 14 with rev49b
	// ("answers your question" freed): the tools named for LLM tokens
	// (prompt-tokens.app, tokenmeter.xyz, tiktokenizer on vercel.app …),
	// free-for.dev, claimcheck.dev, noiseprotocol.org's noise.html (a
	// page named for the site, not for documentation), and protocol pages
	// beside "sync" or a mild lure's word: left
	{measureSet{"fp49-techt.txt", false}, 0, 14},
	// 34 of 35 on main and with fp49 (lanternrpc.io/docs/connect-wallet
	// beside "the rpc docs" is allowed on both)
	{measureSet{"fp49-attackt.txt", true}, 34, 0},
}

// TestMeasureFP49Tuning holds the fp49 tuning halves; MEASURE_SHOW=1
// logs the lines judged wrongly.
func TestMeasureFP49Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, fp49TuningSets)
}

// TestMeasureFP49HeldOut measures the fp49 held-out halves, read as
// counts only, and fails when a change moves them past what they reached
// when they landed: benign 15 of 16 flagged on main (019d4fe), 2 with
// fp49; attacks 12 of 13 on main and with fp49 (run once).
func TestMeasureFP49HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"fp49-techh.txt", false}, 0, 2},
		{measureSet{"fp49-attackh.txt", true}, 12, 0},
	})
}
