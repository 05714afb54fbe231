package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
)

// Downloads served as no project serves its files (mal35). Malware
// download URLs went unflagged in shapes that nothing about a project's
// own publishing shares:
//
//   - a Windows script (ps1, bat, cmd, vbs, hta) in anyone's repository,
//     linked raw or as a release, named as droppers are (update.ps1,
//     run.bat, loader.vbs): projects publish an installer script as
//     install.ps1 and name their other scripts for what they do
//     (codeScript); an archive there named as a loader's output or a
//     lure's papers (Loader.zip, Stub.rar, Invoice_0412.7z: codeArchive);
//     a release's file on GitHub's asset host, which shows no owner or
//     repository at all, read by its name as an upload is
//     (releaseAsset);
//   - a shell script over TLS, or an install.ps1, among a site's images,
//     themes, uploads or CGI folders (plantedFolder: wp-content,
//     cgi-bin, images, tmp): projects publish their installer script at
//     their site, and scripts planted on hacked sites sit among their
//     uploads (strayScript). A script of any other name elsewhere on a
//     site is still only noted: tech talk links sites' helper scripts
//     under every name (a reading by name alone flagged two held-out
//     tech links);
//   - a browser extension's package (crx, xpi) off the stores, which
//     browsers install extensions from (offStoreExtension), and a Java
//     program from a name on one of the cheapest endings (cheapSiteJar),
//     where no library or mod is served from.

// cheapSiteJar reports a Java program served from a site on one of the
// cheapest endings (abusedTLD over 0.1: .xyz, .top, .lol, .site; not the
// mildly cheap .shop, .info or .pro): libraries, builds and mods are
// linked from registries, build servers, code hosts and mod stores, and
// fake game clients and mod installers from names bought for a dollar.
func cheapSiteJar(l *linkx.Link, fd filetype.Finding) bool {
	return fd.Ext == "jar" && !l.IP.IsValid() && l.Domain != "" && abusedTLD(l.Suffix) > 0.1
}

// windowsScript reports a script Windows runs by a double click or
// PowerShell: not a page's library (js) nor a Java program (jar), which
// code hosts serve by the thousand.
func windowsScript(fd filetype.Finding) bool {
	if fd.Kind != filetype.Script {
		return false
	}
	switch fd.Ext {
	case "ps1", "psm1", "bat", "cmd", "vbs", "vbe", "hta", "wsf", "wsh", "sct":
		return true
	}
	return false
}

// codeScript returns the dropper's word (codeDropper) a Windows script in
// a repository is named by, or "": a project's installer script
// (install.ps1, installer.cmd, setup.bat) is named so too and is not
// read as one.
func codeScript(l *linkx.Link, file string, fd filetype.Finding) string {
	if !windowsScript(fd) || verbNoun(file) {
		return ""
	}
	w := codeDropper(file)
	if words := fileWords(file); w == "" && len(words) > 0 && systemProcessNames[words[0]] {
		w = words[0] // svchost.bat, rundll.cmd (rev35)
	}
	if installerNames[w] || repoWord(l, w) || treeFolder(l) && !systemProcessNames[w] {
		return ""
	}
	return w
}

// systemProcessNames are the names of Windows' own processes (svchost,
// rundll32, lsass, csrss, winlogon …), which malware takes to pass for
// part of the system (MITRE ATT&CK T1036.005, "Match Legitimate Name");
// no project names its script after one (rev35).
var systemProcessNames = setOf("svchost", "rundll", "rundll32", "csrss", "lsass", "winlogon", "dllhost", "conhost",
	"wininit", "smss", "spoolsv", "taskhost", "taskhostw", "sihost", "dwm", "ctfmon", "wuauclt")

// treeFolder reports a repository's file in a folder of its tree, below
// the repository's root (raw.githubusercontent.com/OWNER/REPO/BRANCH/DIR/FILE,
// github.com/OWNER/REPO/raw|blob/BRANCH/DIR/FILE, gitlab.com/…/-/raw/BRANCH/DIR/FILE):
// where a project keeps its own scripts (models/download-ggml-model.cmd,
// update/update.bat, scripts/clean-temp.ps1); a dropper pushed to a
// throwaway repository, or attached to a release, sits at its root
// (rev35).
func treeFolder(l *linkx.Link) bool {
	segs := strings.Split(strings.Trim(browserPath(l.Path), "/"), "/")
	branch := -1 // index of the branch's segment
	switch {
	case l.Host == "raw.githubusercontent.com":
		branch = 2
	case l.Domain == "github.com" && len(segs) > 2 && (segs[2] == "raw" || segs[2] == "blob"):
		branch = 3
	default:
		for i := 2; i+1 < len(segs); i++ {
			if segs[i] == "-" && (segs[i+1] == "raw" || segs[i+1] == "blob") {
				branch = i + 2 // gitlab.com/GROUP/…/REPO/-/raw/BRANCH/…
				break
			}
		}
	}
	if branch < 0 || branch >= len(segs) {
		return false
	}
	if segs[branch] == "refs" && branch+2 < len(segs) && (segs[branch+1] == "heads" || segs[branch+1] == "tags") {
		branch += 2 // raw.githubusercontent.com/OWNER/REPO/refs/heads/BRANCH/…
	}
	return len(segs)-branch > 2 // a folder between the branch and the file
}

