package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
)

// A project's release on its own site (deb45). Tech chat links a
// project's builds where the project publishes them: TeX Live's
// installer on mirror.ctan.org, an old gvim on ftp.vim.org, a ham-radio
// program's setup on its author's site. The download reliefs before
// asked the build's name to name its site or to be numbered on a
// download host, and read install-tl-windows.exe or gvim72.exe as a
// dropper's. The site can tell them apart: its registrable domain is one
// a distribution names as the project's homepage (debianHomes: the
// Homepage: fields of Debian's packages, sites where anyone publishes
// left out; internal/gen/debianhomes). A lapsed homepage's name can be
// bought, so the site's name is not all that is asked: the build is
// laid out as a project lays out its releases, named as builds are, with
// no bait beside it, and the relief is a note (wReleaseFile), not the
// official file's silence; the link model's reading of the name and
// every other finding stand.

// homeRelease reports a program, installer, package or archive that a
// project publishes on its own site: over TLS (or as a plain-HTTP twin,
// homeHTTPTree), at a name whose registrable domain is one of homes
// (debianHomes), on an ICANN ending, with no address, port, user before
// '@', query, disguise or invisible character, on a site the link
// model reads as ordinary with no finding about its name but a mildly
// cheap ending (plainSiteBut, as plainDownload asks: a lapsed homepage
// bought for a scam's name keeps its file's weight); on a host of the site's
// own, not one that serves its users' pages, a forge's or a registry's
// (homeForeignLabels: gitlab., salsa., people., pypi.) nor anyone's
// (anyonesSite, a file drop or host); in a folder of the site outside
// users' folders (~, @), upload areas (uploadAreas) and the folders
// droppers on compromised sites sit in (dropperFolder); of a kind a
// project publishes builds as (homeExts: not a script, a shortcut or a
// screen saver), spelled plainly with no second extension
// (plainSpelling); named as a build (homeBuildName) and laid out as a
// release (homeTree); in a message with no bait (releaseBaited,
// k.baited) and no lure that stops the readings (k.stopsReadings). homes is a set of registrable
// domains, so that other lists of projects' homepages can be read the
// same way.
func (c *Classifier) homeRelease(l *linkx.Link, file string, fd filetype.Finding, info *hostInfo, k *knowledge, homes map[string]bool) bool {
	if !homes[l.Domain] || !overTLS(l) || !homeLink(l, info) || !c.plainSiteBut(l, info, k.brands, mildEnding(l)) {
		return false
	}
	return homeFile(l, file, fd, k) && !k.baited() && !releaseBaited(k) && !k.stopsReadings()
}

// homeLink reports a link at a name on an ICANN ending that is not cheap
// (mildly cheap at most: arduino.cc, sudo.ws), with no address,
// port, user, query, disguise or invisible character, on a host of the
// site's own (not a users', forge's or registry's host, nor anyone's),
// outside users' folders, upload areas and droppers' folders.
func homeLink(l *linkx.Link, info *hostInfo) bool {
	if l.IP.IsValid() || l.Port != "" || l.UserInfo != "" || l.Query != "" || !l.ICANN || l.Domain == "" || l.Disguised || l.Hidden {
		return false
	}
	if abusedTLD(l.Suffix) > 0.1 || abusedTLDs[l.Domain] > 0 {
		return false // a free or cheap ending (.tk, .xyz): a lapsed name there is bought first
	}
	if info.userContent || info.contextBrand != nil || fileDrops[l.Host] || fileHosts[l.Domain] || anyonesSite(l) {
		return false
	}
	for lab := range strings.SplitSeq(l.Subdomain(), ".") {
		if homeForeignLabels[lab] {
			return false
		}
	}
	lower := strings.ToLower(l.Path)
	if strings.ContainsAny(lower, "~@") || strings.Contains(lower, "%7e") || strings.Contains(lower, "%40") || dropperFolder(l.Path) {
		return false
	}
	first, _, _ := strings.Cut(l.Subdomain(), ".")
	if strings.LastIndexByte(lower, '/') <= 0 && !downloadHosts[first] && first != "distfiles" {
		return false // a lone file at the root: how sites made to pass for a product serve theirs
	}
	for seg := range strings.SplitSeq(lower[:strings.LastIndexByte(lower, '/')+1], "/") {
		if uploadAreas[seg] || strings.HasPrefix(seg, "home:") {
			return false // a build service's users' projects (download.opensuse.org/repositories/home:NAME/)
		}
	}
	return true
}

