package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// Downloads in tech chat. Members link programs, installers, archives
// and Android apps on their makers' own pages all the time
// (voidtools.com/Everything-1.4.1.1026.x64-Setup.exe,
// www.irfanview.info/files/iview467_x64_setup.exe,
// f-droid.org/repo/org.schabi.newpipe_999.apk): a program's link alone is
// not a threat, and deleting every one drove the English tech sets to
// 2–4 % of links flagged. What a dropper's link has that these do not is
// in the name of the file, in the folder it sits in, in the site, or in
// the words around it:
//
//   - droppers on compromised sites are named after what they pass for
//     (Chrome_Update_126.exe, AdobeReader_2024.msi, TeamViewer_Setup.exe,
//     Document_Viewer.exe, Invoice_2024.zip, setup.exe, svchost.exe) and
//     sit in a blog engine's or a theme's folders (wp-content, images,
//     assets, templates, cgi-bin, .well-known);
//   - fake download sites take a program's or a brand's name, or end
//     cheaply, and the link model reads them as scam sites;
//   - a program passed around as malware comes with bait: a lure's words,
//     a crack or a cheat, a notice, @everyone.
//
// plainDownload asks for none of those; such a download is noted
// (wReleaseFile), not flagged. A newcomer's first link, or lure words,
// still lift it over the warn line. Files on storage buckets, file hosts
// and code hosts are judged as before: anyone names a bucket.

// plainDownload reports a program, installer, disk image, archive or
// Android app on a plain site's own pages (plainSite: over TLS, at a
// name, no finding about the name, a link the link model reads as
// ordinary), named as a product's build and not as what droppers pass
// for (plainBuildName), outside the folders droppers on compromised
// sites sit in (dropperFolder), in a message with no bait in its words
// (k.baited).
func (c *Classifier) plainDownload(l *linkx.Link, file string, fd filetype.Finding, info *hostInfo, k *knowledge) bool {
	if !releaseExt[fd.Ext] && fd.Kind != filetype.Android || fd.Decoy != "" || fd.RTL || fd.MIMEMismatch {
		return false
	}
	if !plainBuildName(l, file, k.brands) || dropperFolder(l.Path) || takersName(l) || !c.plainSite(l, info, k.brands) {
		return false
	}
	return !k.baited()
}

// plainBuildName reports a file named as a product's build: its first
// word is three letters or more, or the file is named after its site
// (F-Droid.apk on f-droid.org), and it is not what droppers name themselves
// (dropperNames: setup, update, document, chrome), a business's
// document (documentNames: menu, catalog, resume) nor a system
// program's or a platform's name (genericBuildNames: svchost, win, x),
// no word of it is a lure (dropperWords, codeDropperAny: invoice, crack,
// payroll), it is not named after a program that fake download pages
// imitate (imitatedProduct: vlc, putty, anydesk) nor a product droppers
// pass for (passedFor: adobe, java, teams), and it names no protected
// brand (brand.Matcher.Named: microsoft, metamask) unless the site is
// the brand's.
func plainBuildName(l *linkx.Link, file string, bm *brand.Matcher) bool {
	words := fileWords(file)
	if len(words) == 0 {
		return false
	}
	stem := fileStem(file)
	site := strings.ReplaceAll(l.Label(), "-", "")
	selfNamed := len(site) >= 4 && strings.HasPrefix(stem, site) // F-Droid.apk on f-droid.org
	if !selfNamed && (len(words[0]) < 3 || genericBuildNames[words[0]]) || dropperNames[words[0]] || codeDropperFirst[words[0]] || passedFor[words[0]] || documentNames[words[0]] {
		return false
	}
	for _, w := range words {
		if dropperWords[w] || codeDropperAny[w] {
			return false
		}
		if len(w) >= 4 {
			if b := bm.Named(w, 6); b != nil && bm.Official(l.Domain, l.Suffix) != b {
				return false
			}
		}
	}
	if imitatedProduct(file) != nil || productFolder(l) {
		return false
	}
	for _, p := range passedForInside {
		if strings.Contains(stem, p) {
			return false
		}
	}
	return true
}

// genericBuildNames are first words of a file name that name no
// product: a system program's name that droppers take (svchost.exe,
// csrss.exe), a platform or an architecture (win64.msi, x64.exe), or a
// word any file is (bin, tmp, test).
var genericBuildNames = setOf("win", "windows", "winupdate", "svchost", "csrss", "lsass", "explorer", "winlogon", "rundll",
	"conhost", "dllhost", "taskhost", "taskhostw", "system", "sys", "service", "services", "svc", "upd", "msiexec", "host",
	"bin", "out", "tmp", "temp", "test", "main", "data", "dat", "build", "release", "final", "sample", "output", "new",
	"crackme", "mac", "linux", "android", "amd", "arm", "ios", "apk")

// documentNames are what a file is named for when it passes for a
// document a business sends (menu.zip, Catalog_2024.rar, Resume.iso):
// how droppers are mailed and linked, never how a build is named.
var documentNames = setOf("menu", "catalog", "catalogue", "brochure", "price", "prices", "pricelist", "report", "reports",
	"presentation", "proposal", "resume", "cv", "letter", "notice", "form", "forms", "agreement", "details", "info", "specs",
	"specification", "portfolio", "summary", "copy", "attachment", "attached", "voicemail", "fax", "album", "certificate",
	"ticket", "booking", "reservation", "itinerary", "notification", "request", "inquiry", "enquiry", "offer", "sheet")

