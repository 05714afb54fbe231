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
	if modHost(l) {
		return fd.Kind == filetype.Archive && modBuild(l, file, fd, k) // anyone's upload: a mod's build only (classify_modstore29.go)
	}
	if onDynamicDNS(l) {
		return false // a home machine's name: no maker serves builds there (classify_files33.go)
	}
	if !overTLS(l) || l.IP.IsValid() || l.Port != "" || l.UserInfo != "" {
		// what plainSite and plainBucket ask first, before the name is
		// read; a build named after its site over plain HTTP came here
		// as its HTTPS twin (httpBuildTwin, classify_dl42.go)
		return false
	}
	if siteInstaller(l, file, fd, k) {
		return true // cygwin.com/setup-x86_64.exe, named by the message
	}
	if !plainSpelling(l, file, fd) || !plainBuildName(l, file, k.brands) && !storeBuild(l, file, k.brands) || dropperFolder(l.Path) || takersName(l) ||
		utilitySite(l) || piracyName(l) || brandFolder(l, k.brands) || abusedTLDs[l.Domain] > 0 {
		return false
	}
	if b := bucketName(l); b != "" && bucketBait(b, file) {
		return false // a bucket's file named after its own bait (classify_bucket30.go)
	}
	if !c.plainSiteBut(l, info, k.brands, mildEnding(l)) && !c.plainBucket(l, file, info, k.brands) {
		return false
	}
	return !k.baited()
}

// mildEnding returns CodeSuspiciousTLD for a site on an ending that is
// only mildly cheap (a weight of 0.1 or less: .cc, .info, .pro, .live),
// where makers have long had their sites (arduino.cc, irfanview.info),
// and "" for any other: the ending alone is no finding against a build
// named as a product's on a site the link model otherwise reads as
// ordinary. The free and cheapest endings (.tk, .xyz, .top) still are.
func mildEnding(l *linkx.Link) Code {
	if w := abusedTLD(l.Suffix); w > 0 && w <= 0.1 {
		return CodeSuspiciousTLD
	}
	return ""
}

// plainSpelling reports a link spelled as makers spell their builds'
// links, with none of the tricks that make a dropper's link read as one:
// a host and a file name in plain ASCII (no look-alike letter of another
// script, as in ѕvchost.exe or an IDN site, and no invisible or
// reversing control), no letter, digit or -._~ percent-encoded in the
// path (%69mages/, Setup%2Eexe: nothing needs it, and it hides a folder
// or a name from what reads them), and no second extension of a file
// kind inside a program's name (Build-2.1.zip.exe, Photos.jpg.scr; an
// archive may name what it packs).
func plainSpelling(l *linkx.Link, file string, fd filetype.Finding) bool {
	if !printableASCII(l.Host) || strings.HasPrefix(l.Host, "xn--") || strings.Contains(l.Host, ".xn--") || !printableASCII(file) {
		return false
	}
	for i := 0; i+2 < len(l.Path); i++ {
		if l.Path[i] != '%' {
			continue
		}
		if v, ok := unhex2(l.Path[i+1], l.Path[i+2]); ok && (isAlnum(v) || v == '-' || v == '.' || v == '_' || v == '~') {
			return false
		}
	}
	if fd.Kind == filetype.Archive {
		return true // a build packed as what it is: Godot_v4.2.2-stable_win64.exe.zip, mt86plus_7.00_64.iso.zip
	}
	stem := file
	if i := strings.LastIndexByte(stem, '.'); i > 0 {
		stem = stem[:i]
	}
	if i := strings.LastIndexByte(stem, '.'); i >= 0 && innerExts[strings.ToLower(strings.TrimSpace(stem[i+1:]))] {
		return false
	}
	return true
}

// printableASCII reports a string of printable ASCII only.
func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7F {
			return false
		}
	}
	return true
}

// unhex2 decodes two hexadecimal digits.
func unhex2(a, b byte) (byte, bool) {
	h := func(c byte) (byte, bool) {
		switch {
		case '0' <= c && c <= '9':
			return c - '0', true
		case 'a' <= c|0x20 && c|0x20 <= 'f':
			return c | 0x20 - 'a' + 10, true
		}
		return 0, false
	}
	x, ok1 := h(a)
	y, ok2 := h(b)
	return x<<4 | y, ok1 && ok2
}

