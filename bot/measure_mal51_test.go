package bot_test

import "testing"

// mal51's sets (session 51, 2026-12-06): malware aimed at renters, home
// owners, drivers, parents and couples — camera, baby-monitor, doorbell,
// smart-home, car-diagnostics, home-design, dating and photo programs on
// impostor hosts named for the program; kids' game cheats, executors,
// hack clients and currency generators on forges and Discord's CDN; a
// household's papers (a lease, a tenancy agreement, a rental
// application, listing and house photos, a car title, a bill of sale, a
// school report, wedding photos, a vet certificate; Vietnamese hợp đồng,
// ảnh nhà, giấy tờ xe, thiệp cưới, bảng điểm) as programs, archives or
// shares by an id naming them; curl|sh one-liners from new hosts named
// for a home-lab quick start; typosquatted home-automation, car and photo
// packages; and the real lines of the same chats (the real packages and
// their docs, makers' pages, projects' own install scripts, mods on the
// real mod sites, leases and photos shared as documents and albums).
// Written by hand by mal51: the tuning halves (…t) were tuned on, the
// held-out halves (…h) measured once at the end. Before the pass (main
// 64cf6a50) attackt was flagged 42 of 63 and benignt 0 of 59; at its
// end 61 and 0.
var mal51Sets = []tunedSet{
	{measureSet{"mal51-benignt.txt", false}, 0, 0},
	{measureSet{"mal51-attackt.txt", true}, 61, 0},
}

// TestMeasureMal51Tuning holds mal51's tuning sets to what mal51
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureMal51Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, mal51Sets)
}

// TestMeasureMal51HeldOut holds mal51's held-out sets, read as counts
// only, to what the pass counted at its end (main 64cf6a50: attackh 17
// of 24, benignh 0 of 20; mal51: 23 and 0): a regression guard.
func TestMeasureMal51HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"mal51-benignh.txt", false}, 0, 0},
		{measureSet{"mal51-attackh.txt", true}, 23, 0},
	})
}
