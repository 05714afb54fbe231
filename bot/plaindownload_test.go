package bot_test

import (
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// TestPlainDownloads: a program, archive or Android app linked on its
// maker's own pages over TLS, named as a build, in a message with no bait,
// is noted and not flagged (tech chat links them all day); a dropper's
// link keeps its weight: on a compromised site's folders, named after a
// document, a system program, a brand or a program fake pages imitate, on
// a site named with download words, over plain HTTP or on a cheap ending,
// and any download beside bait (a crack, a lure's words, @everyone).
func TestPlainDownloads(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		// makers' own pages: noted
		{"everything search https://www.voidtools.com/Everything-1.4.1.1026.x64-Setup.exe", false},
		{"https://download.sysinternals.com/files/Autoruns.zip autoruns", false},
		{"newpipe from f-droid https://f-droid.org/repo/org.schabi.newpipe_999.apk", false},
		{"f-droid client https://f-droid.org/F-Droid.apk", false},
		{"HxD hex editor https://mh-nexus.de/downloads/HxDSetup.zip", false},
		{"https://www.kaizenlabs.dev/files/KaizenStudio-2.1.exe", false},
		{"download it here https://www.kaizenlabs.dev/files/KaizenStudio-2.1.exe and install", false},
		// droppers' links: flagged as before
		{"https://www.harborviewdental.com/wp-content/uploads/2024/06/Chrome_Update_126.exe", true},
		{"https://www.harborviewdental.com/images/2024/KaizenStudio-2.1.exe", true},
		{"the menu https://bakery-hanoi.com/menu.zip", true},
		{"https://www.kaizenlabs.dev/files/svchost.exe", true},
		{"https://www.kaizenlabs.dev/files/Invoice_0917.zip", true},
		{"https://www.kaizenlabs.dev/files/Java_Update_8u401.exe", true},
		{"https://www.kaizenlabs.dev/files/MetaMask-Desktop-11.16.exe", true},
		{"https://www.northwind-hosting.com/pub/vlc/3.0.20/vlc-3.0.20-win64.exe", true},
		{"https://www.northwind-hosting.com/pub/CCleaner/6.22/ccsetup622.exe", true},
		{"https://www.photofix-tools.com/files/PhotoFix-2.0.exe", true},
		{"https://www.kaizenstudio-pro.com/files/KaizenStudio-2.1.exe", true},
		// sites named for a kind of utility that fake download pages sell
		{"https://www.swiftpdfconverter.com/files/SwiftPDFConverter-2.1.exe", true},
		{"https://www.turbodriverupdater.net/dl/TurboDriverUpdater-3.0.exe", true},
		{"https://www.clearscreenrecorder.io/download/ClearScreenRecorder-1.2.exe", true},
		{"https://www.novasystem-optimizer.org/downloads/NovaSystem_2.4.msi", true},
		{"http://www.kaizenlabs.dev/files/KaizenStudio-2.1.exe", true},
		{"https://www.kaizenlabs.xyz/files/KaizenStudio-2.1.exe", true},
		{"https://185.22.14.9/files/KaizenStudio-2.1.exe", true},
		// bait beside a plain link
		{"free premium, no license needed https://www.kaizenlabs.dev/files/KaizenStudio-2.1.exe", true},
		{"cracked version works https://www.kaizenlabs.dev/files/KaizenStudio-2.1.zip", true},
		{"@everyone new build https://www.kaizenlabs.dev/files/KaizenStudio-2.1.exe", true},
		{"your account will be suspended, install the verification tool https://www.kaizenlabs.dev/files/KaizenStudio-2.1.exe", true},
		{"try my game https://www.kaizenlabs.dev/files/KaizenQuest-0.3.zip", true},
		{"earn $500 a day with this bot https://www.kaizenlabs.dev/files/KaizenBot-2.1.exe", true},
		{"unlocked premium version https://www.kaizenlabs.dev/files/KaizenQuest-2.1.exe", true},
		{"leaked build of the game https://www.kaizenlabs.dev/files/KaizenQuest-2.1.zip", true},
		{"archive password is 1234 https://www.kaizenlabs.dev/files/KaizenQuest-2.1.zip", true},
	})
}