// innerExts are extensions of file kinds a dropper's name ends in before
// its real one (photo.jpg.exe, Build-2.1.zip.exe).
var innerExts = setOf("exe", "msi", "scr", "com", "bat", "cmd", "pif", "lnk", "js", "vbs", "zip", "rar", "7z", "iso", "img",
	"apk", "dmg", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "rtf", "jpg", "jpeg", "png", "gif", "bmp",
	"webp", "heic", "mp3", "mp4", "mov", "avi", "mkv", "wav")

// brandFolder reports a folder of the path named after a protected brand
// on a site that is not the brand's (/metamask/Vault-2.1.exe): the name
// a dropper's page gives what it serves, read as plainBuildName reads the
// file's.
func brandFolder(l *linkx.Link, bm *brand.Matcher) bool {
	dir := l.Path[:strings.LastIndexByte(l.Path, '/')+1]
	found := false
	forLetterRuns(dir, func(run string) bool {
		if len(run) >= 4 {
			if b := bm.Named(strings.ToLower(run), 6); b != nil && bm.Official(l.Domain, l.Suffix) != b {
				found = true
			}
		}
		return !found
	})
	return found
}

// plainBucket reports a build in a storage bucket named after it
// (telerik-fiddler.s3.amazonaws.com/fiddler/FiddlerSetup.exe,
// storage.googleapis.com/acme-mobile-builds/…/acme-4.2.0-rc3.apk,
// wslstorestorage.blob.core.windows.net/…/wsl_update_x64.msi): over TLS,
// nothing found about the name and a link the link model reads as
// ordinary, as plainSite asks of a site. Vendors and teams publish their
// builds from buckets named after the product; a dropper's bucket is
// named at random (pub-0a1b2c….r2.dev) or after what the file passes
// for, and its file is named as droppers are (plainBuildName).
func (c *Classifier) plainBucket(l *linkx.Link, file string, info *hostInfo, bm *brand.Matcher) bool {
	if !overTLS(l) || l.Port != "" || l.UserInfo != "" || info.trusted || info.contextBrand != nil {
		return false
	}
	reread := info.read != nil && !readsBrand(&info.signals)
	for i := range info.reasons {
		if info.nameFinding(i, reread) {
			return false
		}
	}
	words := fileWords(file)
	if generatedBucket(l) {
		// a bucket whose address the platform generated cannot be
		// named after its build: a versioned build's name stands alone
		return len(words) > 0 && versioned(file) && c.readsOrdinary(l, info, bm)
	}
	bucket := bucketName(l)
	if bucket == "" || len(words) == 0 || !namesBuild(bucket, words[0]) && !storeBuild(l, file, bm) {
		return false
	}
	return c.readsOrdinary(l, info, bm)
}

// bucketName returns the name of the storage bucket a link is in, in
// lower case: the first label of a bucket's own host (NAME.s3.amazonaws.com,
// NAME.blob.core.windows.net, NAME.nyc3.digitaloceanspaces.com,
// NAME.r2.dev) or the first folder of a path-style link
// (storage.googleapis.com/NAME/, s3.amazonaws.com/NAME/,
// f002.backblazeb2.com/file/NAME/); "" for any other link.
func bucketName(l *linkx.Link) string {
	h := l.Host
	if !bucketHost(h) {
		return "" // every bucket's host below is one of bucketHost's (speed50b): most links
	}
	first, rest, _ := strings.Cut(h, ".")
	pathBucket := func(p string) string {
		name, _, ok := strings.Cut(strings.TrimPrefix(p, "/"), "/")
		if !ok {
			return ""
		}
		return strings.ToLower(name)
	}
	switch {
	case h == "storage.googleapis.com" || h == "s3.amazonaws.com" ||
		(strings.HasPrefix(h, "s3.") || strings.HasPrefix(h, "s3-")) && strings.HasSuffix(h, ".amazonaws.com") && strings.Count(h, ".") <= 3 ||
		strings.HasSuffix(h, ".digitaloceanspaces.com") && strings.Count(h, ".") == 2:
		return pathBucket(l.Path)
	case strings.HasSuffix(h, ".backblazeb2.com") && strings.HasPrefix(l.Path, "/file/"):
		return pathBucket(strings.TrimPrefix(l.Path, "/file"))
	case rest == "blob.core.windows.net" || rest == "r2.dev" || rest == "storage.googleapis.com" ||
		strings.HasSuffix(rest, ".digitaloceanspaces.com") && strings.Count(rest, ".") == 2 ||
		strings.HasSuffix(rest, ".amazonaws.com") && (strings.HasPrefix(rest, "s3.") || strings.HasPrefix(rest, "s3-")):
		return first
	}
	return ""
}