// homeFile reports a build of a kind projects publish (homeExts), spelled
// plainly, named as a build (homeBuildName) and laid out as a release
// (homeTree), not of a program fake download pages imitate
// (imitatedName: its maker's site and the mirrors' trees are read
// elsewhere, makerDownload and mirrorSite; mirror.fau.de/pub/anydesk/
// AnyDesk.exe on a university's domain is not AnyDesk's) nor on a site
// named for cracked software (piracyName).
func homeFile(l *linkx.Link, file string, fd filetype.Finding, k *knowledge) bool {
	if !homeExts[fileExt(file)] || fd.Decoy != "" || fd.RTL || fd.MIMEMismatch || !plainSpelling(l, file, fd) || homeSecondExt(file) {
		return false
	}
	if piracyName(l) || imitatedName(l, file) {
		return false
	}
	words := homeBuildName(l, file, k)
	return words != nil && homeTree(l, file, words)
}

// fileExt returns a file name's last ending, in lower case.
func fileExt(file string) string {
	i := strings.LastIndexByte(file, '.')
	if i < 0 {
		return ""
	}
	return strings.ToLower(file[i+1:])
}

// homeSecondExt reports a build whose name holds a second ending a
// release is not named by (rev45b): a program under an archive's, a
// package's or a document's ending (mupdf-1.24.8-windows.tar.exe,
// .deb.exe, .pdf.exe: plainSpelling knows no archive's nor package's
// inner ending), or an archive under a document's, a picture's or a
// recording's (report-1.2.pdf.zip, as invoice.pdf.zip). A compressed
// tarball (.tar.gz) and a program or disk image packed as what it is
// (Godot_v4.2.2-stable_win64.exe.zip, mt86plus_7.00_64.iso.zip) are
// named so by projects, and kept.
func homeSecondExt(file string) bool {
	stem := strings.TrimSuffix(file[:strings.LastIndexByte(file, '.')+1], ".")
	if !strings.Contains(stem, ".") {
		return false
	}
	inner := fileExt(stem)
	if archiveEndings[fileExt(file)] {
		return innerExts[inner] && !releaseInnerExts[inner]
	}
	return homeExts[inner] || innerExts[inner] || archiveEndings[inner]
}

// archiveEndings are the endings of archives and compressed files.
var archiveEndings = setOf("zip", "7z", "tar", "gz", "tgz", "bz2", "tbz2", "xz", "txz", "zst", "rar", "lz", "lzma", "z")

// releaseInnerExts are the inner endings of a program or a disk image
// a project packs under its own name (mt86plus_7.00_64.iso.zip).
var releaseInnerExts = setOf("exe", "msi", "iso", "img", "apk", "dmg")

// homeExts are the endings projects publish their programs, installers,
// packages and archives under; scripts, shortcuts, screen savers and
// HTML applications (.js, .lnk, .scr, .hta, .bat) are none of them.
var homeExts = setOf("exe", "msi", "msix", "dmg", "pkg", "appimage", "deb", "rpm", "zip", "7z", "tar", "gz", "tgz", "bz2",
	"tbz2", "xz", "txz", "zst")

// homeForeignLabels are labels of hosts under a project's or an
// institution's name that serve others' files: its forge (git.,
// gitlab., salsa., invent.), its users' and staff's pages (people.,
// users., members., faculty., www-personal., web.), its registry, store or wiki (pypi., hackage., store.,
// wiki.) and its lists and trackers.
var homeForeignLabels = setOf("git", "gitlab", "gitea", "forgejo", "cgit", "gitweb", "salsa", "invent", "hub", "forge",
	"r-forge", "people", "users", "user", "members", "member", "home", "homes", "perso", "personal", "pages", "sites",
	"pypi", "hackage", "packages", "plugins", "addons", "extensions", "wiki", "upload", "uploads", "incoming", "paste",
	"gist", "lists", "mail", "webmail", "forum", "forums", "bugs", "bugzilla", "issues", "trac", "community", "discourse",
	"sandbox", "tmp", "temp", "student", "students", "store",
	// a university's or an institution's hosts of its staff's, courses'
	// and blogs' pages (faculty.ethz.ch, www-personal.kth.se, wp., u.;
	// rev45b: deb45 read them as the institution's own over plain HTTP)
	"faculty", "staff", "www-personal", "homepage", "homepages", "userpage", "userpages", "mypage", "u", "wp", "blog",
	"blogs", "publish", "courses", "web", "free")

