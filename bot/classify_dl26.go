package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
)

// A download from a program's own site that plainDownload does not take
// for what it is, because a word that droppers use is in it: an
// installer named as installer builders name one for an architecture
// (cygwin.com/setup-x86_64.exe, msys2.org's setup-x86_64.exe). "setup"
// is what droppers call themselves, and such a name on an unknown site
// says nothing of whose it is. On a project's own site that the
// classifier trusts for its pages (reputableAtRuntime: cygwin.com,
// msys2.org), at the site's own host, and named by the message ("cygwin
// setup …"), it is the project's installer (siteInstaller). A build
// named after its site over plain HTTP is read as its HTTPS twin before
// any of this (httpBuildTwin, classify_dl42.go).
//
// A message that tells the reader to turn the antivirus off is bait
// (antivirusBait) beside it and beside plainDownload's downloads.

// siteInstaller reports a Windows installer named as installer builders
// name one for an architecture (archInstallerName: setup-x86_64.exe,
// setup_x64.exe, installer-amd64.msi) over TLS on a project's own site
// that the classifier trusts for its pages (reputableAtRuntime), at the
// site's own host (the bare name, www. or a download host: not a forge's
// or a list archive's host under it), at the site's root or in one folder
// below it (a registry's or a list archive's upload sits deeper, under
// its uploader's or its package's folders: www.cpan.org/authors/id/E/EV/
// EVIL/, deno.land/x/mod/, seclists.org/fulldisclosure/2024/Mar/att-2/),
// outside the folders droppers sit in
// and a forge's upload paths, in a message that names the site (its
// label as a word: "cygwin setup") and holds no bait. fileHostInfo judges
// files there as any site's, for registries and forges there serve what
// anyone uploads; a project's installer under its builder's name is its
// own.
func siteInstaller(l *linkx.Link, file string, fd filetype.Finding, k *knowledge) bool {
	if fd.Ext != "exe" && fd.Ext != "msi" || fd.Decoy != "" || fd.RTL || fd.MIMEMismatch {
		return false
	}
	if !overTLS(l) || l.IP.IsValid() || l.Port != "" || l.UserInfo != "" || l.Query != "" || !reputableAtRuntime[l.Domain] {
		return false
	}
	if sub := l.Subdomain(); sub != "" && sub != "www" && !releaseHosts[sub] {
		return false
	}
	if !archInstallerName(file) || dropperFolder(l.Path) || strings.ContainsAny(l.Path, "~+@") || strings.Count(l.Path, "/") > 2 || !siteNamed(l, k) {
		return false
	}
	return !k.baited()
}

// archInstallerName reports a file named as installer builders name an
// installer for one architecture: an installer's name (installerNames)
// and an architecture's (archWords) and nothing else
// (setup-x86_64.exe, setup_x64.exe, Setup-win64.exe, installer-amd64.msi;
// not setup.exe alone, not Setup_Update_x64.exe).
func archInstallerName(file string) bool {
	words := fileWords(file)
	if len(words) < 2 || !installerNames[words[0]] {
		return false
	}
	for _, w := range words[1:] {
		if !archWords[w] {
			return false
		}
	}
	return true
}

// archWords are the letter runs of the names builds give an architecture
// (x86_64, x64, win64, amd64, arm64, aarch64, i386, 64bit).
var archWords = setOf("x", "win", "amd", "arm", "aarch", "i", "bit")

// siteNamed reports a message that names a link's site by its label, as
// a word of its own beside the link (cygwin for cygwin.com), four
// letters or more.
func siteNamed(l *linkx.Link, k *knowledge) bool {
	label := strings.ToLower(l.Label())
	return len(label) >= 4 && containsWords(k.folded(), label)
}

// antivirusBait are the folded words a dropper is sent with to get it
// past the reader's antivirus: turn the antivirus, its short name (AV),
// Defender, its real-time protection, SmartScreen or UAC off, or get
// past them (rev42c: "bypass the antivirus first, then run irm
// http://…/install.ps1 | iex" was allowed). They are read only beside a
// download that would otherwise be noted (baitIn) or a one-liner read
// as its HTTPS twin (httpInstallTwin).
var antivirusBait = []string{"disable antivirus", "disable your antivirus", "disable the antivirus", "turn off antivirus",
	"turn off your antivirus", "turn off the antivirus", "disable defender", "disable windows defender", "disable your defender",
	"turn off defender", "turn off windows defender", "turn off your defender", "tat antivirus", "tat windows defender",
	"bypass antivirus", "bypass your antivirus", "bypass the antivirus", "bypass av", "bypass the av", "bypass defender",
	"bypass windows defender", "bypass smartscreen", "disable av", "disable your av", "disable the av", "turn off av",
	"turn off your av", "turn off the av", "disable smartscreen", "turn off smartscreen", "disable uac", "turn off uac",
	"disable real time protection", "turn off real time protection", "disable realtime protection",
	"turn off realtime protection", "disable windows security", "turn off windows security"}