// bucketDropper reports a file in a storage bucket (bucketName) named as
// droppers are: its first word a dropper's or a business document's
// (setup, scan, menu), or a lure word in it (invoice, remittance,
// crack). Buckets on a reputable host are where vendors publish their
// builds (s3.amazonaws.com/session-manager-downloads/…), but anyone
// makes one, and such a name there is the attachment it passes for.
func bucketDropper(l *linkx.Link, file string) bool {
	if bucketName(l) == "" {
		return false
	}
	words := fileWords(file)
	if len(words) == 0 {
		return false
	}
	if dropperNames[words[0]] || documentNames[words[0]] {
		return true
	}
	for _, w := range words {
		if dropperWords[w] || codeDropperAny[w] {
			return true
		}
	}
	return false
}

// namesBuild reports whether a bucket's name (telerik-fiddler,
// acme-mobile-builds, wslstorestorage) holds a build's first word
// (fiddlersetup, acme, wsl): one of its words is the build's, or starts
// it, or starts with it, three letters or more either way, or the two
// start with the same four letters or more (acmestaging, acmeagentsetup).
func namesBuild(bucket, first string) bool {
	if len(first) < 3 {
		return false
	}
	for w := range strings.FieldsFuncSeq(bucket, func(r rune) bool { return r == '-' || r == '.' || r == '_' }) {
		if len(w) >= 3 && (w == first || strings.HasPrefix(first, w) || strings.HasPrefix(w, first)) {
			return true
		}
		n := 0
		for n < len(w) && n < len(first) && w[n] == first[n] {
			n++
		}
		if n >= 4 { // acmestaging, acmeagentsetup
			return true
		}
	}
	return false
}

// plainBuildName reports a file named as a product's build: its first
// word is two letters or more (three at the site's root), or the file is
// named after its site
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
	short := 2                                                   // mt86plus_7.00.binaries.zip in a folder of its site
	if strings.LastIndexByte(l.Path, '/') <= 0 {
		short = 3 // a lone file at a site's root: os-amd64.iso
	}
	if !selfNamed && (len(words[0]) < short && !shortRelease(l, file) && !siteWordRelease(l, file, words) || genericBuildNames[words[0]]) || dropperNames[words[0]] || codeDropperFirst[words[0]] || passedFor[words[0]] || documentNames[words[0]] {
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
	if imitatedName(l, file) && !mirrorTree(l, file) {
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
		"skype", "quickbooks", "photoshop", "coreldraw", "autocad", "spotify", "viewer", "zoom", "codecs",
		// crypto wallets, AI apps and Vietnamese apps, banks and
		// public services that fake downloads and APKs pass for
		"exodus", "phantom", "electrum", "atomic", "trezor", "chatgpt", "openai", "sora", "copilot", "gemini",
		"minecraft", "zalo", "zalopc", "vcb", "vietcombank", "bidv", "agribank", "vietinbank", "techcombank",
		"mbbank", "momo", "etax", "vneid", "evn", "evnhcmc", "evnhanoi", "dichvucong", "thue", "bhxh", "vssid")
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
	if wikiUpload(dir) {
		return false // a wiki's own store of uploads (classify_layout28.go)
	}
	dropper := false
	for seg := range strings.SplitSeq(dir, "/") {
		switch {
		case dropperDirs[seg]:
			dropper = true
		case dropper && releaseFolder(seg):
			// a maker's releases kept under such a folder
			// (/assets/release/4.6.7/, /upload/software/2024/…,
			// /documents/public/software/): the folder nearer the
			// file says what it holds
			dropper = false
		}
	}
	return dropper
}

