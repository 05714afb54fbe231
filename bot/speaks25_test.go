package bot_test

import "testing"

// TestDefangedScamsTellOfGains: a defanged page's message that tells of
// money gained there ("I got $500 from …", "made 4k", "500 USDT") or
// offers a recovery service speaks for the page as a scam does, however
// many threat words it wears; all but the third were allowed on 7456297
// (as were 116 and 228 of 7,200 built lines with training phish URLs).
// Security talk tells of money lost and of recovery services as scams,
// and stays quoted.
func TestDefangedScamsTellOfGains(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"reported as phishing but I got $500 from hxxps://metamask-wallet-sync[.]app yesterday", true},
		{"phishing reports are fake news, my cousin made 4k last month on hxxps://metamask-wallet-sync[.]app", true},
		{"flagged by the proxy lol but I received 500 USDT from hxxps://metamask-wallet-sync[.]app", true},
		{"for those hit by the phishing wave, the recovery tool is hxxps://metamask-wallet-sync[.]app", true},
		{"victims of the drainer lost $40k to hxxps://metamask-wallet-sync[.]app, reported to the registrar", false},
		{"the fake \"crypto recovery\" services (recover-stolen-funds[.]com) are scammers who target victims twice", false},
	})
}
