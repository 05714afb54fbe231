package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
)

// Downloads the message names (files32). A member who links a file in
// tech chat says what it is: the vendor whose site serves it ("lenovo
// BIOS iso download.lenovo.com/…/n2hur28w.iso"), or the file itself ("the
// server resource pack on our bucket …/packs/server-pack-v3.zip"). A
// dropper's link is sent otherwise: bare, or with bait (free, cracked,
// "is this you", "open the invoice", an archive's password), or named
// after what it passes for on a site that is not that (Chrome_Update.exe
// on a dentist's site, TeamViewer_Setup.exe in an anonymous bucket). Two
// readings take the first kind for what it is and note it
// (wReleaseFile), not flag it:
//
//   - vendorDownload: the message names the site that serves the file by
//     its own registrable name (lenovo for lenovo.com, as siteNamed
//     reads it), the site is plain (plainSite: over TLS, no finding about
//     the name, a link the link model reads as ordinary), the file sits
//     in a folder of it (a program on the site's download host), and is
//     named as no dropper is. A vendor's drivers and BIOS images are
//     named by codes (n2hur28w.iso, r1aud12w.exe) that say nothing alone;
//     the vendor named beside its own site says whose they are. An
//     impostor's site takes the vendor's name with other words
//     (lenovo-drivers.net), which is no longer the name the message says.
//
//   - namedArchive: an archive or a disk image, in anyone's storage (a
//     file host, a shared folder, a storage bucket) or on a plain site,
//     whose name the message says in two of its words or in one long
//     word ("server pack" for server-pack-v3.zip, "dataset" for
//     traffic-dataset-2023.zip, "manual" for RM0090-manual.zip).
//     Programs are not taken so: an upload area, a program and words to
//     run it is how droppers are passed around.
//
// Neither is read beside bait (namedBait), and neither takes a file named
// as droppers are (cleanFileName).

// vendorDownload reports a download on a plain site that the message
// names by its registrable name (siteSaid), in a folder of the site
// (inFolder), a program (an executable, an installer, a package) only
// on the site's download host (releaseLabel: download., dl., get.), named
// as no dropper is (cleanFileName), outside the folders droppers sit in,
// on a site whose name takes no download word nor a kind of utility
// (takersName, utilitySite), in a message with no bait (namedBait).
func (c *Classifier) vendorDownload(l *linkx.Link, file string, fd filetype.Finding, info *hostInfo, k *knowledge) bool {
	if !releaseExt[fd.Ext] || fd.Decoy != "" || fd.RTL || fd.MIMEMismatch {
		return false
	}
	if !overTLS(l) || l.IP.IsValid() || l.Port != "" || l.UserInfo != "" || !inFolder(l) {
		return false
	}
	first, _, _ := strings.Cut(l.Subdomain(), ".")
	if fd.Kind != filetype.Archive && fd.Kind != filetype.DiskImage && !releaseLabel(first) {
		return false // a program on a site's own pages reads as a fake installer does
	}
	if !siteSaid(l, k) || !plainSpelling(l, file, fd) || !cleanFileName(l, file, k.brands) || dropperFolder(l.Path) ||
		takersName(l) || utilitySite(l) || brandFolder(l, k.brands) || abusedTLDs[l.Domain] > 0 || namedBait(k) {
		return false
	}
	return c.plainSite(l, info, k.brands)
}

// namedArchive reports an archive or a disk image whose name the
// message says (namesFile), named as no dropper is (cleanFileName), over
// TLS, plainly spelled, in a message with no bait (namedBait) and no word
// of running or installing what it links (asksToRun: data and documents
// are read, not run), either
//
//   - in anyone's storage (sharedStorage), in a bucket named as no
//     dropper's is, outside the folders droppers sit in, with no finding
//     about the host's name and a link the link model reads as ordinary;
//     or
//   - on a plain site (plainSite), outside the folders droppers sit in
//     but a site's documentation (/docs/, /documents/: where vendors file
//     manuals, datasheets and code examples, and where droppers on
//     compromised sites pass for paperwork, which cleanFileName refuses).
func (c *Classifier) namedArchive(l *linkx.Link, file string, fd filetype.Finding, info *hostInfo, k *knowledge) bool {
	if !(fd.Kind == filetype.Archive && windowsArchive[fd.Ext] || fd.Kind == filetype.DiskImage && (fd.Ext == "iso" || fd.Ext == "img")) ||
		fd.Decoy != "" || fd.RTL || fd.MIMEMismatch {
		return false
	}
	if !overTLS(l) || l.IP.IsValid() || l.Port != "" || l.UserInfo != "" {
		return false
	}
	if !plainSpelling(l, file, fd) || !cleanFileName(l, file, k.brands) || brandFolder(l, k.brands) || !namesFile(k.folded(), file) ||
		namedBait(k) || k.asksToRun() {
		return false
	}
	if !sharedStorage(l) {
		return !docsDropperFolder(l.Path) && !takersName(l) && !utilitySite(l) && abusedTLDs[l.Domain] == 0 && c.plainSite(l, info, k.brands)
	}
	if dropperFolder(l.Path) || gameBuildName(file) {
		return false
	}
	if b := bucketName(l); b != "" && (bucketBait(b, file) || baitBucket(b)) {
		return false
	}
	reread := info.read != nil && !readsBrand(&info.signals)
	for i := range info.reasons {
		if info.nameFinding(i, reread) {
			return false
		}
	}
	return c.readsOrdinary(l, info, k.brands)
}

