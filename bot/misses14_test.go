package bot_test

import "testing"

// TestProductBuildsInOthersReleases: a Windows program or archive named
// after a program fake download pages imitate (the products table), in a
// code host's release or upload of a repository that is not the
// program's maker's, is a fake download: malware is passed around in
// repositories made to pass for a popular program's (det13 left a
// Windows .exe named after Magisk, an Android tool, on GitHub releases
// allowed). The makers' own releases stay allowed, and so do builds whose
// names only start like a product's (obs-websocket, node_exporter).
func TestProductBuildsInOthersReleases(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://github.com/magisk-tools/magisk-win/releases/download/v27.0/Magisk-v27.0-setup.exe", true},
		{"magisk for pc https://github.com/someone/MagiskInstaller/releases/download/v1/Magisk.exe", true},
		{"https://github.com/someone/tools/releases/download/v1/MagiskManager_Windows.exe", true},
		{"https://github.com/anydesk-free/AnyDesk/releases/download/v8.1/AnyDesk_Setup.exe", true},
		{"https://gitlab.com/obs-tools/obs/-/uploads/0a1b2c3d4e5f60718293a4b5c6d7e8f9/OBS-Studio-31.0-Full-Installer-x64.exe", true},
		{"https://github.com/wiresharkwin/wireshark/releases/download/4.4.1/Wireshark-4.4.1-x64.zip", true},
		{"https://codeberg.org/keepass-tools/kp/releases/download/2.57/KeePassXC-2.7.9-Win64.msi", true},

		{"https://github.com/topjohnwu/Magisk/releases/download/v28.1/Magisk-v28.1.apk", false},
		{"https://github.com/notepad-plus-plus/notepad-plus-plus/releases/download/v8.7/npp.8.7.Installer.x64.exe", false},
		{"https://github.com/obsproject/obs-studio/releases/download/30.2.3/OBS-Studio-30.2.3-Windows-Installer.exe", false},
		{"https://github.com/keepassxreboot/keepassxc/releases/download/2.7.9/KeePassXC-2.7.9-Win64.msi", false},
		{"https://github.com/pbatard/rufus/releases/download/v4.5/rufus-4.5.exe", false},
		{"https://github.com/ShareX/ShareX/releases/download/v16.1.0/ShareX-16.1.0-setup.exe", false},
		{"https://github.com/ventoy/Ventoy/releases/download/v1.0.99/ventoy-1.0.99-windows.zip", false},
		{"https://github.com/balena-io/etcher/releases/download/v1.19.21/balenaEtcher-1.19.21.Setup.exe", false},
		{"https://github.com/ollama/ollama/releases/download/v0.3.12/OllamaSetup.exe", false},
		{"https://github.com/obsproject/obs-websocket/releases/download/4.9.1/obs-websocket-4.9.1-Windows-Installer.exe", false},
		{"https://github.com/prometheus/node_exporter/releases/download/v1.8.2/node_exporter-1.8.2.windows-amd64.zip", false},
		{"https://github.com/ip7z/7zip/releases/download/24.08/7z2408-x64.exe", false},
	})
}

