package bot_test

import "testing"

// TestReportedQuotationIsTheScams (sec28): a quotation that security talk
// tells of as what a scam said or showed — a threat's name right after it
// ('the "…" lure', 'the "…" scam') or a threat's name or a word of saying
// right before it ('fake "…"', 'titled "…"', 'literally "…"') — holds the
// scam's calls, lures and the reader's name, not the writer's: the first
// seven were flagged on 0971a59 for a call ("verify", "press", "appeal"),
// the reader's name ("you", "your") or a lure inside the quotation. A
// scam's own quotation marks, which stress what it hands over ('the
// "claim" button is at', '"free nitro" link:', 'the "official" link'),
// or a quotation a plain word leads to ('a "verify your wallet" button:'),
// are read as ever: the last eight stay flagged.
func TestReportedQuotationIsTheScams(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{`14 users got the "shared a file with you" lure pointing at claim-airdrop-eth[.]top`, false},
		{`the fake "apple id verify" profile came from hxxps://claim-airdrop-eth[.]top/p.mobileconfig, don't install it`, false},
		{`the phish "your account is suspended, appeal now" sits on claim-airdrop-eth[.]top`, false},
		{`the captcha text was literally "press Win+R and paste to verify" on claim-airdrop-eth[.]top, it's clickfix`, false},
		{`phishing mails titled "Action required: confirm your payroll" link to claim-airdrop-eth[.]top`, false},
		{`the scam "your parcel is on hold, pay the fee" sms goes to claim-airdrop-eth[.]top`, false},
		{`the phishing popup saying "your pc is infected, call now" loaded from hxxps://claim-airdrop-eth[.]top`, false},
		{`beware of phishing, the "claim" button is at claim-airdrop-eth[.]top`, true},
		{`scammers hate this "free nitro" link: claim-airdrop-eth[.]top`, true},
		{`the "official" link since the fake one got reported: claim-airdrop-eth[.]top`, true},
		{`after the phishing wave we posted a "verify your wallet" button: claim-airdrop-eth[.]top`, true},
		{`the bot posts "verify" button -> claim-airdrop-eth[.]top so the spam stays out`, true},
		{`the scam "free nitro" link was a joke, the "claim" link is claim-airdrop-eth[.]top`, true},
		{`malware scan passed, "download" link: claim-airdrop-eth[.]top`, true},
		{`the drainer was removed, "claim your tokens" post: claim-airdrop-eth[.]top`, true},
	})
}

// TestRemedyOfferedIsNoQuote (sec28): a tool against a threat handed to
// the reader right before its defanged page ("ransomware decryptor:",
// "RAT removal tool:", "the drainer checker is") is a fake remedy's
// offer, and the threat's name before it is what the tool is sold
// against, not what the page is: the first six were allowed on b2ab6d6.
// A remedy the message calls false ("the fake decryptor at") and a
// remedy told of doing something to the page ("the malware scanner
// flagged", "the drainer checker listed") stay quotes.
func TestRemedyOfferedIsNoQuote(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"ransomware decryptor: claim-airdrop-eth[.]top", true},
		{"RAT removal tool: hxxps://claim-airdrop-eth[.]top", true},
		{"stealer cleaner at claim-airdrop-eth[.]top", true},
		{"the drainer checker is claim-airdrop-eth[.]top", true},
		{"infostealer cleanup utility hxxps://claim-airdrop-eth[.]top", true},
		{"keylogger detector: claim-airdrop-eth[.]top", true},
		{"the fake decryptor at claim-airdrop-eth[.]top drops more ransomware", false},
		{"the malware scanner flagged claim-airdrop-eth[.]top this morning", false},
		{"the drainer checker listed claim-airdrop-eth[.]top as a drainer contract site", false},
		{"trojanized removal tool hosted on claim-airdrop-eth[.]top", false},
	})
}
