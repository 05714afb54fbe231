package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestAnonymousFileDrops (files33): a program or a script in an
// anonymous drop that keeps a file for hours or days (temp.sh, qu.ax,
// bashupload.com: fileHostList) is judged as an upload to a file host,
// not as a plain site's build or a site's install script (allowed on
// 16f64ee). A log or a text file there, and a project's install script
// on its own site, stay allowed.
func TestAnonymousFileDrops(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://temp.sh/Wq8Lm/agent.exe", true},
		{"https://qu.ax/Rt5v.exe", true},
		{"https://bashupload.com/Zk3Pq/run.sh", true},
		{"https://uguu.se/Hy7Tq.msi", true},
		{"the crash log https://temp.sh/Wq8Lm/crash.log", false},
		{"full output here https://bashupload.com/Zk3Pq/build.txt", false},
		{"the install script https://get.hollowpine.dev/install.sh", false},
	})
}

// TestImpostorRepoYears (files33): a code host's repository named with
// a year beside a cheat's, a crack's or a paid program's word in its or
// its owner's name (xeno-cheats/Xeno-Executor-2024) is an impostor's, as
// one named with a version is; its archive was allowed on 16f64ee. A
// year's puzzles or a conference's repository, and a cheat word with no
// year, are read as before.
func TestImpostorRepoYears(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://github.com/vexo-cheats/Vexo-Executor-2025/releases/download/1.0.2/Vexo.rar", true},
		{"https://github.com/kelvra22/Studio-Full-2024/releases/download/v1/StudioSetup.zip", true},
		{"https://github.com/hollowpine/advent-of-code-2024/releases/download/v1/aoc.zip", false},
		{"https://github.com/hollowpine/ctf-2025/releases/download/quals/challenge.zip", false},
		{"https://github.com/hollowpine/cheat-sheets/releases/download/v2/cheatsheets.zip", false},
	})
}

// TestMailedArchives (files33): paperwork (an order, a quotation, a
// waybill) compressed in a wrapper mail filters open less often than a
// zip (.gz, .xz, .lzh, .tar, .uue) is warned about as a zip would be; it
// was allowed on 16f64ee. A project's tarball, a log or a dump
// compressed, and a paper's name in a trusted host's file are read as
// before.
func TestMailedArchives(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://hollowpine-trading.com/docs/PO_44719.gz", true},
		{"https://hollowpine-trading.com/RFQ_2025_03.xz", true},
		{"https://hollowpine-trading.com/files/Invoice_0917.lzh", true},
		{"https://hollowpine-trading.com/Remittance_Advice.uue", true},
		{"https://hollowpine.dev/releases/hollowpine-1.4.2.tar.gz", false},
		{"the nginx logs https://hollowpine.dev/logs/access.log.gz", false},
		{"db dump https://hollowpine.dev/backups/orders.sql.xz", false},
		{"https://hollowpine.dev/dist/hollowpine.tar", false},
	})
}

// TestDynamicDNSFiles (files33): a program or a script on a name under
// a dynamic DNS service (x.publicvm.com, x.crabdance.com) is no maker's
// download, and is judged as a file from an unknown site (allowed on
// 16f64ee as a plain site's build or a site's install script). The same
// program on a site's own update host stays allowed.
func TestDynamicDNSFiles(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://update.publicvm.com/load.exe", true},
		{"https://kx7.crabdance.com/i.sh", true},
		{"https://nas.duckdns.org/files/agent.exe", true},
		{"https://update.hollowpine.com/load.exe", false},
		{"https://download.hollowpine.com/hollowpine-agent-2.1.0.exe", false},
	})
}

// TestRemoteAccessStubs (files33): a program named as a remote-access
// trojan's builder names its output (Stub.exe, Crypted.exe) on a plain
// site is not a product's build (allowed on 16f64ee); a product's own
// build on the same site stays allowed.
func TestRemoteAccessStubs(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://www.hollowpinesystems.com/lang/en/Stub.exe", true},
		{"https://www.hollowpinesystems.com/lang/en/Crypted.exe", true},
		{"https://www.hollowpinesystems.com/downloads/HollowpineStudio-2.4.1-x64.exe", false},
	})
}

