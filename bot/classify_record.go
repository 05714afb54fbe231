package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
	"github.com/immunebot/immune/bot/model"
)

// A project's page of record on a site whose name a crypto expert of the
// link model reads high: a dated post (bitcoinops.org/en/newsletters/
// 2024/11/08/, bitcoincore.org/en/2024/07/03/disclose-timestamp-overflow/)
// or a versioned release's page (bitcoincore.org/en/releases/28.0/).
// The experts read the host name alone, and names with "bitcoin" in them
// read 3.5 to 4.5 where the combiner warns from about 3.6 (model28), while the link model reads the whole link of such
// a page far lower (bitcoincore.org/en/releases/28.0/: host 2.06, path
// -4.84, expert 3.53). Such links were warned for the name alone
// (through immune scan on 0692917, en-tech12t 3 lines, en-tech19t 3,
// tech28-cryptot 2).
//
// A page's path in general does not tell a project's site from a scam's:
// drainers, doublers and fake presales have /docs/getting-started/,
// /en/faq/ and /wiki/overview/ as well (rev19's attacks on
// expertPathReading, model28's doc-path probe: 961 of 6,036 lost a level
// when any benign path lowered the expert). What a scam's site does not
// keep is a record laid out in time or in versions: a post filed under
// the day it was written, or a release's page filed under its version
// number, as a project's blog, newsletter and release notes are.
//
// recordPageReading reads such a link as the link model reads the whole
// of it, no lower than its host (host + max(path, 0)) and no more than
// recordSlack under the expert's reading of the name, where the expert
// reads it higher: what a kit's path adds stays added, a name the model
// itself reads high stays read so, and a name the expert is sure of
// (over recordExpertMax) or built of a lure's or a scheme's words
// (info.words: claim-…, …rectify, …dapps) is not read so.
// The path must be a record's (recordPath: word folders, then a year and
// month or a dotted version, then word segments, a folder or a written-out
// page), with none of a kit's signs (no lure's, scheme's, kit's or
// paperwork's word, no brand in the path), on a host of its own (no
// address, port, user's name, hosting platform, page anyone publishes,
// cheap ending), over HTTPS, written as it is, with no query, posted bare,
// talked of plainly with no brand named, or named (namesLink) beside one
// mild lure word and nothing more (mildOnly: "bitcoin core 28.0 release
// notes", where "bitcoin" is a mild word of lure.Crypto). Run time only.
//
// What it gives up: none of the training lists' 90,273 phishing URLs
// (every split) loses a level, posted bare or after "release notes";
// nor do the test split's 3,018 crypto scam names, bare, framed or with
// kits' paths. Borrowed, the record shapes lose some (the crypto29
// section of BENCHMARKS.md): a drainer that files its page under a date
// or a version, on a name in the expert's mixed band, is read one logit
// lower.

// recordExpertMax is the highest reading of a name by the experts under
// which a record's page is read below it: the top of the band where
// project names and scam names mix (3.5 to 4.5, model28). Above it the
// expert is sure of a scam's name (a drainer's chain-and-network name
// reads 6 to 8): without the bound, the test split's crypto names with a
// record's path borrowed lost 710 more probes, each delete to warn.
const recordExpertMax = 4.5

// recordSlack is how far under the expert's reading of the name a
// record's page may be read: one logit, odds of about e to one that the
// shape is a project's. Read down to the whole link's reading (the host
// and what a path adds, with no slack), the test split's crypto names
// with a record's path borrowed lost 2,000 of 18,108 probes a level (910
// to allow); with one logit 1,290 (500), with recordExpertMax too 580
// (500), and with the name's words too 425 (420). The tuning lines
// cleared are the same in each.
const recordSlack = 1

// recordPageReading returns a link's signals with a project's page of
// record read as the link model reads the whole link, where the host's
// expert alone reads it higher.
func (c *Classifier) recordPageReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals, k *knowledge) model.LinkSignals {
	if c.training || !info.hasExpert || info.expertLogit > recordExpertMax || len(info.words) > 0 || l.Scheme != "https" || l.Disguised || l.Hidden || l.Query != "" ||
		readsBrand(&sig) || sig[model.SigShortener] > 0 || !recordPath(l.Path) || !recordHost(l, info, k) ||
		!k.postedPlainly(l) && !(k.mildOnly() && k.namesLink(l)) {
		return sig
	}
	pf := scratchFeatures()
	model.PathFeatures(l, pf)
	path := c.link.Logit(pf)
	featuresPool.Put(pf)
	whole := max(info.hostLogit+max(path, 0), info.expertLogit-recordSlack)
	sig[model.SigModel] = min(sig[model.SigModel], model.ClampModel(float64(whole)))
	return sig
}

// mildOnly reports a message whose only lure is one mild word, written
// once or more, with nothing of a notice's and no second person: what
// mildProse asks of a message but its length. "bitcoin core 28.0 release
// notes" names the project its link is a page of, and "bitcoin" is a
// mild word of lure.Crypto.
func (k *knowledge) mildOnly() bool {
	if !k.speaksAny() || k.notices().Any() {
		return false
	}
	var sum float64
	for _, h := range k.found() {
		sum += h.Weight
	}
	if sum > lure.Mild || lure.Phrases(k.folded(), 2) > 1 {
		return false
	}
	for w := range strings.FieldsSeq(string(k.folded())) {
		if secondPerson[w] {
			return false
		}
	}
	return true
}

