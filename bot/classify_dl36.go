package bot

import (
	"slices"
	"strings"

	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
)

// A publisher's own versioned release on its own site (dl36). A maker
// that keeps each release in a folder of its own names the file after
// its program and repeats the release's number in both
// (www.sumatrapdfreader.org/dl/rel/3.5.2/SumatraPDF-3.5.2-64-install.exe,
// bitcoincore.org/bin/bitcoin-core-28.0/bitcoin-28.0-win64-setup.exe):
// the file's leading name is the site's own name or starts it, and a
// folder of the path holds the number the file's name carries
// (releaseTree).
//
// plainDownload refused every build on a site named for a kind of utility
// (utilitySite: pdf, vpn, recorder, cleaner), for the fake download pages
// bought into search ads sell made-up programs under such names
// (quickpdfeditor.org, smartdriverupdater.net). A program's own site is
// named so too: a name of its own and the kind it is (sumatra + pdf +
// reader). Such a site is taken as the program's (ownUtilityRelease)
// when the build is a release tree's, the site's label before its first
// kind-of-utility word is a name of four letters or more that the file's
// leading name starts with, and that name is not made of the marketing
// and kind words fake utility sites are put together from (quick, smart,
// easy, best, super, fast; audio, video, file, screen: utilityNameWords).
// Everything else plainDownload asks still holds: over TLS, no cheap
// ending, no download word or lure in the site's name, a link the link
// model reads as ordinary, no bait in the message.
//
// A download's own words (dl36). Beside a build, tech chat says to
// check it ("verify the sha256 after you grab it", "verify against
// SHA256SUMS", "check the gpg signature") and where it is fetched
// without an account ("so you don't need to log in", "without logging
// in"): the lure lists' mild words of signing in (verify, log in) made
// such a message bait (baitIn), and the maker's download beside it was
// deleted. withoutPlainLogin takes those words out, and baitIn reads the
// message again without them; a lure's strong words (verify your
// wallet, log in to claim) are read as before, and so is every other
// category (a prize, a wallet's seed, a password).
//
// A file named with its site's own name as a word of it, after a code
// of a letter or two (standards.iso.org/…/c024427_ISO_IEC_10967-2_2001(E).zip:
// a standards body's catalogue number, then its name) is the site's
// own publication: plainBuildName took a first word of one letter for a
// generic name (siteWordNamed: archives and disk images only). No word of it may then be one droppers
// pass for or a paper's (setup, update, invoice, statement, report).
//
// A release tree is no licence on its own: the link model's reading of
// the site stays (bitcoincore.org's name reads as scam names do, and so
// does bitcoincore.net, the malware sets' twin serving the same tree),
// and so do file hosts, code hosts' releases, buckets, free hosting
// platforms, dynamic DNS names and raw addresses.

// releaseTree reports a build named after its site and numbered as the
// folder it sits in: the file's leading run of letters and digits is
// the site's label (hyphens dropped) or starts it, four characters or
// more (SumatraPDF on sumatrapdfreader.org, bitcoin on bitcoincore.org;
// not gnucash on gnucas.org, which the name overruns), and a version of
// two numbers or more in the file's name (3.5.2, 28.0) is written whole
// in a folder of the path (/3.5.2/, /bitcoin-core-28.0/, /v1.28.1/).
func releaseTree(l *linkx.Link, file string) bool {
	if l.Domain == "" || l.IP.IsValid() || !inFolder(l) {
		return false
	}
	lead := leadingName(file)
	site := strings.ReplaceAll(l.Label(), "-", "")
	if len(lead) < 4 || !strings.HasPrefix(site, lead) {
		return false
	}
	dir := l.Path[:strings.LastIndexByte(l.Path, '/')+1]
	for v := range versionsIn(file) {
		if holdsVersion(dir, v) {
			return true
		}
	}
	return false
}

// leadingName returns a file's leading run of ASCII letters and digits,
// in lower case (sumatrapdf for SumatraPDF-3.5.2-64-install.exe,
// foobar2000 for foobar2000_v2.1.6.exe).
func leadingName(file string) string {
	i := 0
	for i < len(file) && isAlnum(file[i]) {
		i++
	}
	return strings.ToLower(file[:i])
}

