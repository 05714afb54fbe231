package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// Programs' builds and scripts on code forges under accounts that are
// not the program's own (forge47). A program's maker publishes its
// releases and install scripts in its own repository (neovim/neovim,
// obsproject/obs-studio, nvm-sh/nvm); malware is handed around in chat as
// "the fixed build", "the nightly", "the portable version" from an
// account named to pass for the maker's, and the name says so in one of
// five ways that the files30 reading of a repository's name
// (impostorRepo) and the products table's (othersRelease) did not read:
//
//   - the owner is a known program's name (productSites: Debian's,
//     the products table's, the homelab's and the makers' lists, and
//     creatorPrograms) beside a word of a release's kind or a claim
//     (forgeClaims: nightly, builds, release, portable, pro, fix,
//     patched, helper, …), or joined to such words before or after it
//     (KritaNightly, NightlyKrita, KdenliveNightlyBuilds), its digits
//     aside (kdenlive2025-nightly), and the repository or the file is
//     that program (krita-nightly-builds/krita/…/krita-x64-setup.exe,
//     nginx-helper-bot/scripts/…/fix-ssl.sh piped to a shell); beside
//     a community's word alone (weakClaims: mods, helper, bot) a build
//     counts only in a repository of the program's own name, as
//     minecraft-mods/… and plex-helper/… are real communities' (rev47a);
//   - the owner is the repository's own name with a release's word after
//     it, whatever the program (renamedOwner: tenacity-nightly/tenacity);
//   - a script committed to a stranger's repository or gist (or served
//     from one by jsDelivr), named for a fix in its file's, its owner's
//     or its repository's name (fix-audio.sh, memfix.sh, deckfixer2024:
//     fixNamed), fetched and piped to a root shell or offered as a fix
//     (curl …/fix-audio.sh | sudo bash, irm …/fix-update.ps1 | iex): a
//     project's install script is named for installing (nvm, Homebrew,
//     oh-my-zsh, rtw89's install.sh), whatever a member says it fixed;
//   - the owner or the repository is named for a cheat, a crack or a
//     hack (forgeCheats: cheats-2026/apex-esp, adobe-crack/photoshop), or
//     a game's "fix" is a Windows program (gamefixer/fix/…/GameFix.exe);
//   - a Windows program named for a tool only Linux runs (linuxOnly:
//     btrfs-tools/btrfs-gui/…/btrfs-gui-setup.exe), not a port that says
//     it is one (WinBtrfs, git-for-windows).
//
// Each warns (wForgeImpostor, wRawProgram); a script fetched and run
// from an account built from a program's name deletes (wImpostorFile,
// as mal45's impostor sites' one-liners do). The projects whose own
// organisation is built so (wabbajack-tools, nextcloud-releases,
// acmesh-official) are written in forgeOwners.

// wForgeImpostor weighs a forge link read as an impostor's: warns alone.
const wForgeImpostor = 0.7

// forgeClaims are the words an impostor's owner adds to a program's name
// to pass for a source of its builds (forge47). "build" is not among
// them: a build system's organisation is named so (ninja-build/ninja).
var forgeClaims = setOf("nightly", "nightlies", "builds", "release", "releases", "official", "download",
	"downloads", "mod", "mods", "modded", "hub", "fix", "fixed", "fixes", "fixer", "patch", "patched", "portable",
	"pro", "premium", "free", "crack", "cracked", "unlocked", "setup", "installer", "latest", "update", "updates",
	"updated", "helper", "helpers", "bot")

// joinedClaims are the claims read joined to a program's name in one
// word of an owner's (kritanightly, ObsStudioBuilds): not the short and
// common ones, which end real organisations' names (CrealityOfficial,
// renovatebot).
var joinedClaims = []string{"nightly", "nightlies", "builds", "releases", "release", "portable", "patched", "fixed",
	"cracked", "premium", "unlocked", "installer", "setup", "downloads", "latest"}

// forgeOwners are projects' own organisations named as forgeClaims' and
// forgeCheats' readings would take for an impostor's (written by hand
// from general knowledge).
var forgeOwners = setOf("wabbajack-tools", "nextcloud-releases", "acmesh-official", "spotx-official", "git-for-windows",
	"pyenv-win", "xenia-canary", "cheat-engine", "the-via", "yuzu-mirror")

