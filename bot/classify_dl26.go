package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
)

// Downloads from a program's own site that plainDownload does not take
// for what they are, because a word that droppers use is in them:
//
//   - an installer named as installer builders name one for an
//     architecture (cygwin.com/setup-x86_64.exe, msys2.org's
//     setup-x86_64.exe): "setup" is what droppers call themselves, and
//     such a name on an unknown site says nothing of whose it is. On a
//     project's own site that the classifier trusts for its pages
//     (reputableAtRuntime: cygwin.com, msys2.org), at the site's own
//     host, and named by the message ("cygwin setup …"), it is the
//     project's installer (siteInstaller);
//   - a build named after its site and versioned in its name and its
//     folder, over plain HTTP (www.tightvnc.com/download/2.8.85/
//     tightvnc-2.8.85-gpl-setup-64bit.msi): older makers' sites still
//     serve their builds so, while the droppers of the malware sets over
//     plain HTTP sit on raw addresses, compromised sites' theme and upload
//     folders, and fake sites named after what they pass for
//     (plainHTTPBuild).
//
// A message that tells the reader to turn the antivirus off is bait
// (antivirusBait) beside any of these and plainDownload's.

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

// plainHTTPBuild reports a build named after the site that serves it
// (selfNamedRelease's naming: tightvnc-2.8.85-….msi on tightvnc.com)
// over plain HTTP, at a name (no address, port or user), at the site's
// own host (bare, www. or a download host), versioned in its name and in
// a folder (/download/2.8.85/), named as a product's build
// (plainBuildName, plainSpelling), outside the folders droppers sit in,
// on a site whose name takes no download word or kind of utility
// (takersName, utilitySite) nor a popular program's (selfNamedRelease),
// on an ending that is not cheap at all, with no finding about the name
// and a link the link model reads as ordinary, in a message with no
// bait. A maker's old site serves its releases so; the plain-HTTP
// droppers of the malware sets are on addresses, on compromised sites'
// folders, or named after what they pass for.
func (c *Classifier) plainHTTPBuild(l *linkx.Link, file string, fd filetype.Finding, info *hostInfo, k *knowledge) bool {
	if l.Scheme != "http" || l.IP.IsValid() || l.Port != "" || l.UserInfo != "" || l.Query != "" || l.Domain == "" || !l.ICANN {
		return false
	}
	if fd.Decoy != "" || fd.RTL || fd.MIMEMismatch || info.trusted || info.userContent || fileDrops[l.Host] || fileHosts[l.Domain] || info.contextBrand != nil {
		return false
	}
	if sub := l.Subdomain(); sub != "" && sub != "www" && !releaseHosts[sub] {
		return false
	}
	if abusedTLD(l.Suffix) > 0 || abusedTLDs[l.Domain] > 0 {
		return false
	}
	dir := l.Path[:strings.LastIndexByte(l.Path, '/')+1]
	if !dottedVersion(dir) || !selfNamedHTTP(l, file, fd) {
		return false
	}
	if !plainSpelling(l, file, fd) || !plainBuildName(l, file, k.brands) || dropperFolder(l.Path) || takersName(l) || brandFolder(l, k.brands) {
		return false
	}
	reread := info.read != nil && !readsBrand(&info.signals)
	for i := range info.reasons {
		if info.nameFinding(i, reread) {
			return false
		}
	}
	return !k.baited() && c.readsOrdinary(l, info, k.brands)
}

// selfNamedHTTP is selfNamedRelease for a link over plain HTTP: the
// same link over TLS would be named after its site.
func selfNamedHTTP(l *linkx.Link, file string, fd filetype.Finding) bool {
	twin := *l
	twin.Scheme = "https"
	return selfNamedRelease(&twin, file, fd)
}

// antivirusBait are the folded words a dropper is sent with to get it
// past the reader's antivirus: turn the antivirus or Defender off. They
// are read only beside a download that would otherwise be noted
// (baitIn).
var antivirusBait = []string{"disable antivirus", "disable your antivirus", "disable the antivirus", "turn off antivirus",
	"turn off your antivirus", "turn off the antivirus", "disable defender", "disable windows defender", "disable your defender",
	"turn off defender", "turn off windows defender", "turn off your defender", "tat antivirus", "tat windows defender"}
