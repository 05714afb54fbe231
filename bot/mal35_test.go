package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestCodeHostScripts (mal35): a Windows script in anyone's repository,
// linked raw or as a release, named as droppers are (update.ps1,
// run.bat, loader.vbs), is flagged; it was noted only, as any file of a
// code host is, on 3264a03. So is a release's file on GitHub's asset
// host named so (objects.githubusercontent.com/…/update.exe), which
// shows no repository. A project's installer script (install.ps1, the
// way projects publish one for irm | iex), a script named for what it
// does or as PowerShell names its commands (Update-Modules.ps1), and a
// project's release of its own build stay allowed.
func TestCodeHostScripts(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://raw.githubusercontent.com/kelvra22/tools/main/update.ps1", true},
		{"https://github.com/kelvra22/tools/raw/main/run.bat", true},
		{"https://gitlab.com/kelvra22/pub/-/raw/main/loader.vbs", true},
		{"https://github.com/kelvra22/tools/releases/download/v1.0/Payload.hta", true},
		{"https://objects.githubusercontent.com/github-production-release-asset-2e65be/771234512/update.exe", true},
		{"https://raw.githubusercontent.com/hollowpine/cli/main/install.ps1", false},
		{"https://github.com/hollowpine/Install/raw/master/install.ps1", false},
		{"the cleanup script https://raw.githubusercontent.com/hollowpine/dotfiles/main/scripts/clean-temp.ps1", false},
		{"https://github.com/hollowpine/ps-tools/raw/main/Update-Modules.ps1", false},
		{"https://github.com/hollowpine/hollowpine/releases/download/v2.4.1/hollowpine-2.4.1-win64.exe", false},
	})
}

// TestCodeHostArchives (mal35): an archive in a repository named as a
// loader's output (Loader.zip, Stub.rar) or a lure's papers
// (Invoice_0412.7z) is flagged; it was allowed on 3264a03. A project's
// archive named after itself (MelonLoader.zip is one word, the
// project's), a repository named for what the file is (loader.zip in
// OWNER/modloader), and a release's zip named for its platform, stay
// allowed.
func TestCodeHostArchives(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://github.com/kelvra22/exec/releases/download/v3.2/Loader.zip", true},
		{"https://github.com/kelvra22/rat/raw/main/Stub.rar", true},
		{"https://bitbucket.org/kelvra22/files/downloads/Invoice_0412.7z", true},
		{"https://github.com/hollowpine/MelonLoader/releases/download/v0.6.5/MelonLoader.x64.zip", false},
		{"https://github.com/hollowpine/pinetool/releases/download/v1.2.0/pinetool-windows-x86_64.zip", false},
		{"https://github.com/hollowpine/modloader/releases/download/v2/loader.zip", false},
	})
}

// TestStrayShellScripts (mal35): a shell script over TLS among a site's
// themes, uploads or CGI folders (wp-content, cgi-bin, images, tmp) is
// warned about as a script from an unknown site is; it was noted only,
// as a project's installer script is, on 3264a03. A project's install.sh
// at its site, and a script in its own scripts or static folder, stay
// allowed.
func TestStrayShellScripts(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://www.oldmillbakery.org/cgi-bin/data/2025/loader.sh", true},
		{"https://www.westfieldmotors.com/inventory/feed/tmp/sync.sh", true},
		{"https://www.pinecrest.com/uploads/2025/sync.sh", true},
		{"https://hollowpine.dev/install.sh", false},
		{"curl -fsSL https://get.hollowpine.dev/install.sh | sh", false},
		{"https://hollowpine.dev/scripts/install-agent.sh", false},
		{"https://docs.hollowpine.dev/static/scripts/install.sh", false},
	})
}

// TestInstallScriptFolders (mal35): install.ps1 among a site's images or
// uploads is no project's installer: flagged, as
// any script there is; it was noted only on 3264a03. A project's
// install.ps1 at its site stays allowed.
func TestInstallScriptFolders(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://www.hollowpine.com/images/install.ps1", true},
		{"https://hollowpine.org/uploads/2025/install.ps1", true},
		{"https://hollowpine.dev/install.ps1", false},
	})
}

// TestOffStoreExtensions (mal35): a browser extension's package (crx,
// xpi) from a site rather than a browser's store is warned about; it was
// read as no file at all on 3264a03. The Firefox store's own package, a
// project's extension in its GitHub release, and a maker's extension
// named after its own site, stay allowed.
func TestOffStoreExtensions(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://adblock-ultra.top/ext/adblock.crx", true},
		{"https://video-downloader.shop/extension/vd.crx", true},
		{"https://hollowpine-tabs.com/download/tabs.xpi", true},
		{"https://addons.mozilla.org/firefox/downloads/file/4391011/ublock_origin-1.61.0.xpi", false},
		{"https://github.com/hollowpine/pinetabs/releases/download/v1.4.0/pinetabs-1.4.0.xpi", false},
		{"https://download.hollowpine.org/connector/firefox/hollowpine_connector-5.0.150.xpi", false},
	})
}

// TestCheapSiteJars (mal35): a Java program from a name on one of the
// cheapest endings (.lol, .click, .xyz) is warned about, as one from a
// free hosting platform is (files31); a versioned client there was
// allowed on 3264a03. A mod's build from its store, a library from a
// registry, and a jar on a mildly cheap ending makers have long used
// (.info) stay allowed.
func TestCheapSiteJars(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://wurst-client.lol/Wurst-Client-v7.41.jar", true},
		{"https://hollowpine.click/client.jar", true},
		{"https://cdn.modrinth.com/data/AANobbMI/versions/xuWxRZPd/sodium-fabric-0.5.11%2Bmc1.21.jar", false},
		{"https://repo1.maven.org/maven2/org/postgresql/postgresql/42.7.4/postgresql-42.7.4.jar", false},
	})
}

// TestMal35Details: each reading names what it matched, in English and
// Vietnamese.
func TestMal35Details(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range []struct{ text, en, vi string }{
		{"https://raw.githubusercontent.com/kelvra22/tools/main/update.ps1", `named as droppers are ("update")`, "đặt tên như mã độc"},
		{"https://github.com/kelvra22/exec/releases/download/v3.2/Loader.zip", `named as droppers are ("loader")`, "tệp nén"},
		{"https://www.oldmillbakery.org/cgi-bin/data/2025/loader.sh", "/cgi-bin/data/2025/", "tập lệnh shell"},
		{"https://adblock-ultra.top/ext/adblock.crx", "browser extension's package", "gói tiện ích trình duyệt"},
		{"https://wurst-client.lol/Wurst-Client-v7.41.jar", "the cheap .lol ending", "đuôi .lol"},
	} {
		v := judgeText(c, bot.Telegram, tc.text).Verdict
		found := false
		for _, r := range v.Reasons {
			if r.Code == bot.CodeDangerousFile && strings.Contains(r.Detail, tc.en) && strings.Contains(r.DetailIn(bot.Vietnamese), tc.vi) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no dangerous_file reason saying %q / %q in %+v", tc.text, tc.en, tc.vi, v.Reasons)
		}
	}
}
