package bot_test

import "testing"

// mal49's sets (session 49, 2026-12-06): malware aimed at students,
// shoppers and travellers — a cheat or a study tool (a quiz solver, a
// proctoring bypass, an unlocker, an XP farmer) or a shopping bot (a
// ticket, sneaker or price bot, a coupon hunter, a gift card generator,
// a deal finder) as a program on a stranger's site, a forge's release
// or raw script or a file host; a trip's or an order's paper (a boarding
// pass, a booking, an itinerary, a visa form, a voucher, a label,
// tracking details, vé máy bay, vận đơn) as a program, a script, a disk
// image, a .jnlp or a .crx; a share's download offered as such a paper;
// and typosquatted packages (a version's digit added); and the real lines
// of the same chats (study and statistics programs' own releases,
// open-source graders, real packages and their real near-namesakes,
// course papers on universities' hosts, extensions on the official
// stores, papers shared as documents). Written by hand by mal49: the
// tuning halves (…t) were tuned on, the held-out halves (…h) measured
// once at the end. Before the pass (main 019d4fe) attackt was flagged 44
// of 58 and benignt 0 of 54; at its end 57 and 0.
var mal49Sets = []tunedSet{
	{measureSet{"mal49-benignt.txt", false}, 0, 0},
	{measureSet{"mal49-attackt.txt", true}, 57, 0},
}

// TestMeasureMal49Tuning holds mal49's tuning sets to what mal49
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureMal49Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, mal49Sets)
}

// TestMeasureMal49HeldOut holds mal49's held-out sets, read as counts
// only, to what the pass counted at its end (main 019d4fe: attackh 14 of
// 24, benignh 0 of 22; mal49: 23 and 0, counted once): a regression
// guard.
func TestMeasureMal49HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"mal49-benignh.txt", false}, 0, 0},
		{measureSet{"mal49-attackh.txt", true}, 23, 0},
	})
}
