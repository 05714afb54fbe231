package bot_test

import "testing"

// TestSecurityTalkNamesSpamAndSquats: spam waves and the squatting
// kinds (combosquats, bitsquats, homoglyphs) are named as threats; each
// of these was flagged on 7456297.
func TestSecurityTalkNamesSpamAndSquats(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"mod log: 40 spam posts removed overnight, all pointing at hxxps://free-gift-drop[.]xyz", false},
		{"combosquats from this week: paypal-resolution-centre[.]com, chase-alerts-secure[.]net", false},
	})
}

// TestThreatsKeptOutStillJudged: a threat's name that the message keeps
// away from its page ("scammers can't reach …") names no threat, and a
// service moved to a defanged page speaks for it. The first was allowed
// on 7456297 (411 of 1,200 built lines with training phish URLs); the
// second guards the spam reading.
func TestThreatsKeptOutStillJudged(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"scammers can't reach hxxps://metamask-wallet-sync[.]app, it's the members-only portal", true},
		{"spam wave today, so the support desk moved to hxxps://metamask-wallet-sync[.]app", true},
		{"spam bots never see hxxps://metamask-wallet-sync[.]app, the private portal", true},
	})
}
