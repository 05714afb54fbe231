package bot_test

import "testing"

// The forty-eighth session's fp48 sets (2026-12-06): ordinary chat that
// links a company's or a home's host under an ending no registry sells,
// names a publication, a calculator or a firm in three words or more run
// together in its link, or says its writer looked a code up on a lookup
// site; and attacks twinned with them. Split by the line's text
// (SHA-256's first hex digit 0-9: tuning, a-f: held-out); the held-out
// halves are read as counts only.
var fp48TuningSets = []tunedSet{
	// 5 of 27 flagged on main (11d9ee2), 1 with fp48: "Thời báo Ngân
	// hàng" (ngân hàng, a bank, is a lure's word in the name and the
	// message: left)
	{measureSet{"fp48-techt.txt", false}, 0, 1},
	// 17 of 20 on main and with fp48 (the three missed name a
	// contest, a renewal and a voucher on a hyphened name: not fp48's)
	{measureSet{"fp48-attackt.txt", true}, 17, 0},
}

// TestMeasureFP48Tuning holds the fp48 tuning halves; MEASURE_SHOW=1
// logs the lines judged wrongly.
func TestMeasureFP48Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, fp48TuningSets)
}

// TestMeasureFP48HeldOut measures the fp48 held-out halves, read as
// counts only, and fails when a change moves them past what they reached
// when they landed: benign 8 of 23 flagged on main (11d9ee2), 1 with
// fp48; attacks 9 of 13 on main and with fp48 (run once).
func TestMeasureFP48HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"fp48-techh.txt", false}, 0, 1},
		{measureSet{"fp48-attackh.txt", true}, 9, 0},
	})
}
