package bot_test

import "testing"

// TestTakenDownToldOfThePage (sec27, rev26's second point): "taken
// down", "took down" and the TLP, KQL and RPZ labels made a quote of any
// defanged page beside them, so a scam that tells its members where it
// moved after a takedown, or wears a TLP label, was allowed: the first
// seven were allowed on 2eae101. A page taken down is now a threat's
// name only when told of the very pages the message quotes ("tucows took
// down x[.]com", "x[.]com was taken down", "took down a[.]com and
// b[.]net"), and TLP, KQL and RPZ are defenders' plain words (two
// needed): the last seven stay allowed.
func TestTakenDownToldOfThePage(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"old site got taken down, we are at claim-airdrop-eth[.]top now", true},
		{"they took down our site again, we continue at claim-airdrop-eth[.]top", true},
		{"TLP:CLEAR event page claim-airdrop-eth[.]top", true},
		{"KQL fans: the snapshot is at claim-airdrop-eth[.]top", true},
		{"rpz updated, the event continues at claim-airdrop-eth[.]top", true},
		{"taken down again, claim-airdrop-eth[.]top for the drop", true},
		{"the registrar took down shop-old[.]com, claim-airdrop-eth[.]top until further notice", true},
		{"tucows took down claim-airdrop-eth[.]top, nice", false},
		{"claim-airdrop-eth[.]top was taken down this morning", false},
		{"cloudflare took down claim-airdrop-eth[.]top and hxxps://wallet-sync-help[.]app", false},
		{"netcraft took down claim-airdrop-eth[.]top, hxxps://wallet-sync-help[.]app and metamask-restore[.]top within the hour", false},
		{"the registrar took down the domain claim-airdrop-eth[.]top", false},
		{"TLP:CLEAR phishing domain claim-airdrop-eth[.]top", false},
		{"KQL hit on claim-airdrop-eth[.]top in the dns logs", false},
	})
}

// TestFakedCallNamesTheScamsPage (sec27): a call's word that a threat's
// name qualifies, told of the quoted page right beside it ("fake zalo
// login page on x[.]com", "the fake browser update campaign now uses
// x[.]com", "x[.]com -- fake login", "x[.]com/login with a fake steam
// login"), names what the scam shows, not a call to the reader: the
// first four were deleted on 6f91f77 (sec24-talkt's and sec25-talkt's
// lines, their page changed). A page brought in beside the fake one, or
// the fake one denied or guarded against, is judged as ever.
func TestFakedCallNamesTheScamsPage(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"fake zalo login page on claim-airdrop-eth[.]top steals the phone number + OTP", false},
		{"the fake browser update campaign now uses hxxps://claim-airdrop-eth[.]top/EdgeSetup.exe", false},
		{"someone in the group keeps posting claim-airdrop-eth[.]top -- fake login, blocked them", false},
		{"urlscan shows it redirects to claim-airdrop-eth[.]top/login with a fake steam login", false},
		{"avoid fake login pages by using claim-airdrop-eth[.]top", true},
		{"fake login page replaced by claim-airdrop-eth[.]top", true},
		{"the fake login page is gone, new page: claim-airdrop-eth[.]top", true},
		{"claim-airdrop-eth[.]top has no fake login page", true},
		{"claim-airdrop-eth[.]top - no more fake update pages", true},
		{"phishing-free login page claim-airdrop-eth[.]top", true},
		{"scam login pages cant reach claim-airdrop-eth[.]top", true},
		{"the fake login page is gone, log in at claim-airdrop-eth[.]top", true},
	})
}