// passedFor are products droppers pass for that are neither in the
// products table nor protected brands: a file whose first word is one of
// these (Java_Update.exe, MSTeams_x64.msi; not eclipse-java-….zip) is
// not taken as a plain build. passedForInside are the longer ones, found
// inside a joined name too (AdobeAcrobat_Installer.msi).
var (
	passedFor = setOf("adobe", "acrobat", "reader", "java", "jre", "flash", "teams", "msteams", "office", "outlook",
		"excel", "word", "powerpoint", "edge", "firefox", "opera", "docusign", "onedrive", "wetransfer", "defender",
		"skype", "quickbooks", "photoshop", "coreldraw", "autocad", "spotify", "viewer", "zoom", "codecs")
	passedForInside = []string{"adobe", "acrobat", "flashplayer", "photoshop", "docusign", "onedrive", "msteams",
		"microsoft", "windowsupdate", "securityupdate", "chromeupdate", "edgeupdate", "javaupdate", "browserupdate"}
)

// dropperFolder reports a path in the folders droppers on compromised
// sites sit in: a blog engine's, a shop's or a theme's (wp-content,
// images, assets, templates, includes, modules, media, cache, tmp),
// cgi-bin, and .well-known, where certificate checks write.
func dropperFolder(path string) bool {
	lower := strings.ToLower(path)
	if strings.Contains(lower, "/wp-") || strings.Contains(lower, "/.well-known/") || strings.Contains(lower, "/cgi-bin/") {
		return true
	}
	dir := lower[:strings.LastIndexByte(lower, '/')+1]
	for seg := range strings.SplitSeq(dir, "/") {
		if dropperDirs[seg] {
			return true
		}
	}
	return false
}

// takersName reports a site whose name joins words with hyphens, one of
// which is a download site's (siteTakers, downloadSiteWords: -pro,
// -tools, -launcher, -app) or a dropper's lure (invoice-share.net): how
// fake download sites are named (cleanmypc-tools.com,
// minecraft-launcher.net, securevpn-pro.net), not how makers name
// theirs (dolphin-emu.org, f-droid.org, mh-nexus.de).
func takersName(l *linkx.Link) bool {
	label := l.Label()
	if strings.IndexByte(label, '-') < 0 {
		return false
	}
	for part := range strings.SplitSeq(label, "-") {
		if siteTakers[part] || downloadSiteWords[part] || dropperWords[part] || dropperNames[part] {
			return true
		}
	}
	return false
}

// downloadSiteWords are words fake download sites add to a program's
// name besides siteTakers.
var downloadSiteWords = setOf("tools", "tool", "launcher", "assistant", "fixer", "share", "fileshare", "central", "portal",
	"center", "centre", "release", "releases", "helper", "support", "service", "services", "mirror", "mirrors", "cdn", "files",
	"file", "secure", "safe", "fast", "plus", "premium", "full", "crack", "mod", "mods", "hack")

// productFolder reports a path with a folder named after a program that
// fake download pages imitate (products: /pub/CCleaner/6.22/,
// /videolan/vlc/): on a site that is not its maker's, that is how its
// fakes are served as mirrors.
func productFolder(l *linkx.Link) bool {
	dir := l.Path[:strings.LastIndexByte(l.Path, '/')+1]
	found := false
	forLetterRuns(dir, func(run string) bool {
		found = len(run) >= 3 && imitatedProduct(run) != nil
		return !found
	})
	return found
}

// dropperDirs are the folder names of a site's pages and themes that no
// project files its builds in.
var dropperDirs = setOf("images", "image", "img", "imgs", "assets", "css", "js", "templates", "template", "themes", "theme",
	"includes", "include", "modules", "plugins", "media", "cache", "tmp", "temp", "uploads", "upload", "var", "catalog",
	"gallery", "sites", "default", "administrator", "admin", "components", "libraries", "vendor", "static", "public_html",
	"update", "updates", "secure", "invoice", "invoices", "docs", "documents", "share", "shared", "client", "customer")

// baited reports whether a message holds bait around its links: a lure's
// words of any kind (but the plain ones of downloading: download,
// install, setup, update, patch, tải về, cài đặt), an official notice's,
// the words malware is offered with (baitPhrases: crack, cheat, try my
// game), or @everyone; read once, at the first link that asks.
func (k *knowledge) baited() bool {
	if k.bait == 0 {
		k.bait = -1
		if k.speaksAny() || mentionsEveryone(k.text) {
			var stack [512]byte
			folded := lure.Fold(withoutLinks(k.text, k.links), stack[:0])
			found := lure.FindFolded(folded)
			for cat, h := range found {
				if h.Weight > 0 && !(lure.Category(cat) == lure.Install && h.Weight <= lure.Mild && plainInstallWords[h.Phrase]) {
					k.bait = 1
				}
			}
			notices := lure.FindNotice(folded)
			if notices.Any() || mentionsEveryone(k.text) {
				k.bait = 1
			}
		}
		if k.bait < 0 {
			var stack [512]byte
			folded := lure.Fold(withoutLinks(k.text, k.links), stack[:0])
			for _, p := range baitPhrases {
				if containsWords(folded, p) {
					k.bait = 1
					break
				}
			}
		}
	}
	return k.bait > 0
}

// plainInstallWords are the mild words of downloading that tech chat uses
// of every build it links.
var plainInstallWords = setOf("download", "install", "setup", "update", "patch", "tai ve", "cai dat", "cap nhat", "tai app", "tai ung dung")
