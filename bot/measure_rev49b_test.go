package bot_test

import "testing"

// The forty-ninth session's rev49b sets (2026-12-06), a review of fp49's
// projectDocReading: drainer and airdrop sprays beside a documentation
// page of a protocol-worded name, and developers' replies and anchors
// beside such pages. The tuning halves were written while reviewing; the
// held-out halves afterwards, run once and read as counts.
var rev49bTuningSets = []tunedSet{
	// 49 of 90 flagged on main dbbb068 (fp49), 70 with rev49b: 16
	// sprays on rpc/web3/defi/nft names that read low before fp49 too
	// (the general model's reading, not projectDocReading's), and four
	// hype lines without a spray's word (before the cap, early users get
	// a share, worth it, going to be big): left
	{measureSet{"rev49b-attackt.txt", true}, 70, 0},
	// 7 of 16 flagged on main dbbb068, 3 with rev49b ("your question",
	// "your concern" freed; recovery, glossary and design pages as on main)
	{measureSet{"rev49b-techt.txt", false}, 0, 3},
}

// TestMeasureRev49bTuning holds the rev49b tuning halves; MEASURE_SHOW=1
// logs the lines judged wrongly.
func TestMeasureRev49bTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev49bTuningSets)
}

// TestMeasureRev49bHeldOut measures the rev49b held-out halves, read as
// counts only, and fails when a change moves them past what they reached
// when they landed: attacks 7 of 16 flagged on main dbbb068, 16 with
// rev49b; benign 2 of 7 on main, 0 with rev49b (run once).
func TestMeasureRev49bHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev49b-attackh.txt", true}, 16, 0},
		{measureSet{"rev49b-techh.txt", false}, 0, 0},
	})
}
