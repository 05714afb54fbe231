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
// is judged as before.
func tlsArchName(l *linkx.Link, file string) bool {
	return overTLS(l) && !l.IP.IsValid() && l.Port == "" && l.Domain != "" && strings.IndexByte(file, '.') < 0
}
