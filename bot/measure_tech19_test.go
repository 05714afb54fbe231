package bot_test

import "testing"

// The nineteenth pass's sets (tech19, 2026-12-02, written and committed
// before any rule of the pass ran on them): en-tech19t.txt and
// en-tech19h.txt are long-tail English tech chat — personal blogs and
// homepages, older sites with .php/.htm pages in deep folders, specs and
// Unicode reference sites, cryptography and CTF write-ups, Bitcoin and
// Ethereum developer sites, game and web3 project sites, docs on hosted
// platforms, cloud consoles and SSO start pages, mailing lists, bug
// trackers, paste sites and CI logs. The tuning set is held to what the
// pass reached; the held-out set is only logged.
var nineteenthTuningSets = []tunedSet{
	// 47 on a8e4e95 (53 links); 31 with the pass's readings (expertPathReading,
	// docPageReading, generatedTenant); 36 once rev19 dropped expertPathReading
	// and docPageReading's "calls it a reading" (attack19_test.go); 19 on
	// 16164b3 (15 warned, 4 deleted), 18 with fp32's one mild word in
	// plain chat kept out of the message stage (bitcoin core rpc docs);
	// 17 (13 warned, 4 deleted) with brand34's Polkadot, whose own wiki
	// the link model read as a scam name
	{measureSet{"en-tech19t.txt", false}, 0, 17},
}

// TestMeasureNineteenthTuningSets holds en-tech19t.txt to what the pass
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureNineteenthTuningSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, nineteenthTuningSets)
}

// TestMeasureNineteenthHeldOutSets holds en-tech19h.txt, read once at the
// end of the pass, to the count main reached on 6d39410 (src22,
// 2026-12-03): 9 of 321 flagged (6 deleted); 8 with http22's plain-HTTP
// content pages. It is read as a count only:
// a regression guard (nothing is tuned to its lines, and the bound is
// lowered only by a pass's end-of-pass count).
func TestMeasureNineteenthHeldOutSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{{measureSet{"en-tech19h.txt", false}, 0, 8}})
}
