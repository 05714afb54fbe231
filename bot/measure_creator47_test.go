package bot_test

import "testing"

// creator47's sets (session 47, 2026-12-06): phishing aimed at content
// creators (music producers, video editors, photographers, designers,
// streamers, YouTubers, podcasters) on invented attacker hosts named for
// the platforms they sell, stream, license and get paid through, beside
// a payout's, a royalty's, a licence's, a crack's, a strike's, a
// contest's or a partner program's words, and a creators' chat linking
// the same platforms on their real hosts beside ordinary names holding
// the same words, written by hand by creator47 and split by the SHA-256
// of the first link's host (0-7 tuning, 8-f held out). On main
// (f801944) attackt was flagged 54 of 96, attackh 46 of 84, benignt 2 of
// 97 (twitchcon.com, Twitch's own, and socialblade.com's /youtube/ page,
// warned) and benignh 0 of 86; on creator47 attackt 92, attackh 80,
// benignt 1 (socialblade.com, as on main) and benignh 0. Rebased on main
// 78b2b6b (mal47, lure47, brandword47, forge47): main 71, 64, 2, 0;
// creator47 94, 83, 1, 0.
var creator47Sets = []tunedSet{
	{measureSet{"creator47-benignt.txt", false}, 0, 1},
	{measureSet{"creator47-attackt.txt", true}, 94, 0},
}

// TestMeasureCreator47Tuning holds creator47's tuning sets to what
// creator47 reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureCreator47Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, creator47Sets)
}

// TestMeasureCreator47HeldOut holds creator47's held-out sets, read as
// counts only, to what the pass counted at its end: a regression guard
// (nothing is tuned to their lines).
func TestMeasureCreator47HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"creator47-benignh.txt", false}, 0, 0},
		{measureSet{"creator47-attackh.txt", true}, 83, 0},
	})
}
