package bot_test

import "testing"

// mal48's sets (session 48, 2026-12-06): malware aimed at workers, job
// seekers and small businesses — a work tool's program on a stranger's
// site named for it (a skills test, a timeclock, a device agent), a
// release or a script under a forge account named for payroll, tax or
// trading, a work paper (a payslip, a CV, an offer letter, a W-2, an
// invoice, hồ sơ, bảng lương) as an archive or a program on a file host
// or a bucket, or a share's download beside such words, a trading EA,
// UNC one-liners, and typosquatted finance and office packages; and the
// real lines of the same chats (vendors' own installers, real packages,
// real releases, CVs shared as previews and documents). Written by hand
// by mal48: the tuning halves (…t) were tuned on, the held-out halves
// (…h) measured once at the end. Before the pass (main 11d9ee2) attackt
// was flagged 21 of 48 and benignt 0 of 50; at its end 45 and 0.
var mal48Sets = []tunedSet{
	{measureSet{"mal48-benignt.txt", false}, 0, 0},
	{measureSet{"mal48-attackt.txt", true}, 45, 0},
}

// TestMeasureMal48Tuning holds mal48's tuning sets to what mal48
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureMal48Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, mal48Sets)
}

// TestMeasureMal48HeldOut holds mal48's held-out sets, read as counts
// only, to what the pass counted at its end (main 11d9ee2: attackh 5 of
// 21, benignh 0 of 20; mal48: 20 and 0, counted once): a regression
// guard.
func TestMeasureMal48HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"mal48-benignh.txt", false}, 0, 0},
		{measureSet{"mal48-attackh.txt", true}, 20, 0},
	})
}
