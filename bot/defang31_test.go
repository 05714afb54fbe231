package bot_test

import "testing"

// TestDisguisedLinkVietnameseCalls (defang31): a scam in Vietnamese that
// writes its link broken up asks for the act there in its own words —
// kết nối (connect), đăng ký / đăng nhập (register, log in), xác minh /
// xác nhận (verify, confirm), nhập (enter), nạp (deposit) — often after
// "vui lòng" (please). All of these were allowed on c5c0f6a. Their
// benign twins stay allowed: "đang" (is doing) folds as "đăng" does,
// "bài đăng" (a post) is no call, "xác nhận x[.]com là …" handles the
// link as its object, and the English pairs hold as before ("the link
// is", "send a link" are no calls; "link your", "send your" are).
// "running" no longer names a defender's tool (a query, a sandbox does).
func TestDisguisedLinkVietnameseCalls(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"vui lòng kết nối ví tại ops-portal-west[.]com", true},
		{"truy cập hxxps://ops-portal-west[.]com và đăng nhập để nhận quà", true},
		{"đăng ký tài khoản tại ops-portal-west[.]com", true},
		{"vui lòng xác nhận tài khoản tại ops-portal-west[.]com", true},
		{"nhập mã OTP tại ops-portal-west[.]com", true},
		{"nạp tiền tại ops-portal-west[.]com", true},
		{"link your wallet at ops-portal-west[.]com", true},
		{"send your ID to ops-portal-west[.]com", true},
		// "running" names no defender's tool: a scam runs things too.
		{"we're running a giveaway for holders, connect your wallet at ops-portal-west[.]com", true},
		{"the bot is running again: ops-portal-west[.]com — log in with discord to verify", true},
		{"remove the brackets before running the query: ops-portal-west[.]com", false},
		{"mình đang xem trang ops-portal-west[.]com, trang lừa đảo", false},
		{"mình đang đăng nhập vào ops-portal-west[.]com thì bị lỗi", false},
		{"bài đăng về ops-portal-west[.]com nhé", false},
		{"xác nhận ops-portal-west[.]com là trang lừa đảo", false},
		{"đừng đăng nhập ở ops-portal-west[.]com, lừa đảo đấy", false},
		{"the link is hxxps://ops-portal-west[.]com", false},
		{"send a link like ops-portal-west[.]com to the team", false},
	})
}

// TestQuotedFetchTold (defang31): an analyst tells of what a program
// does with a defanged page, in the third person or the past ("it pulls
// a second stage from", "the exe dropped from", "the plugin that pulls"),
// which names the page a payload's source as "dropper" would; the first
// three were flagged on 9ec662d. A scam asks its reader to fetch, in the
// imperative, or tells of a fetch beside a call or the reader's name,
// and stays flagged.
func TestQuotedFetchTold(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"it pulls a second stage from hxxp://ops-portal-west[.]com/pkg.tar", false},
		{"the exe dropped from hxxps://ops-portal-west[.]com/setup.exe spawns regasm.exe", false},
		{"the plugin that pulls hxxps://ops-portal-west[.]com/wp.js was added last week", false},
		{"download from hxxps://ops-portal-west[.]com/setup.exe", true},
		{"pull the update from hxxps://ops-portal-west[.]com/setup.exe", true},
		{"Downloads: hxxps://ops-portal-west[.]com/setup.exe", true},
		{"you downloaded it from hxxps://ops-portal-west[.]com/setup.exe", true},
		{"our tool pulls the latest patch from hxxps://ops-portal-west[.]com/fix.exe, run it now", true},
		{"the app downloads hxxps://ops-portal-west[.]com/free-nitro.exe, claim your free nitro", true},
		{"the installer fetches your rewards from hxxps://ops-portal-west[.]com, connect your wallet", true},
	})
}

// TestQuotedLookalikeShown (defang31): an analyst shows a lookalike word
// in another script as the reader would see it, in quotation marks, and
// names the trick (homoglyph, cyrillic, punycode); the mixed-script word
// is the trick shown, not a word disguised. Both were flagged on
// 7b7d4f9. A mixed-script word written bare, or quoted in a message that
// names no script trick, is still a word written to slip past a reading.
func TestQuotedLookalikeShown(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"heads up the new punycode trick: xn--80aa0cbo65f[.]com looks like \"binаnсе\" in some fonts, registered yesterday, cert today", false},
		{"research note: the homoglyph domain binance-reward-claim[.]com renders as \"binаnсе\" with a cyrillic а", false},
		{"phishing report: сlaim at binance-reward-claim[.]com, cyrillic letters", true},
		{"phishing report: \"сlaim\" at binance-reward-claim[.]com", true},
		{"сlaim your reward at binance-reward-claim[.]com, it is not phishing", true},
	})
}
