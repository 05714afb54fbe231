package bot

import (
	"slices"
	"strings"

	"github.com/immunebot/immune/bot/linkx"
)

// A utility's own release tree (exe43). plainDownload refuses every build
// on a site named for a kind of utility (utilitySite: pdf, mp3, vpn,
// cleaner, recorder), for the fake download pages bought into search ads
// sell made-up programs under such names (quickpdfeditor.org,
// smartdriverupdater.net, pdfconverterpro.com). A maker names its site so
// too, after its program and the kind it is: sumatra + pdf + reader,
// pdf + sam. What a maker's link has that a fake page's seldom does is a
// release tree: the program's file, named after the site, numbered, in a
// folder of that release's number
// (www.sumatrapdfreader.org/dl/rel/3.5.2/SumatraPDF-3.5.2-64-install.exe,
// download.pdfsam.org/5.2.9/pdfsam-5.2.9-windows.msi).
//
// ownUtilityRelease lifts utilitySite for such a tree when the site's
// label, with the kind-of-utility words and the marketing and kind words
// fake utility sites are put together from taken off either end
// (utilityPeel: quick, smart, best, pro, free; audio, video, file,
// reader, editor), leaves a name of three letters or more with no utility
// word in it, and the file names it. A made-up utility site built wholly
// of such words leaves nothing (quickpdfeditor, bestvideoconverter), and
// a lookalike's name cut short leaves a name that still holds the
// utility's word (sumatrapdfreade). Everything else plainDownload asks
// still holds: TLS, no cheap ending, no download word or lure in the
// site's name nor as its ending (.download, .app), no storage bucket
// (anyone names one), a build's name (no dropper's, lure's or imitated
// program's), no upload folder, a link the link model reads as ordinary,
// no bait in the message.

// ownUtilityRelease reports a release tree (echoedRelease) named after
// its site (the file's leading name starts the site's label, four
// characters or more) on a site whose label, with no hyphen, is a name of
// its own between kind-of-utility and marketing words (utilityOwnName),
// outside a user's folder (~joe) or an upload area (uploadAreas), on an
// ending that is no download site's word (.download, .app, .software)
// and not in a storage bucket (bucketName), whose name anyone chooses.
func ownUtilityRelease(l *linkx.Link, file string) bool {
	if l.Domain == "" || l.IP.IsValid() || !inFolder(l) || abusedTLD(l.Suffix) > 0 || strings.IndexByte(l.Label(), '-') >= 0 || strings.IndexByte(l.Path, '~') >= 0 {
		return false // sumatrapdfreader.info, sumatrapdf-reader.org, /~joe/3.5.2/: any cheap ending, a name joined as fakes join theirs, a user's folder
	}
	if tld := l.Suffix[strings.LastIndexByte(l.Suffix, '.')+1:]; siteTakers[tld] || downloadSiteWords[tld] {
		return false // sumatrapdfreader.download, .app, .software: a download site's word as the ending, as utilityOwnName refuses it in the name
	}
	if bucketName(l) != "" {
		return false // sumatrapdfreader.s3.amazonaws.com, .r2.dev: a bucket, which anyone names
	}
	dir := strings.ToLower(l.Path[:strings.LastIndexByte(l.Path, '/')+1])
	for seg := range strings.SplitSeq(dir, "/") {
		if uploadAreas[seg] {
			return false // /uploads/3.5.2/: what a site's users put there
		}
	}
	lead := fileLeadName(file)
	label := strings.ReplaceAll(l.Label(), "-", "")
	if len(lead) < 4 || !strings.HasPrefix(label, lead) {
		return false
	}
	name := utilityOwnName(label)
	return len(name) >= 3 && strings.Contains(lead, name) && echoedRelease(l, file)
}

// utilityOwnName returns what is left of a site's label once the
// kind-of-utility and marketing words (utilityPeel) are taken off either
// end until none is left there, or "" when one of them is a download
// site's word (pro, free, download: siteTakers, downloadSiteWords) or
// what is left holds a utility word (utilityWords) or is only digits:
// sumatra for sumatrapdfreader, sam for pdfsam, "" for quickpdfeditor,
// fastvpnpro, sumatrapdfdownload and sumatrapdfreade.
func utilityOwnName(label string) string {
	name := label
	for changed := true; changed && name != ""; {
		changed = false
		for _, w := range utilityPeel {
			if len(w) > len(name) || !strings.HasPrefix(name, w) && !strings.HasSuffix(name, w) {
				continue
			}
			if siteTakers[w] || downloadSiteWords[w] {
				return "" // a download site's word: fastvpnpro, sumatrapdfdownload
			}
			if strings.HasPrefix(name, w) {
				name = name[len(w):]
			} else {
				name = name[:len(name)-len(w)]
			}
			changed = true
		}
	}
	for _, w := range utilityWords {
		if strings.Contains(name, w) {
			return ""
		}
	}
	if strings.Trim(name, "0123456789") == "" {
		return ""
	}
	return name
}

