package bot_test

import (
	"strings"
	"testing"
)

// rev34Homographs and rev34Defanged are live look-alikes as a scam posts
// them: written in another script's letters or their xn-- form, and a
// brand joined to a word written defanged.
var (
	rev34Homographs = []string{"аpple.com/login", "pаypal.com", "https://bіnance.com/event", "gооgle.com",
		"dіscord.com/nitro", "xn--pypal-4ve.com", "cоinbase.com/claim", "https://mіcrosoft.com/login"}
	rev34Defanged = []string{"brand-secure[.]com", "paypal-verify[.]net", "binance-support[.]io", "discord-nitro[.]gift",
		"hxxps://coinbase-wallet-sync[.]com/login", "telegram-premium[.]click", "opensea-claim[.]io", "uniswap-airdrop[.]org"}
)

// TestTalkWordsAroundALure (rev34): a scam wraps its look-alike in the
// words of security talk that sec34 reads as showing the trick or a
// threat's page ("homograph", "IDN", "punycode", "Cyrillic", "e.g.",
// "such as", "this campaign used", "spotted", "we blocked") and says
// what the reader gets there: a bonus, a giveaway, a payout, a doubled
// deposit, or vouches for the look-alike after it ("… is the real one").
// 136 of the 304 lure lines below (wrappers times look-alikes) were
// allowed on main at 3ad078f (after sec34); fd0bce6 flagged them all. The talk beside each stays
// unjudged (TestTalkOfTheTrickIsNoTrick and the lines at the end).
func TestTalkWordsAroundALure(t *testing.T) {
	t.Parallel()
	homographOnly := []string{
		"Cyrillic letters aside, %s pays out instantly",
		"homograph? no, %s is the real one, I checked",
		"FYI the homograph %s is legit, I used it all week",
		"punycode aside, %s doubled my deposit",
		"the Cyrillic %s is official btw",
		"the lookalike %s is the real one, the old domain got hacked",
	}
	both := []string{
		"guys, the IDN domain %s is giving 2x bonus, I just got mine",
		"such as %s where the giveaway is live",
		"IDN version %s — withdrawals are instant there",
		"for instance %s gives 3x on every deposit",
		"examples: %s, earn 200 USDT per referral",
		"this campaign used %s and it pays out daily, join now",
		"homograph or not, I earned 2 ETH on %s",
		"e.g. %s has a jackpot running today",
		"@here the IDN mirror %s pays 10x",
		"spotted %s giving free mints, go fast",
		"ví dụ %s rút tiền ngay, thưởng 500k",
	}
	homographOnly = append(homographOnly,
		"homograph %s looks fine to me",
		"the IDN %s is where the team hangs out now",
		"the Cyrillic %s is our new home",
		"mirror (IDN): %s",
		"Homograph-proof mirror %s",
		"Greek omicron version %s is the one that works",
	)
	both = append(both,
		"for example %s, check it out",
		"our monitoring flags the fakes, bookmark %s",
	)
	var cases []flagCase
	for _, w := range homographOnly {
		for _, l := range rev34Homographs {
			cases = append(cases, flagCase{strings.Replace(w, "%s", l, 1), true})
		}
	}
	for _, w := range both {
		for _, l := range append(append([]string(nil), rev34Homographs...), rev34Defanged...) {
			cases = append(cases, flagCase{strings.Replace(w, "%s", l, 1), true})
		}
	}
	cases = append(cases,
		// the talk twins: the trick shown, a threat's page told of
		flagCase{"Homograph refresher: аpple.com uses a Cyrillic а and renders like apple.com in many fonts.", false},
		flagCase{"the IDN homograph gооgle.com was registered by a researcher in 2017 to prove the point", false},
		flagCase{"punycode lesson: pаypal.com is really xn--pypal-4ve.com under the hood", false},
		flagCase{"why Chrome shows xn-- for bіnance.com: mixed script, Cyrillic і", false},
		flagCase{"our lookalike monitor spotted mіcrosoft.com (Cyrillic і) registered last week, parked", false},
		flagCase{"IDN policy question: should registries refuse dіscord.com written with a Cyrillic і?", false},
		flagCase{"a homograph like аmazon.com is why I turned on punycode display in Firefox", false},
		flagCase{"The attacker paid about $10 for аpple.com, the Cyrillic homograph, in the old demo", false},
		flagCase{"is аpple.com the real one? no, the Cyrillic а gives it away", false},
		flagCase{"This campaign used apple-id-locked[.]com for the landing page.", false},
		flagCase{"we blocked coinbase-verify-wallet[.]com at the DNS resolver, 12 hits", false},
		flagCase{"e.g. paypal-account-limited[.]net, a classic combosquat", false},
		flagCase{"the kit rotated through netflix-billing-fix[.]com and netflix-payment-help[.]net", false},
		flagCase{"Brand monitoring spotted binance-kyc-check[.]com registered yesterday", false},
		flagCase{"Safe Browsing flags microsoft-teams-update[.]com now", false},
		flagCase{"for example steam-gift-trade[.]ru, the usual skin-trade lure domain", false},
		flagCase{"such as discord-nitro-drop[.]gift, which showed up in the report", false},
		flagCase{"IOC: metamask-wallet-fix[.]io, registered 2026-11-29", false},
		flagCase{"Q: how does an IDN homograph work? A: someone registers pаypal.com where the а is U+0430", false},
		flagCase{"the homograph trick, phishing mirror pаypal.com, went down after the registrar's takedown", false},
	)
	checkFlagged(t, cases)
}

// TestTyposquatTechToken (rev34): a letter of a brand's name changed so
// that its start is a technical token before the name's own end is a
// name of its own (devtools, not DEXTools' dextools), by the name read
// in the host (Match.Typo) or the brand's own domain misspelt
// (DomainTypo); the typist's misspellings of the same names stay
// deleted. main at 3ad078f deleted devtools.io and warned deptools.io.
func TestTyposquatTechToken(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"the docs are at https://devtools.io/ if you need them", false},
		{"the docs are at https://deptools.io/ if you need them", false},
		{"the docs are at https://dextoals.io/ if you need them", true},
		{"the docs are at https://dextoools.io/ if you need them", true},
		{"the docs are at https://dexttools.io/ if you need them", true},
		{"the docs are at https://phantomm.app/ if you need them", true},
		{"the docs are at https://stargatte.finance/ if you need them", true},
		{"the docs are at https://binnance.com/ if you need them", true},
	})
}