// TestLurePages: a page named for what a scam asks — sign-in,
// verification, a wallet's connection — on a host that proves nothing
// about its owner is flagged bare: on a shared parent (a distribution or
// bucket its platform named, a site on a hosting platform, a cloud
// storage bucket) a page file whose path is credential words alone, two
// or more (/login/verify.html: det13 left it at 0.36 on cloudfront.net);
// on a premium name that is itself a lure's word, a path of lure words
// (reward.com/claim: read in full, 0.28). An app's routes (/login,
// /api/auth/callback), a blog post about signing in, a preview's login
// route and a word's site with an ordinary path stay allowed.
func TestLurePages(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://d1a2b3c4d5e6f7.cloudfront.net/login/verify.html", true},
		{"d3k8q2m7x1abcd.cloudfront.net/secure/account/signin.php", true},
		{"https://pub-0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5.r2.dev/wallet/connect/index.html", true},
		{"https://acme-portal.s3.us-east-1.amazonaws.com/account/verify/login.html", true},
		{"https://storage.googleapis.com/docs-share-77/sign-in/verify.html", true},
		{"https://kind-river-0a1b2c3d4.5.azurestaticapps.net/login/confirm.html", true},
		{"https://reward.com/claim", true},
		{"reward.com/claim", true},
		{"https://bonus.com/claim-reward", true},

		{"the cloudfront dist for the docs https://d1a2b3c4d5e6f7.cloudfront.net/docs/v2/index.html", false},
		{"https://d1a2b3c4d5e6f7.cloudfront.net/app/login", false},
		{"the vercel preview https://widget-git-fix-login-acme.vercel.app/login", false},
		{"oauth callback http://localhost:3000/api/auth/callback/github", false},
		{"https://jdoe.github.io/blog/2024/09/how-passkeys-replace-passwords.html", false},
		{"https://acme-docs.pages.dev/guides/auth/login.html", false},
		{"https://reward.com/about", false},
		{"https://wallet.com/about is just a parked page", false},
	})
}

// TestMoreFakeMakerSites: programs malvertising and fake sites took that
// the products table did not hold (det13 left "a fake site of a program
// the table does not hold"): their fakes on sites named after them are
// fake downloads, their makers' own sites and releases stay allowed, and
// Krita's builds on KDE's download host are its maker's.
func TestMoreFakeMakerSites(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://getnotion.app/download/Notion%20Setup%203.10.exe", true},
		{"https://paintnet.app/paint.net.5.0.13.install.zip", true},
		{"https://capcut.app/CapCut_6.1.0_Installer.exe", true},
		{"https://greenshot.download/Greenshot-INSTALLER-1.2.10.6-RELEASE.exe", true},
		{"https://rustdesk.site/rustdesk-1.3.1-x86_64.exe", true},
		{"https://github.com/notion-desktop/notion/releases/download/v3/Notion-Setup.exe", true},

		{"https://desktop-release.notion-static.com/Notion%20Setup%203.10.0.exe", false},
		{"https://github.com/obsidianmd/obsidian-releases/releases/download/v1.6.7/Obsidian-1.6.7.exe", false},
		{"https://github.com/paintdotnet/release/releases/download/v5.0.13/paint.net.5.0.13.install.anycpu.web.zip", false},
		{"https://github.com/rustdesk/rustdesk/releases/download/1.3.1/rustdesk-1.3.1-x86_64.exe", false},
		{"https://download.kde.org/stable/krita/5.2.3/krita-x64-5.2.3-setup.exe", false},
		{"https://download-installer.cdn.mozilla.net/pub/firefox/releases/131.0.2/win64/en-US/Firefox%20Setup%20131.0.2.exe", false},
		{"https://github.com/notion-enhancer/notion-enhancer/releases/download/v0.11.0/notion-enhancer-0.11.0.exe", false},
	})
}

// TestBuildsOnMildEndings: a product's build on its maker's site on an
// ending that is only mildly cheap (.cc, .info) is noted, not flagged,
// when the link model reads the site as ordinary (arduino.cc and
// irfanview.info were deleted at 0.85 in the tech sets); the free and
// cheapest endings still speak against a download, and fakes of
// Arduino's and KiCad's sites on twin endings are fake downloads.
func TestBuildsOnMildEndings(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"arduino ide https://downloads.arduino.cc/arduino-ide/arduino-ide_2.3.2_Windows_64bit.exe", false},
		{"https://downloads.arduino.cc/arduino-cli/arduino-cli_1.1.0_Windows_64bit.zip", false},
		{"irfanview 64 bit https://www.irfanview.info/files/iview467_x64_setup.exe", false},

		{"https://kicad.cc/download/kicad-8.0.6-x86_64.exe", true},
		{"https://arduino-ide.cc/download/arduino-ide_2.3.3_Windows_64bit.exe", true},
		{"https://files.quickmirror.xyz/builds/tool-2.1.0-win64.exe", true},
		{"https://acme-tools.top/download/acme-2.1.0-setup.exe", true},
	})
}
