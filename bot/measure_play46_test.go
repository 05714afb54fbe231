package bot_test

import "testing"

// play46's sets (session 46, 2026-12-05): the scams that court players
// in gaming, modding and maker communities (free in-game money and items
// from a generator or a giveaway, cheats, Roblox executors and modded
// APKs, fake sign-ins and notices of game platforms, mod hosts and
// anti-cheats, shortened links named for these, forms asking for a login
// or a giveaway's claim), and the ordinary chat of gamers, modders,
// retro fans and makers about the same things, written by hand by play46
// and split by tech28's rule (the SHA-256 of the line's host, 0-9
// tuning, a-f held out). On main b240361 attackt was flagged 62
// of 112 and benignt 0 of 140; the names read by classify_play46.go, the
// game platforms protected at run time (brand.Game) and the form phrases
// take attackt to 107 and leave benignt at 0.
var play46Sets = []tunedSet{
	{measureSet{"play46-benignt.txt", false}, 0, 0},
	{measureSet{"play46-attackt.txt", true}, 107, 0},
}

// TestMeasurePlay46Tuning holds play46's tuning sets to what play46
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasurePlay46Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, play46Sets)
}

// TestMeasurePlay46HeldOut holds play46's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard (nothing
// is tuned to their lines). On main b240361 attackh was flagged 26 of
// 67 and benignh 0 of 75; at the pass's end 61 and 0.
func TestMeasurePlay46HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"play46-benignh.txt", false}, 0, 0},
		{measureSet{"play46-attackh.txt", true}, 61, 0},
	})
}
