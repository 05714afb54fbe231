package bot_test

import "testing"

// The eighteenth pass's sets (tech18, 2026-12-02, written and committed
// before any rule of the pass ran on them): en-tech18t.txt and
// en-tech18h.txt are English tech chat of developers, sysadmins, security
// people and web3 developers — docs, registries, forges and CI, SaaS tenant
// subdomains, cloud consoles, demo apps on shared hosts with generated
// names, brand engineering blogs, personal and university pages, papers,
// mailing lists, review and lookup sites with a domain in the path, status
// pages, shorteners, web3 docs and games, and login/verify/wallet/airdrop
// said in a technical sense. The tuning set is held to what the pass
// reached; the held-out set is only logged.
var eighteenthTuningSets = []tunedSet{
	// 14 as tech18 left it; 20 since rev18 reads brands' names alone on
	// services anyone can name a space on (gitbook.io, ladesk.com,
	// onelogin.com) as before: six lines; 16 since host31 (17 on main
	// before it: a tutorial's sign-in talked of with its sqlite user
	// table is a developer's sample app); 15 with host32's generated
	// Netlify names (a bare https://splendid-malasada-3f2a1c.netlify.app/
	// says nothing)
	{measureSet{"en-tech18t.txt", false}, 0, 15},
}

// TestMeasureEighteenthTuningSets holds en-tech18t.txt to what the pass
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureEighteenthTuningSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, eighteenthTuningSets)
}

// TestMeasureEighteenthHeldOutSets holds en-tech18h.txt, read once at the
// end of the pass, to the count main reached on 6d39410 (src22,
// 2026-12-03): 2 of 396 flagged (1 deleted). It is read as a count only:
// a regression guard (nothing is tuned to its lines, and the bound is
// lowered only by a pass's end-of-pass count).
func TestMeasureEighteenthHeldOutSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{{measureSet{"en-tech18h.txt", false}, 0, 2}})
}