// forgeCheats are the words of an owner's or a repository's name that a
// cheat's, a crack's or a hack's repository is named with (forge47).
var forgeCheats = setOf("cheat", "cheats", "hack", "hacks", "hacked", "crack", "cracks", "cracked", "keygen",
	"activator", "kmspico", "aimbot", "wallhack", "triggerbot", "executor", "injector", "spoofer", "modmenu")

// fixFileWords are what a script or a program is named when it offers a fix.
var fixFileWords = setOf("fix", "fixes", "fixed", "fixer", "hotfix", "repair", "patch")

// fixNamed reports a name (a file's, an owner's or a repository's
// words) that offers a fix: a word of fixFileWords, or one a fix's word
// is joined to (memfix, deckfixer2024's deckfixer, fixperms), not a
// prefix's or a suffix's (prefix-dev) nor a test's fixtures. A message
// that says "fix" beside a project's own installer piped to sudo bash
// (lwfinger/rtw89's install.sh, asus-linux/asusctl's) is a member's
// report of what fixed it, not a stranger's fix (rev47a).
func fixNamed(words []string) bool {
	for _, w := range words {
		w = strings.TrimRight(w, "0123456789") // deckfixer2024
		if fixFileWords[w] {
			return true
		}
		if strings.HasSuffix(w, "prefix") || strings.HasSuffix(w, "suffix") || strings.HasSuffix(w, "affix") || strings.HasPrefix(w, "fixture") {
			continue
		}
		if strings.HasSuffix(w, "fix") || strings.HasSuffix(w, "fixer") || strings.HasSuffix(w, "fixes") || strings.HasPrefix(w, "fix") {
			return true
		}
	}
	return false
}

// linuxOnly are names of tools that only Linux runs: a Windows program
// named for one is not that tool. Not pacman (Pac-Man's clones, and
// MSYS2's package manager runs on Windows) nor sway (a word, and
// Microsoft's Sway): rev47a.
var linuxOnly = setOf("btrfs", "systemd", "grub", "gparted", "timeshift", "hyprland", "wayland", "xorg", "pipewire",
	"pulseaudio", "iptables", "nftables", "ufw", "apparmor", "selinux", "mdadm", "cryptsetup", "flatpak", "snapd",
	"zypper", "dpkg", "lutris", "waybar", "kwin")

// forgeParts returns the owner and the repository a code forge's link
// names (github.com/OWNER/NAME/…, raw.githubusercontent.com/OWNER/NAME/…,
// jsDelivr's cdn.jsdelivr.net/gh/OWNER/NAME@VERSION/…), or "", "".
func forgeParts(l *linkx.Link) (string, string) {
	p, cdn := browserPath(l.Path), repoCDN(l)
	switch {
	case cdn:
		// a repository's file served by jsDelivr (rev47a)
		if p, cdn = strings.CutPrefix(p, "/gh/"); !cdn {
			return "", "" // a path that climbs out of /gh/
		}
	case !repoHosts[l.Domain] && l.Host != "raw.githubusercontent.com" && l.Host != "gist.githubusercontent.com":
		return "", ""
	}
	parts := strings.SplitN(strings.TrimPrefix(p, "/"), "/", 3)
	if len(parts) < 3 || parts[0] == "" || parts[1] == "" {
		return "", ""
	}
	if cdn {
		parts[1], _, _ = strings.Cut(parts[1], "@") // NAME@VERSION
	}
	return parts[0], parts[1]
}

// ownerProduct returns the known program (productSites) an owner's name
// is built from with another word beside it, one of them a claim
// (forgeClaims), or joined to claims in one word before or after it
// (joinedClaims: KritaNightly, NightlyKrita, KritaNightlyBuilds), its
// own digits aside (kdenlive2025-nightly); or "". weak reports that
// every claim beside it is one of weakClaims: a word of what a
// community makes for the program, not of a build of it.
// ownerWords are the owner's repoWords.
func ownerProduct(ownerWords []string) (name string, weak bool) {
	for _, w := range ownerWords {
		if p := joinedProgram(w); p != "" {
			return p, false
		}
	}
	if len(ownerWords) < 2 {
		return "", false
	}
	for i := range ownerWords {
		name := ""
		for j := i; j < len(ownerWords) && j < i+3; j++ {
			name += ownerWords[j]
			if len(name) < minProductName || i == 0 && j == len(ownerWords)-1 {
				continue
			}
			p := forgeProgram(name)
			if p == "" {
				continue
			}
			found, weak := false, true
			for k, w := range ownerWords {
				if (k < i || k > j) && forgeClaims[w] {
					found, weak = true, weak && weakClaims[w]
				}
			}
			if found {
				return p, weak
			}
		}
	}
	return "", false
}

