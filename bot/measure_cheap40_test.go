package bot_test

import "testing"

// The fortieth session's set (cheap40, 2026-12-05), written before
// anything ran on it: short English developer chat linking real small
// personal and project sites on new or cheap endings (.xyz, .site,
// .online, .network, .io, .dev, .me, .club, .tech, .app, .sh, .info and
// others), at the root or one path segment, with and without a scheme.
// Split by the host of a line's link (SHA-256's first hex digit 0-9:
// tuning, a-f: held-out), so every site sits on one side. Both halves
// are held to what they reached when they landed; the held-out half is
// read as counts only.
var cheap40TuningSets = []tunedSet{
	// 7 of 691 flagged on main (b8d4ade; 5 warned, 2 deleted), holding
	// 7 of 678 links: four plain-HTTP pages of small sites on cheap
	// endings read by the link model with the ending (technotim.live,
	// owncast.online twice, joelchrono.xyz), a .network project's root
	// read by the link model alone (moonbeam.network), and two names
	// holding a scam's word (pairdrop.net: airdrop; geminiprotocol.net:
	// protocol). 4 (3 warned, 1 deleted) with plainNameReading: the
	// plain-HTTP pages read as their HTTPS twins, but for
	// owncast.online/quickstart (no English word); 3 (2 warned, 1
	// deleted) with the ending of a plain name on namedEndings set aside
	{measureSet{"cheap40-techt.txt", false}, 0, 3},
}

// TestMeasureCheap40TechTuning holds cheap40-techt.txt (benign: at most
// the flagged count it reached); MEASURE_SHOW=1 logs the lines judged
// wrongly.
func TestMeasureCheap40TechTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, cheap40TuningSets)
}

// TestMeasureCheap40TechHeldOut measures cheap40-techh.txt, read as
// counts only (never line by line, never with MEASURE_SHOW), and fails
// when a change flags more of its lines than it did when it landed.
func TestMeasureCheap40TechHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// 0 of 320 flagged on main (b8d4ade), 311 links
		{measureSet{"cheap40-techh.txt", false}, 0, 0},
	})
}