// docsDropperFolder is dropperFolder with a site's documentation
// folders (docFolders: docs, documents) taken as any other folder.
func docsDropperFolder(path string) bool {
	if !dropperFolder(path) {
		return false
	}
	lower := strings.ToLower(path)
	if strings.Contains(lower, "/wp-") || strings.Contains(lower, "/.well-known/") || strings.Contains(lower, "/cgi-bin/") {
		return true
	}
	dir := lower[:strings.LastIndexByte(lower, '/')+1]
	for seg := range strings.SplitSeq(dir, "/") {
		if dropperDirs[seg] && !docFolders[seg] {
			return true
		}
	}
	return false
}

// siteSaid reports a message that names a link's site by its label
// (siteNamed: lenovo for lenovo.com) or by its label's possessive,
// which folding writes joined ("lenovo's BIOS" folds to lenovos).
func siteSaid(l *linkx.Link, k *knowledge) bool {
	if siteNamed(l, k) {
		return true
	}
	label := strings.ToLower(l.Label())
	return len(label) >= 4 && !strings.HasSuffix(label, "s") && containsWords(k.folded(), label+"s")
}

// sharedStorage reports a link into storage anyone uploads to: a file
// host (fileHosts: mediafire.com), a shared folder (fileDrops:
// dropbox.com) or a storage bucket (bucketName: NAME.r2.dev,
// storage.googleapis.com/NAME/).
func sharedStorage(l *linkx.Link) bool {
	return fileHosts[l.Domain] || fileDrops[l.Host] || bucketName(l) != ""
}

// baitBucket reports a bucket's name with a word droppers' buckets are
// named with (update-chrome-win, free-tools, share-files,
// files-share-prod-ue1): a dropper's or a lure's word, or a download
// site's.
func baitBucket(bucket string) bool {
	found := false
	forLetterRuns(bucket, func(run string) bool {
		w := strings.ToLower(run)
		found = dropperNames[w] || dropperWords[w] || downloadSiteWords[w] || siteTakers[w] || documentNames[w]
		return !found
	})
	return found
}

// cleanFileName reports a file named as no dropper is: no word of its
// name is what droppers pass for (dropperNames: setup, update, photos,
// document), a business's paper (documentNames: invoice's kin, menu,
// resume) or a lure (dropperWords, codeDropperAny: invoice, crack,
// payroll, free); its first word is no system program's or platform's
// alone (genericBuildNames), no product droppers pass for (passedFor:
// adobe, zoom, java), no program fake download pages imitate
// (imitatedName: vlc, putty, chrome) and no protected brand but the
// site's own. plainBuildName asks the same and a first word long enough
// to name a product; the message names the file here, so a vendor's
// code (n2hur28w.iso) passes.
func cleanFileName(l *linkx.Link, file string, bm *brand.Matcher) bool {
	words := fileWords(file)
	if len(words) == 0 || genericBuildNames[words[0]] || passedFor[words[0]] || codeDropperFirst[words[0]] {
		return false
	}
	for _, w := range words {
		if dropperNames[w] || documentNames[w] || dropperWords[w] || codeDropperAny[w] {
			return false
		}
		if len(w) >= 4 {
			if b := bm.Named(w, 6); b != nil && bm.Official(l.Domain, l.Suffix) != b {
				return false
			}
		}
	}
	if imitatedName(l, file) {
		return false
	}
	stem := fileStem(file)
	for _, p := range passedForInside {
		if strings.Contains(stem, p) {
			return false
		}
	}
	return true
}

// namesFile reports a message (folded, its links left out) that says a
// file's name: two words of the name of three letters or more each
// stand in the message as words of their own (or as the start of one:
// "datasheet" for stm32f4-datasheets.zip), or one of six letters or
// more does.
func namesFile(folded []byte, file string) bool {
	named, long := 0, false
	seen := ""
	for _, w := range fileWords(file) {
		if len(w) < 3 || strings.Contains(seen, " "+w+" ") {
			continue
		}
		seen += " " + w + " "
		if !saysWord(folded, w) {
			continue
		}
		named++
		long = long || len(w) >= 6
	}
	return named >= 2 || long
}

// saysWord reports a word of a file's name in a message's folded words:
// the same word, or the word with a plural's s (datasheets, packs) or
// without it.
func saysWord(folded []byte, w string) bool {
	if containsWords(folded, w) {
		return true
	}
	if s, ok := strings.CutSuffix(w, "s"); ok && len(s) >= 3 && containsWords(folded, s) {
		return true
	}
	return containsWords(folded, w+"s")
}

// namedBait reports bait beside a download the message names: what
// plainDownload reads as bait (k.baited: a lure's words, mild ones too,
// but the plain words of downloading; a notice's; a crack, a cheat, an
// archive's password, your photos, an invoice, premium, @everyone) and
// what releaseBaited reads beside a site's download host (a build
// offered as leaked, unlocked or "no virus").
func namedBait(k *knowledge) bool {
	return k.baited() || releaseBaited(k)
}

// docFolders are the folders a site files its documentation under.
var docFolders = setOf("docs", "documents")

// gameBuildWords are the words of a game's build a stranger asks to be
// tried (game, demo, beta, alpha, playtest, early access): "try my game"
// is how droppers are passed around in chat, as an archive in a file
// host, a shared folder or Discord's attachments (rev32b).
var gameBuildWords = setOf("game", "games", "demo", "beta", "alpha", "playtest", "early")

// gameBuildName reports a file whose name holds one of gameBuildWords.
func gameBuildName(file string) bool {
	for _, w := range fileWords(file) {
		if gameBuildWords[w] {
			return true
		}
	}
	return false
}