// verbNoun reports a script named as PowerShell names its commands, a
// verb, a hyphen and a capitalised noun (Update-Modules.ps1,
// Get-Inventory.ps1): a module's or an admin's tool, not a dropper's
// name (update.ps1, Update_Chrome.ps1).
func verbNoun(file string) bool {
	i := strings.IndexByte(file, '-')
	if i <= 0 || i+1 >= len(file) {
		return false
	}
	c, n := file[0], file[i+1]
	return c >= 'A' && c <= 'Z' && n >= 'A' && n <= 'Z'
}

// repoWord reports a dropper's word that the repository's owner or name
// holds (loader.zip in OWNER/modloader): the repository is named for
// what the file is.
func repoWord(l *linkx.Link, w string) bool {
	if w == "" || releaseAsset(l) {
		return false
	}
	return strings.Contains(strings.ToLower(repoPath(l)), w)
}

// archiveDropperFirst are the first words of an archive's name in a
// repository that say it packs a dropper (Loader.zip, payload.7z,
// Stub.rar): what a remote-access trojan's builder and a loader's seller
// name their output. A project's archives are named after it
// (MelonLoader.zip is one word).
var archiveDropperFirst = setOf("loader", "payload", "stub", "crypted")

// codeArchive returns the dropper's word an archive in a repository is
// named by (archiveDropperFirst as its first word, or a lure of
// codeDropperAny anywhere: Invoice_0412.zip, airdrop.7z), or "".
func codeArchive(l *linkx.Link, file string, fd filetype.Finding) string {
	if fd.Kind != filetype.Archive {
		return ""
	}
	words := fileWords(file)
	w := ""
	if len(words) > 0 && archiveDropperFirst[words[0]] {
		w = words[0]
	}
	for _, x := range words {
		if w == "" && codeDropperAny[x] {
			w = x
		}
	}
	if repoWord(l, w) {
		return ""
	}
	return w
}

// releaseAsset reports a link to a file on GitHub's host of release
// assets (objects.githubusercontent.com/github-production-release-asset-2e65be/ID/…):
// a release's file under a number, of no owner and no repository to read
// it by, which anyone with an account can publish.
func releaseAsset(l *linkx.Link) bool {
	return l.Host == "objects.githubusercontent.com" && strings.HasPrefix(l.Path, "/github-production-release-asset")
}

// strayScript reports a shell script over TLS on a site, in a folder of
// the site's uploads or content management (plantedFolder: wp-content,
// cgi-bin, images, tmp, uploads): a project publishes its installer script for
// curl | sh at its site (install.sh, get.sh, /scripts/…), and a script
// planted on a hacked site sits among its themes and uploads. A script of
// another name elsewhere on a site is still only noted: tech talk links
// sites' own helper scripts under every name.
func strayScript(l *linkx.Link) bool {
	return plantedFolder(l.Path)
}

// plantedFolders are the folders of a site's content management that
// hold what its users and its plugins upload (images, uploads, tmp,
// cache, themes, plugins), where a hacked site's planted files sit; a
// project's own folders for its pages' files (assets, static, js, docs),
// which dropperFolder reads for programs, hold its scripts too.
var plantedFolders = setOf("images", "image", "img", "imgs", "uploads", "upload", "tmp", "temp", "cache", "gallery",
	"themes", "theme", "templates", "template", "plugins", "includes", "administrator", "public_html")

// plantedFolder reports a path in a site's upload or content
// management folders (plantedFolders, /wp-…/, /cgi-bin/, /.well-known/),
// a wiki's store of uploads aside.
func plantedFolder(path string) bool {
	lower := strings.ToLower(path)
	if strings.Contains(lower, "/wp-") || strings.Contains(lower, "/.well-known/") || strings.Contains(lower, "/cgi-bin/") {
		return true
	}
	dir := lower[:strings.LastIndexByte(lower, '/')+1]
	if wikiUpload(dir) {
		return false
	}
	for seg := range strings.SplitSeq(dir, "/") {
		if plantedFolders[seg] {
			return true
		}
	}
	return false
}

// strayScriptDetail says why a shell script over TLS is warned about
// (strayScript): the folder it sits in.
func strayScriptDetail(l *linkx.Link, file string) detail {
	return say2("stray_script", file, linkx.Defang(l.Host), l.Path[:strings.LastIndexByte(l.Path, '/')+1])
}

// offStoreExtension reports a browser extension's package (crx, xpi).
func offStoreExtension(fd filetype.Finding) bool {
	return fd.Ext == "crx" || fd.Ext == "xpi"
}

// ownExtension reports an extension's package named after the site it
// is served from (zotero_connector-5.0.xpi on download.zotero.org), on
// an ending that is not among the cheapest: a maker that publishes its
// extension itself, noted as a release is.
func ownExtension(l *linkx.Link, file string) bool {
	if l.IP.IsValid() || l.Domain == "" || abusedTLD(l.Suffix) > 0.1 {
		return false
	}
	label := strings.ReplaceAll(l.Label(), "-", "")
	stem := strings.ToLower(fileStem(file))
	return len(label) >= 4 && strings.HasPrefix(stem, label)
}
