package bot_test

import "testing"

// vi45's sets (session 45, 2026-12-05): Vietnamese smishing written by
// hand for the classes a blind set's misses showed (a brand's or a
// paper's name hyphenated with a Vietnamese action word: cccd-dongbo,
// vnnic-giahan, viettel-data; a bare address whose path names a refund;
// a shortened link named for a brand and a promise: is.gd/ghtkdon; a
// domain's renewal notice), and benign Vietnamese chat with the same
// words beside the services' own sites (a library's renewal, a
// registrar's, the trust mark's own site, carriers', banks' and shops'
// offers, gamers' servers). Tuning halves: on main 2ab3249 smisht was
// flagged 30 of 40 and benignt 2 of 38 (a game server's map on a bare
// address and port beside "miễn phí", and napthe.vn, both deleted before
// the pass and left);
// vi45 takes smisht to 40 and leaves benignt as it was.
var vi45Sets = []tunedSet{
	{measureSet{"vi45-benignt.txt", false}, 0, 2},
	{measureSet{"vi45-smisht.txt", true}, 40, 0},
}

// TestMeasureVi45Tuning holds vi45's tuning sets to what vi45 reached;
// MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureVi45Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, vi45Sets)
}

// TestMeasureVi45HeldOut holds vi45's held-out sets, counted once at the
// end of the pass: smishh 14 of 20 on main, 20 with vi45; benignh 1 of
// 25 before and after (a game server's map on a bare address and port
// beside "miễn phí", deleted on main: the line was given its scheme so
// the set reads it as a link). A regression guard (nothing is tuned to
// their lines).
func TestMeasureVi45HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"vi45-benignh.txt", false}, 0, 1},
		{measureSet{"vi45-smishh.txt", true}, 20, 0},
	})
}