// versionsIn yields the versions a name holds: runs of two numbers or
// more joined by dots (3.5.2 in SumatraPDF-3.5.2-64.zip, 28.0 in
// bitcoin-28.0-win64-setup.exe), each whole.
func versionsIn(s string) func(func(string) bool) {
	return func(yield func(string) bool) {
		for i := 0; i < len(s); {
			if !isDigit(s[i]) || i > 0 && (isDigit(s[i-1]) || s[i-1] == '.') {
				i++
				continue
			}
			j, dots := i, 0
			for j < len(s) && (isDigit(s[j]) || s[j] == '.' && j+1 < len(s) && isDigit(s[j+1]) && j > i) {
				if s[j] == '.' {
					dots++
				}
				j++
			}
			if dots > 0 && !yield(s[i:j]) {
				return
			}
			i = j
		}
	}
}

// holdsVersion reports a path that holds a version whole: not as a part
// of a longer number (3.5.2 is not in /13.5.2/ nor in /3.5.21/).
func holdsVersion(path, v string) bool {
	for i := 0; ; {
		j := strings.Index(path[i:], v)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(v)
		if (j == 0 || !isDigit(path[j-1]) && path[j-1] != '.') && (end == len(path) || !isDigit(path[end]) && !(path[end] == '.' && end+1 < len(path) && isDigit(path[end+1]))) {
			return true
		}
		i = j + 1
	}
}

// ownUtilityRelease reports a release tree (releaseTree) on a site named
// for a kind of utility (utilitySite) whose label before its first
// utility word is the program's own name (utilityOwnName).
func ownUtilityRelease(l *linkx.Link, file string) bool {
	return releaseTree(l, file) && utilityOwnName(l, leadingName(file))
}

// utilityOwnName reports a site's label whose part before its first
// kind-of-utility word (utilityWords), with the marketing and kind words
// fake utility sites are made of taken off either end
// (utilityNameWords), is a name of four letters or more that the file's
// leading name (lead) starts with: sumatra in sumatrapdfreader for
// sumatrapdf; not quick in quickpdfeditor, nor bestvideo in
// bestvideoconverter, nor the empty name of pdfconverterpro.
func utilityOwnName(l *linkx.Link, lead string) bool {
	label := strings.ReplaceAll(l.Label(), "-", "")
	cut := len(label)
	for _, w := range utilityWords {
		if i := strings.Index(label, w); i >= 0 && i < cut {
			cut = i
		}
	}
	name := trimNameWords(label[:cut])
	return len(name) >= 4 && strings.HasPrefix(lead, name) && !isAllDigits(name) && kindWords(label[cut:])
}

// kindWords reports a run of letters made wholly of kind-of-utility
// words (utilityWords, with their endings: converter, optimizer) and
// the marketing and kind words (utilityNameWords): pdfreader, vpnpro;
// not pdfreade, a lookalike's name cut short.
func kindWords(s string) bool {
	// ok[i]: s[:i] is made of such words
	var buf [64]bool
	if len(s)+1 > len(buf) {
		return false
	}
	ok := buf[:len(s)+1]
	ok[0] = true
	for i := 0; i < len(s); i++ {
		if !ok[i] {
			continue
		}
		for _, list := range [][]string{utilityWords, utilityWordForms, utilityNameWords} {
			for _, w := range list {
				if strings.HasPrefix(s[i:], w) {
					ok[i+len(w)] = true
				}
			}
		}
	}
	return ok[len(s)]
}

// utilityWordForms are the whole words of utilityWords' stems
// (convert, optimiz) as sites' names spell them.
var utilityWordForms = []string{"converter", "optimizer", "optimiser", "optimize", "optimise"}

// trimNameWords takes the marketing and kind words (utilityNameWords)
// off both ends of a run of letters until none is left there
// (bestvideo: ""; supersumatra: sumatra), the longer words first
// (software before soft).
func trimNameWords(name string) string {
	for changed := true; changed && name != ""; {
		changed = false
		for _, w := range utilityNameWords {
			if len(w) <= len(name) && strings.HasPrefix(name, w) {
				name, changed = name[len(w):], true
			} else if len(w) <= len(name) && strings.HasSuffix(name, w) {
				name, changed = name[:len(name)-len(w)], true
			}
		}
	}
	return name
}

