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
// Each site is on one side only (a github.io or js.org tenant its own).
// They stand in for issue #9's "≤ 0.2 % of links in ordinary English tech
// chat flagged" on the class the hidden sets fail on: brand-named
// developer projects. The tuning halves are held to what main reached
// when they landed; the held-out halves to the same, as counts only.
var brand23TuningSets = []tunedSet{
	// 6 of 499 flagged on 9a6e8b7 (2 warned, 4 deleted), holding 9 of 563
	// links (1.6 %): discordx.js.org, a js.org tenant named after Discord
	// (4 deleted), and senchalabs.org over plain HTTP (2 warned)
	{measureSet{"brand23-textt.txt", false}, 0, 6},
	// 1 of 236 on 9a6e8b7 (deleted): https://discordx.js.org
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
		// 17 of 472 on 9a6e8b7 (1 warned, 16 deleted), holding 17 of
		// 518 links (3.3 %)
		{measureSet{"brand23-texth.txt", false}, 0, 17},
		// 2 of 239 on 9a6e8b7 (2 deleted)
		{measureSet{"brand23-homeh.txt", false}, 0, 2},
	})
}
