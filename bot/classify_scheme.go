package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// plainHTTPMax is the link model's logit, read over HTTPS, under which a
// plain-HTTP link to a document is read as its HTTPS twin (a model
// probability of about 0.73: a link the model finds unremarkable; the
// combiner warns from about 3.6).
const plainHTTPMax = 1

// plainHTTPReading returns a link's signals with a plain-HTTP link read
// as if it were written with https, when nothing but the scheme speaks
// against it. Old documentation, mailing-list archives, specifications
// and personal pages are linked over http:// in READMEs, man pages and
// changelogs, and tech chat pastes them as they are; the link model,
// which learned http:// from phishing feeds of years when kits ran
// without TLS, read 255 of 2,517 such links in det13's corpus as phishing.
// The scheme still counts for a link whose path is not a plain
// document's (plainDocPath: a single word, a long hex token, a host name
// inside it), that names a lure's words or a brand, on a raw IP, a port,
// a cheap ending, a shortener or a page anyone can publish, or in a
// message that lures (the caller asks knowledge.luresHard); and it
// counts when the link read over HTTPS is not unremarkable to the model
// (plainHTTPMax).
func (c *Classifier) plainHTTPReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals) model.LinkSignals {
	if l.Scheme != "http" || l.IP.IsValid() || l.Port != "" || l.UserInfo != "" || info.userContent || readsBrand(&sig) ||
		sig[model.SigShortener] > 0 || sig[model.SigAbusedTLD] > 0 || !plainDocPath(l.Path) || len(pathLureWords(l)) > 0 {
		return sig
	}
	tls := *l
	tls.Scheme = "https"
	pf := scratchFeatures()
	model.PathFeatures(&tls, pf)
	logit := info.hostLogit + c.link.Logit(pf)
	featuresPool.Put(pf)
	if info.hasExpert {
		logit = max(logit, info.expertLogit)
	}
	if logit < plainHTTPMax {
		sig[model.SigModel] = min(sig[model.SigModel], model.ClampModel(float64(logit)))
	}
	return sig
}

// plainDocPath reports a path laid out as documents are: two segments or
// more, or a folder ending in a slash (/archives/xcb/2013-May/006039.html,
// /software/coreutils/, /lzma/), with no run of twelve hex digits or more
// (a kit's session or victim id) and no host name inside a folder
// (/mail.ucdavis.edu/…, /paypal.com.secure/…). A single word at a site's
// root (/desjardins, /verify, /a) is how kits on compromised sites are
// reached, and stays read as written.
func plainDocPath(path string) bool {
	trimmed := strings.Trim(path, "/")
	if trimmed == "" || strings.IndexByte(trimmed, '/') < 0 && !strings.HasSuffix(path, "/") {
		return false
	}
	segs := strings.Split(trimmed, "/")
	for i, seg := range segs {
		run := 0
		for j := 0; j < len(seg); j++ {
			c := seg[j] | 0x20
			if c >= '0' && c <= '9' || c >= 'a' && c <= 'f' {
				if run++; run >= 12 {
					return false
				}
			} else {
				run = 0
			}
		}
		if strings.Count(seg, ".") >= 2 || i < len(segs)-1 && strings.Contains(seg, ".") {
			return false
		}
	}
	return true
}
