package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
)

// Repositories named as impostors' (files30). A project publishes its
// builds in its own repository (bitcoin/bitcoin, sparrowwallet/sparrow,
// cheat-engine/cheat-engine); malware is passed around in releases of
// repositories made to be found in its place, and their names say so
// in one of three ways that no project's own repository does:
//
//   - the owner is the project's name with a claim of being its source
//     after it (bitcoin-core-dev/bitcoin), or any name with a claim of
//     being the real one (sparrow-wallet-official/…)
//     (a project's organisation adds what it is, not a claim:
//     immich-app/immich, cemu-project/Cemu, mgba-emu/mgba,
//     flameshot-org/flameshot);
//   - the owner or the repository is named "free" as a word of its own
//     (roblox-scripts-free/executor);
//   - the repository carries a program's version in its name
//     (xyz-tools/Cheat-Engine-7.5): a project versions its releases, not
//     its repository; a cracked copy is named for the version it copies.
//
// A Windows program, a Windows archive, a disk image Windows mounts or
// an Android app in such a repository's release is warned about, as a
// build named after a program in a repository not its maker's is
// (wFakeRelease); offered with bait, deleted.

// impostorRepo returns what names a code host's repository as an
// impostor's (the owner's claim, "free", the repository's version), or
// "": asked of a release's or an upload's link (uploadPath) on a code
// host that names repositories as /OWNER/NAME/ (repoHosts), not of a
// file committed to the repository and linked raw.
func impostorRepo(l *linkx.Link) string {
	if !repoHosts[l.Domain] || rawPath(l) || attachmentPath(l) {
		return ""
	}
	parts := strings.SplitN(strings.TrimPrefix(browserPath(l.Path), "/"), "/", 3)
	if len(parts) < 3 || parts[0] == "" || parts[1] == "" {
		return ""
	}
	owner := repoWords(parts[0])
	name := repoWords(parts[1])
	for i, w := range owner {
		if w == "free" {
			return "free"
		}
		if i > 0 && strongClaims[w] {
			return parts[0] // sparrow-wallet-official, whatever it publishes
		}
	}
	for i, w := range name {
		if w == "free" {
			return "free"
		}
		if dottedParts(w) >= 2 && isDigit(strings.TrimPrefix(w, "v")[0]) {
			return w // Cheat-Engine-7.5
		}
		if i > 0 && yearWord(w) && (containsRepoBait(owner) || containsRepoBait(name)) {
			return parts[1] // xeno-cheats/Xeno-Executor-2024 (files33)
		}
	}
	if len(owner) <= len(name) {
		return ""
	}
	for i, w := range name {
		if owner[i] != w {
			return ""
		}
	}
	for _, w := range owner[len(name):] {
		if ownerClaims[w] {
			return parts[0]
		}
	}
	return ""
}

// repoWords splits an owner's or a repository's name at its hyphens and
// underscores, in lower case (Cheat-Engine-7.5: cheat, engine, 7.5).
func repoWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == '-' || r == '_' })
}

// ownerClaims are the words an impostor's account adds to a project's
// name to pass for its source; strongClaims say it outright and count
// after any name (xyz-official/…), the others only after the
// repository's own name (bitcoin-core-dev/bitcoin).
var (
	ownerClaims  = setOf("official", "officials", "dev", "devs", "developer", "developers", "team", "download", "downloads", "real", "original", "verified", "legit")
	strongClaims = setOf("official", "officials", "real", "original", "verified", "legit")
)

// impostorBuild reports a build of the kinds malware is passed around as
// in a release: a Windows program, a Windows archive, a disk image
// Windows mounts, an Android app.
func impostorBuild(fd filetype.Finding) bool {
	return windowsProgram(fd) || fd.Kind == filetype.Archive && windowsArchive[fd.Ext] || windowsDiskImage(fd) || fd.Kind == filetype.Android
}

// repoPath returns a code host's link's OWNER/NAME, as the link spells
// it.
func repoPath(l *linkx.Link) string {
	parts := strings.SplitN(strings.TrimPrefix(browserPath(l.Path), "/"), "/", 3)
	if len(parts) < 2 {
		return ""
	}
	return parts[0] + "/" + parts[1]
}

// repoBait are the words of a cheat, a crack or a paid program's
// unlocking that impostors' repositories are named with beside a year
// (Roblox-Executor-2024, Spotify-Premium-2025, FL-Studio-Full-2024): a
// repository of a year's puzzles or a conference's code (aoc-2024,
// ctf-2024) says none of them (files33).
var repoBait = setOf("hack", "hacks", "cheat", "cheats", "crack", "cracked", "keygen", "activator", "kmspico", "aimbot",
	"wallhack", "executor", "injector", "spoofer", "premium", "unlocked", "modmenu", "full")

// containsRepoBait reports a repository's or an owner's word in repoBait.
func containsRepoBait(words []string) bool {
	for _, w := range words {
		if repoBait[w] {
			return true
		}
	}
	return false
}

// yearWord reports a word that is a year of this century's third decade
// or so (2015-2039): impostors name the repositories they fill with
// cracked programs after the year, so that searches for this year's
// build find them (Xeno-Executor-2024, Photoshop-Crack-2025); a project
// numbers its releases, not its repository; asked beside repoBait only
// (files33).
func yearWord(w string) bool {
	return len(w) == 4 && w[0] == '2' && w[1] == '0' && '1' <= w[2] && w[2] <= '3' && isDigit(w[3])
}
