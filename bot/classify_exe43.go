package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
)

// A maker's own installer read as makers lay out their releases (exe43):
// a program named with a letter on its project's site (siteWordRelease:
// R-4.4.1-win.exe on cran.r-project.org), a download host's tree
// numbered in its folder over plain HTTP (channelBuild, buildNamesSite),
// and the site names no maker gives its own (piracyName).

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
