package bot

import (
	"slices"
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// Buckets named after their own bait (files30). A storage bucket on a
// reputable host vouches for a build named after the bucket
// (bucketUpload, namesBuild: telerik-fiddler/…/FiddlerSetup.exe), for that
// is how vendors publish. A dropper's bucket can be named after its file
// just as well, and after the bait it is: discord-nitro-free/
// DiscordNitroFree.exe, steam-gift-cards/SteamGiftCard.exe,
// chrome-update-2024/ChromeUpdate.exe. The file's name was read by its
// letter runs (fileWords), and a name written in joined capitalised
// words is one run (discordnitrofree), so its bait was not seen where
// the same name with hyphens (discord-nitro-free.exe) was.
//
// bucketBait reads the name's capitalised words (humpWords) for the bait
// a name offers malware with: a gift (free Nitro, a gift card, V-Bucks),
// a crack or a cheat (baitPhrases), or a product droppers pass for joined
// to an update (passedForInside: ChromeUpdate); and the bucket's own name
// for a gift or a crack. Words that join into products' names (File in
// FileZilla, Free in FreeCAD, Hack in HackMD, Nitro in NitroPDF, Gift in
// GiftShop) are not bait alone: a gift word counts with "free" beside it,
// and a dropper's first word or a lure's business word (FileZilla,
// OrderManager) is not read in the humps at all.

// bucketBait reports a file in a storage bucket whose name, read by its
// capitalised words, or the bucket's own name offers it as bait.
func bucketBait(bucket, file string) bool {
	var stack [128]byte
	humps := humpWords(file, stack[:0])
	if giftNamed(humps) || containsAnyWords(humps, humpBait) {
		return true
	}
	if _, tail, ok := strings.Cut(string(humps), " "); ok && containsAnyWords([]byte(tail), joinedBait) {
		return true // ValorantCheat, MinecraftHack; not CheatSheet, HackMD
	}
	stem := fileStem(file)
	for _, p := range passedForInside {
		if strings.Contains(stem, p) {
			return true
		}
	}
	var bstack [64]byte
	name := lure.Fold(bucket, bstack[:0])
	return giftNamed(name) || containsAnyWords(name, bucketNameBait)
}

// humpWords folds a file's name, its ending left out, into words a space
// apart, splitting its letter runs where a capital starts a word
// (DiscordNitroFree: discord nitro free; FortniteVBucks: fortnite v
// bucks; HWIDSpoofer: hwid spoofer). Digits part words and are dropped.
func humpWords(file string, dst []byte) []byte {
	stem := file
	if i := strings.LastIndexByte(stem, '.'); i > 0 {
		stem = stem[:i]
	}
	out := dst
	word := func() {
		if len(out) > len(dst) && out[len(out)-1] != ' ' {
			out = append(out, ' ')
		}
	}
	for i := 0; i < len(stem) && len(out) < cap(dst)-2; i++ {
		c := stem[i]
		if !isASCIILetter(c) {
			word()
			continue
		}
		upper := c >= 'A' && c <= 'Z'
		if upper && i > 0 && isASCIILetter(stem[i-1]) {
			prevLower := stem[i-1] >= 'a' && stem[i-1] <= 'z'
			nextLower := i+1 < len(stem) && stem[i+1] >= 'a' && stem[i+1] <= 'z'
			if prevLower || nextLower { // NitroFree, HWIDSpoofer
				word()
			}
		}
		out = append(out, c|0x20)
	}
	if n := len(out); n > len(dst) && out[n-1] == ' ' {
		out = out[:n-1]
	}
	return out[len(dst):]
}

// giftNamed reports folded words that offer a gift: a lure's gift phrase
// (free nitro, gift card, steam gift, free robux), or "free" beside a
// gift's word in either order (nitro free).
func giftNamed(folded []byte) bool {
	found := lure.FindFolded(folded)
	if found[lure.Gift].Weight >= lure.Strong {
		return true
	}
	return containsWords(folded, "free") && containsAnyWords(folded, giftWords)
}

// giftWords are what a gift lure gives away.
var giftWords = []string{"nitro", "robux", "vbucks", "v bucks", "skins", "gift", "gifts", "giftcard", "coins", "gems"}

// humpBait are baitPhrases read in a name's capitalised words: all but
// joinedBait, which start products' names (HackMD, HackClub,
// CheatSheet, CheatEngine) and count only after a first word
// (ValorantCheat, MinecraftHack).
var humpBait = func() []string {
	var out []string
	for _, p := range baitPhrases {
		if !slices.Contains(joinedBait, p) {
			out = append(out, p)
		}
	}
	return out
}()

// joinedBait are the bait words products are named with, first.
var joinedBait = []string{"hack", "hacks", "cheat", "cheats"}

// bucketNameBait are the bait phrases read in a bucket's own name:
// cracks, key generators, cheats for games and their currency. A
// cheat sheet's, a hack club's or an injector's bucket is named so too,
// so those words are not among them.
var bucketNameBait = []string{"crack", "cracked", "keygen", "activator", "kms activator", "kmspico", "aimbot", "wallhack",
	"mod menu", "modmenu", "robux", "vbucks", "v bucks", "free robux", "robux generator", "nitro generator", "spoofer",
	"free premium", "roblox executor"}

// Build stores (files30). A team names the bucket its CI uploads to
// after what it holds, its builds (acmebuilds, acme-qa-builds,
// acmeartifacts, acme-releases), and the builds in it after their
// component, not after the bucket (agent-2.1.0-win-x64.zip,
// app-qa-1.9.0.apk, app-3.2.1.zip: Gradle names an Android build after
// its module, app). plainBucket took a build only in a bucket named
// after it, so these were warned about as any archive or app is. A
// build in a bucket named as a build store, with a release's number of
// three parts in its name (semantic versioning, as CI stamps its
// builds), named as a build (plainBuildName; the module name "app"
// first only with such a number and no dropper's or lure's word after
// it) is the bucket's own, as a build named after its bucket is. The
// droppers of the malware sets sit in buckets named for sharing and
// delivery (files-share-prod, dl-cdn-bin, acme-downloads-cdn,
// public-share-7721) or at random, and are named as documents, setups
// and cracks.

// buildStore reports a bucket named as a store of builds: a word of its
// name, or the end of a name joined into one word, is one (storeWords).
func buildStore(bucket string) bool {
	for w := range strings.FieldsFuncSeq(bucket, func(r rune) bool { return r == '-' || r == '.' || r == '_' }) {
		if storeWords[w] {
			return true
		}
		for s := range storeWords {
			if len(s) >= 6 && len(w) >= len(s)+3 && strings.HasSuffix(w, s) {
				return true // acmebuilds, acmeartifacts
			}
		}
	}
	return false
}

// storeWords are the words a team names its build store's bucket with.
var storeWords = setOf("builds", "artifacts", "artefacts", "releases", "binaries", "nightlies", "snapshots", "dist")

// storeBuild reports a build in a bucket named as a build store
// (buildStore), with a release's number of three parts or more in its
// name (agent-2.1.0-win-x64.zip, app-qa-1.9.0.apk), packed as CI
// uploads its artifacts (an archive, an Android app; a Windows program
// or installer, what droppers are, still needs a bucket named after
// it), named as a build:
// plainBuildName, or Gradle's module name "app" followed by nothing a
// dropper's or a lure's name holds (app-3.2.1.zip; not App_Setup-1.0.0.exe
// nor app-invoice-1.0.0.zip).
func storeBuild(l *linkx.Link, file string, bm *brand.Matcher) bool {
	bucket := bucketName(l)
	if bucket == "" || !buildStore(bucket) || dottedParts(file) < 3 || windowsProgram(filetype.Check(file, "")) {
		return false
	}
	words := fileWords(file)
	if len(words) == 0 {
		return false
	}
	if words[0] != "app" {
		return plainBuildName(l, file, bm)
	}
	for _, w := range words[1:] {
		if dropperNames[w] || dropperWords[w] || codeDropperAny[w] || documentNames[w] || passedFor[w] {
			return false
		}
		if len(w) >= 4 && bm.Named(w, 6) != nil {
			return false
		}
	}
	return true
}
