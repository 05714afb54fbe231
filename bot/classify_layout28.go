package bot

import (
	"slices"
	"strings"

	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
)

// Release layouts (dl28). A project publishes its builds, images and
// install scripts in layouts of its own that read plainly in the link:
// an operating system's tree of releases on its own site
// (cdn.openbsd.org/pub/OpenBSD/7.6/amd64/install76.img), a runtime's
// install script named after its site (dot.net/v1/dotnet-install.ps1),
// a wiki's store of uploaded files, hashed into folders by the wiki
// (www.waveshare.com/w/upload/e/e9/ESP32-S3-Touch-LCD-1.28.zip). None of
// these is how droppers are laid out: a compromised site's dropper sits
// in a blog engine's folders by year and month or at a name it chose,
// a fake download site serves its one file from the root or a download
// script, and the pasted commands of fake checks name their scripts
// verify.ps1 or captcha.ps1. The callers ask of the site what they ask
// of any plain download (plainSite: over TLS, at a name, no finding
// about the name, a link the link model reads as ordinary).

// osTree reports a disk image (.iso, .img) in an operating system's
// tree of releases on its own site: among its folders one named after
// the site (/OpenBSD/ on openbsd.org; /alpine/ on alpinelinux.org is
// not: the site's whole name), a release's number (7.6, v3.20) and a
// machine architecture (amd64, aarch64) that the image boots on, and
// the image named after the system or that release (install76.img,
// miniroot76.img, openbsd-7.6.iso), not after its processor as osImage
// asks. Its name says nothing a dropper's does: no lure or code word, no
// business document, no program droppers pass for, and no dropper's
// first word but install, which is how systems name their installers'
// images.
func osTree(l *linkx.Link, file string, fd filetype.Finding) bool {
	if fd.Ext != "iso" && fd.Ext != "img" || fd.Decoy != "" || fd.RTL || fd.MIMEMismatch {
		return false
	}
	label := strings.ToLower(l.Label())
	if len(label) < 3 || strings.IndexByte(label, '-') >= 0 {
		return false
	}
	words := fileWords(file)
	if len(words) == 0 || dropperNames[words[0]] && words[0] != "install" || passedFor[words[0]] || imitatedProduct(file) != nil {
		return false
	}
	for _, w := range words {
		if dropperWords[w] || codeDropperAny[w] || documentNames[w] {
			return false
		}
	}
	dir := strings.ToLower(l.Path[:strings.LastIndexByte(l.Path, '/')+1])
	if strings.Contains(dir, "/wp-") {
		return false
	}
	stem := strings.ToLower(fileStem(file))
	named, arch, release := false, false, strings.Contains(stem, label)
	numbered := false
	for seg := range strings.SplitSeq(dir, "/") {
		switch {
		case seg == label:
			named = true
		case releaseNumber(seg):
			numbered = true
			digits := strings.ReplaceAll(strings.TrimPrefix(seg, "v"), ".", "")
			release = release || strings.Contains(stem, digits) || strings.Contains(stem, strings.TrimPrefix(seg, "v"))
		case slices.Contains(architectures, seg):
			arch = true
		}
	}
	return named && numbered && arch && release
}

// releaseNumber reports a folder named for one release by its number
// of two parts or more (7.6, v3.20, 24.04.1).
func releaseNumber(seg string) bool {
	seg = strings.TrimPrefix(seg, "v")
	return seg != "" && isDigit(seg[0]) && isDigit(seg[len(seg)-1]) && strings.IndexByte(seg, '.') > 0 && strings.Trim(seg, "0123456789.") == ""
}

// siteInstallScript reports a PowerShell script named as a runtime's
// or a tool's installer after its site: the site's name, then install
// (dotnet-install.ps1 on dot.net, where the name joins the domain's
// labels; deno-install.ps1 on deno.com), and nothing else. installScript
// takes the ones named install.ps1 outright.
func siteInstallScript(l *linkx.Link, file string) bool {
	words := fileWords(file)
	if len(words) != 2 || words[1] != "install" && words[1] != "installer" {
		return false
	}
	label := strings.ToLower(l.Label())
	joined := strings.ToLower(strings.ReplaceAll(l.Domain, ".", ""))
	return len(words[0]) >= 3 && (words[0] == label || words[0] == joined)
}

// wikiUpload reports a folder a wiki keeps uploaded files in, hashed
// into two levels by the file's name (MediaWiki: /images/e/e9/,
// /w/upload/e/e9/): a folder of uploads, then one hexadecimal digit,
// then two that start with it. A blog engine files its uploads by year
// and month, and a dropper's folder is named by whoever put it there;
// this one is the wiki's own.
func wikiUpload(dir string) bool {
	segs := strings.Split(strings.Trim(dir, "/"), "/")
	n := len(segs)
	if n < 3 {
		return false
	}
	store, a, b := segs[n-3], segs[n-2], segs[n-1]
	if store != "images" && store != "upload" && store != "uploads" {
		return false
	}
	return len(a) == 1 && len(b) == 2 && isHex(a[0]) && isHex(b[1]) && a[0] == b[0]
}

// isHex reports a lower-case hexadecimal digit.
func isHex(c byte) bool { return isDigit(c) || 'a' <= c && c <= 'f' }
