package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestSecurityTalkQuotesIndicators: security talk names what it defangs
// as a threat in words of its own (a detection ratio, a dropper, an
// alert, a pihole list, an advisory, "don't click") and asks nobody to
// go there: its defanged links are quoted, not judged. Each of these was
// deleted or warned on 3fa769f, whose reading knew a short list of
// words (IOC, C2, blocklist, in the wild). Words that vouch for a page
// (the real one) vouch for the next link named, which is judged.
func TestSecurityTalkQuotesIndicators(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"the phish kit posts creds to hxxps://secure-paypal-verify[.]com/next.php", false},
		{"blocked domains this week: amaz0n-support[.]top, netf1ix-billing[.]info, wellsfargo-alert[.]co", false},
		{"VT has 12/90 on hxxp://45.133.1[.]20/bins/mirai.arm7", false},
		{"the dropper pulls hxxp://cdn-update[.]live/payload.exe, detonate only in the sandbox", false},
		{"heads up, phishing campaign using hxxps://metamask-wallet-restore[.]app targeting our users", false},
		{"reported hxxps://steamcommunlty[.]ru/tradeoffer/new to steam", false},
		{"the smishing text pointed to hxxps://usps-redelivery[.]info/track", false},
		{`don't click, the "invoice" email links to hxxps://onedrive-share[.]docs-view[.]com/file`, false},
		{"seen in our logs: hxxps://discord-nitro-gift[.]com/claim", false},
		{"add hxxps://binance-airdrop[.]org to the pihole list", false},
		{"suricata alert for dns query to cobalt-strike-beacon[.]xyz", false},
		{"the malvertising chain ends at hxxps://anydesk-download[.]pro/AnyDesk.exe", false},
		{"blocked at the proxy: hxxps://appleid-verify[.]support", false},
		{"CERT advisory lists hxxps://vietcombank-ebanking[.]top as active", false},
		{"passive DNS shows metamask-restore[.]io resolving to 185.196.8[.]22", false},
		{"domains in the report: login-office365-verify[.]net, secure-wallet-connect[.]app", false},
		{"found in the wild: h t t p s : / / paypal-secure-pay[.]com with spaces, on a forum post warning about it", false},
		// the page a warning vouches for is the clickable one, judged as
		// any link (each was flagged on 9c15e0b)
		{"scam 100%. the real one is revoke.cash; revoke-cash[.]io is a drainer", false},
		{"not legit, that's a lookalike: stearncommunity[.]com (rn instead of m). the real one is steamcommunity.com", false},
	})
}