// utilityPeel are the words utilityOwnName takes off a label's ends,
// longest first: the kinds of utility (utilityWords, and their whole
// words: converter, optimizer), the words of praise and speed fake
// utility sites add (quick, smart, best, super), the kinds of thing a
// utility works on or is (audio, video, file, reader, editor, cutter,
// pack), and a download site's words (pro, free, download, setup), any
// of which found there leaves no name (siteTakers, downloadSiteWords).
var utilityPeel = longestFirst(append(append([]string{"converter", "optimizer", "optimiser", "optimize", "optimise"}, utilityWords...),
	"quick", "smart", "easy", "best", "super", "fast", "pro", "free", "top", "ultra", "power", "total", "master",
	"expert", "advanced", "premium", "plus", "max", "handy", "instant", "swift", "rapid", "magic", "wise", "clever",
	"perfect", "mega", "turbo", "speedy", "safe", "secure", "online", "express", "lite", "light", "mini", "simple",
	"one", "all", "my", "get", "go", "ez", "auto", "any", "the", "your", "new", "official", "app", "soft", "software",
	"tool", "tools", "audio", "video", "file", "files", "photo", "image", "screen", "system", "pc", "disk", "data",
	"doc", "docs", "text", "web", "net", "win", "windows", "mac", "music", "movie", "media", "sound", "voice", "game",
	"games", "office", "reader", "editor", "viewer", "player", "maker", "creator", "studio", "download", "downloads",
	"setup", "install", "installer", "update", "cloud", "hub", "box", "lab", "labs", "zone", "center", "centre", "care",
	"cutter", "splitter", "joiner", "merger", "burner", "ripper", "capture", "cam", "grabber", "saver", "manager",
	"scanner", "repair", "fix", "extractor", "compressor", "pack", "suite", "kit")...)

// longestFirst returns words sorted longest first, in order otherwise.
func longestFirst(words ...string) []string {
	slices.SortStableFunc(words, func(a, b string) int { return len(b) - len(a) })
	return words
}

// echoedRelease reports a file whose name carries a release number of two
// parts or more (3.5.2, 28.0) that a folder of its path is named for,
// whole: /3.5.2/, /v3.5.2/, /bitcoin-core-28.0/; not /13.5.2/ nor
// /3.5.21/, and not a number found only in the file's name.
func echoedRelease(l *linkx.Link, file string) bool {
	dir := l.Path[:strings.LastIndexByte(l.Path, '/')+1]
	for i := 0; i < len(file); {
		if !isDigit(file[i]) || i > 0 && (isDigit(file[i-1]) || file[i-1] == '.') {
			i++
			continue
		}
		j, dots := i, 0
		for j < len(file) && (isDigit(file[j]) || file[j] == '.' && j > i && j+1 < len(file) && isDigit(file[j+1])) {
			if file[j] == '.' {
				dots++
			}
			j++
		}
		if dots > 0 && folderHolds(dir, file[i:j]) {
			return true
		}
		i = j
	}
	return false
}

// folderHolds reports a folder of dir (a path up to its last slash) that
// ends with the version v, whole: after a slash, a v, a hyphen or an
// underscore (/3.5.2/, /v3.5.2/, /bitcoin-core-28.0/).
func folderHolds(dir, v string) bool {
	for seg := range strings.SplitSeq(dir, "/") {
		rest, ok := strings.CutSuffix(seg, v)
		if !ok {
			continue
		}
		if rest == "" || rest == "v" || rest == "V" || strings.HasSuffix(rest, "-") || strings.HasSuffix(rest, "_") {
			return true
		}
	}
	return false
}

// siteWordRelease reports a build whose first word (words[0], as
// fileWords reads it) is the name a project's site is called by, the
// site's label being that name and a word a project adds to its own
// (projectSiteWords: R-4.4.1-win.exe on cran.r-project.org), whose name
// carries its release's number in full (releaseNumbered: three parts,
// or the number of a folder it sits in), outside a user's folder (~).
// plainBuildName takes a name of a letter for a generic one (a.exe,
// x-1.0.exe), and buildNamesSite asks three letters of a name's start; a
// dropper so named sits on a site of no such name (x-dental.com,
// r-projects.org, r-cran.org). Everything else plainDownload and
// httpBuildTwin ask still holds.
func siteWordRelease(l *linkx.Link, file string, words []string) bool {
	first, rest, ok := strings.Cut(strings.ToLower(l.Label()), "-")
	return ok && first != "" && projectSiteWords[rest] && len(words) > 0 && words[0] == first &&
		strings.IndexByte(l.Path, '~') < 0 && releaseNumbered(l, file)
}

// projectSiteWords are the words a project adds to its name to name its
// site (r-project.org, a language's NAME-lang.org).
var projectSiteWords = setOf("project", "lang", "language", "foundation")

// channelBuild reports a build of a release channel (releaseChannels:
// latest, stable, nightly) as projectRelease reads one: a word of its
// name after the first (imager_latest.exe), or a folder of its path
// (dir, in lower case: /putty/latest/w64/).
func channelBuild(file, dir string) bool {
	words := fileWords(file)
	for i := 1; i < len(words); i++ {
		if releaseChannels[words[i]] {
			return true
		}
	}
	for seg := range strings.SplitSeq(dir, "/") {
		if releaseChannels[seg] {
			return true
		}
	}
	return false
}

// piracyName reports a site whose label holds a word of cracked software
// (piracyWords: crackedsoft.net, keygenhub.org, warezdl.com), written
// joined, as takersName cannot read it: no maker names its site so.
func piracyName(l *linkx.Link) bool {
	label := l.Label()
	for _, w := range piracyWords {
		if strings.Contains(label, w) {
			return true
		}
	}
	return false
}

// piracyWords are the words of cracked software piracyName reads in a
// site's label.
var piracyWords = []string{"crack", "keygen", "warez", "nulled", "serialkey", "patcher"}
