package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestFileNamedBesideShareLink (mal41): a program, an installer, a
// Windows script, a shortcut, an Android app or an archive named as
// droppers are, written beside a share link that names no file, is what
// the link delivers, and warns alone (allowed on 63d5d13). A file the
// link's site is named after, an archive named as anything else, a
// library's .js, a link that ends in a file of its own and a share link
// with no file named stay allowed.
func TestFileNamedBesideShareLink(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"Invoice_0923.zip https://gofile.io/d/Xk29Fq", true},
		{"app-release.apk https://pixeldrain.com/u/aB3dE9xQ", true},
		{"download setup.exe here https://gofile.io/d/Xk29Fq", true},
		{"new build: Setup-v2.exe https://mega.nz/file/Ab3CdE4F#kLmNoPqRsTuVwXyZ", true},
		{"installer.msi https://www.dropbox.com/scl/fi/abc123/file?rlkey=xyz&dl=1", true},
		{"get update.apk from https://www.mediafire.com/file/abc123xyz", true},
		{"open Document.lnk https://1drv.ms/u/s!AqWeRtYuIoP9aSdF", true},
		{"photos.zip https://drive.google.com/file/d/1Qw3rTy7uIoP9aSdFgHjKlZxCvBnM0123/view", true},
		{"I uploaded logs.zip to https://gofile.io/d/Ab12Cd", false},
		{"the dataset.zip is on drive https://drive.google.com/file/d/1aB2cD3eF4gH5iJ6kL7mN8oP9q/view", false},
		{"node.js install notes https://gofile.io/d/Xk29Fq", false},
		{"here's the dataset from the workshop https://mega.nz/file/Qw3rTy7u#aB9cD8eF7gH6iJ5kL4mN3oP2qR1sT0uVwXyZ", false},
		{"map-pack-v2.zip is only on mediafire https://www.mediafire.com/file/abc123def456ghi/map-pack-v2.zip/file", false},
	})
}

// TestFileNamedBesideTokenLink (mal41): the same names beside a link to
// a site's page named by a token alone (/d/x8Q2k) warn (allowed on
// 63d5d13); beside a maker's link its file is named after, a
// platform's name (win.rustup.rs/x86_64), a paste, an id with hyphens, a
// page of words, and in a message whose other link ends in a file, they
// do not.
func TestFileNamedBesideTokenLink(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"Invoice_0923.zip https://mossgrove.net/d/x8Q2k", true},
		{"here is Setup.exe https://helixport.com/f/Ab3dE9xQ2", true},
		{"your Payment_Details.zip https://quartzlabs.net/dl/7Gh2kqW", true},
		{"https://win.rustup.rs/x86_64 also gives rustup-init.exe", false},
		{"app.exe crashes, trace here https://pastebin.com/Xk9fR2pQ", false},
		{"the exe dropped from hxxps://driver-booster-free[.]com/setup.exe spawns regasm.exe https://app.any.run/tasks/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", false},
		{"setup.exe fails with 0x80070005, see https://learn.microsoft.com/en-us/troubleshoot/windows-client/setup-upgrade-and-drivers/error-0x80070005", false},
		{"HeidiSQL_12.8.0.6908_Setup.exe https://www.heidisql.com/download.php", false},
		{"extract update.zip over the old folder, changelog https://acme-tools.dev/changelog/v2", false},
	})
}

// TestNamedBesideDetailAndTells (mal41): the finding names the file and
// the link in English and Vietnamese; beside a share link the name is a
// tell of its own, so with an archive's password it deletes.
func TestNamedBesideDetailAndTells(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	v := judgeText(c, bot.Telegram, "Invoice_0923.zip https://gofile.io/d/Xk29Fq").Verdict
	found := false
	for _, r := range v.Reasons {
		if r.Code == bot.CodeDangerousFile && strings.Contains(r.Detail, "Invoice_0923.zip") && strings.Contains(r.Detail, "gofile[.]io") &&
			strings.Contains(r.DetailIn(bot.Vietnamese), "Invoice_0923.zip") && strings.Contains(r.DetailIn(bot.Vietnamese), "tin nhắn") {
			found = true
		}
	}
	if !found {
		t.Errorf("no dangerous_file reason naming the file and the link in %+v", v.Reasons)
	}
	if v := judgeText(c, bot.Telegram, "Setup.exe pass 1234 https://gofile.io/d/Xk29Fq").Verdict; v.Level != bot.Delete {
		t.Errorf("a named program and a password beside a share link: %s (%.2f) %v, want delete", v.Level, v.Score, v.Reasons)
	}
}

// TestNamedBesideTokenNeedsDropFolder (rev41b): a token at a site's root
// or under a folder that is not a drop's (a screenshot, a clip, a log
// paste, a compiler's short link, a game's page) is where tech and
// gaming chat post what a program did, not the program: a process named
// beside it stays allowed (warned on 20e913a). A token under a drop's
// folder and a shortener's code still warn.
func TestNamedBesideTokenNeedsDropFolder(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"explorer.exe eats 30% cpu, screenshot https://prnt.sc/a1b2c3", false},
		{"javaw.exe crashes on launch, log: https://mclo.gs/aB3xYz1", false},
		{"crash log for GTA5.exe: https://sourceb.in/KTg5YYxp", false},
		{"discord.exe keeps flickering https://gyazo.com/1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d", false},
		{"minimal repro for the MSVC bug, main.exe segfaults https://godbolt.org/z/8bWq3Ge4K", false},
		{"my game build MyGame.exe on itch: https://mossfrog.itch.io/dungeon2", false},
		{"benchmarks of app.exe vs the rust port https://hackmd.io/@user/Bk3x9Qa2p", false},
		{"clip of my Overwatch.exe crash https://medal.tv/clips/Ab3dE9xQ", false},
		{"the build server makes installer.exe per commit, dashboard at https://ci.acme-tools.dev/b/7Gh2kqW", false},
		{"lỗi installer.exe đây ae https://ibb.co/cN0sNvs", false},
		{"Invoice_0923.zip https://mossgrove.net/d/x8Q2k", true},
		{"Setup.exe https://quartzlabs.net/download/Ab3dE9xQ2", true},
		{"here is Setup.exe https://bit.ly/3xYz12Q", true},
	})
}

