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
	if !modHost(l) || l.Scheme != "https" || l.Port != "" || l.UserInfo != "" {
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
// message's words (k.baited).
func modBuild(l *linkx.Link, file string, fd filetype.Finding, k *knowledge) bool {
	if fd.Ext != "jar" && fd.Ext != "zip" || fd.Decoy != "" || fd.RTL || fd.MIMEMismatch || !modStore(l) {
		return false
	}
	if !versioned(file) || !plainSpelling(l, file, fd) || innerExt(file) || !plainBuildName(l, file, k.brands) {
		return false
	}
	return !baitName(file) && !k.baited()
}

// baitName reports a file whose name offers it as malware is offered
// (baitPhrases as words of it: Nitro_Generator.exe, FreeRobux.exe,
// Valorant_Spoofer.zip, Minecraft_Hack_Client.jar).
func baitName(file string) bool {
	var stack [128]byte
	name := lure.Fold(file, stack[:0])
	for _, p := range baitPhrases {
		if containsWords(name, p) {
			return true
		}
	}
	return false
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
	return len(words) == 0 || !namesBuild(bucket, words[0]) || bucketDropper(l, file) || baitName(file) || k.baited()
}
