package bot_test

import "testing"

// rev47c's sets (session 47, 2026-12-06), written by hand in review of
// mal47: real packages one slip from a well-known one (scapy, pymssql,
// faiss-gpu, telegram, graphiql, cchardet) and install lines written
// other ways (!pip in a notebook, Pip at a sentence's start, yarn global
// add, bunx, uvx, pipx run, pnpm dlx, a quoted name) beside their crack
// sites and typosquats written other ways (flstudiocrack2025, vstcrackz,
// adobefullcrack, capcut-pro-bekhoa, omnisphereportable,
// davinci-resolve-studio-activation). The tuning halves (…t) were tuned
// on, the held-out halves (…h) measured once at the end. On main cc92e1e
// (mal47 landed) attackt was flagged 4 of 22 (by creator47's readings;
// 0 on ff1a48c) and benignt 11 of 21; at rev47c's end 22 and 0.
var rev47cSets = []tunedSet{
	{measureSet{"rev47c-benignt.txt", false}, 0, 0},
	{measureSet{"rev47c-attackt.txt", true}, 22, 0},
}

// TestMeasureRev47cTuning holds rev47c's tuning sets to what rev47c
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev47cTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev47cSets)
}

// TestMeasureRev47cHeldOut holds rev47c's held-out sets, read as counts
// only, to what rev47c counted once at its end (main cc92e1e: attackh 3
// of 12, benignh 1 of 17 deleted; rev47c: 11, and 1 warned by older
// readings of premium in a name, not mal47's): a regression guard.
func TestMeasureRev47cHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev47c-benignh.txt", false}, 0, 1},
		{measureSet{"rev47c-attackh.txt", true}, 11, 0},
	})
}
