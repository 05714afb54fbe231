package bot_test

import "testing"

// mal50's sets (session 50, 2026-12-06): malware aimed at people handling
// taxes, fines, bills, claims and health — a cracked tax, payroll,
// accounting, DMV, toll, benefit or medical-plan program on a forge or a
// download site; a notice's papers (a tax form, a summons, a fine, a
// bill, a statement, a claim, an EOB, a lab report, a pension statement;
// Vietnamese hóa đơn, tờ khai, quyết định, biên bản, giấy mời, kết quả)
// as programs or archives on file hosts, buckets and shorteners; fake
// government, carrier, utility and health apps on impostor hosts; and
// typosquatted civic-tech and health packages; and the real lines of the
// same chats (open-source tax and health programs' releases, vendors'
// downloads, real packages and their pages, agencies' forms and open
// data, archive.org's public-domain items, the official stores' app
// pages). Written by hand by mal50: the tuning halves (…t) were tuned on,
// the held-out halves (…h) measured once at the end. Before the pass
// (main 5f4ae43) attackt was flagged 30 of 59 and benignt 1 of 57 (a
// synthetic-records archive in a bucket, warned by main's archive
// reading, not by mal50's); at its end 56 and 1.
var mal50Sets = []tunedSet{
	{measureSet{"mal50-benignt.txt", false}, 0, 1},
	// 56 at mal50's end; 55 since rev50a (medicare-plan-finder-pro:
	// one build's word beside a trade's is a project's own edition)
	{measureSet{"mal50-attackt.txt", true}, 55, 0},
}

// TestMeasureMal50Tuning holds mal50's tuning sets to what mal50
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureMal50Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, mal50Sets)
}

// TestMeasureMal50HeldOut holds mal50's held-out sets, read as counts
// only, to what the pass counted at its end (main 5f4ae43: attackh 12 of
// 24, benignh 0 of 20; mal50: 23 and 0): a regression guard.
func TestMeasureMal50HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"mal50-benignh.txt", false}, 0, 0},
		{measureSet{"mal50-attackh.txt", true}, 23, 0},
	})
}
