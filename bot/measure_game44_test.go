package bot_test

import "testing"

// game44's sets (session 44, 2026-12-05): malware lures aimed at gamers
// and crypto developers in Discord and Telegram communities ("can you
// test my game?" and beta-tester requests with a build on a fresh studio
// site, a file host, a shortener or a site builder; cheats, Roblox
// executors, hacked Minecraft clients, robux generators, Nitro snipers;
// MEV and sniper bots to fund in Remix; packages named as a fix; fake
// hiring tests to clone and run), and the ordinary chat of gamers,
// modders, game developers and crypto developers about the same things,
// written by hand by game44 and split by tech28's rule (the SHA-256 of
// the line's host, 0-9 tuning, a-f held out). Before the pass (main
// 033ae32) attackt was flagged 74 of 159 and techt 2 of 310 (both
// flagged by the link model: damnvulnerabledefi.xyz and a github.io page
// with a brand's name); the offers read beside the link that delivers
// them (classify_game44.go) take attackt to 154 and leave techt as it
// was.
var game44Sets = []tunedSet{
	{measureSet{"game44-techt.txt", false}, 0, 2},
	{measureSet{"game44-attackt.txt", true}, 154, 0},
}

// TestMeasureGame44Tuning holds game44's tuning sets to what game44
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureGame44Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, game44Sets)
}

// TestMeasureGame44HeldOut holds game44's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard (nothing
// is tuned to their lines). On 033ae32 attackh was flagged 53 of 108 and
// techh 1 of 173 (a line the pass does not touch); at the pass's end
// 106 and 1.
func TestMeasureGame44HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"game44-techh.txt", false}, 0, 1},
		{measureSet{"game44-attackh.txt", true}, 106, 0},
	})
}
