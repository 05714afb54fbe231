package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestPlainHTTPBuildsReadAsTwins (dl42): a build named after the site
// that serves it (7z2408 on 7-zip.org, SDL2 on libsdl.org, ahk on
// autohotkey.com, LTspice64 on ltspice.analog.com, iview on
// irfanview.info), or versioned in a download host's tree named after it
// (download.videolan.org/pub/videolan/, download.kde.org/stable/krita/),
// linked over plain HTTP, is judged as its HTTPS twin, which is allowed;
// each was flagged before.
func TestPlainHTTPBuildsReadAsTwins(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"grab it from http://www.7-zip.org/a/7z2408-x64.exe", bot.Allow},
		{"http://nmap.org/dist/nmap-7.95-setup.exe", bot.Allow},
		{"tightvnc http://www.tightvnc.com/download/tightvnc-2.8.85-gpl-setup-64bit.msi", bot.Allow},
		{"tightvnc http://cdn.tightvnc.com/download/2.8.85/tightvnc-2.8.85-gpl-setup-64bit.msi", bot.Allow},
		{"http://ftp.fau.de/videolan/vlc/3.0.21/win64/vlc-3.0.21-win64.exe", bot.Allow},
		{"sdl2 for mingw http://www.libsdl.org/release/SDL2-devel-2.30.9-mingw.zip", bot.Allow},
		{"http://download.videolan.org/pub/videolan/vlc/3.0.21/win64/vlc-3.0.21-win64.exe", bot.Allow},
		{"sublime merge http://download.sublimetext.com/sublime_merge_build_2102_x64_setup.exe", bot.Allow},
		{"the new ide http://downloads.arduino.cc/arduino-ide/arduino-ide_2.3.3_Windows_64bit.exe", bot.Allow},
		{"ahk v2 http://www.autohotkey.com/download/ahk-v2.exe", bot.Allow},
		{"krita http://download.kde.org/stable/krita/5.2.9/krita-x64-5.2.9-setup.exe", bot.Allow},
		{"terraform http://releases.hashicorp.com/terraform/1.10.0/terraform_1.10.0_windows_amd64.zip", bot.Allow},
		{"http://f-droid.org/F-Droid.apk", bot.Allow},
		{"gvim http://ftp.vim.org/pub/vim/pc/gvim91.exe", bot.Allow},
		{"ltspice http://ltspice.analog.com/software/LTspice64.msi", bot.Allow},
		{"irfanview http://www.irfanview.info/files/iview470_x64_setup.exe", bot.Allow},
	})
}

// TestPlainHTTPDropsNotReadAsTwins (dl42): over plain HTTP the twin is
// read only for a build that names its site, with no bait beside it, at
// a name that is no address, port, user, dynamic DNS name or free host,
// outside the folders droppers sit in. The first eight cases are allowed
// written https:// (a compromised site's folder under a name of its own,
// a maker's file beside bait, a blog engine's upload folder), so a twin
// read without those conditions lets them through; the rest are flagged
// either way.
func TestPlainHTTPDropsNotReadAsTwins(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"http://www.lakesidefamilydental.com/download/QuickView-2.1.exe", bot.Delete},
		{"grab it from http://www.brightsmileortho.com/files/PhotoViewer_3.2.1.msi", bot.Delete},
		{"cracked, works: http://www.7-zip.org/a/7z2408-x64.exe", bot.Delete},
		{"is this you in the photo? http://f-droid.org/F-Droid.apk", bot.Warn},
		{"your invoice http://www.wireshark.org/download/win64/Wireshark-4.4.1-x64.exe", bot.Delete},
		{"@everyone new build http://download.videolan.org/pub/videolan/vlc/3.0.21/win64/vlc-3.0.21-win64.exe", bot.Delete},
		{"disable antivirus then run http://nmap.org/dist/nmap-7.95-setup.exe", bot.Delete},
		{"http://www.tightvnc.com/wp-content/uploads/2.8.85/tightvnc-2.8.85-gpl-setup-64bit.msi", bot.Delete},
		// flagged written either way
		{"new version http://www.autohaus-meyer.de/releases/1.0/Client-3.1.0-x64.msi", bot.Delete},
		{"http://www.7-zlp.org/a/7z2408-x64.exe", bot.Delete},
		{"http://www.wireshark.top/download/win64/Wireshark-4.4.1-x64.exe", bot.Delete},
		{"http://www.winrar-download.com/rar/winrar-x64-701.exe", bot.Delete},
		{"http://45.9.148.10/download/7z2408-x64.exe", bot.Delete},
		{"http://www.7-zip.org:8081/a/7z2408-x64.exe", bot.Delete},
		{"http://wireshark.ddns.net/download/Wireshark-4.4.1-x64.exe", bot.Delete},
		{"http://www.7-zip.org@45.9.148.10/a/7z2408-x64.exe", bot.Delete},
		{"http://7zip.000webhostapp.com/a/7z2408-x64.exe", bot.Delete},
		{"http://videolan.duckdns.org/vlc/3.0.21/vlc-3.0.21-win64.exe", bot.Delete},
		{"http://anydesk.app/download/8.0.1/anydesk-8.0.1.exe", bot.Delete},
	})
}

// TestPlainHTTPBuildTwinKeepsItsOwnMemo (dl42): the signals worked out
// for a twin are kept under the twin's own link, so the same plain-HTTP
// link posted next beside bait (no twin read) is judged as a classifier
// that never saw the twin judges it, score and all.
func TestPlainHTTPBuildTwinKeepsItsOwnMemo(t *testing.T) {
	t.Parallel()
	const link = "http://f-droid.org/F-Droid.apk"
	const baited = "is this you in the photo? " + link
	fresh := judgeText(bot.NewClassifier(bot.ClassifierConfig{}), bot.Telegram, baited).Verdict
	c := bot.NewClassifier(bot.ClassifierConfig{})
	if v := judgeText(c, bot.Telegram, "f-droid "+link).Verdict; v.Level != bot.Allow {
		t.Fatalf("plain: %s (%.2f) %v, want allowed", v.Level, v.Score, v.Reasons)
	}
	if v := judgeText(c, bot.Telegram, baited).Verdict; v.Level != fresh.Level || v.Score != fresh.Score || len(v.Reasons) != len(fresh.Reasons) {
		t.Errorf("beside bait after the twin: %s (%.3f) %v, want %s (%.3f) %v as judged fresh", v.Level, v.Score, v.Reasons, fresh.Level, fresh.Score, fresh.Reasons)
	}
}