// joinedProgram returns the known program a word is made of with one or
// more joinedClaims joined before or after it (kritanightly,
// nightlykrita, kdenlivenightlybuilds, kdenlive2025nightly,
// kritanightly2025), or "". The longer of two claims that begin alike
// is listed first (releases before release), so a claim is cut whole.
func joinedProgram(w string) string {
	w = strings.TrimRight(w, "0123456789") // a year after the claim
	for claimed := false; ; claimed = true {
		if claimed {
			if p := forgeProgram(w); p != "" {
				return p
			}
		}
		cut := false
		for _, c := range joinedClaims {
			if len(w)-len(c) < minProductName {
				continue
			}
			if strings.HasSuffix(w, c) {
				w, cut = w[:len(w)-len(c)], true
				break
			}
			if strings.HasPrefix(w, c) {
				w, cut = w[len(c):], true
				break
			}
		}
		if !cut {
			return ""
		}
	}
}

// forgeProgram returns name when the forge reading knows it
// (knownProgram), or without the digits that end it (kdenlive2025:
// kdenlive; pcsx2 is a name of its own); "" otherwise.
func forgeProgram(name string) string {
	if knownProgram(name) {
		return name
	}
	n := len(name)
	for n > 0 && name[n-1] >= '0' && name[n-1] <= '9' {
		n--
	}
	if n < len(name) && n >= minProductName && knownProgram(name[:n]) {
		return name[:n]
	}
	return ""
}

// weakClaims are the forgeClaims that name what a community makes for a
// program, its mods, helpers and bots, as real organisations are named
// (minecraft-mods, plex-helper, docker-helpers): beside a program's name
// alone they read as an impostor's only for a build of that program in a
// repository of that name (jellyfin-helper/jellyfin/…/jellyfin-setup.exe)
// or a script run (rev47a). Not "hub": a hub of a program's downloads is
// a claim (weakened, it cost a blind malware line).
var weakClaims = setOf("mod", "mods", "helper", "helpers", "bot")

// creatorPrograms are the paid programs creators use (editors, DAWs,
// design and streaming tools) whose cracked or "portable" copies are
// handed around, by the names (lower case, no hyphens) an impostor's
// account is built from; read by the forge reading only (knownProgram),
// not merged into productSites, as sites of presets and templates are
// named after them (lightroom-presets, premiere-templates) and serve
// archives (forge47).
var creatorPrograms = setOf("photoshop", "lightroom", "premiere", "premierepro", "aftereffects", "illustrator",
	"indesign", "acrobat", "audition", "adobe", "filmora", "camtasia", "vegas", "vegaspro", "finalcut", "finalcutpro",
	"ableton", "cubase", "protools", "logicpro", "reaper", "bitwig", "studioone", "melodyne", "autotune", "izotope",
	"serum", "kontakt", "omnisphere", "sylenth", "xsplit", "voicemeeter", "canva", "coreldraw", "sketchup", "zbrush",
	"cinema4d", "houdini", "unrealengine", "luminar", "captureone", "clipstudio", "aseprite", "topaz", "topazvideo",
	"affinity", "spotify", "discord", "elgato", "streamdeck")

// knownProgram reports a program's name (lower case, no hyphens) the
// forge reading knows: productSites' and creatorPrograms.
func knownProgram(name string) bool {
	if creatorPrograms[name] {
		return true
	}
	_, ok := productSites[name]
	return ok
}

// anyWord reports a word of words in set.
func anyWord(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}