// TestMailedArchiveDetail (files33): the reason names the file and the
// paperwork word it matched, in English and in Vietnamese.
func TestMailedArchiveDetail(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	v := judgeText(c, bot.Telegram, "https://hollowpine-trading.com/docs/PO_44719.gz").Verdict
	for i := range v.Reasons {
		r := &v.Reasons[i]
		if r.Code != bot.CodeDangerousFile {
			continue
		}
		en, vi := r.DetailIn(bot.English), r.DetailIn(bot.Vietnamese)
		if !strings.Contains(en, "PO_44719.gz") || !strings.Contains(en, `"po"`) || !strings.Contains(en, "paperwork") ||
			!strings.Contains(vi, "PO_44719.gz") || !strings.Contains(vi, `"po"`) || !strings.Contains(vi, "giấy tờ") {
			t.Errorf("the detail does not name the file and its word: %q / %q", en, vi)
		}
		return
	}
	t.Errorf("no dangerous_file reason: %+v", v.Reasons)
}

// TestUnnamedUploads (files33): a Windows program in a code host's
// release or downloads, named with no word of the owner's or the
// repository's name and with no version in its path
// (bitbucket.org/OWNER/new/downloads/hhh.exe), is warned about (noted
// only, on 16f64ee, as any repository's build). A project's unnumbered
// latest build named after it, and a program of any name in a
// numbered release, stay allowed.
func TestUnnamedUploads(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://bitbucket.org/qorvex/new/downloads/hhh.exe", true},
		{"https://github.com/tzq8831/files/releases/download/latest/Client.exe", true},
		{"https://gitlab.com/kelvra12/assets/-/uploads/9f8e7d6c5b4a/zqv.exe", true},
		{"https://github.com/hollowpine/Installer/releases/latest/download/HollowpineInstaller.exe", false},
		{"https://github.com/hollowpine/hollowpine-desktop/releases/latest/download/Hollowpine-Windows.exe", false},
		{"https://github.com/hollowpine/loader-ii/releases/download/1.28.4/qmk_flasher.exe", false},
		{"https://bitbucket.org/hollowpine/legacy-tool/downloads/legacy-tool.exe", false},
	})
}

// TestCIArtifacts (files33): a build a repository's workflow made, at a
// CI service's link of the run (nightly.link, CircleCI's, AppVeyor's,
// Cirrus CI's artifacts), is noted as a repository's release is (warned
// on 16f64ee as an archive or an app from an unknown site). Named as
// droppers are, beside bait, or on a look-alike of the service, it is
// judged as before.
func TestCIArtifacts(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"circleci artifact https://output.circle-artifacts.com/output/job/7f6e5d4c-3b2a-1908-a7b6-c5d4e3f2a1b0/artifacts/0/dist/app.apk", false},
		{"https://nightly.link/hollowpine/cli/workflows/build/main/cli-linux-x64.zip", false},
		{"https://ci.appveyor.com/api/buildjobs/k2j3h4g5f6d7s8a9/artifacts/dist/hollowpine-win64.zip", false},
		{"https://nightly.link/hollowpine/cli/workflows/build/main/Invoice_2024.zip", true},
		{"https://nightly.link/hollowpine/cli/workflows/build/main/setup.exe", true},
		{"https://nightly.link/hollowpine/cli/workflows/build/main/AdobeReader.zip", true},
		{"https://nightly.link/hollowpine/cli/workflows/build/main/chrome-win64.zip", true},
		{"free nitro for everyone https://nightly.link/hollowpine/cli/workflows/build/main/nitro.zip", true},
		{"circleci artifact https://output.circle-artifacts.com.hollowpine.top/output/job/7f6e/artifacts/0/dist/app.apk", true},
	})
}
