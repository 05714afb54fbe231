package bot_test

import "testing"

// The twenty-third session's sets (brandset23, 2026-12-03): the links of
// software projects whose names hold a protected brand's name (discord.js,
// telegraf, steam-user, roblox-ts, @paypal/react-paypal-js, @ledgerhq/*,
// python-telegram-bot …), taken by testdata/measure/brand23 from the npm
// packages installed for the most downloaded brand-named packages, the
// workplace's npm, PyPI and Go module lists and Debian's package list:
// one-line descriptions with the homepage and README paragraphs as a
// developer would paste them into a chat (brand23-textt/h), and the
// homepage, repository and bug-tracker URLs posted bare (brand23-homet/h).
// Each site is on one side only (a github.io or js.org tenant its own),
// and a site or line on an older set's held-out side only is held out
// here too.
// They stand in for issue #9's "≤ 0.2 % of links in ordinary English tech
// chat flagged" on the class the hidden sets fail on: brand-named
// developer projects. The tuning halves are held to what main reached
// when they landed; the held-out halves to the same, as counts only.
var brand23TuningSets = []tunedSet{
	// 7 of 510 flagged on 9a6e8b7 (2 warned, 5 deleted), holding 10 of
	// 577 links (1.7 %): discordx.js.org, a js.org tenant named after
	// Discord (4 deleted), PayPal's own paypal.github.io over plain HTTP
	// (deleted), and senchalabs.org over plain HTTP (2 warned); 6 (2
	// warned, 4 deleted) with brand pages trusted (devbrand23:
	// paypal.github.io)
	{measureSet{"brand23-textt.txt", false}, 0, 6},
	// 1 of 248 on 9a6e8b7 (deleted): https://discordx.js.org
	{measureSet{"brand23-homet.txt", false}, 0, 1},
}

// TestMeasureTwentyThirdTuningSets holds brand23-textt.txt and
// brand23-homet.txt to what main reached; MEASURE_SHOW=1 logs the lines
// judged wrongly.
func TestMeasureTwentyThirdTuningSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, brand23TuningSets)
}

// TestMeasureTwentyThirdHeldOutSets measures brand23-texth.txt and
// brand23-homeh.txt, read as counts only, and fails when a change flags
// more of them than main did when they landed (a regression guard:
// nothing is tuned to these lines, and the bounds are lowered only by a
// pass's end-of-pass count).
func TestMeasureTwentyThirdHeldOutSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// 16 of 461 on 9a6e8b7 (1 warned, 15 deleted), holding 16 of
		// 504 links (3.2 %)
		{measureSet{"brand23-texth.txt", false}, 0, 16},
		// 2 of 227 on 9a6e8b7 (2 deleted)
		{measureSet{"brand23-homeh.txt", false}, 0, 2},
	})
}
