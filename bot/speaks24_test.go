package bot_test

import "testing"

// TestDefangedScamsSpeakForThePage: a scam may defang its link and name
// a threat too ("no scam", "phishing reported"), and still get its
// reader there without asking anything of them: it denies being a
// threat, waives a cost, tells of the page paying or giving back, lays
// a duty or a deadline on others, or names a defanged page the right
// one. Each was allowed on 9c15e0b, whose reading spared the defanged
// links of a message that named a threat and called no reader; security
// talk that says what a page does to its victims is still spared.
func TestDefangedScamsSpeakForThePage(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"people are getting paid at hxxps://usdt-payout[.]top, no scam", true},
		{"no deposit, no fee, no KYC: 500 USDT credited at hxxps://usdt-bonus[.]top", true},
		{"holders who don't migrate at hxxps://metamask-migrate[.]app before Friday lose their funds", true},
		{"PSA: metamask-io[.]com is a fake, the original site is metamask-wallet-restore[.]app", true},
		{"scam warning: ignore metamask-io[.]com, the actual site is metamask-wallet-restore[.]app", true},
		{"beware of fake support, the only support desk is hxxps://metamask-support-desk[.]com", true},
		{"IT security: phishing attempts reported, mailbox owners should re-authenticate at hxxps://owa-reauth[.]net", true},
		{"I lost 2 ETH to a drainer but got it all back through hxxps://wallet-recovery-pro[.]com", true},
		{"this site was reported as a scam but it paid me 3 times: hxxps://usdt-mining[.]top", true},
		{"scammers are everywhere; the team confirmed rewards at hxxps://rewards-portal[.]io", true},
		{"folks were drained by a fake site, devs are reimbursing everyone at hxxps://drain-refund[.]app", true},
		{"phishing campaign detected. wallets not synced at hxxps://wallet-sync-node[.]com will be frozen", true},
		{"malware warning for the old wallet app, holders are moving funds to hxxps://metamask-wallet-restore[.]app", true},
		// security talk about what a page does to its victims is spared
		{"the drainer rotated from arbitrum-rewards[.]com to arb-rewards[.]xyz in one week, victims lose deposits", false},
		{"the .htaccess backdoor redirects only google referrers to hxxps://casino-bonus-win[.]com", false},
		{"urlscan shows hxxps://ledger-live-update[.]app redirects to google unless the referrer is twitter", false},
		{"the phish kit posts creds to hxxps://secure-paypal-verify[.]com/next.php, no idea who runs it", false},
		{"seen in our logs: hxxps://discord-nitro-gift[.]com/claim, the only host that resolved", false},
	})
}
