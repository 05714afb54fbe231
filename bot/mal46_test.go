package bot_test

import "testing"

// TestMal46MakerImpostors: a program makers, emulation fans, modders and
// mobile developers use, on a stranger's site named after it, serving a
// program, an archive or a device's firmware, is flagged; the projects'
// own sites, web flashers and releases are not (mal46).
func TestMal46MakerImpostors(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"new wled build https://wled-firmware-download.com/WLED_ESP32.bin", true},
		{"ryujinx is back https://ryujinx-emulator.org/ryujinx.zip", true},
		{"flutter mirror https://flutter-sdk-mirror.net/flutter_windows.zip", true},
		{"vortex latest https://vortex-mod-manager.net/Vortex.exe", true},
		{"meshtastic for t-beam https://meshtastic-firmware.org/firmware-tbeam.uf2", true},
		{"sideload it https://altstore-ipa.net/AltStore.ipa", true},
		{"yuzu https://yuzuemulator.net/yuzu-windows.zip", true},
		{"flash WLED from the browser: https://install.wled.me/", false},
		{"dolphin dev build https://dl.dolphin-emu.org/builds/2f/55/dolphin-master-2412-x64.7z", false},
		{"marauder https://github.com/justcallmekoko/ESP32Marauder/releases/download/v1.2.0/esp32_marauder_v1_2_0_flipper.bin", false},
		{"pico https://micropython.org/resources/firmware/RPI_PICO-20241129-v1.24.1.uf2", false},
	})
}

// TestMal46KindSites: a stranger's site named for a program's kind
// (firmware, emu, keys, launcher) serving a program or a firmware warns
// without a program's name (mal46).
func TestMal46KindSites(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"flash this https://esp32-firmware-hub.net/fw.bin", true},
		{"keys for the emulators https://switch-emu-keys.com/keys.zip", true},
		{"the web flasher is at https://esp32-firmware-hub.net/", false},
	})
}

// TestMal46PiracyOffers: a console's keys, a BIOS pack, every DLC
// unlocked or a modded app beside a file host's share warns; emulation
// talk of dumping one's own keys does not (mal46).
func TestMal46PiracyOffers(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"prod.keys and title.keys for 19.0.1 https://mega.nz/file/AbCdEfGh#xyzxyzxyzxyz", true},
		{"bios pack for retroarch all systems https://gofile.io/d/Bi0sPk", true},
		{"all dlc unlocker for sims 4 https://gofile.io/d/Sm4Dlc", true},
		{"spotify premium apk no ads https://pixeldrain.com/u/Sp0t1fy", true},
		{"dump your own prod keys with lockpick, the guide https://gofile.io/d/Gu1de", false},
		{"my skyrim load order on mediafire https://www.mediafire.com/file/zz81yy/load_order.txt/file", false},
	})
}