// isAllDigits reports a string of ASCII digits only.
func isAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// utilityNameWords are the words fake utility sites put their made-up
// programs' names together from besides the kind of utility
// (utilityWords): praise and speed (quick, smart, easy, best, super,
// fast, pro, free), and the kind of thing the utility works on (audio,
// video, file, screen, photo, system, disk); sorted longest first.
var utilityNameWords = longestFirst("quick", "smart", "easy", "best", "super", "fast", "pro", "free", "top", "ultra", "power",
	"total", "master", "expert", "advanced", "premium", "plus", "max", "handy", "instant", "swift", "rapid", "magic",
	"wise", "clever", "perfect", "mega", "turbo", "speedy", "safe", "secure", "online", "express", "lite", "light",
	"mini", "simple", "one", "all", "my", "get", "go", "ez", "auto", "any", "the", "your", "new", "official", "app",
	"soft", "software", "tool", "tools", "audio", "video", "file", "files", "photo", "image", "screen", "system", "pc",
	"disk", "data", "doc", "docs", "text", "web", "net", "win", "windows", "mac", "music", "movie", "media", "sound",
	"voice", "game", "games", "office", "reader", "editor", "viewer", "player", "maker", "creator", "studio")

// longestFirst returns words sorted longest first, then in order.
func longestFirst(words ...string) []string {
	slices.SortStableFunc(words, func(a, b string) int { return len(b) - len(a) })
	return words
}

// withoutPlainLogin returns a message's folded words without the mild
// words of signing in that a download's talk uses (plainLoginWord):
// a word of verifying in a message that names a checksum or a signature
// (integrityWords), and a word of logging in after a word that denies
// it within three words ("dont need to log in", "no login", "without
// signing in"); ok is false when it took none out. The words are
// appended to dst.
func withoutPlainLogin(folded, dst []byte) (rest []byte, ok bool) {
	integrity := containsAnyWords(folded, integrityWords)
	var last [3]string // the three words before the current one
	denied := func() bool { return slices.ContainsFunc(last[:], func(p string) bool { return loginDenials[p] }) }
	tookLog := false // the word before was a "log in"'s first, taken out
	for w := range strings.FieldsSeq(string(folded)) {
		drop := false
		switch {
		case verifyWords[w]:
			drop = integrity
		case loginWords[w]:
			drop = denied()
		case w == "in":
			drop = tookLog
		}
		tookLog = loginFirsts[w] && denied()
		drop = drop || tookLog
		last[0], last[1], last[2] = last[1], last[2], w
		if drop {
			ok = true
			continue
		}
		if len(dst) > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, w...)
	}
	return dst, ok
}

// verifyWords, loginWords, loginFirsts and loginDenials are the words
// withoutPlainLogin reads: of verifying, of logging in (one word, or
// the first of "log in", "sign in"), and those that deny a login
// within three words before it (no, without, dont need to).
var (
	verifyWords    = setOf("verify", "verification", "validate", "validation", "confirm")
	loginWords     = setOf("login", "signin")
	loginFirsts    = setOf("log", "sign")
	loginDenials   = setOf("no", "without", "dont", "doesnt", "never", "not", "nor", "needn")
	integrityWords = []string{"checksum", "checksums", "sha256", "sha256sum", "sha256sums", "sha512", "sha512sums", "sha1",
		"md5", "md5sum", "shasums", "hash", "hashes", "signature", "signatures", "sig", "gpg", "pgp", "minisign",
		"cosign", "asc", "attestation", "attestations", "sigstore"}
)

// siteWordNamed reports an archive or a disk image whose words
// (fileWords) hold its site's
// label (three letters or more, no hyphen: iso for standards.iso.org) as
// one of them after the first, and none that droppers' or papers' names
// are made of (dropperNames, documentNames, dropperWords,
// codeDropperAny, mediaWords).
func siteWordNamed(l *linkx.Link, file string, words []string) bool {
	if k := filetype.Check(file, "").Kind; k != filetype.Archive && k != filetype.DiskImage {
		return false // a program so named is named as a planted one can be
	}
	label := l.Label()
	if len(label) < 3 || strings.IndexByte(label, '-') >= 0 || l.IP.IsValid() || len(words) < 2 {
		return false
	}
	named := false
	for _, w := range words {
		if dropperNames[w] || documentNames[w] || dropperWords[w] || codeDropperAny[w] || mediaWords[w] {
			return false
		}
		named = named || w == label
	}
	return named && words[0] != label
}

// mediaWords are the words of a person's pictures and videos besides
// dropperNames' (photo, pic, video): what an archive is sent to a
// person as.
var mediaWords = setOf("pics", "pictures", "pix", "selfie", "selfies", "clip", "clips", "vid", "vids", "footage", "private")
