package bot_test

import "testing"

// TestTalkOfTheTrickIsNoTrick (sec34): security talk shows the trick it
// explains: a homograph of a famous domain written in Cyrillic or Greek
// letters beside the real one and the trick's name (homograph, IDN,
// punycode, confusable, "looks identical in the address bar"), and a
// brand-hyphen lookalike written defanged in a write-up, an IOC list, a
// monitor's output, "this campaign used …", "we blocked …", "e.g. …".
// 17 of the 18 homograph lines and 9 of the 22 defanged ones were flagged
// on fd0bce6. An attacker using the trick never explains it: the same
// lookalikes with a call to the reader (is this you, verify, log in,
// claim, your account, "here:", even "try it yourself: open …"), a
// lure's or a prize's words, @everyone, a call to mend the defanged link
// and go there, the writers' own campaign, or posted bare, stay flagged.
func TestTalkOfTheTrickIsNoTrick(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		// homograph talk: blog post, Q&A, talk notes, bug report, CTF
		// write-up, a monitor's output
		{"Classic homograph attack: аpple.com with a Cyrillic а renders identically to apple.com in most fonts.", false},
		{"Remember the 2017 demo? Xudong Zheng registered аррӏе.com, all Cyrillic letters, and Chrome showed it as apple.com instead of xn--80ak6aa92e.com", false},
		{"Q: how does an IDN homograph work? A: the registry lets someone register pаypal.com where the а is U+0430, and a browser may display it as paypal.com", false},
		{"Firefox bug report: with network.IDN_show_punycode off, аррӏе.com shows as apple.com in the address bar. Expected: the xn-- form.", false},
		{"CTF write-up: the phishing challenge used gооgle.com with two Cyrillic o's, the flag was hidden on the punycode host", false},
		{"dnstwist output for paypal.com, fuzzer homoglyph: pаypal.com registered 2024-01-03, no MX record", false},
		{"conference talk notes: mixed-script names like micrоsoft.com (Cyrillic о) now fall back to punycode in Chrome", false},
		{"that's why browsers show xn-- for mixed scripts: pаypal.com would otherwise look identical in the address bar", false},
		{"blog post on Unicode confusables, with the usual example аpple.com vs apple.com", false},
		{"TIL the Greek omicron makes gοogle.com a perfect lookalike of google.com", false},
		{"our lookalike-domain monitor flagged a new registration today: аmazon.com, Cyrillic a, parked", false},
		{"why does Safari render аpple.com like apple.com? isn't that the whole IDN homograph problem?", false},
		{"homoglyph detection 101: map bіnance.com through the confusables table and you get binance.com back", false},
		{"the address bar spoofing bug: in that font the Cyrillic аррӏе.com was pixel-identical to the real apple.com", false},
		{"I show people this one: hxxps://аррӏе[.]com (cyrillic) vs apple.com. they never believe it until they see the punycode", false},
		{"If you paste аpple.com into the address bar, older browsers show it exactly like the real apple.com. That's the IDN homograph attack.", false},
		{"PSA: homoglyph domains are a thing. pаypal.com here uses a Cyrillic а. Always check the punycode.", false},
		{"The punycode for аpple.com is xn--pple-43d.com, which is what the DNS actually sees.", false},
		// a defanged indicator quoted in threat talk
		{"This campaign used paypal-secure[.]com and paypal-resolve[.]net for the landing pages.", false},
		{"we blocked amazon-billing-update[.]com at the resolver this morning, 40 hits before that", false},
		{"IOCs from the write-up: microsoft-sso-verify[.]com, office365-login-portal[.]net", false},
		{"the lookalike domain coinbase-wallet-restore[.]com was registered two days before the first email", false},
		{"typosquat roundup this week: netflix-account-help[.]com and steam-trade-offer[.]ru, both parked now", false},
		{"saw docusign-review-portal[.]com in our mail gateway logs today, same kit as the one from the report", false},
		{"the defanged IOC in the advisory is apple-icloud-support[.]com, no other infra overlapped", false},
		{"talk recording: combosquatting like paypal-account-security[.]com outnumbers typosquatting a hundred to one", false},
		{"lookalike monitor output: binance-secure-login[.]com registered 2026-11-30, MX none", false},
		{"our CTI feed added metamask-restore-wallet[.]app yesterday, the registrar suspended it within hours", false},
		{"for the awareness slides I'm using github-security-alert[.]com as the example lookalike domain", false},
		{"We blocked paypal-limited-access[.]com yesterday.", false},
		{"this campaign used coinbase-support-desk[.]com for the first stage", false},
		{"the kit rotated through steam-trade-offers[.]net and steam-gift-cards[.]ru last month", false},
		{"I reported the domain wellsfargo-secure-id[.]net to the registrar this morning", false},
		{"Spotted paypal-account-review[.]com this morning, registered yesterday through Namecheap.", false},
		{"Heads up, the campaign is now using chase-alerts-secure[.]com.", false},
		{"Brand monitoring alert: paypal-dispute-center[.]com (registered 2026-11-28)", false},
		{"Google Safe Browsing now flags amazon-prime-verify[.]com.", false},
		{"the kit always sits on hacked wordpress sites, e.g. hxxp://smallbakery-example[.]com/wp-content/plugins/xx/next.php", false},
		{"the phishing pages share one favicon hash, for example owa-mail-login[.]com and owa-webmail-auth[.]net", false},
		{"combosquat examples from this month: paypal-dispute-help[.]com, chase-secure-notice[.]net", false},

		// the same lookalikes used as lures
		{"is this you? аpple.com/login", true},
		{"verify at pаypal.com", true},
		{"Your Apple ID was locked. Unlock it now: аpple.com/unlock", true},
		{"@everyone free iPhone giveaway at аррӏе.com, claim before midnight", true},
		{"аррӏе.com", true},
		{"pаypal.com/signin", true},
		{"Congratulations! You won a prize, collect it at gооgle.com/prize", true},
		{"Urgent: your Microsoft account will be suspended, sign in at micrоsoft.com/account", true},
		{"login here to keep your account: bіnance.com/login", true},
		{"the official site moved to аmazon.com, log in to see your order", true},
		{"gοogle.com/drive/shared open the shared file", true},
		{"security team: we found a homograph attack on your account, verify at pаypal.com", true},
		{"IDN giveaway: claim your free airdrop at bіnance.com", true},
		{"go to paypal-secure[.]com and log in to restore access", true},
		{"your account is limited, verify at paypal-resolve[.]net (remove the brackets)", true},
		{"@everyone claim your free nitro at discord-nitro-gift[.]com", true},
		{"amazon-billing-update[.]com", true},
		{"urgent: your Microsoft password expires today, reset it at microsoft-sso-verify[.]com", true},
		{"copy coinbase-wallet-restore[.]com into your browser and enter your recovery phrase", true},
		{"You won! Collect your prize at netflix-account-help[.]com before it expires", true},
		{"new DocuSign document for you: docusign-review-portal[.]com", true},
		{"apple-icloud-support[.]com your iCloud is full, upgrade now", true},
		{"binance-secure-login[.]com login to withdraw your bonus", true},
		{"okta-sso-reset[.]com fix the dot and sign in", true},
		{"the bot deletes links so here it is: metamask-restore-wallet[.]app connect your wallet", true},
		{"chase-online-verify[.]com confirm your identity to avoid suspension", true},
		{"the lookalike trick: github-security-alert[.]com, log in there to keep your repos", true},
		{"the proxy blocked our domain, claim your bonus now at coinbase-support-desk[.]com", true},
		{"our campaign used steam-trade-offers[.]net, now trade at steam-gift-cards[.]ru", true},
		{"we blocked the old link, the new one is paypal-limited-access[.]com, sign in there", true},
		{"Cyrillic looks nice: аpple.com/login, enter your Apple ID", true},
		{"homograph demo here: аpple.com/login", true},
		{"Try it yourself: open аррӏе.com in an old Firefox and it looks like apple.com", true},
		{"the real apple site, no punycode tricks: аpple.com", true},
		{"Google Safe Browsing flagged the old one, the new one is amazon-prime-verify[.]com", true},
		{"for example owa-mail-login[.]com, log in with your work account to read the memo", true},
		{"examples of winners this week, claim yours at paypal-dispute-help[.]com", true},
		{"free samples for members: chase-secure-notice[.]net", true},
	})
}