// TestPlainDownloadFromANewcomer: the same noted download from an account
// that joined minutes ago is warned about, as any newcomer's link with a
// finding.
func TestPlainDownloadFromANewcomer(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	text := "https://www.kaizenlabs.dev/files/KaizenStudio-2.1.exe"
	m := bot.Message{ID: "x", Platform: bot.Telegram, Chat: "c", User: "u", Time: t0, Text: text, MemberSince: t0.Add(-2 * time.Minute)}
	if v := c.Classify(&m, bot.Hints{}).Verdict; v.Level == bot.Allow {
		t.Errorf("newcomer's %q: %s (%.2f) %v, want flagged", text, v.Level, v.Score, v.Reasons)
	}
	if v := judgeText(c, bot.Telegram, text).Verdict; v.Level != bot.Allow {
		t.Errorf("member's %q: %s (%.2f) %v, want allowed", text, v.Level, v.Score, v.Reasons)
	}
}

// TestPlainBucketsAndProjectSetups: a build in a storage bucket named
// after it, and a project's installer in its code host's release under
// its builder's name (Setup.exe), are noted, not flagged, and so is a
// versioned build at a bucket address the platform generated (R2's
// pub-<32 hex>); a bucket named at random or not after the file, a
// dropper's name, a repository named with download or dropper words, and
// bait keep them flagged.
func TestPlainBucketsAndProjectSetups(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"wsl kernel update https://wslstorestorage.blob.core.windows.net/wslblob/wsl_update_x64.msi", false},
		{"our internal beta build https://storage.googleapis.com/acme-mobile-builds/android/qa/acme-4.2.0-rc3.apk", false},
		{"fiddler classic https://telerik-fiddler.s3.amazonaws.com/fiddler/FiddlerSetup.exe", false},
		{"staging installer https://acmestaging.blob.core.windows.net/installers/AcmeAgentSetup-3.4.0.exe", false},
		{"memtest86+ https://memtest.org/download/v7.00/mt86plus_7.00.binaries.zip", false},
		// an R2 bucket's public address is generated (pub-<32 hex>): it
		// cannot be named after its build, so a versioned build's name
		// stands alone there (det12t), and bait still flags it
		{"https://pub-7a1b2c3d4e5f40a1b2c3d4e5f6a7b8c9.r2.dev/acme-app-0.9.3-setup.exe", false},
		{"cracked full version https://pub-7a1b2c3d4e5f40a1b2c3d4e5f6a7b8c9.r2.dev/acme-app-0.9.3-setup.exe", true},
		{"https://docsviewer.blob.core.windows.net/files/KaizenStudio-2.1.exe", true},
		{"https://storage.googleapis.com/update-chrome-win/ChromeSetup.exe", true},
		{"https://kaizen-builds.s3.amazonaws.com/images/KaizenStudio-2.1.exe", true},
		{"https://kaizen-builds.s3.amazonaws.com/kaizen/Kaizen_Invoice_0917.zip", true},
		{"free premium https://kaizen-builds.s3.amazonaws.com/kaizen/KaizenStudio-2.1.exe", true},
		{"http://kaizen-builds.s3.amazonaws.com/kaizen/KaizenStudio-2.1.exe", true},
		// a dropper's name in a bucket on a reputable host
		{"https://nyc3.digitaloceanspaces.com/acme-share/Remittance_Copy_0917.iso", true},
		{"https://s3.amazonaws.com/acme-share/Invoice_0917.zip", true},
		{"https://s3.amazonaws.com/session-manager-downloads/plugin/latest/windows/SessionManagerPluginSetup.exe", false},

		{"https://github.com/Reloaded-Project/Reloaded-II/releases/download/1.28.4/Setup.exe reloaded mod loader", false},
		{"oh my posh https://github.com/JanDeDobbeleer/oh-my-posh/releases/download/v23.6.2/install-amd64.exe", false},
		{"https://github.com/windows-defender-update/win-update/releases/download/v1.2/setup.exe", true},
		{"https://github.com/fixer-tool-official/fix/releases/download/v1.0/Setup.exe", true},
		{"https://github.com/discord-nitro-gen/app/releases/download/v1.0/Setup.exe", true},
		{"https://github.com/Reloaded-Project/Reloaded-II/releases/download/1.28.4/Setup_Invoice.exe", true},
		{"https://github.com/Reloaded-Project/Reloaded-II/releases/download/1.28.4/update.exe", true},
		{"https://github.com/Reloaded-Project/Reloaded-II/raw/master/Setup.exe", true},
		{"cracked, works https://github.com/Reloaded-Project/Reloaded-II/releases/download/1.28.4/Setup.exe", true},
		{"@everyone https://github.com/Reloaded-Project/Reloaded-II/releases/download/1.28.4/Setup.exe", true},
	})
}

