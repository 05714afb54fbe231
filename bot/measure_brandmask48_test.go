package bot_test

import "testing"

// brandmask48's sets (session 48, 2026-12-06): invented scam names built
// of a well-known brand's name hyphenated with words of a kit's own (a
// device, a token, a redelivery, a wallet's suite, secure mail, a shared
// link, KYC, a session, an admin panel, a firmware patch, a VPN portal),
// and third-party names holding a brand's name beside their own words
// (venues, fan and history sites, calculators, guides, sample code),
// written by hand before any rule of the pass ran on them and split by
// the SHA-256 of the host (0-7 tuning, 8-f held out). On main f926295
// attackt was flagged 45 of 71 and benignt 17 of 79 (the link model's
// own reading of long hyphenated names). Reading the name without the
// brand's letters vouching for it (classify_brandmask48.go) takes
// attackt to 52 and benignt to 19 (royalmail-stamp-collectors.org,
// mcafee-institute-alumni.org warned or deleted). Many attack lines
// name brands immune does not protect (Samsung, Cisco, Netgear, Zoom,
// WordPress, Commerzbank, Sparkasse, Visa, Mastercard): out of this
// reading's reach. rev48b (session 48) leaves names beside a subject's
// word to the readers of known words (brand/rev48b.go): benignt 17.
var brandmask48Sets = []tunedSet{
	{measureSet{"brandmask48-benignt.txt", false}, 0, 17},
	{measureSet{"brandmask48-attackt.txt", true}, 52, 0},
}

// TestMeasureBrandmask48Tuning holds brandmask48's tuning sets to what
// the pass reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureBrandmask48Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, brandmask48Sets)
}

// TestMeasureBrandmask48HeldOut holds brandmask48's held-out sets, read
// as counts only, to what the pass counted at its end: a regression
// guard (nothing is tuned to their lines).
func TestMeasureBrandmask48HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// counted once at the end of the pass: benignh 20 -> 25 of 68
		// (apple-silicon-benchmarks.com, bidv-ty-gia.info,
		// github-profile-trophy.dev, onedrive-backup-script.dev,
		// vpbank-marathon-results.com), attackh 47 -> 50 of 79
		// (apple-find-device.net, okx-kyc-upgrade.net,
		// vnpt-cuoc-thang.com): on the held-out half the reading
		// flags more third-party twins than scams
		{measureSet{"brandmask48-benignh.txt", false}, 0, 25},
		{measureSet{"brandmask48-attackh.txt", true}, 50, 0},
	})
}
