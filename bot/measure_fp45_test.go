package bot_test

import "testing"

// The forty-fifth session's fp45 sets (2026-12-05): ordinary tech chat
// that speaks of an ending after a function word ("not the .org squatter
// one"), pastes a command that sends a file or data (curl --data-binary
// @file https://paste.rs/), or names a wallet word beside a publishing
// site's own front page or docs (portal.thirdweb.com); and the attacks
// the same readings must keep: links written broken up, fetch-and-run
// commands (uploads among them), wallet lures beside a stranger's, a
// lookalike's or a user's page. Split by the line's text (SHA-256's
// first hex digit 0-9: tuning, a-f: held-out); the held-out halves are
// read as counts only.
var fp45TuningSets = []tunedSet{
	// 25 of 56 flagged on main (6d52f2a); 1 with fp45: a build.zip
	// uploaded to a company's unknown repository host
	// (dangerous_file), which fp45 does not read
	{measureSet{"fp45-techt.txt", false}, 0, 1},
	// 20 of 21 on main and with fp45: "claim your airdrop
	// https://docs-thirdweb.com/" (no brand's name, a plain new name)
	// is allowed on both. The links written with a spaced dot alone,
	// which the set's reader does not take for links, are probed in
	// TestSpacedDefangsKept and linkx's TestFunctionWordBeforeEnding
	{measureSet{"fp45-attackt.txt", true}, 20, 0},
}

// TestMeasureFP45Tuning holds the fp45 tuning halves; MEASURE_SHOW=1
// logs the lines judged wrongly.
func TestMeasureFP45Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, fp45TuningSets)
}

// TestMeasureFP45HeldOut measures the fp45 held-out halves, read as
// counts only, and fails when a change moves them past what they reached
// when they landed: benign 19 of 55 flagged on main (6d52f2a), 0 with
// fp45; attacks 19 of 21 on main and with fp45.
func TestMeasureFP45HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"fp45-techh.txt", false}, 0, 0},
		{measureSet{"fp45-attackh.txt", true}, 19, 0},
	})
}
