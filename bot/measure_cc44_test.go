package bot_test

import "testing"

// The forty-fourth session's cc44 sets (2026-12-05), written before the
// run-time reading ran on them: phishing on the name of a brand that owns
// it under every country's ending (brand.Brand.AnyCountry: amazon.cc,
// dhl.tk, hsbc.co), under a country's ending sold to anyone as generic
// or given away, and the brands' real country sites and short links
// (amazon.co.uk, google.tk, paypal.me, youtu.be). Split by the host of a
// line's first link (SHA-256's first hex digit 0-9: tuning, a-f:
// held-out); the held-out halves are read as counts only.
var cc44TuningSets = []tunedSet{
	// 0 of 99 flagged on main (1f6e63f): every name was the brand's
	// own site; 99 with brand.NewRuntime and the hand weight on the
	// name (hosts.go, SoldCountryName)
	{measureSet{"cc44-attackt.txt", true}, 99, 0},
	// 1 of 87 flagged on main and with cc44: amazon.com.be (Amazon's
	// Belgian store, 2024), which Amazon's Domains do not list and the
	// link model reads as phishing
	{measureSet{"cc44-benignt.txt", false}, 0, 1},
}

// TestMeasureCC44Tuning holds the cc44 tuning halves; MEASURE_SHOW=1 logs
// the lines judged wrongly.
func TestMeasureCC44Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, cc44TuningSets)
}

// TestMeasureCC44HeldOut measures the cc44 held-out halves, read as counts
// only, and fails when a change moves them past what they reached when
// they landed.
func TestMeasureCC44HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"cc44-attackh.txt", true}, 51, 0},
		{measureSet{"cc44-benignh.txt", false}, 0, 0},
	})
}
