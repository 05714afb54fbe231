package bot_test

import "testing"

// rev45f's sets (session 45, 2026-12-05, a review of vi45): benign
// Vietnamese chat written by hand with the hyphenated names real dealers,
// insurers' agents, registrars' resellers, web designers, hosts, shops
// and offices' forms use beside vi45's action words (prudential-hotro.vn,
// viettel-data.vn, hosting-tang-ten-mien.com, bit.ly/momo-thanhtoan), and
// smishing in the shapes vi45 left open (a paper's name run together with
// an action: cccddongbo.com; a name written with marks: cccd-đồngbộ.com).
// Many benign lines are deleted on main already (a protected brand
// beside an offer word: yamaha-uudai.vn, apple-hotro.com), main's own.
// Tuning halves: on main c914992 vibenignt was flagged 29 of 68 (16
// deleted) and vismisht 0 of 8; vi45 took them to 49 (26 deleted) and 5;
// rev45f leaves vibenignt at 32, 18 deleted (bit.ly/shopee-qua,
// bit.ly/tikidon and bit.ly/csgt-phat warned where main allowed; mobifone-dangky.com and bit.ly/lazada-giaohang deleted
// where main warned) and takes vismisht to 8. brandmask48 (session 48)
// warned about tiktok-tang-follow.com ("tăng follow", a follower-boost
// seller's name): 33; rev48b reads follow as a subject's word: 32.
var rev45fSets = []tunedSet{
	{measureSet{"rev45f-vibenignt.txt", false}, 0, 32},
	{measureSet{"rev45f-vismisht.txt", true}, 8, 0},
}

// TestMeasureRev45fTuning holds rev45f's tuning sets to what it reached;
// MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev45fTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev45fSets)
}

// TestMeasureRev45fHeldOut holds rev45f's held-out sets, written after
// the first fixes and counted at the end: vibenignh 10 of 25 flagged on
// main c914992 (main's own deletes of brands beside offer words), 15
// with vi45 and 10 with rev45f, the same lines as main (one line, website-tang-hosting.com, was
// seen warned before website and hosting left the subjects, so the half
// is not wholly blind); vismishh 6 of 8 on main and on vi45, 8 with
// rev45f. A
// regression guard.
func TestMeasureRev45fHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev45f-vibenignh.txt", false}, 0, 10},
		{measureSet{"rev45f-vismishh.txt", true}, 8, 0},
	})
}
