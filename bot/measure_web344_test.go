package bot_test

import "testing"

// web344's sets (session 44, 2026-12-05): ordinary chat in crypto/web3
// developer and gaming/Discord communities linking the sites everybody
// there links (explorers, developer docs, wallet makers, revokers and
// scam checkers, analytics, DAO forums, English and Vietnamese crypto
// news, staking tools; Discord bots' and libraries' docs, bot and server
// lists, game stores, trading and giveaway sites, mod hosts, speedrun
// and esports wikis), with the lure words members use in talk and
// libraries' tag pages ending in .js; and lookalikes of those very sites
// (the real name with a lure word on a cheap ending, on another ending,
// a letter swapped, a homoglyph, the real name as a subdomain of the
// attacker's domain) bare or in lures. Written by hand by web344 after
// the lists of sites and before the pass's other rules, and split by the
// SHA-256 of the line's first host (0-7 tuning, 8-f held out; the attack
// sets 0-9 and a-f). Before the pass (main 033ae32) techt flagged 30 of
// 406 and attackt 154 of 214; the sites trusted at run time
// (reputableAtRuntime's web344 blocks), a thing's name ending in .js on
// a trusted site's page (trustedPageScript) and the Discord.Net
// library's name (linkx libraryNames) take techt to 0 and leave attackt
// at 154; the community's and the item traders' own tools protected at
// run time (brand.Runtime, web344) take it to 164. The held-out halves'
// counts were read at the end (techh 27 -> 4 of 394, attackh 90 -> 96 of
// 124); three of the four techh lines still flagged were seen flagged
// while the lines were written, before the split, and no rule was made
// for them. Two lines of each half were dropped after the pass
// (404 and 392 left; none flagged) because the hosts they link are on the
// trainer's list of small benign sites (TestSmallHostsTuningSide).
var web344Sets = []tunedSet{
	{measureSet{"web344-techt.txt", false}, 0, 0},
	{measureSet{"web344-attackt.txt", true}, 164, 0},
}

// TestMeasureWeb344Tuning holds web344's tuning sets to what web344
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureWeb344Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, web344Sets)
}

// TestMeasureWeb344HeldOut holds web344's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard (nothing
// is tuned to their lines).
func TestMeasureWeb344HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// 27 of 394 flagged on main 033ae32, 4 at the pass's end (two
		// sites left out of the lists, secure-contracts.com and
		// csgobackpack.net; the library's name written in lower case,
		// "discord.net docs", read as the link discord.net; and one of the
		// sites left to earlier sessions' readings and tests: bitcoincore.org,
		// bitcoinops.org, ethernodes.org, discords.com); 5 since the
		// coordinator took seven sites of services that have shut down
		// out of the runtime list (their names may lapse and be bought:
		// one of the five lines linking them is flagged again)
		{measureSet{"web344-techh.txt", false}, 0, 5},
		// 90 of 124 flagged on main 033ae32, 96 at the pass's end (the
		// tools protected at run time)
		{measureSet{"web344-attackh.txt", true}, 96, 0},
	})
}
