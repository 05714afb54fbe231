package bot_test

import "testing"

// TestMovedOnAfterABlockIsNoQuote (sec29): the plain reading of security
// talk (two defenders' plain words, one where a threat is seen) is also
// how a scam tells its members where it went after a filter caught it.
// The writers' own or former page told of as blocked, flagged or
// reported ("our domain got blocked", "the old domain got flagged",
// "the dns blocked our site"), or a page told of as where a thing of
// theirs is or goes on ("the event is at", "the node runs on", "same
// event at"), is no quote: the first nine were allowed on d620293. A
// defender's page quoted as blocked ("blocked at our proxy:", "our dns
// filter blocked x"), a threat's thing told of where it sits ("the panel
// is at", "the gate is on"), and a threat's strong name beside the
// writers' own page ("our domain got flagged because the phishing page
// at x copied it") stay quotes.
func TestMovedOnAfterABlockIsNoQuote(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"our domain got blocked, the backup was claim-airdrop-eth[.]top", true},
		{"the old domain got flagged, same event at claim-airdrop-eth[.]top", true},
		{"our dns got blocked, the event is claim-airdrop-eth[.]top", true},
		{"the domain got flagged, the event now lives at claim-airdrop-eth[.]top", true},
		{"the dns blocked our site, the event goes on at claim-airdrop-eth[.]top", true},
		{"the proxy blocked our domain, the sale runs on claim-airdrop-eth[.]top", true},
		{"traffic was blocked on our ip, the node runs on claim-airdrop-eth[.]top", true},
		{"our site was reported by the bot, the drop is at claim-airdrop-eth[.]top", true},
		{"our server was blacklisted, the dashboard now lives at claim-airdrop-eth[.]top", true},
		{"blocked at our proxy: claim-airdrop-eth[.]top", false},
		{"our dns filter blocked claim-airdrop-eth[.]top for 12 hosts", false},
		{"the panel is at claim-airdrop-eth[.]top, seen in the proxy logs", false},
		{"the gate is on claim-airdrop-eth[.]top, dns logs show 40 hits", false},
		{"whois for claim-airdrop-eth[.]top shows a new registrar, the domain is blocked", false},
		{"our domain got flagged because the phishing page at claim-airdrop-eth[.]top copied it", false},
		{"our main site was blocked after claim-airdrop-eth[.]top impersonated it, the fake is still up", false},
	})
}

// TestThreatNamedRightAfterThePage (sec29): security talk often quotes a
// page and says what it is in the next words, pointing back to it
// ("… linking to x[.]com/case. it's phishing for OAuth", "links to
// x[.]com -- it's the extranet phish", "the ad leads to x[.]com. it is a
// drainer"): the threat is named of that page, and the sentence that
// quotes it needs no threat's name of its own. The first five were
// flagged on 4bcc4f8. A threat's name that qualifies something else
// ("it's fake news", "the scam buster event", "the phishing awareness
// quiz"), one turned away ("it's phishing-free", "it's not a scam"), one
// after a turn ("it's where the scammers got banned") and a sentence
// with an offer's words ("bonus at x[.]com. it's …") are read as ever:
// the last seven stay flagged.
func TestThreatNamedRightAfterThePage(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{`an issue titled "see report" linking to claim-airdrop-eth[.]top/case/8813. it's phishing for OAuth`, false},
		{"hotel staff are getting booking.com partner messages with links to claim-airdrop-eth[.]top/login -- it's the extranet phish", false},
		{"the ad leads to claim-airdrop-eth[.]top. it is a drainer", false},
		{"someone posted claim-airdrop-eth[.]top. it's a stealer, don't run it", false},
		{"the qr code points to claim-airdrop-eth[.]top. it's a known phishing kit", false},
		{"the node claim-airdrop-eth[.]top. it's fake news that it's a scam", true},
		{"the airdrop claim-airdrop-eth[.]top. its a scam-buster event", true},
		{"claim-airdrop-eth[.]top. it's the phishing awareness quiz, prizes for all", true},
		{"join claim-airdrop-eth[.]top. it's phishing-free", true},
		{"the event page claim-airdrop-eth[.]top. it's where the scammers got banned", true},
		{"the bonus page claim-airdrop-eth[.]top. it's not a scam", true},
		{"bonus at claim-airdrop-eth[.]top. it's a scam-hunters giveaway", true},
	})
}
