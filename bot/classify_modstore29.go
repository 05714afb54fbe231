package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// Mod platforms' file stores. Modrinth and CurseForge serve every file
// of every project from one host, laid out by the platform:
// cdn.modrinth.com/data/PROJECT/versions/VERSION/NAME and
// mediafilez.forgecdn.net/files/NNNN/NNN/NAME (edge., media.). Anyone
// with an account uploads there, so the host vouches for no file: what a
// mod's link has is the store's layout and a mod's name, a jar or an
// archive (a resource pack, a modpack) named after the mod with its
// version (sodium-fabric-0.5.11+mc1.21.jar, jei-1.20.1-forge-15.3.0.4.jar).
// Such a build is noted; a program (.exe, .msi, .scr) is no mod, and an
// archive or jar not named as a build or offered with bait is judged as
// any upload is, never as a plain site's build.

// modHost reports a host of a mod platform's file store.
func modHost(l *linkx.Link) bool {
	switch l.Host {
	case "cdn.modrinth.com", "mediafilez.forgecdn.net", "edge.forgecdn.net", "media.forgecdn.net":
		return true
	}
	return false
}

// modStore reports a link to a file in a mod platform's store, in the
// store's own layout (modHost): /data/ID/versions/ID/NAME on Modrinth,
// eight letters or digits each ID; /files/DIGITS/DIGITS/NAME on
// CurseForge's CDN.
func modStore(l *linkx.Link) bool {
	if !modHost(l) || !overTLS(l) || l.Port != "" || l.UserInfo != "" {
		return false
	}
	var segs [6]string
	n := 0
	for rest := strings.TrimPrefix(l.Path, "/"); ; {
		if n == len(segs) {
			return false
		}
		seg, after, more := strings.Cut(rest, "/")
		segs[n] = seg
		n++
		if !more {
			break
		}
		rest = after
	}
	if l.Host == "cdn.modrinth.com" {
		return n == 5 && segs[0] == "data" && segs[2] == "versions" && storeID(segs[1]) && storeID(segs[3])
	}
	return n == 4 && segs[0] == "files" && segs[1] != "" && segs[2] != "" && allDigits(segs[1]) && allDigits(segs[2])
}

// storeID reports a Modrinth project's or version's ID: eight letters or
// digits.
func storeID(s string) bool {
	if len(s) != 8 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isAlnum(s[i]) {
			return false
		}
	}
	return true
}

// modBuild reports a mod's build in a mod platform's store (modStore):
// a jar or a zip named as a build with its version (versioned,
// plainBuildName, plainSpelling, no extension inside it), no bait in
// its name (baitPhrases: a hack client, a robux generator) nor in the
// message's words (k.baited, or a cheat's words for a block game:
// cheatOffered).
func modBuild(l *linkx.Link, file string, fd filetype.Finding, k *knowledge) bool {
	if fd.Ext != "jar" && fd.Ext != "zip" || fd.Decoy != "" || fd.RTL || fd.MIMEMismatch || !modStore(l) {
		return false
	}
	if !versioned(file) || !plainSpelling(l, file, fd) || innerExt(file) || !plainBuildName(l, file, k.brands) {
		return false
	}
	var stack [128]byte
	name := lure.Fold(file, stack[:0])
	for _, p := range baitPhrases {
		if containsWords(name, p) && !modStoreWords[p] {
			return false
		}
	}
	return !k.baited() && !cheatOffered(k) // cheatOffered: classify_rev29.go
}

// modStoreWords are bait phrases that name a mod in a mod platform's
// store: Mod Menu (modmenu-8.5.1+mc1.21.1.jar) is a Fabric library
// there, not a game's cheat menu.
var modStoreWords = setOf("mod menu", "modmenu")

// baitName reports a file whose name offers it as malware is offered
// (baitPhrases as words of it: Nitro_Generator.exe, FreeRobux.exe,
// Valorant_Spoofer.zip, Minecraft_Hack_Client.jar).
func baitName(file string) bool {
	var stack [128]byte
	name := lure.Fold(file, stack[:0])
	return containsAnyWords(name, baitPhrases)
}

// bucketUpload reports a file in a storage bucket (bucketName) that the
// bucket's reputable host does not vouch for: in a bucket not named
// after it (namesBuild: telerik-fiddler/…/FiddlerSetup.exe is;
// files-share-prod/ChromeSetup.exe is not), named as droppers are
// (bucketDropper), offered by its name as malware is (baitName), or
// linked in a message with bait in its words (k.baited: "try my game",
// "check this out bro"). Vendors publish their builds in buckets named
// after them on s3.amazonaws.com and digitaloceanspaces.com, but anyone
// makes a bucket there, and such a file is judged as the upload it is.
func bucketUpload(l *linkx.Link, file string, k *knowledge) bool {
	bucket := bucketName(l)
	if bucket == "" {
		return false
	}
	words := fileWords(file)
	return len(words) == 0 || !namesBuild(bucket, words[0]) || bucketDropper(l, file) || baitName(file) || k.baited() ||
		bucketBait(bucket, file) // named after its own bait (classify_bucket30.go)
}