// releaseFolder reports a folder named for a maker's releases (release,
// software, dist, builds) or for one release's version (4.6.7, v2.1).
func releaseFolder(seg string) bool {
	switch seg {
	case "release", "releases", "software", "dist", "build", "builds", "binaries", "installers", "download", "downloads":
		return true
	}
	seg = strings.TrimPrefix(seg, "v")
	dot := false
	for i := 0; i < len(seg); i++ {
		switch c := seg[i]; {
		case c == '.' && i > 0 && i+1 < len(seg):
			dot = true
		case c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return dot
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

// utilitySite reports a site named for a kind of utility that fake
// download pages bought into search ads sell under made-up names: PDF
// editors and converters, VPNs, screen recorders, video and MP3
// converters and downloaders, driver updaters, system cleaners and
// optimizers, codec packs, voice changers (quickpdfeditor.org,
// smartdriverupdater.net, systemcare-optimizer.org). A maker names its
// site after its program (voidtools.com, reaper.fm); a build from a site
// named for the kind it belongs to keeps its weight.
func utilitySite(l *linkx.Link) bool {
	label := strings.ReplaceAll(l.Label(), "-", "")
	for _, w := range utilityWords {
		if strings.Contains(label, w) {
			return true
		}
	}
	return false
}

// utilityWords are the kinds of utility that malvertising fakes by name.
var utilityWords = []string{"pdf", "vpn", "convert", "recorder", "downloader", "optimiz", "cleaner", "booster", "updater",
	"driver", "codec", "mp3", "mp4", "youtube", "changer", "unlocker", "recovery", "antivirus", "speedup", "fixer"}

// downloadSiteWords are words fake download sites add to a program's
// name besides siteTakers.
var downloadSiteWords = setOf("tools", "tool", "launcher", "assistant", "fixer", "share", "fileshare", "central", "portal",
	"center", "centre", "release", "releases", "helper", "support", "service", "services", "mirror", "mirrors", "cdn", "files",
	"file", "secure", "safe", "fast", "plus", "premium", "full", "crack", "mod", "mods", "hack", "hosting")

// productFolder reports a path with a folder named after a program that
// fake download pages imitate (products: /pub/CCleaner/6.22/,
// /videolan/vlc/): on a site that is not its maker's, that is how its
// fakes are served as mirrors.
//
// A folder every third party's repository of the program's kind is laid
// out under (repoLayouts: F-Droid's /fdroid/repo/) names no fake.
func productFolder(l *linkx.Link) bool {
	dir := l.Path[:strings.LastIndexByte(l.Path, '/')+1]
	found := false
	forLetterRuns(dir, func(run string) bool {
		found = len(run) >= 3 && !repoLayouts[strings.ToLower(run)] && imitatedProduct(run) != nil
		return !found
	})
	return found
}

// repoLayouts are the folders a program's own tools lay out any
// publisher's repository under (apt.izzysoft.de/fdroid/repo/…apk).
var repoLayouts = setOf("fdroid")

// mirrorTree reports a program that fake download pages imitate (the
// products table) in a mirror's tree of it: on a host the site names a
// mirror (ftp., mirror., mirrors.: ftp.fau.de, mirror.csclub.uwaterloo.ca,
// mirrors.kernel.org), in a folder named after the program
// (productFolder: /videolan/vlc/, /pub/gimp/), versioned in its name or
// its folder (vlc-3.0.21-win64.exe, /3.0.21/). That is how universities
// and hosting firms mirror projects' releases; the caller asks of the
// site what it asks of any plain download (plainSite, takersName: not
// mirrors.vlc-downloads.net nor mirror.fastsoft-downloads.com), and a
// fake installer on a site's own pages or its download host
// (anydesk.app, download.rufus-tool.com) is in no mirror's tree.
func mirrorTree(l *linkx.Link, file string) bool {
	first, _, _ := strings.Cut(l.Subdomain(), ".")
	if !mirrorHosts[first] || !productFolder(l) {
		return false
	}
	dir := l.Path[:strings.LastIndexByte(l.Path, '/')+1]
	return versioned(file) || dottedVersion(dir)
}

// imitatedName reports a file or folder named after a program fake
// download pages imitate (the products table): plainBuildName takes such
// a file only in a mirror's tree (mirrorTree), which anyone can lay out
// under a mirror. host of a site of their own, so the caller warns about
// it rather than passing it.
func imitatedName(l *linkx.Link, file string) bool {
	return imitatedProduct(file) != nil || productFolder(l)
}

// mirrorHosts are the first labels of the hosts a site mirrors projects'
// releases on.
var mirrorHosts = setOf("ftp", "mirror", "mirrors", "mirror1", "mirror2", "ftp1", "ftp2")

// dropperDirs are the folder names of a site's pages and themes that no
// project files its builds in.
var dropperDirs = setOf("images", "image", "img", "imgs", "assets", "css", "js", "templates", "template", "themes", "theme",
	"includes", "include", "modules", "plugins", "media", "cache", "tmp", "temp", "uploads", "upload", "var", "catalog",
	"gallery", "sites", "default", "administrator", "admin", "components", "libraries", "vendor", "static", "public_html",
	"update", "updates", "secure", "invoice", "invoices", "docs", "documents", "share", "shared", "client", "customer")

// baited reports whether a message holds bait around its links
// (baitIn); read once, at the first link that asks.
func (k *knowledge) baited() bool {
	if k.bait == 0 {
		k.bait = -1
		if baitIn(k.folded(), mentionsEveryone(k.text), k.mildAside()) {
			k.bait = 1
		}
	}
	return k.bait > 0
}

// releaseBaited reports the bait that counts beside a build on a site's
// download host (projectRelease): @everyone, a cheat or a game offered
// (releaseBait), the antivirus to be turned off first, a lure's strong
// words, a locked account or a prize (not "urgent" or "rewards" said
// aside: knowledge.mildAside), an official notice's words, or an offer of the build itself
// (releaseOffers: cracked, unlocked, leaked, "no virus"). Tech talk's
// own words of its downloads ("a quick hack: grab kubectl.exe", "the
// password prompt is fixed in", "premium tier") are not bait there, as
// they are not in judgeBaitDownloads.
func releaseBaited(k *knowledge) bool {
	if mentionsEveryone(k.text) || k.notices().Any() {
		return true
	}
	found := k.found()
	if (found[lure.AccountLock].Weight > 0 || found[lure.Prize].Weight > 0) && !k.mildAside() {
		return true // "your account is locked", a prize: a lure's, as luresHard reads them
	}
	for _, h := range found {
		if h.Weight >= lure.Strong {
			return true
		}
	}
	folded := k.folded()
	for p := range releaseBait {
		if containsWords(folded, p) {
			return true
		}
	}
	return containsAnyWords(folded, releaseOffers) || containsAnyWords(folded, antivirusBait)
}

// releaseOffers are the words a build is offered with as malware is and
// a project's release never is: cracked or unlocked, leaked, a promise
// that it is safe, money it earns, an archive's password, a person's
// own photos (rev27: "cracked version, works: download.x/2.3.1/…-setup.exe"
// was allowed on d14cd07).
var releaseOffers = []string{"crack", "cracked", "keygen", "activator", "license key", "serial key", "free premium",
	"premium account", "unlocked", "leaked", "full version", "pro version", "activated", "no virus", "virus free",
	"not a virus", "passive income", "per day", "private build", "private version", "modded", "mod apk",
	"your photo", "your photos", "your pics", "your video", "of you", "archive pass", "zip pass", "rar pass",
	"pass giai nen", "ban crack", "ban quyen", "kich hoat"}

// baitIn reports bait in a message's words (folded, its links left
// out): a lure's words of any kind but the plain ones of downloading
// (download, install, setup, update, patch, tải về, cài đặt), an official
// notice's, the words malware is offered with (baitPhrases: crack,
// cheat, try my game), or @everyone (mass). A lure's word said aside
// (aside: knowledge.mildAside, "zig 0.13 <link> (free!)") is no bait;
// the words malware is offered with still are.
func baitIn(folded []byte, mass, aside bool) bool {
	if mass {
		return true
	}
	if !aside {
		found := lure.FindFolded(folded)
		for cat, h := range found {
			if h.Weight > 0 && !(lure.Category(cat) == lure.Install && h.Weight <= lure.Mild && plainInstallWords[h.Phrase]) {
				return true
			}
		}
	}
	if notices := lure.FindNotice(folded); notices.Any() {
		return true
	}
	return containsAnyWords(folded, baitPhrases) || containsAnyWords(folded, downloadBait) || containsAnyWords(folded, antivirusBait)
}

// downloadBait are words a program passed around as malware is offered
// with besides baitPhrases: unlocked, leaked or premium builds, a promise
// that it is safe, a password for the archive, money it earns. They are
// read only beside a download that would otherwise be noted (baitIn):
// tech chat's builds come with none of them.
var downloadBait = []string{"unlocked", "premium", "leaked", "leak", "full version", "pro version", "activated", "patched",
	"no virus", "virus free", "not a virus", "password", "passcode", "earn", "profit", "profits", "passive income",
	"per day", "exclusive", "private build", "private version",
	// what a dropper is sent as to a person: a bill, their photos or
	// video, a modded game or a hack (English and Vietnamese)
	"invoice", "invoices", "receipt", "payment", "hoa don", "bien lai", "chung tu", "your photo", "your photos", "your pics",
	"your video", "of you", "anh cua ban", "video cua ban", "hinh cua ban", "modded", "mod apk", "hack", "hacked",
	// a business's or a family's papers (payroll, a summons, a wedding
	// invitation: Vietnam's thiệp cưới APKs), a licence unlocked, a game's
	// keys or unlimited money
	"salary", "payroll", "payslip", "bank statement", "contract to sign", "summons", "shipping label", "wedding",
	"invitation card", "bang luong", "luong thang", "danh sach luong", "ho so", "tai lieu cuoc hop", "thiep cuoi",
	"thiep moi", "giay moi", "kich hoat", "ban quyen", "ban mod", "vo han", "auto farm", "steam key", "beta access",
	// an archive's password, shortened (mk: mật khẩu)
	"pass giai nen", "archive pass", "zip pass", "rar pass", "pw", "mk",
	// a hijacked account's words to its friends, and the study papers
	// (tài liệu học tập, tài liệu ôn thi) archives are sent to students as
	"check this out bro", "check this bro", "look at this bro", "bro check this", "is this you", "tai lieu hoc tap", "tai lieu on thi",
	// a build offered as its full version, in Vietnamese (bản full:
	// "full version" above)
	"ban full"}

// projectSetup reports a Windows installer (an .exe or .msi) in a code
// host's release named as installer builders name theirs (Setup.exe,
// install.exe, install-amd64.exe: Squirrel's and NSIS's defaults), in a
// repository whose owner and name hold no download site's, dropper's or
// lure's word and no protected brand (Reloaded-Project/Reloaded-II, ppy/osu; not
// windows-defender-update/win-update, fixer-tool-official/fix), beside
// words with no bait (baitIn; aside as knowledge.mildAside reads the
// message, and only when the message names the repository's owner or
// name: a word of the project's own beside its build). codeDropper's "setup" and "install" are then no bait: the
// release is the project's.
func projectSetup(l *linkx.Link, file string, folded []byte, mass, aside bool, bm *brand.Matcher) bool {
	if !overTLS(l) || l.Domain != "github.com" && l.Domain != "gitlab.com" && l.Domain != "codeberg.org" {
		return false
	}
	if !strings.Contains(l.Path, "/releases/download/") && !strings.Contains(l.Path, "/-/releases/") {
		return false
	}
	if ext := strings.ToLower(file[strings.LastIndexByte(file, '.')+1:]); ext != "exe" && ext != "msi" {
		return false // installer builders make .exe and .msi, never Setup.scr, .pif, .com or .lnk
	}
	words := fileWords(file)
	if len(words) == 0 || !installerNames[words[0]] {
		return false
	}
	for _, w := range words[1:] {
		if dropperWords[w] || codeDropperAny[w] || dropperNames[w] && !installerNames[w] {
			return false
		}
	}
	parts := strings.SplitN(strings.TrimPrefix(l.Path, "/"), "/", 3)
	if len(parts) < 3 {
		return false
	}
	clean := true
	forLetterRuns(parts[0]+"/"+parts[1], func(run string) bool {
		w := strings.ToLower(run)
		if len(w) < 3 { // oh-my-posh
			return true
		}
		if siteTakers[w] || downloadSiteWords[w] || dropperNames[w] || dropperWords[w] || codeDropperAny[w] || codeDropperFirst[w] ||
			len(w) >= 4 && bm.Named(w, 6) != nil {
			clean = false
		}
		return clean
	})
	if aside && clean {
		// a mild word said aside is no bait beside a project's installer
		// only in a message that names the project ("the osu lazer
		// installer <link> (free!)"); "free game beta <link>" names none
		named := false
		forLetterRuns(parts[0]+"/"+parts[1], func(run string) bool {
			named = len(run) >= 3 && containsWords(folded, strings.ToLower(run))
			return !named
		})
		aside = named
	}
	return clean && !baitIn(folded, mass, aside)
}

// installerNames are the names installer builders give a program's
// installer by default.
var installerNames = setOf("setup", "install", "installer")

// plainInstallWords are the mild words of downloading that tech chat uses
// of every build it links.
var plainInstallWords = setOf("download", "install", "setup", "update", "patch", "tai ve", "cai dat", "cap nhat", "tai app", "tai ung dung")
