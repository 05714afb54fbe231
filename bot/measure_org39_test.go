package bot_test

import "testing"

// The thirty-ninth session's set (vi39, 2026-12-05), written by hand
// before anything ran on it: pages of real organisations' sites that
// older server platforms write (ASP.NET .aspx, ASP, JSP, ColdFusion),
// over HTTPS, posted in ordinary Vietnamese and English chat —
// ministries', provinces' and districts' portals, tax, customs, social
// insurance, universities, banks, utilities and hospitals of Vietnam,
// and foreign central banks, regulators, statistics offices and
// registries. Split by the host of a line's first link (SHA-256's first
// hex digit 0-9: tuning, a-f: held-out), so every site sits on one side.
// Both halves are held to what they reached when they landed; the
// held-out half is read as counts only.
var org39TuningSets = []tunedSet{
	// 0 of 49 flagged on main (3444b15) and with serverPageReading, 49
	// links; the highest score 0.27 (a provincial registry's page, a
	// brand's name read in its host)
	{measureSet{"org39-servert.txt", false}, 0, 0},
}

// TestMeasureOrg39ServerTuning holds org39-servert.txt (benign: at most
// the flagged count it reached); MEASURE_SHOW=1 logs the lines judged
// wrongly.
func TestMeasureOrg39ServerTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, org39TuningSets)
}

// TestMeasureOrg39ServerHeldOut measures org39-serverh.txt, read as
// counts only (never line by line, never with MEASURE_SHOW), and fails
// when a change flags more of its lines than it did when it landed.
func TestMeasureOrg39ServerHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// 0 of 34 flagged on main (3444b15) and with serverPageReading, 34 links
		{measureSet{"org39-serverh.txt", false}, 0, 0},
	})
}