// TestDefangedScamsStillJudged: a scam that defangs its link must ask
// its reader to act, speak a lure, or vouch for the page, and is judged
// as ever, however many threat words it wears (each of these with a
// threat word was allowed on 3fa769f). So is a link broken up as scams
// break them ((dot), spaced), a link carried outside the text, and a
// clickable link beside a quoted indicator; and a defanged link beside
// no threat's name at all.
func TestDefangedScamsStillJudged(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"IOC: hxxps://metamask-io[.]com is draining wallets, protect your funds by syncing at hxxps://metamask-sync[.]app", true},
		{"C2 takedown complete, users must reinstall the patched client from hxxps://cdn-update[.]live/client.exe", true},
		{"The report says accounts were stolen. Recover yours at hxxps://steam-recovery[.]ru/login", true},
		{"Sinkholed the old domain, new official site is hxxps://pancakeswap-finance[.]cc", true},
		{"Defanged for safety, copy it into your browser: hxxps://nitro-claim[.]com/gift", true},
		{"Links get blocked here so I defanged it: hxxps://free-nitro-drop[.]com/claim", true},
		{"VirusTotal says clean 0/70: hxxps://crack-download[.]site/photoshop.exe", true},
		{"not malware, I checked the sample myself hxxps://game-mods[.]xyz/modmenu.exe", true},
		{"VT 0/90 on hxxps://paypal-resolution[.]center/login", true},
		// a call written onto the front of the link is read (each was
		// allowed on 689ba5d)
		{"phishing campaign, claim:hxxps://binance-bonus[.]top", true},
		{"IOC list (phishing) verify->hxxps://paypal-secure-verify[.]com/login", true},
		{"seen in the wild, yours:hxxps://metamask-restore[.]io", true},
		// calls written to slip past a reading of words (each was
		// allowed on 3fa769f and on 42b9005)
		{"IOC: cl4im y0ur b0nus at hxxps://binance-bonus[.]top", true},
		{"IOC: \u0441laim at hxxps://binance-bonus[.]top", true},
		{"IOC: v\u0565rify at hxxps://binance-bonus[.]top", true}, // Armenian ե (brand.MixedScript): allowed on 5f40403
		{"IOC: C L A I M at hxxps://binance-bonus[.]top", true},
		{"IOC: c.l.a.i.m at hxxps://binance-bonus[.]top", true},
		{"seen in the wild: \uff43\uff4c\uff41\uff49\uff4d hxxps://binance-bonus[.]top", true},
		{"IOC: cl\u200bick hxxps://binance-bonus[.]top", true},
		{"Coinbase: withdraw request of 2.1 ETH pending, cancel if this was not you hxxps://c0inbase@secure-verify[.]me/cancel", true},
		{"phishing alert: claim your refund at hxxps://paypal-refund-center[.]com/login", true},
		{"the kitchen timer app lives at hxxps://paypal-refund-center[.]com/login", true},
		{"Binance: your 300 USDT new-user bonus expires today, claim it at binance-bonus[.]top", true},
		{"Tài khoản của quý khách bị tạm khóa, xác thực tại hxxps://vietcombank-xacthuc[.]com", true},
		{"CSGT thông báo phạt nguội, tra cứu tại csgt-phatnguoi[.]com/tra-cuu", true},
		{"phishing kit seen in the wild: discord-nitro-gift (dot) com/claim", true},
		{"phishing kit seen in the wild: discord-nitro-gift . com/claim", true},
		{"IOC: evil-example[.]com, writeup at https://paypal-account-review.xyz/login", true},
		// a warning about one page beside a lure for another (each was
		// allowed on 9c15e0b)
		{"scam alert: hxxps://binance-login[.]com is phishing. Rewards at hxxps://binance-rewards[.]org", true},
		{"heads up, phishing campaign using hxxps://binance-login[.]com bonus at binance-bonus[.]top", true},
		{"bonus at binance-bonus[.]top, phishing campaign using hxxps://binance-login[.]com", true},
		{"IOC: hxxps://metamask-io[.]com. The wallet sync page is hxxps://metamask-sync[.]app", true},
		// a brand's notice uses defenders' plain words, and its voice
		{"Chase fraud alert hxxps://chase-secure-login[.]net", true},
		{"Security breach detected hxxps://office365-login[.]site", true},
		{"MetaMask: wallet drainer detected hxxps://metamask-restore[.]io", true},
		{"DHL: parcel flagged at customs hxxps://dhl-customs[.]info/pay", true},
	})
	// a link carried outside the text is clicked whatever it reads
	c := bot.NewClassifier(bot.ClassifierConfig{})
	m := bot.Message{ID: "x", Platform: bot.Telegram, Chat: "c", User: "u", Time: t0, MemberSince: t0.AddDate(-1, 0, 0),
		Text:  "IOC from the report, blocked: steam-trade[.]ru",
		Links: []bot.LinkRef{{Text: "steam-trade[.]ru", URL: "hxxps://steamcommunity-trade[.]ru/offer/new"}}}
	if v := c.Classify(&m, bot.Hints{}).Verdict; v.Level == bot.Allow {
		t.Errorf("a carried defanged link beside an IOC: %s (%.2f) %v, want flagged", v.Level, v.Score, v.Reasons)
	}
}