// TestMirrorTrees: a program fake pages imitate, versioned, in a mirror
// host's tree of it (ftp., mirror., mirrors. with a folder named after
// the program) is warned about, not deleted: anyone lays such a tree out
// under a mirror. host of a site of their own (mirror.kaizenlabs.dev),
// and these are the programs fake downloads pass for. On a site's own
// pages, unversioned, or on a mirror named with download
// or hosting words it is flagged as before. On the mirror host of a site
// that carries an official Debian or Ubuntu mirror (ftp.fau.de,
// mirror.csclub.uwaterloo.ca) it is noted (dl27: mirrorSite).
func TestMirrorTrees(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range []string{
		"here's vlc https://mirror.kaizenlabs.dev/videolan/vlc/3.0.21/vlc-3.0.21-win64.exe",
		"https://ftp.kaizenlabs.dev/pub/anydesk/8.0.1/AnyDesk-8.0.1.exe",
		"https://mirror.kaizenlabs.dev/videolan/vlc/3.0.21/vlc-3.0.21-win64.zip",
	} {
		if v := judgeText(c, bot.Telegram, text).Verdict; v.Level != bot.Warn {
			t.Errorf("%q: %s (%.2f) %v, want warned", text, v.Level, v.Score, v.Reasons)
		}
	}
	checkFlagged(t, []flagCase{
		{"https://mirrors.ocf.berkeley.edu/gimp/gimp/v2.10/windows/gimp-2.10.38-setup.exe", false},
		{"fau mirror https://ftp.fau.de/videolan/vlc/3.0.21/win64/vlc-3.0.21-win64.msi", false},
		{"https://mirror.csclub.uwaterloo.ca/vlc/vlc/3.0.21/win64/vlc-3.0.21-win64.exe", false},
		{"https://www.fau.de/videolan/vlc/3.0.21/vlc-3.0.21-win64.exe", true},
		{"https://mirror.fau.de/pub/anydesk/AnyDesk.exe", true},
		{"https://mirror.vlc-downloads.net/vlc/3.0.21/vlc-3.0.21-win64.exe", true},
		{"https://mirrors.northwind-hosting.com/pub/vlc/3.0.20/vlc-3.0.20-win64.exe", true},
		{"https://ftp.fau.de/vlc-3.0.21-win64.exe", true},
		{"cracked vlc pro https://ftp.fau.de/videolan/vlc/3.0.21/win64/vlc-3.0.21-win64.exe", true},
	})
}