// TestNamedBesideMarkedUp (rev41b): a dropper's name with an emoji, a
// typographic mark or Markdown and Discord marks against it (Setup.exe👇,
// “Setup.exe”, Setup.exe…, __Setup.exe__, ||Setup.exe||, Setup.exe。,
// Setup.exe—run it) is still the name the link is offered as (allowed
// on 20e913a); the same marks around a site's name stay a site's.
func TestNamedBesideMarkedUp(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"Setup.exe👇 https://gofile.io/d/Xk29Fq", true},
		{"download “Invoice_0923.zip” https://pixeldrain.com/u/aB3dE9xQ", true},
		{"new version update.apk… https://mega.nz/file/Ab3CdE4F#kLmNoPqRsTuVwXyZ", true},
		{"__Installer.msi__ https://gofile.io/d/Xk29Fq", true},
		{"||Setup.exe|| https://mossgrove.net/d/x8Q2k", true},
		{"bản cài Setup.exe。 https://gofile.io/d/Xk29Fq", true},
		{"https://gofile.io/d/Xk29Fq Setup.exe—run it", true},
		{"SETUP.EXE https://gofile.io/d/Xk29Fq", true},
		{"notes on “example.com” 👉 https://gofile.io/d/Xk29Fq", false},
		{"logs.zip… https://gofile.io/d/Ab12Cd", false},
	})
}

// TestNamedBesideVietnamesePapers (rev41b): a Vietnamese paper's name
// written with its syllables apart (Hoa_don_GTGT.zip, Bao_gia.rar) is a
// lure's archive as HoaDon_2024.zip is (allowed on 20e913a); a report or
// a game's map in Vietnamese is not.
func TestNamedBesideVietnamesePapers(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"Tải về Hoa_don_GTGT.zip tại đây https://gofile.io/d/Xk29Fq", true},
		{"https://mossgrove.net/d/x8Q2k Bao_gia.rar", true},
		{"gửi anh Hop-dong-2024.zip https://pixeldrain.com/u/aB3dE9xQ", true},
		{"bao_cao_thang_11.zip https://gofile.io/d/Xk29Fq", false},
		{"ban_do_game.zip cho server https://gofile.io/d/Xk29Fq", false},
	})
}

// TestNamedBesideTransferLink (rev41b): a transfer service's link
// (sendgb.com, wetransfer.com, we.tl) is a share link, so a program
// named beside it warns though its code sits at the site's root (allowed
// once a token needs a drop's folder).
func TestNamedBesideTransferLink(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"here is Setup.exe https://sendgb.com/Ab3dE9xQ2kL", true},
		{"Invoice_0923.zip https://we.tl/t-Ab3dE9xQ2k", true},
		{"new build Setup.exe https://wetransfer.com/downloads/abc123def456/ghi789", true},
		{"the photos from saturday https://we.tl/t-Ab3dE9xQ2k", false},
	})
}

// TestNamedBesideQuotedName (quote41): a name with spaces written inside
// quotes (straight, typographic, German, guillemets, CJK corner
// brackets) is read whole beside a drop's link, English and Vietnamese,
// its marks or not (allowed on 1c8cc3b, which read its last word alone:
// 0923.zip, 11.zip). An ordinary file's name in quotes, a quoted name
// beside a screenshot's or a paste's link, an apostrophe inside a word, a
// quoted sentence's words and a code span with spaces (a command) stay
// allowed. An archive's Vietnamese name is read without its marks,
// quoted or not (Hoá_đơn_GTGT.zip).
func TestNamedBesideQuotedName(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{`download "Invoice 0923.zip" https://gofile.io/d/AbC12x`, true},
		{`“Hoá đơn tháng 11.zip” https://mossgrove.net/d/x8Q2k`, true},
		{`tải file "Bao gia thang 12.rar" về nhé https://quartzlabs.net/dl/7Gh2kqW`, true},
		{`here's 'Photos 2024.zip' https://pixeldrain.com/u/aB3dE9xQ`, true},
		{`«Invoice 0923.7z» https://helixport.com/f/Ab3dE9xQ2`, true},
		{`„Rechnung 8812.zip“ https://gofile.io/d/Xk29Fq`, true},
		{`「Payment Details 2024.zip」 https://gofile.io/d/Xk29Fq`, true},
		{`https://mega.nz/file/Ab3CdE4F#kLmNoPqRsTuVwXyZ ‘Hóa đơn GTGT.zip’`, true},
		{`Hoá_đơn_GTGT.zip https://gofile.io/d/Xk29Fq`, true},
		{`"dataset v2.zip" https://gofile.io/d/Ab12Cd`, false},
		{`"logs 11-03.zip" https://mossgrove.net/d/x8Q2k`, false},
		{`"Invoice 0923.zip" fails to extract, screenshot https://prnt.sc/a1b2c3`, false},
		{`"Invoice 0923.zip" crash log https://pastebin.com/Xk9fR2pQ`, false},
		{`it's the users' "level pack 3.zip" https://gofile.io/d/Ab12Cd`, false},
		{`"ok, the invoice fix is in build 2.zip" https://gofile.io/d/Ab12Cd`, false},
		{"`7z x Invoice 0923.zip` https://gofile.io/d/Ab12Cd", false},
	})
}