// homeBuildName returns the words of a build's name (fileWords) when it
// is named as a project names its builds: no word of it a dropper's lure
// (dropperWords, codeDropperAny), its first word not a document's, a
// system program's nor a product droppers pass for, a protected brand
// named only on the brand's own site, and a word left that names the
// build once the words any installer is named by are set aside
// (install-tl-windows: tl; setup-x64: none). It returns nil otherwise.
func homeBuildName(l *linkx.Link, file string, k *knowledge) []string {
	words := fileWords(file)
	if len(words) == 0 || documentNames[words[0]] || passedFor[words[0]] || genericBuildNames[words[0]] && len(words) == 1 {
		return nil
	}
	stem := fileStem(file)
	for _, p := range passedForInside {
		if strings.Contains(stem, p) {
			return nil
		}
	}
	named := false
	for _, w := range words {
		if dropperWords[w] || codeDropperAny[w] || systemProcessNames[w] {
			return nil
		}
		if len(w) >= 4 {
			if b := k.brands.Named(w, 6); b != nil && k.brands.Official(l.Domain, l.Suffix) != b {
				return nil
			}
		}
		if len(w) >= 2 && !dropperNames[w] && !codeDropperFirst[w] && !genericBuildNames[w] && !archWords[w] && !windowsBuildWords[w] && !releaseChannels[w] {
			named = true
		}
	}
	if !named {
		return nil
	}
	return words
}

// homeTree reports a build laid out as a project lays out its releases:
// numbered (versioned, releaseNumbered) or in a numbered folder, in a
// folder of releases or of a release channel (/releases/, /dist/,
// /stable/, /latest/), or named after a folder of its path or the site
// (gvim72.exe in /pub/vim/pc/, install-tl-windows.exe in
// /systems/texlive/tlnet/).
func homeTree(l *linkx.Link, file string, words []string) bool {
	if versioned(file) || releaseNumbered(l, file) {
		return true
	}
	dir := strings.ToLower(l.Path[:strings.LastIndexByte(l.Path, '/')+1])
	if dottedVersion(dir) {
		return true
	}
	stem := fileStem(file[:strings.LastIndexByte(file, '.')+1])
	segs := strings.Split(strings.Trim(dir, "/"), "/")
	segs = append(segs, strings.ToLower(l.Label()))
	for _, seg := range segs {
		if releaseFolder(seg) || releaseChannels[seg] {
			return true
		}
		plain := strings.ReplaceAll(seg, "-", "")
		if len(plain) >= 3 && strings.Contains(stem, plain) {
			return true
		}
		for _, w := range words {
			if len(w) >= 2 && !dropperNames[w] && !archWords[w] && !windowsBuildWords[w] && strings.HasPrefix(plain, w) {
				return true
			}
		}
	}
	return false
}

// homeHTTPTree reports a plain-HTTP link to a build on a site of homes
// (debianHomes) laid out as homeRelease asks over TLS, numbered in its
// name or its folder or of a release channel (versioned,
// releaseNumbered, dottedVersion, channelBuild): httpBuildTwin reads it
// as its HTTPS twin, which every reading then judges as it judges any
// HTTPS link (www.w1hkj.com/files/fldigi/fldigi-4.2.05_x64-setup.exe,
// buildbot.libretro.com/stable/1.19.1/windows/x86_64/RetroArch-Win64-setup.exe;
// FileZilla's build on download.filezilla-project.org, its maker's
// site). An unnumbered build over plain HTTP keeps its weight.
func homeHTTPTree(l *linkx.Link, file string, fd filetype.Finding, info *hostInfo, k *knowledge, homes map[string]bool) bool {
	if !homes[l.Domain] || !homeLink(l, info) || !homeExts[fileExt(file)] || fd.Decoy != "" || fd.RTL || fd.MIMEMismatch || !plainSpelling(l, file, fd) ||
		homeSecondExt(file) {
		return false
	}
	dir := strings.ToLower(l.Path[:strings.LastIndexByte(l.Path, '/')+1])
	if !versioned(file) && !releaseNumbered(l, file) && !dottedVersion(dir) && !channelBuild(file, dir) {
		return false
	}
	words := homeBuildName(l, file, k)
	return words != nil && homeTree(l, file, words)
}