// cheatWord reports a word of a cheat's, a crack's or a hack's
// (forgeCheats) among an owner's or a repository's words, not a cheat
// sheet's (hollowpine/cheat-sheets) nor an event's (hack-the-north,
// hack-week, hack-night, hack-club: notCheatAfter).
func cheatWord(words []string) bool {
	for i, w := range words {
		if forgeCheats[w] && !(i+1 < len(words) && (strings.HasPrefix(words[i+1], "sheet") || notCheatAfter[words[i+1]])) {
			return true
		}
	}
	return false
}

// notCheatAfter are the words after which a cheat's or a hack's word
// names an event or a day, not a cheat (hack-the-north's hackathon app,
// hack-week, cheat-day): rev47a.
var notCheatAfter = setOf("the", "week", "weekend", "day", "days", "night", "club")

// suffixWord reports a word of words that is one of ends or ends with
// one (gamefixer, p5rfix).
func suffixWord(words []string, ends ...string) bool {
	for _, w := range words {
		for _, e := range ends {
			if strings.HasSuffix(w, e) {
				return true
			}
		}
	}
	return false
}

// forgeFile reports a file a forge's link delivers a program in (mal45's
// deliveredFile, mal46's deviceFile) and its kind.
func forgeFile(l *linkx.Link) (string, filetype.Finding, bool) {
	f := linkFile(l)
	if f == "" || !deliveredFile(f) && !deviceFile(f) && !linuxPackage(f) {
		return "", filetype.Finding{}, false
	}
	return f, filetype.Check(f, ""), true
}

// linuxPackage reports a Linux distribution's package (.deb, .rpm,
// .snap, .flatpakref), which installs as root.
func linuxPackage(f string) bool {
	i := strings.LastIndexByte(f, '.')
	if i < 0 {
		return false
	}
	switch strings.ToLower(f[i+1:]) {
	case "deb", "rpm", "snap", "flatpak", "flatpakref":
		return true
	}
	return false
}

// forgeSaid reports a finding already made that says what this reading
// would: a download's or a command's, or a file's of a warning's weight.
func forgeSaid(rs *reasons) bool {
	for _, r := range rs.items() {
		if r.Code == CodeDownloadName || r.Code == CodeRunCommand || r.Code == CodeDangerousFile && r.Weight >= wRawProgram {
			return true
		}
	}
	return false
}

// judgeForgeImpostors finds a program's build or script on a code forge
// under an account that is not the program's own (see Programs' builds
// and scripts on code forges above) and adds one finding for the first
// such link.
func judgeForgeImpostors(rs *reasons, clean string, folded []byte, j *Judgement) {
	for i := range j.Links {
		l := &j.Links[i]
		if l.Defanged {
			continue
		}
		owner, repo := forgeParts(l)
		if owner == "" || forgeOwners[strings.ToLower(owner)] {
			continue
		}
		raw := rawPath(l) || l.Host == "gist.githubusercontent.com" || repoCDN(l) // a file committed, not a release
		if !raw && !uploadPath(l) {
			continue
		}
		f, fd, ok := forgeFile(l)
		if !ok {
			continue
		}
		if forgeSaid(rs) {
			return
		}
		ow, rw := repoWords(owner), repoWords(repo)
		if strings.Join(ow, "") == strings.Join(rw, "") {
			continue // the project's own organisation (cheat-engine/cheat-engine)
		}
		shown := linkx.Defang(l.Host) + "/" + owner + "/" + repo
		stem := foldPath(fileStem(f))
		cmd, run := "", false
		if raw || fd.Kind == filetype.Linux || fd.Kind == filetype.Script {
			cmd, run = fetchedAndRun(clean, l)
		}
		if name, weak := ownerProduct(ow); name != "" {
			repoName := strings.Join(rw, "")
			named := strings.Contains(stem, name)
			if !englishWord(name) {
				named = named || strings.Contains(repoName, name)
			}
			if weak && !run {
				named = repoName == name // a community's mod or tool, not the program's build (rev47a)
			}
			if named || run && !englishWord(name) {
				if run {
					rs.add(handRule(CodeRunCommand, wImpostorFile, shown, say2("forge_owner_run", cmd, shown, name)))
					return
				}
				if !raw || windowsProgram(fd) {
					d := say2("forge_owner", f, shown, name)
					rs.add(Reason{Code: CodeDangerousFile, Weight: wForgeImpostor, Subject: f, File: fd.Kind.String(), text: d, Detail: d.inEnglish()})
					return
				}
			}
		}
		if !raw && renamedOwner(ow, rw) {
			// the repository's own name with a release's word after
			// it, whatever the program (tenacity-nightly/tenacity)
			d := say2("forge_owner", f, shown, repo)
			rs.add(Reason{Code: CodeDangerousFile, Weight: wForgeImpostor, Subject: f, File: fd.Kind.String(), text: d, Detail: d.inEnglish()})
			return
		}
		if raw && run && (fixNamed(fileWords(f)) || fixNamed(ow) || fixNamed(rw)) && (rootRun(clean, cmd) || fixClaim(folded)) {
			rs.add(handRule(CodeRunCommand, wRawProgram, shown, say2("forge_fix_run", cmd, shown)))
			return
		}
		if raw {
			continue
		}
		cheat := cheatWord(ow) || cheatWord(rw)
		if cheat && impostorBuild(fd) && !fontArchive(l, fd, lure.Fold(f, nil)) ||
			windowsProgram(fd) && suffixWord(append(ow, rw...), "fix", "fixer") && strings.Contains(stem, "fix") {
			d := say2("forge_cheat", f, shown)
			rs.add(Reason{Code: CodeDangerousFile, Weight: wForgeImpostor, Subject: f, File: fd.Kind.String(), text: d, Detail: d.inEnglish()})
			return
		}
		if windowsProgram(fd) && (len(ow) > 1 && anyWord(ow, linuxOnly) || anyWord(rw, linuxOnly) && !portWords(ow, rw)) {
			d := say2("forge_linux_tool", f, shown)
			rs.add(Reason{Code: CodeDangerousFile, Weight: wForgeImpostor, Subject: f, File: fd.Kind.String(), text: d, Detail: d.inEnglish()})
			return
		}
	}
}

