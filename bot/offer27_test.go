package bot_test

import "testing"

// TestQuotedPageOfferedAsDestination (offer27): one strong threat word
// anywhere in a message made a quote of a defanged page that the words
// right before it offer the reader as a place to go ("new page:",
// "continue at", "by using", "ours is", "replaced by", "so the bot
// doesn't delete it"): the first ten were allowed on 8810caf. Defenders
// who name the page a threat where they quote it, or turn the reader
// away from it, stay allowed: the last nine.
func TestQuotedPageOfferedAsDestination(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"the phishing page is gone, new page: claim-airdrop-eth[.]top", true},
		{"avoid phishing pages by using claim-airdrop-eth[.]top", true},
		{"after the takedown we continue at claim-airdrop-eth[.]top", true},
		{"writing it defanged so the bot doesn't delete it claim-airdrop-eth[.]top", true},
		{"beware of phishing, ours is claim-airdrop-eth[.]top", true},
		{"the phishing domain was replaced by claim-airdrop-eth[.]top", true},
		{"scammers cloned our group, we moved to hxxps://claim-airdrop-eth[.]top", true},
		{"phishing everywhere, please visit claim-airdrop-eth[.]top instead", true},
		{"malware warning: go to claim-airdrop-eth[.]top to get the clean build", true},
		{"to stay safe from phishing use claim-airdrop-eth[.]top", true},
		{"the new phishing page is claim-airdrop-eth[.]top, block it", false},
		{"phishing: do not visit claim-airdrop-eth[.]top", false},
		{"the phishing kit redirects to claim-airdrop-eth[.]top", false},
		{"the campaign now uses claim-airdrop-eth[.]top for phishing", false},
		{"phishing domain claim-airdrop-eth[.]top, never go to it", false},
		{"the actor moved the phishing kit to claim-airdrop-eth[.]top", false},
		{"heads up: scammers cloned our site at claim-airdrop-eth[.]top, we're only on the telegram group", false},
		{"phishing wave today. new domains: claim-airdrop-eth[.]top, wallet-sync-help[.]app", false},
		{"IOC (defanged so the bot doesn't delete it): phishing domain claim-airdrop-eth[.]top", false},
	})
}
