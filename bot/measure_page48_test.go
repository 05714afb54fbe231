package bot_test

import "testing"

// page48's sets (session 48, 2026-12-06): invented scam recruitment on
// platform pages (Telegram handles and invites, Zalo groups, Facebook
// pages and groups, Google Sites, Weebly and Wix sites), forms and
// published docs beside a payroll's, a bonus's, a bank's or a mailbox's
// ask, and shortened links named for work and money papers, English and
// Vietnamese; and their benign twins (developers', clubs', classes' and
// shops' groups and pages, teachers' and clubs' forms, RSVPs and
// surveys, talks' and docs' short links, fanpages with ưu đãi and
// freeship), written by hand. On main c4cbfc4 attackt was flagged 5 of
// 45 and benignt 0 of 42; the reading of platform pages, forms and
// shortened links' names beside the message's words (platformLure;
// classify_page48.go) takes attackt to 45 and leaves benignt at 0.
var page48Sets = []tunedSet{
	{measureSet{"page48-benignt.txt", false}, 0, 0},
	{measureSet{"page48-attackt.txt", true}, 45, 0},
}

// TestMeasurePage48Tuning holds page48's tuning sets to what the pass
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasurePage48Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, page48Sets)
}

// TestMeasurePage48HeldOut holds page48's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard
// (nothing is tuned to their lines): on main ea69998 attackh was
// flagged 5 of 23 and benignh 0 of 20; after the pass 23 and 0.
func TestMeasurePage48HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"page48-benignh.txt", false}, 0, 0},
		{measureSet{"page48-attackh.txt", true}, 23, 0},
	})
}