// releaseClaims are the words of a release's kind or an edition's that an
// owner named as the repository is adds after its name to pass for the
// source of its builds (tenacity-nightly/tenacity, upscayl-pro/upscayl):
// forgeClaims but the words that end real organisations' names that way
// (bot, helper, hub, official: acmesh-official is the project's own).
var releaseClaims = setOf("nightly", "nightlies", "builds", "release", "releases", "portable", "patched",
	"fix", "fixed", "pro", "premium", "cracked", "unlocked", "setup", "installer", "latest", "updated", "mod", "modded",
	"free")

// renamedOwner reports an owner named as the repository is with only
// releaseClaims' words after it (tenacity-nightly/tenacity): a project's
// organisation adds what it is (immich-app, cemu-project, mgba-emu), not
// a release's word (forge47; files30's impostorRepo reads official, dev
// and team so, for Windows builds only).
func renamedOwner(ow, rw []string) bool {
	if len(ow) <= len(rw) {
		return false
	}
	for i, w := range rw {
		if ow[i] != w {
			return false
		}
	}
	for _, w := range ow[len(rw):] {
		if !releaseClaims[w] {
			return false
		}
	}
	return true
}

// portWords reports an owner's or a repository's name that says it is a
// Windows port (btrfs-for-windows, winbtrfs, grub-win).
func portWords(ow, rw []string) bool {
	for _, ws := range [2][]string{ow, rw} {
		for _, w := range ws {
			if w == "win" || w == "windows" || w == "port" || strings.HasPrefix(w, "win") || strings.HasSuffix(w, "win") || strings.HasSuffix(w, "windows") {
				return true
			}
		}
	}
	return false
}

// rootRun reports a fetched command run as root: piped to sudo, or sudo
// before the fetcher (sudo bash -c "$(curl …)").
func rootRun(clean, cmd string) bool {
	return strings.HasSuffix(cmd, "| sudo") || strings.Contains(clean, "sudo bash") || strings.Contains(clean, "sudo sh")
}

// fixClaimWords are what a message says of a script that fixes something.
var fixClaimWords = []string{"fix", "fixes", "fixed", "fixing", "repair", "repairs", "workaround"}

// fixClaim reports a message that says a fix (folded words).
func fixClaim(folded []byte) bool {
	for _, w := range fixClaimWords {
		if containsWords(folded, w) {
			return true
		}
	}
	return false
}
