package bot_test

import "testing"

// TestSecurityTalkSuspendedAndCompounds: a registrar's, an abuse
// desk's or a moderator's "suspended" or "banned" told of the very page
// the message quotes is the defender's word, not a notice's, and a
// threat's name written as a compound ("write-up") names it as written
// whole. Each of these was flagged on 693f6a9.
func TestSecurityTalkSuspendedAndCompounds(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"abuse ticket answered, the registrar suspended hxxps://netflix-billing-renew[.]com in under an hour. dns logs quiet since", false},
		{"registrar reply: \"we have suspended the domain paypal-resolution-desk[.]com for violating our terms\", 2 days", false},
		{"automod banned hxxps://free-nitro-drop[.]gift from the server, dns logs show 40 lookups since", false},
		{"anyone else seeing 45.137.21[.]9:8443 in the config, unlike the talos write-up?", false},
	})
}

// TestSuspendedNoticesStillJudged: "suspended" said of an account or a
// domain as a notice says it ("domain suspended", "was suspended"), or
// beside another page the message offers, is read as ever (lure and
// notice words): each stays flagged.
func TestSuspendedNoticesStillJudged(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"the domain was suspended for abuse, reactivation page hxxps://netflix-billing-renew[.]com", true},
		{"domain suspended: reactivate via hxxps://netflix-billing-renew[.]com before the dns logs expire", true},
		{"the registrar suspended hxxps://shop-old[.]com, the dns logs moved to hxxps://netflix-billing-renew[.]com", true},
		{"phishing-free login portal hxxps://netflix-billing-renew[.]com", true},
		{"account banned in the dns logs, appeal desk hxxps://free-nitro-drop[.]gift", true},
	})
}

// TestPlaceOfferedBesideDefendersWords: two defenders' plain words
// ("hosts", "blocked") made a quote of a defanged page brought in as a
// place to go ("mirror urls: …", "the backup portal is …"); both were
// allowed on 693f6a9.
func TestPlaceOfferedBesideDefendersWords(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"the hosts got blocked, mirror urls: binance-mirror[.]top", true},
		{"dns blocked in some regions, the backup portal is hxxps://metamask-wallet-sync[.]app", true},
		{"dns logs show the proxy blocked hxxps://metamask-wallet-sync[.]app twice", false},
	})
}
