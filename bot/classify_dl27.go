package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
)

// Downloads from a public mirror or a maker's own site that the rules
// before took for a fake's or a dropper's:
//
//   - a program that fake download pages imitate (VLC, GIMP, AnyDesk) in
//     a mirror's tree of it (mirrorTree: ftp.fau.de/videolan/vlc/3.0.21/
//     win64/vlc-3.0.21-win64.msi) was warned about wherever the mirror
//     host was (wMirrorFile), for mirror.kaizenlabs.dev can serve the
//     same tree. The path's shape cannot tell them apart; the host can:
//     on a mirror host (ftp., mirror., mirrors.) of a site that carries
//     an official mirror of Debian or Ubuntu (mirrorSites: universities,
//     research networks, long-standing hosting firms, whose mirrors the
//     distributions' mirror teams check), the tree is the mirror's copy
//     of the project's release (mirrorSite) and is noted as any plain
//     download is;
//   - a build whose name is short (ES-1.1.0.27.x64.zip at voidtools.com's
//     root, p95v3019b20.win64.zip in mersenne.org's /30.19/) is a
//     product's when the name carries its release's full number and the
//     architecture it was built for (shortRelease): plainBuildName took
//     a name of a letter or two for a generic one (x.exe, a-1.0.exe).

// mirrorSite reports a link on a mirror host (mirrorHosts: ftp., mirror.,
// mirrors., as the first label of one or two: ftp.fau.de,
// mirror.csclub.uwaterloo.ca) of a site that carries an official
// mirror of Debian or Ubuntu (mirrorSites), over TLS, at a name, with no
// user's folder in its path (~user, /people/, /users/) nor a registry's
// upload area that mirrors copy as they are (/authors/id/ of CPAN,
// /incoming/): where a program fake download pages imitate, in a
// mirror's tree of it (mirrorTree), is the mirror's copy of the
// project's release. An attacker who lays the same tree out under a
// mirror. host of a name of their own (mirror.kaizenlabs.dev) or of a
// name that sounds like a mirror operator's (mirrors.northwind-hosting.com)
// has none of those sites; the caller still asks of the link all that it
// asks of any plain download (plainDownload: a plain site the link model
// reads as ordinary, a build's name, no bait).
func mirrorSite(l *linkx.Link) bool {
	if !overTLS(l) || l.IP.IsValid() || l.Port != "" || l.UserInfo != "" || !l.ICANN || !mirrorSites[l.Domain] {
		return false
	}
	sub := l.Subdomain()
	first, _, _ := strings.Cut(sub, ".")
	if !mirrorHosts[first] || strings.Count(sub, ".") > 1 || strings.IndexByte(l.Path, '~') >= 0 {
		return false
	}
	dir := strings.ToLower(l.Path[:strings.LastIndexByte(l.Path, '/')+1])
	for seg := range strings.SplitSeq(dir, "/") {
		if uploadAreas[seg] {
			return false
		}
	}
	return true
}

// uploadAreas are folders of a mirror whose files their uploaders name
// and lay out, not the projects the mirror copies: a registry's authors
// (CPAN's /authors/id/), an FTP server's incoming folder, its users' and
// people's pages, and the copies of hosts and registries anyone opens a
// project on and uploads builds to (ftp.heanet.ie/mirrors/sourceforge/,
// /osdn/, /pypi/: a project named anydesk-portable there is anyone's,
// rev27).
var uploadAreas = setOf("authors", "author", "incoming", "upload", "uploads", "users", "user", "people", "home", "homes",
	"members", "tmp", "temp", "scratch",
	"sourceforge", "sourceforge.net", "sf", "osdn", "osdn.jp", "osdn.net", "sourceforge.jp", "pypi", "npm", "rubygems", "nuget")

// shortRelease reports a build whose name is short but is a release's
// all the same: named for the architecture it was built for (archTokens:
// x64, win64, amd64) and with its release's full number
// (releaseNumbered). A dropper named with a letter or two (a.exe,
// x-1.0.0.exe) is named for neither.
func shortRelease(l *linkx.Link, file string) bool {
	return archNamed(file) && releaseNumbered(l, file)
}

// archNamed reports a file name that holds the name of an architecture
// as a word of its own (ES-1.1.0.27.x64.zip, p95v3019b20.win64.zip,
// go1.23.2.windows-amd64.msi).
func archNamed(file string) bool {
	lower := strings.ToLower(file)
	for _, a := range archTokens {
		for i := 0; ; {
			j := strings.Index(lower[i:], a)
			if j < 0 {
				break
			}
			j += i
			end := j + len(a)
			if (j == 0 || !isAlnum(lower[j-1])) && (end == len(lower) || !isAlnum(lower[end])) {
				return true
			}
			i = j + 1
		}
	}
	return false
}

// archTokens are the names builds give the architecture they are for.
var archTokens = []string{"x64", "x86", "x86_64", "win64", "win32", "amd64", "arm64", "aarch64", "i386", "i686", "64bit", "32bit"}

// releaseNumbered reports a file name that carries its release's number
// in full: a version of three parts or more (ES-1.1.0.27.x64.zip,
// go1.23.2.windows-amd64.msi), or the version a folder of its path is
// named for, as it is (xz-5.6.2-windows.zip in /5.6.2/) or, of four
// digits or more, with its dots dropped (p95v3019b20.win64.zip in
// /v30/30.19/). A dropper named with a letter or two (a.exe, x1.zip)
// carries no such number.
func releaseNumbered(l *linkx.Link, file string) bool {
	if dottedParts(file) >= 3 {
		return true
	}
	dir := l.Path[:strings.LastIndexByte(l.Path, '/')+1]
	stem := fileStem(file)
	for seg := range strings.SplitSeq(dir, "/") {
		seg = strings.TrimPrefix(strings.ToLower(seg), "v")
		if !releaseFolder(seg) || strings.IndexByte(seg, '.') < 0 {
			continue
		}
		if joined := strings.ReplaceAll(seg, ".", ""); strings.Contains(file, seg) || len(joined) >= 4 && strings.Contains(stem, joined) {
			return true
		}
	}
	return false
}

// dottedParts returns the most numbers a version in s is made of, joined
// by dots (1.1.0.27: 4; 30.19: 2), and 0 when s holds no two numbers
// joined by a dot.
func dottedParts(s string) int {
	most := 0
	for i := 0; i < len(s); {
		if !isDigit(s[i]) || i > 0 && (isDigit(s[i-1]) || s[i-1] == '.') {
			i++
			continue
		}
		parts, j := 0, i
		for {
			k := j
			for k < len(s) && isDigit(s[k]) {
				k++
			}
			parts++
			if k+1 < len(s) && s[k] == '.' && isDigit(s[k+1]) {
				j = k + 1
				continue
			}
			j = k
			break
		}
		if parts > 1 {
			most = max(most, parts)
		}
		i = j
	}
	return most
}

// isDigit reports an ASCII digit.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }
