package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestFakeDownloads: a popular program's installer from a site that takes
// the program's name but is not its maker's — on another ending
// (anydesk.app, putty.one) or with a download word (getanydesk.com) — is
// deleted, even versioned and over TLS, where a project's own site would
// be noted; the makers' own downloads (named after the program on its
// maker's domain) and other sites whose names only start like a
// product's are not flagged. Made-up hosts, none in the
// measurement sets.
func TestFakeDownloads(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"https://anydesk.app/AnyDesk-9.0.2.exe", bot.Delete},
		{"get it here https://putty.one/putty-0.82-installer.msi", bot.Delete},
		{"https://getanydesk.com/files/AnyDesk_Setup.exe", bot.Delete},
		{"https://winrar-free.site/winrar-x64-711.exe", bot.Delete},
		{"https://keepass.one/KeePass-2.57-Setup.exe", bot.Delete},
		// on a download host, versioned, with the words fake sites
		// add to a product's name (desktop, meeting, browser, drivers),
		// and the products malvertising fakes most (Chrome, NVIDIA's
		// drivers): not noted as a project's release
		{"https://download.slack-desktop.com/releases/windows/4.38.125/prod/x64/SlackSetup.exe", bot.Delete},
		{"https://dl.signal-desktop.org/signal-desktop-win-7.20.0.exe", bot.Delete},
		{"https://releases.zoom-meeting.app/5.17.11/ZoomInstallerFull.msi", bot.Delete},
		{"https://download.chrome-browser.net/ChromeSetup-124.0.exe", bot.Delete},
		{"https://downloads.nvidia-drivers.net/552.44/552.44-desktop-win10-win11-64bit-international-dch-whql.exe", bot.Delete},
		{"https://dl.teamviewer-remote.net/v15/TeamViewer_Setup_15.2.3_x64.exe", bot.Delete},
		{"https://dl.google.com/chrome/install/ChromeStandaloneSetup64.exe", bot.Allow},
		// a page anyone can publish on a maker's domain is not the
		// maker's download
		{"https://sites.google.com/site/chromeupdate/ChromeSetup.exe", bot.Delete},
		{"https://downloads.slack-edge.com/desktop-releases/windows/x64/4.41.105/SlackSetup.exe", bot.Allow},
		{"https://nmap.org/dist/nmap-7.95-setup.exe", bot.Allow},
		{"7zip https://www.7-zip.org/a/7z2406-x64.exe", bot.Allow},
		{"https://the.earth.li/~sgtatham/putty/0.81/w64/putty-64bit-0.81-installer.msi", bot.Allow},
		{"https://download.anydesk.com/AnyDesk.exe", bot.Allow},
		{"https://www.wireshark.org/download/win64/Wireshark-4.4.2-x64.exe", bot.Allow},
		{"https://www.zoominfo.com/about", bot.Allow},
	})
}

// TestBaitDownloads: a program or archive on a file host or in a code
// host's release, offered by its name or the message as a crack, a cheat,
// a free-currency generator or a friend's game, is deleted; the same
// hosts' documents, real projects' releases and a message about a
// project's bug are not flagged.
func TestBaitDownloads(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"https://www.mediafire.com/file/zz91k/Sims4_Crack_Fix.rar/file", bot.Delete},
		{"free robux working https://www.mediafire.com/file/k2j3/RobuxTool.zip/file", bot.Delete},
		{"hey can u try my game? just made it https://github.com/pixelfoxdev/dungeon/releases/download/v0.1/Dungeon.exe", bot.Delete},
		{"cs2 aimbot undetected https://bitbucket.org/xaim/cs/downloads/Loader.zip", bot.Delete},
		{"https://files.catbox.moe/x1y2z3/fortnite_hack.exe", bot.Delete},
		{"my notes https://www.mediafire.com/file/aa11/lecture_notes_week3.pdf/file", bot.Allow},
		{"fzf 0.55 https://github.com/junegunn/fzf/releases/download/v0.55.0/fzf-0.55.0-windows_amd64.zip", bot.Allow},
		// Hack is a typeface: its archives are fonts, not a cheat
		{"install the Hack nerd font https://github.com/ryanoasis/nerd-fonts/releases/download/v3.2.1/Hack.zip", bot.Allow},
		{"https://github.com/source-foundry/Hack/releases/download/v3.003/Hack-v3.003-ttf.zip", bot.Allow},
		{"https://github.com/fnmods/menu/releases/download/1.2/Hack.zip", bot.Delete},
		{"https://www.mediafire.com/file/zz92k/fortnite_hack_fonts.zip/file", bot.Delete},
		// a site's download host, where a project's release is only
		// noted, offered so
		{"Hey bro check out my new game https://download.pixelquest-game.com/v1/PixelQuest-1.0.2.zip", bot.Delete},
		{"free robux, working 2024 https://dl.rbx-tools.net/v2/RbxTool-2.1.0.exe", bot.Delete},
		{"VLC 3.0.21 https://get.videolan.org/vlc/3.0.21/win64/vlc-3.0.21-win64.exe", bot.Allow},
		{"where does the license key go? https://download.sublimetext.com/sublime_text_build_4180_x64_setup.exe", bot.Allow},
		{"quick hack: grab https://dl.k8s.io/release/v1.31.2/bin/windows/amd64/kubectl.exe", bot.Allow},
		{"the crash is in the loader, see https://github.com/neovim/neovim/issues/12345", bot.Allow},
	})
}