// recordHost reports a host a project's pages are on and a path with none
// of a kit's signs: a registered name of its own with at most two plain
// labels in front (docHost), under no cheap ending, no address, port or
// user's name, no site on a hosting platform or page anyone publishes,
// and a path with no word of a kit's mark in any segment (kitMarkWord: a
// lure's, scheme's, kit's or paperwork's word, a brand's name), no kit's
// folder or page (kitPath) and no document lure's page (docLurePage).
func recordHost(l *linkx.Link, info *hostInfo, k *knowledge) bool {
	if l.IP.IsValid() || l.Port != "" || l.UserInfo != "" || info.userContent || abusedTLDs[l.Suffix] >= 0.2 {
		return false
	}
	if hosted := model.Hosted(l); hosted {
		return false
	}
	if !docHost(l, info, k.brands) || kitPath(l.Path) || docLurePage(l.Path) {
		return false
	}
	// every word of the path, not the first four segments' only
	// (forPathWords): a post's name is its sixth
	kit := false
	forLetterRuns(l.Path, func(w string) bool {
		kit = kitMarkWord(w, info, k.brands)
		return !kit
	})
	return !kit
}

// recordPath reports a path laid out as a project's record: at most two
// folders of lower-case words (/en/, /en/newsletters/, /blog/), then a
// date (a year from 1990 to 2039 and a month, a day after it or not) or a
// release's dotted version (28.0, 26.0.0, v1.4.2), then at most two
// segments of lower-case words (a post's or a section's name), the last
// a folder or a written-out page (.html, .htm). /2024/11/08/,
// /en/releases/28.0/ and /en/2024/07/03/disclose-timestamp-overflow/
// are; /docs/getting-started/, /claim, /2024/ and /wp-content/uploads/
// 2023/09/Login.html are not.
func recordPath(path string) bool {
	if !strings.HasPrefix(path, "/") || strings.Count(path, "/") > 8 {
		return false
	}
	var buf [9]string // at most 8 slashes
	segs := splitSlash(buf[:0], strings.TrimSuffix(path[1:], "/"))
	last := len(segs) - 1
	if strings.HasSuffix(path, "/") {
		last = -1 // a folder: every segment is a folder's name
	} else if page, ok := strings.CutSuffix(segs[last], ".html"); ok {
		segs[last] = page
	} else if page, ok := strings.CutSuffix(segs[last], ".htm"); ok {
		segs[last] = page
	}
	i := 0
	for i < len(segs) && i < 2 && recordWord(segs[i]) {
		i++
	}
	if i == 0 && (len(segs) == 0 || !recordYear(segs[0])) {
		return false
	}
	switch {
	case i < len(segs) && recordYear(segs[i]):
		if i+1 >= len(segs) || !recordNumber(segs[i+1], 1, 12) {
			return false // a year alone files anything
		}
		i += 2
		if i < len(segs) && recordNumber(segs[i], 1, 31) {
			i++
		}
	case i > 0 && i < len(segs) && releaseVersion(segs[i]):
		i++
	default:
		return false
	}
	rest := segs[i:]
	if len(rest) > 2 {
		return false
	}
	for _, s := range rest {
		if !recordWord(s) {
			return false
		}
	}
	return true
}

// recordWord reports a folder's or page's name of lower-case words: two
// letters or more, with hyphens and digits between them (newsletters, en,
// disclose-timestamp-overflow, sdk-7-is-here), no run of five digits or
// more.
func recordWord(s string) bool {
	letters, run := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z':
			letters++
			run = 0
		case c >= '0' && c <= '9':
			if run++; run >= 5 {
				return false
			}
		case c == '-' && i > 0 && i < len(s)-1:
			run = 0
		default:
			return false
		}
	}
	return letters >= 2
}

// recordYear reports a year a post is filed under: four digits, 1990 to
// 2039.
func recordYear(s string) bool {
	return len(s) == 4 && (strings.HasPrefix(s, "19") && s >= "1990" || strings.HasPrefix(s, "20") && s <= "2039") &&
		strings.Trim(s, "0123456789") == ""
}

// recordNumber reports a month or a day written with two digits, from lo
// to hi.
func recordNumber(s string, lo, hi int) bool {
	if len(s) != 2 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' {
		return false
	}
	n := int(s[0]-'0')*10 + int(s[1]-'0')
	return n >= lo && n <= hi
}

// releaseVersion reports a release's dotted version as a folder's name:
// two to four numbers of one to three digits joined by dots, a "v" in
// front or not (28.0, 26.0.0, v1.4.2).
func releaseVersion(s string) bool {
	s = strings.TrimPrefix(s, "v")
	parts := strings.Split(s, ".")
	if len(parts) < 2 || len(parts) > 4 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 3 || strings.Trim(p, "0123456789") != "" {
			return false
		}
	}
	return true
}
