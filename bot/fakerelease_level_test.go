package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestOthersBuildsOnCodeHostsWarn: a Windows build named after a program
// of the products table, in a code host's release of a repository not
// its maker's, is warned about, not deleted, when nothing else speaks
// against it. Third parties publish real builds there (an enhanced
// edition, a portable wrapper, a build for older Windows or other
// hardware) whose names read just like the fakes', so the warning tells
// members whose build it is and the admin decides. The same build
// offered as a crack, or beside a lure, is still deleted.
func TestOthersBuildsOnCodeHostsWarn(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		// third parties' real builds (rev14's list)
		{"https://github.com/c0re100/qBittorrent-Enhanced-Edition/releases/download/release-5.0.1.10/qbittorrent_enhanced_5.0.1.10_x64_setup.exe", bot.Allow},
		{"https://github.com/portapps/brave-portable/releases/download/1.71.123-84/brave-portable-win64-1.71.123-84-setup.exe", bot.Warn},
		{"https://github.com/portapps/signal-portable/releases/download/7.30.0-40/signal-portable-win64-7.30.0-40-setup.exe", bot.Warn},
		{"https://github.com/likelovewant/ollama-for-amd/releases/download/v0.3.14/OllamaSetup.exe", bot.Warn},
		// the fakes det14 caught stay flagged
		{"https://github.com/magisk-tools/magisk-win/releases/download/v27.0/Magisk-v27.0-setup.exe", bot.Warn},
		{"https://github.com/anydesk-free/AnyDesk/releases/download/v8.1/AnyDesk_Setup.exe", bot.Warn},
		// rev14's evasions: a platform word joined to the name, a disk
		// image in place of a program
		{"https://github.com/magisk-tools/magisk-win/releases/download/v27.0/MagiskPC.exe", bot.Warn},
		{"https://github.com/anydesk-free/AnyDesk/releases/download/v8.1/AnyDeskFull.exe", bot.Warn},
		{"https://github.com/obs-tools/obs/releases/download/v30/OBS-Studio-30.1.iso", bot.Warn},
		{"https://github.com/rufus-tools/rufus/releases/download/v4.6/rufus-4.6.vhdx", bot.Warn},
		// a Mac's disk image is not a Windows build; the maker's own
		// disk image is the maker's
		{"https://github.com/obs-tools/obs/releases/download/v30/OBS-Studio-30.1.dmg", bot.Allow},
		{"https://github.com/ventoy/Ventoy/releases/download/v1.0.99/ventoy-1.0.99-livecd.iso", bot.Allow},
		// and a crack or a lure beside it still deletes
		{"https://github.com/anydesk-free/AnyDesk/releases/download/v8.1/AnyDesk_Crack.exe", bot.Delete},
		{"free AnyDesk premium account, crack included https://github.com/anydesk-free/AnyDesk/releases/download/v8.1/AnyDesk_Setup.exe", bot.Delete},
	})
}
