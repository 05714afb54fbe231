package bot_test

import "testing"

// brandword47's sets (session 47, 2026-12-06): invented scam names built
// of a protected brand's name, or its common abbreviation (yt, ig, insta,
// fb), hyphenated with a notice's, an account action's, a payment's, a
// security or support desk's or a creator program's words, and
// third-party names holding a brand's name beside a tool's, a fan
// site's, a guide's, a project's, a venue's or a calculator's words,
// written by hand before any rule of the pass ran on them and split by
// the SHA-256 of the host (0-7 tuning, 8-f held out). On main f801944
// attackt was flagged 57 of 77 and benignt 30 of 70: the link model
// already flags many invented hyphenated third-party names holding a
// brand (phishing_pattern), which this pass neither fixes nor adds to;
// the reading of a brand's name hyphenated with words of its own
// (brandWords, abbrevNotice; classify_brandword47.go) takes attackt to
// 76 and leaves benignt as it was.
var brandword47Sets = []tunedSet{
	{measureSet{"brandword47-benignt.txt", false}, 0, 30},
	{measureSet{"brandword47-attackt.txt", true}, 76, 0},
}

// TestMeasureBrandword47Tuning holds brandword47's tuning sets to what
// the pass reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureBrandword47Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, brandword47Sets)
}

// TestMeasureBrandword47HeldOut holds brandword47's held-out sets, read
// as counts only, to what the pass counted at its end: a regression
// guard (nothing is tuned to their lines).
func TestMeasureBrandword47HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// benignh 19 of 66 (19 before: the link model's own) and
		// attackh 64 of 69 (55 before) at the end of the pass,
		// counted once; brandmask48 (session 48) reads a brand's
		// name beside one or two words no list knows without the
		// brand's letters vouching for it (classify_brandmask48.go):
		// benignh 23 (google-sheets-formulas.com,
		// trezor-suite-docs.dev, youtube-music-desktop.app,
		// youtube-playlist-length.com warned or deleted), attackh 65;
		// rev48b's subject words (playlist-length, sheets-formulas)
		// take benignh to 21
		{measureSet{"brandword47-benignh.txt", false}, 0, 21},
		{measureSet{"brandword47-attackh.txt", true}, 65, 0},
	})
}
