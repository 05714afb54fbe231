package bot_test

import "testing"

// TestRev46cRealSites: the real downloads of programs mal46 listed, from
// their own domains the list missed (Flutter's China mirror, Citron's and
// OrcaSlicer's sites), and emulators' and communities' own sites named
// for a program's kind (Eden's, the GPON stick wiki, Emulator Zone) are
// not flagged; a stranger's sites named so still are (rev46c).
func TestRev46cRealSites(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"flutter sdk from the china mirror https://storage.flutter-io.cn/flutter_infra_release/releases/stable/windows/flutter_windows_3.24.5-stable.zip", false},
		{"citron nightly https://git.citron-emu.org/Citron/Citron/releases/download/0.6.1/citron-windows-0.6.1.zip", false},
		{"orca 2.3 from the site https://www.orcaslicer.com/download/OrcaSlicer_Windows_Installer_V2.3.0.exe", false},
		{"eden https://git.eden-emu.dev/eden-emu/eden/releases/download/v0.0.2/Eden-Windows-v0.0.2-amd64.zip", false},
		{"gpon stick firmware https://hack-gpon.org/firmware/ma5671a/mtd2.bin", false},
		{"old builds https://www.emulator-zone.com/download.php/emulators/snes/snes9x/snes9x-1.60-win32-x64.zip", false},
		{"flutter mirror https://flutter-io-mirror.net/flutter_windows_3.24.5-stable.zip", true},
		{"citron https://citron-emulator.net/citron-windows.zip", true},
		{"eden https://eden-emu-download.net/Eden-Windows.zip", true},
	})
}

// TestRev46cOneStepOff: a program's name numbered or run together with a
// word fake download sites wrap names in, serving a file named after the
// program, is flagged; the same site's page is not (rev46c).
func TestRev46cOneStepOff(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"yuzu is back https://yuzu2emulator.net/yuzu-windows.zip", true},
		{"ryujinx mirror https://ryujinx2.net/ryujinx.zip", true},
		{"ryujinx installer https://getryujinx.com/ryujinx-setup.exe", true},
		{"emudeck for windows https://emudeckpro.com/EmuDeck-Setup.exe", true},
		{"guide at https://getryujinx.com/guide", false},
	})
}

// TestRev46cMakersOwnDownloads: a program of mal46's list, named in its
// file, on a domain its maker alone publishes on is its maker's download
// (makerDownload), not flagged; another file there and the program on a
// code host keep their readings (rev46c).
func TestRev46cMakersOwnDownloads(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"launchbox https://download.launchbox-app.com/LaunchBox-13.18-Setup.exe", false},
		{"optifine for 1.21.1 https://optifine.net/adloadx?f=OptiFine_1.21.1_HD_U_J1.jar", false},
		{"twrp for the s10 https://dl.twrp.me/beyond1lte/twrp-3.7.0_9-0-beyond1lte.img", false},
		{"f4se beta https://f4se.silverlock.org/beta/f4se_0_07_02.7z", false},
		{"this fixes it https://download.launchbox-app.com/fix_invoice_viewer.exe", true},
	})
}

// TestRev46cPiracyTalk: emulation talk that links a project's wiki,
// releases page or README beside keys' and BIOS words is no offer; keys
// offered as a stranger's release file still are (rev46c).
func TestRev46cPiracyTalk(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"where do prod keys go in ryujinx? the wiki says https://github.com/Ryubing/Ryujinx/wiki/Setup", false},
		{"title keys are per game, prod keys per console, both from lockpick https://github.com/shchmue/Lockpick_RCM/releases", false},
		{"all bios files checked with the md5 list https://github.com/Abdess/retrobios/blob/main/README.md", false},
		{"prod keys 19.0.1 https://github.com/keysdrop22/switch/releases/download/v19/prod_keys.zip", true},
	})
}