// TestShortAddresses: a shortened link whose path is written like an
// address (a scheme, www, or a site's .com after a word) is warned about;
// short links named for what they show are not.
func TestShortAddresses(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://bit.ly/https-login-secure-verify", true},
		{"look https://tinyurl.com/www-amazon-com-orders", true},
		{"https://is.gd/http_account_update", true},
		{"slides https://bit.ly/team-offsite-2024", false},
		{"https://bit.ly/3xYzAbC", false},
		{"the conf site https://tinyurl.com/gophercon-eu", false},
		{"https://bit.ly/vietcombank-com-vn", true},
		{"https://bit.ly/bidv-net-vn-xac-thuc", true},
		// net, org and www are words of a talk's or a team's name too
		{"slides from the .NET meetup https://bit.ly/dot-net-meetup-2024", false},
		{"join our open source org https://bit.ly/open-source-org", false},
		{"https://bit.ly/safety-net-webinar", false},
		{"WWW 2025 registration https://bit.ly/www-2025-registration", false},
	})
}

// TestDownloadReasonsNameWhatMatched: the download findings name the
// file, the host and what matched, in English and in Vietnamese.
func TestDownloadReasonsNameWhatMatched(t *testing.T) {
	t.Parallel()
	checkDetails(t, []detailCase{
		{"https://anydesk.app/AnyDesk-9.0.2.exe", bot.CodeDangerousFile,
			[]string{"AnyDesk-9.0.2.exe", "anydesk[.]app", "AnyDesk", "anydesk.com"},
			[]string{"AnyDesk-9.0.2.exe", "anydesk[.]app", "mượn tên AnyDesk", "anydesk.com"}},
		// the host as read: www. is read away (readWWW)
		{"https://www.mediafire.com/file/zz91k/Sims4_Crack_Fix.rar/file", bot.CodeDangerousFile,
			[]string{"Sims4_Crack_Fix.rar", "mediafire[.]com", `"crack"`},
			[]string{"Sims4_Crack_Fix.rar", "mediafire[.]com", `"crack"`}},
		{"https://bit.ly/https-login-secure-verify", bot.CodeShortener,
			[]string{"bit[.]ly/https-login-secure-verify", `"https"`, "written like an address"},
			[]string{"bit[.]ly/https-login-secure-verify", `"https"`, "viết như một địa chỉ"}},
	})
}

// TestCodeHostDroppers: a Windows program on a code host named as
// droppers are (setup, update, loader, payload as its first word; invoice,
// crack anywhere) in a release or raw, is deleted; one committed to a
// repository and linked raw under its own name is warned about; projects'
// releases named after themselves, raw scripts and raw data files are
// not flagged.
func TestCodeHostDroppers(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"https://raw.githubusercontent.com/qwe-tools/util/main/payload.exe", bot.Delete},
		{"https://github.com/qwe-tools/util/releases/download/v1/update.exe", bot.Delete},
		{"https://github.com/qwe-tools/util/raw/main/Invoice_0042.scr", bot.Delete},
		{"https://gitlab.com/qwe-tools/util/-/raw/main/setup.msi", bot.Delete},
		{"https://raw.githubusercontent.com/qwe-tools/util/main/WinTool.exe", bot.Warn},
		{"https://github.com/pbatard/rufus/releases/download/v4.6/rufus-4.6.exe", bot.Allow},
		{"https://github.com/microsoft/PowerToys/releases/download/v0.86.0/PowerToysSetup-0.86.0-x64.exe", bot.Allow},
		{"https://github.com/balena-io/etcher/releases/download/v1.19.25/balenaEtcher-1.19.25.Setup.exe", bot.Allow},
		{"https://raw.githubusercontent.com/qwe-tools/dotfiles/main/install.sh", bot.Allow},
		{"https://github.com/onnx/models/raw/main/validated/vision/classification/resnet/model/resnet50-v2-7.onnx", bot.Allow},
	})
}

// TestBaitReleaseNamesWhatMatched: a bait download on a site's download
// host names the file, the host and the bait, in English and in
// Vietnamese, and does not call the host a file host.
func TestBaitReleaseNamesWhatMatched(t *testing.T) {
	t.Parallel()
	checkDetails(t, []detailCase{
		{"Hey bro check out my new game https://download.pixelquest-game.com/v1/PixelQuest-1.0.2.zip", bot.CodeDangerousFile,
			[]string{"PixelQuest-1.0.2.zip", "download[.]pixelquest-game[.]com", `"my new game"`},
			[]string{"PixelQuest-1.0.2.zip", "download[.]pixelquest-game[.]com", `"my new game"`, "chuyền tay"}},
	})
}