// attachmentPath reports a file attached to an issue or a comment on
// GitHub (github.com/user-attachments/files/ID/NAME,
// github.com/OWNER/NAME/files/ID/NAME): anyone who can comment anywhere
// uploads there, and the repository in the link is only where the
// comment was written, so the file is judged as an upload to a file
// host is, not as the code host's own download.
func attachmentPath(l *linkx.Link) bool {
	if l.Domain != "github.com" {
		return false
	}
	p, ok := strings.CutPrefix(l.Path, "/user-attachments/files/")
	if !ok {
		// /OWNER/NAME/files/ID/FILE
		var segs [3]string
		rest := strings.TrimPrefix(l.Path, "/")
		for i := range segs {
			seg, after, more := strings.Cut(rest, "/")
			if !more {
				return false
			}
			segs[i], rest = seg, after
		}
		if segs[0] == "" || segs[1] == "" || segs[2] != "files" {
			return false
		}
		p = rest
	}
	id, name, ok := strings.Cut(p, "/")
	return ok && id != "" && allDigits(id) && name != "" && strings.IndexByte(name, '/') < 0
}

// attachmentUpload reports a file attached to a GitHub comment
// (attachmentPath) that the code host does not vouch for: a program,
// or an archive named as droppers are (dropperNamed: Setup.zip, fix.zip,
// Invoice_2024.zip) or after a program fake download pages imitate
// (AnyDesk.zip), offered as a cheat (baitName) or beside
// bait (k.baited: a password, "check this out bro"), or told to be
// run (runOffered: "run the installer inside"). A reporter's
// archive named for what it holds (repro.zip, test-case.zip, logs.zip;
// network.har.zip: packedData) is judged as the host's file, as before.
func attachmentUpload(l *linkx.Link, file string, fd filetype.Finding, k *knowledge) bool {
	if !attachmentPath(l) || packedData(file) {
		return false
	}
	return fd.Kind != filetype.Archive || dropperNamed(file) || imitatedProduct(file) != nil || baitName(file) || k.baited() ||
		runOffered(k) // runOffered: classify_rev29.go
}

// dropperNamed reports a file named as droppers are: first as a setup,
// an update, a fix, a business's document or a product droppers pass
// for (dropperNames, codeDropperFirst, documentNames, passedFor), or
// with a lure's word or a product droppers pass for anywhere
// (dropperWords, codeDropperAny, passedForInside: invoice, crack,
// microsoft). A reporter's repro.zip, test-case.zip or logs.zip is not.
func dropperNamed(file string) bool {
	words := fileWords(file)
	if len(words) == 0 {
		return true
	}
	if w := words[0]; dropperNames[w] || codeDropperFirst[w] || documentNames[w] || passedFor[w] {
		return true
	}
	for _, w := range words {
		if dropperWords[w] || codeDropperAny[w] {
			return true
		}
	}
	stem := fileStem(file)
	for _, p := range passedForInside {
		if strings.Contains(stem, p) {
			return true
		}
	}
	return false
}

// packedData reports an archive that packs one file of data, named with
// the data's own extension inside it (network.har.zip, trace.json.zip,
// crash.log.zip, capture.pcapng.zip): what an issue's reporter attaches,
// never a program.
func packedData(file string) bool {
	stem := file
	if i := strings.LastIndexByte(stem, '.'); i > 0 {
		stem = stem[:i]
	}
	i := strings.LastIndexByte(stem, '.')
	return i > 0 && dataExts[strings.ToLower(stem[i+1:])]
}

// dataExts are the extensions of data files an issue's reporter packs.
var dataExts = setOf("har", "json", "log", "csv", "pcap", "pcapng", "hprof", "dmp", "trace", "xml", "sql", "yaml", "yml")

// sourceforgeFile reports a file in a SourceForge project's files
// (sourceforge.net/projects/NAME/files/…/FILE, with or without the
// trailing /download): a release anyone with a project uploads, judged
// by its name as a code host's is, and by the message's words as a
// download host's (judgeBaitDownloads).
func sourceforgeFile(l *linkx.Link) bool {
	return l.Domain == "sourceforge.net" && strings.HasPrefix(l.Path, "/projects/") && strings.Contains(l.Path, "/files/")
}

// repoCDN reports a file of a repository served by jsDelivr
// (cdn.jsdelivr.net/gh/OWNER/NAME@VERSION/FILE): a file committed to
// anyone's repository, judged by its name as a code host's raw file is.
func repoCDN(l *linkx.Link) bool {
	return l.Host == "cdn.jsdelivr.net" && strings.HasPrefix(l.Path, "/gh/")
}

// archiveItem reports a file of an Internet Archive item
// (archive.org/download/ITEM/FILE): anyone with an account uploads
// items, so a file there offered as a crack or a cheat is judged as an
// upload to a file host is.
func archiveItem(l *linkx.Link) bool {
	return l.Domain == "archive.org" && strings.HasPrefix(l.Path, "/download/")
}