// TestPlainDownloadTricks: a dropper's link that passes for a maker's
// build by a trick of spelling, a name or the words beside it is not
// noted as a plain download: look-alike letters of another script or an
// invisible character in the file's name, an IDN site, letters
// percent-encoded to hide a folder or a name, a second extension inside
// a program's name, a protected brand's folder, a free host's subdomain,
// a wallet's, an AI app's or a Vietnamese bank's, app's or public
// service's name, and the words a dropper is sent to a person with (an
// invoice, hóa đơn, their video, a payroll, a wedding invitation, a
// licence activated, a game's keys). Each of these was noted (allowed) by
// the first plainDownload; builds the way makers link them stay noted.
func TestPlainDownloadTricks(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://www.kaizenlabs.dev/files/ѕvchost.exe", true},                   // Cyrillic ѕ
		{"https://www.kaizenlabs.dev/files/Іnvoice_0917.zip", true},              // Cyrillic І
		{"https://www.kaizenlabs.dev/files/KaizenStudio%E2%80%8B-2.1.exe", true}, // zero-width space
		{"https://www.kaizenlàbs.dev/files/KaizenStudio-2.1.exe", true},          // IDN site
		{"https://www.kaizenlabs.dev/%69mages/KaizenStudio-2.1.exe", true},       // %69mages = images
		{"https://www.kaizenlabs.dev/files/%4Baizen%53tudio-2.1.exe", true},      // letters encoded
		{"https://www.kaizenlabs.dev/files/KaizenStudio-2.1.e%78e", true},        // .e%78e = .exe
		{"https://www.kaizenlabs.dev/files/KaizenStudio-2.1.zip.exe", true},      // second extension
		{"https://www.kaizenlabs.dev/metamask/Vault-2.1.exe", true},              // brand's folder
		{"https://kaizenlabs.glitch.me/files/KaizenStudio-2.1.exe", true},        // free host
		{"https://www.kaizenlabs.dev/files/Exodus-2.1.exe", true},                // wallet
		{"https://www.kaizenlabs.dev/files/Phantom-2.1.exe", true},               // wallet
		{"https://www.kaizenlabs.dev/files/ChatGPT-2.1.exe", true},               // AI app
		{"https://www.kaizenlabs.dev/files/ZaloPC-2.1.exe", true},                // Vietnamese app
		{"https://www.kaizenlabs.dev/files/VCB-Digibank-2.1.apk", true},          // Vietnamese bank
		{"https://www.kaizenlabs.dev/files/eTax-2.1.exe", true},                  // tax office
		{"https://www.kaizenlabs.dev/files/EVNHCMC-2.1.apk", true},               // power company
		{"here is the invoice https://www.kaizenlabs.dev/files/KaizenStudio-2.1.zip", true},
		{"hóa đơn tháng này https://www.kaizenlabs.dev/files/KaizenStudio-2.1.zip", true},
		{"your video https://www.kaizenlabs.dev/files/Vanta-2.1.zip", true},
		{"thiệp cưới của bọn mình nhé https://www.kaizenlabs.dev/files/Vanta-2.1.apk", true},
		{"bảng lương tháng 11 https://www.kaizenlabs.dev/files/Vanta-2.1.zip", true},
		{"phần mềm kích hoạt bản quyền https://www.kaizenlabs.dev/files/Vanta-2.1.exe", true},
		{"bản mod vô hạn tiền https://www.kaizenlabs.dev/files/Vanta-2.1.apk", true},
		{"the salary sheet for november https://www.kaizenlabs.dev/files/Vanta-2.1.zip", true},
		{"beta access for the new game, steam key inside https://www.kaizenlabs.dev/files/Vanta-2.1.zip", true},
		{"archive pass: 1234 https://www.kaizenlabs.dev/files/Vanta-2.1.zip", true},
		{"mk: 1234 https://www.kaizenlabs.dev/files/Vanta-2.1.zip", true},
		{"https://github.com/kaizenlabs/studio/releases/download/v1.0/Setup.exe pass giải nén: 1234", true},
		{"https://github.com/kaizenlabs/studio/releases/download/v1.0/Setup.scr", true}, // a screensaver is no installer
		{"https://github.com/kaizenlabs/studio/releases/download/v1.0/Setup.pif", true},
		// as makers link their builds: noted, not flagged
		{"https://www.kaizenlabs.dev/files/KaizenStudio-2.1.exe", false},
		{"https://www.memtest.org/download/v7.00/mt86plus_7.00_64.iso.zip", false},
		{"https://www.kaizenlabs.dev/files/KaizenStudio-2.1.tar.gz", false},
	})
}
