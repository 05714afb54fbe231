package bot

import (
	"bytes"
	"slices"
	"strings"

	"github.com/immunebot/immune/bot/lure"
)

// Three readings of security talk that quotes defanged links, beside
// quotesIndicators: a registrar's or an abuse desk's "suspended" told of
// the very pages the message quotes (doneToAll), a threat's name written
// as a compound ("write-up", "typo-squat": joinedThreat), and a page
// brought in as a place to go, which defenders' plain words around it do
// not make a quote of (offersPlace).

// luredBeyondDone reports lure or notice words found in a text other
// than a defender's plain word told of every page the message quotes:
// "suspended" is how a registrar's reply tells of a page taken off ("the
// registrar replied: we have suspended the domain dhl-customs[.]com",
// "suspended apple-id-unlock[.]support within 40 min"), and a notice's
// word too ("account suspended", "the domain was suspended, reactivation
// page …"). Said right before each indicator, and of nothing else
// (doneToAll), the word is the defender's: it does not keep namesThreat
// from reading the defenders' words around it. Any other lure or notice
// word ("verify", "locked", "parcel") does.
func luredBeyondDone(toks []quoteToken, found *lure.Found, notices *lure.NoticeFound) bool {
	for _, h := range found {
		if h.Weight > 0 && !doneToAll(toks, h.Phrase) {
			return true
		}
	}
	for _, h := range notices {
		if h.Weight > 0 && !doneToAll(toks, h.Phrase) {
			return true
		}
	}
	return false
}

// doneToAll reports a defender's plain word w (seenWords) that toks
// hold at least once, each time right before an indicator, or before
// "the" and one word and then an indicator ("suspended x[.]com",
// "suspended the domain x[.]com"), never after a page's or an account's
// name or a form of "be" ("domain suspended", "was suspended") and
// never ending its clause ("suspended:", "suspended,"), and before every
// indicator of toks: the page written after it is what was done to, and
// no other page is offered beside it.
func doneToAll(toks []quoteToken, w string) bool {
	if _, ok := seenWords[w]; !ok {
		return false
	}
	said := false
	for i, t := range toks {
		switch {
		case t.kind == tokIndicator:
			if doneAt(toks, i-1, w) != i && doneAt(toks, i-3, w) != i {
				return false // a page not told of as done to
			}
		case t.kind == tokWord && foldedIs(t.s, w):
			if doneAt(toks, i, w) < 0 {
				return false
			}
			said = true
		}
	}
	return said
}

// doneAt returns the index of the indicator that word w at toks[i]
// stands before ("suspended x[.]com", "suspended the domain x[.]com"),
// or -1 when toks[i] is not w so placed: at the end of its clause
// ("suspended:", "suspended,"), after a page's or an account's name or a
// form of "be" ("domain suspended", "was suspended"), or before no
// indicator.
func doneAt(toks []quoteToken, i int, w string) int {
	if i < 0 || i >= len(toks) || toks[i].kind != tokWord || !foldedIs(toks[i].s, w) {
		return -1
	}
	s := toks[i].s
	if end := s[len(s)-1]; end < 'a' || end > 'z' {
		return -1
	}
	if i > 0 && toks[i-1].kind == tokWord && foldedIn(toks[i-1].s, doneToNouns) {
		return -1
	}
	return indicatorAfter(toks, i)
}

// indicatorAfter returns the index of the indicator right after toks[i]
// or after "the" and one word ("suspended x[.]com", "blocked the domain
// x[.]com"), or -1.
func indicatorAfter(toks []quoteToken, i int) int {
	j := i + 1
	if j+2 < len(toks) && toks[j].kind == tokWord && strings.EqualFold(toks[j].s, "the") && toks[j+1].kind == tokWord {
		j += 2
	}
	if j >= len(toks) || toks[j].kind != tokIndicator {
		return -1
	}
	return j
}

// foldedIs reports a word that folds (lure.Fold) to w.
func foldedIs(s, w string) bool {
	var stack [64]byte
	return bytes.Equal(lure.Fold(s, stack[:0]), []byte(w))
}

// foldedIn reports a word that folds to one of set.
func foldedIn(s string, set map[string]bool) bool {
	var stack [64]byte
	return set[string(lure.Fold(s, stack[:0]))]
}

// doneToNouns are the words before a defender's plain word that make it
// a notice's ("domain suspended", "account suspended") or a passive one
// ("was suspended", "got suspended").
var doneToNouns = setOf("domain", "domains", "account", "accounts", "site", "website", "page", "hosting", "dns",
	"wallet", "profile", "server", "store", "shop", "channel", "email", "mailbox", "card", "number", "sim", "listing",
	"was", "is", "been", "be", "got", "are", "were", "get", "gets", "being", "temporarily", "permanently")

// joinedThreat reports a word of toks (of sentence only, unless sentence
// is negative) that names a threat written as one compound ("write-up",
// "typo-squat", "info-stealer"): a word that folds into several and
// names a threat (threatWord) once they are joined, none of which is a
// guard or a denial ("anti-phishing", "phishing-free", "no-scam"). The
// joined word is read where it stands as namesThreatStrong reads a word
// (threatNamedAt): a guard or a denial before it or a guard after it
// ("anti phish-ing", "zero mal-ware", "phish-ing free") and words that
// keep it out ("scam-mers can't reach") name no threat, as they name none
// beside the word written whole.
func joinedThreat(toks []quoteToken, sentence int) bool {
	var stack [512]byte
	text := stack[:0]
	var at [8]int // where the joined compounds start in text
	n := 0
	for _, t := range toks {
		if t.kind != tokWord || sentence >= 0 && t.sentence != sentence {
			continue
		}
		if len(text) > 0 {
			text = append(text, ' ')
		}
		start := len(text)
		text = lure.Fold(t.s, text)
		start = min(start, len(text)) // a word that folds to nothing takes the space back
		folded := text[start:]
		if !strings.ContainsAny(t.s, "-.") || bytes.IndexByte(bytes.TrimSpace(folded), ' ') < 0 || n == len(at) {
			continue // one word: read as ever
		}
		var joined [64]byte
		plain := joined[:0]
		guarded := false
		for rest := folded; len(rest) > 0; {
			var w []byte
			w, rest = nextWord(rest)
			guarded = guarded || guardWords[string(w)] || deniers[string(w)]
			plain = append(plain, w...)
		}
		if guarded || !threatWord(plain) {
			continue
		}
		text = append(text[:start], plain...)
		at[n] = start
		n++
	}
	if n == 0 {
		return false
	}
	var last, before []byte
	for rest := text; len(rest) > 0; {
		var w []byte
		w, rest = nextWord(rest)
		// w is text's own bytes: where it starts is told by its capacity
		if off := cap(text) - cap(w); slices.Contains(at[:n], off) && threatNamedAt(w, last, before, rest) {
			return true
		}
		before, last = last, w
	}
	return false
}

// offersPlace reports an indicator of toks brought in as a place to go:
// the word before it, past words that only point (at, is, on, via, the
// …), names a page or a tool ("unblock form at x[.]com", "mirror urls:
// x[.]top", "the backup is x[.]app"). Defenders' plain words around it
// ("the hosts got blocked") do not make a quote of a page offered so.
func offersPlace(toks []quoteToken) bool {
	for i, t := range toks {
		if t.kind == tokIndicator && placeBefore(toks, i, placeNouns) >= 0 {
			return true
		}
	}
	return false
}

// offersPortal reports an indicator of toks brought in as a place to go
// by a noun that names nothing else (goNouns: "the backup portal is
// x[.]app", "new portal: x[.]top", "mirrors: x[.]top", "mirror urls:
// x[.]top", "backup links: x[.]top"), which no
// threat's name qualifies right before it ("the phishing portal is", "the
// fake dapp at", not "the anti phishing portal"). A threat's strong name
// elsewhere in the message does not make a quote of a page offered so:
// a scam tells its members where it moved after a takedown ("old site
// got taken down, the backup portal is x[.]app", "TLP:CLEAR members
// portal: x[.]top"). Nouns that security talk writes before what it
// quotes ("the url", "links", "sites", "the page") are not read here
// (rev26).
func offersPortal(toks []quoteToken) bool {
	for i, t := range toks {
		if t.kind != tokIndicator {
			continue
		}
		j := placeBefore(toks, i, goNouns)
		if k := placeBefore(toks, i, placeNouns); j < 0 && k > 0 && toks[k-1].kind == tokWord && toks[k-1].sentence == t.sentence {
			// a page or a link named for a place to go: "mirror urls:",
			// "backup links:", "portal link:"
			var stack [64]byte
			if goNouns[string(lure.Fold(toks[k-1].s, stack[:0]))] {
				j = k - 1
			}
		}
		if j < 0 {
			continue
		}
		if !threatQualifies(toks, j) {
			return true
		}
	}
	return false
}

// threatQualifies reports a threat's name in one of the two words before
// toks[j] and in its clause ("the phishing portal", "spoofed support
// desk", not "under takedown, mirror:"), itself after no guard or denial
// ("the anti phishing portal", "no fake portal").
func threatQualifies(toks []quoteToken, j int) bool {
	for q := j - 1; q >= 0 && q >= j-2 && toks[q].kind == tokWord && !strings.ContainsAny(toks[q].s, ",;:"); q-- {
		var stack [64]byte
		if !threatWord(lure.Fold(toks[q].s, stack[:0])) {
			continue
		}
		if q > 0 && toks[q-1].kind == tokWord {
			if w := string(lure.Fold(toks[q-1].s, stack[:0])); guardWords[w] || deniers[w] {
				return false
			}
		}
		return true
	}
	return false
}

// placeBefore returns the index in toks of the word before the indicator
// toks[i], past words that only point (pointers), when it is one of
// nouns, or -1.
func placeBefore(toks []quoteToken, i int, nouns map[string]bool) int {
	for j := i - 1; j >= 0 && toks[j].kind == tokWord && toks[j].sentence == toks[i].sentence; j-- {
		var stack [64]byte
		w := string(lure.Fold(toks[j].s, stack[:0]))
		if pointers[w] || w == "" {
			continue
		}
		if nouns[w] {
			return j
		}
		break
	}
	return -1
}

var (
	// pointers are the words between a place and its page: "form at",
	// "backup is", "portal:".
	pointers = setOf("at", "is", "are", "on", "via", "here", "now", "the", "a", "an", "its", "their", "our", "in", "to", "of")
	// goNouns are placeNouns that name nothing but a place to go: not the
	// url, the link, the site or the page security talk quotes.
	goNouns = setOf("portal", "portals", "mirror", "mirrors", "backup", "backups", "form", "forms", "desk", "dashboard",
		"hub", "dapp", "checker", "app")
	// placeNouns name a page or a tool a reader is sent to.
	placeNouns = setOf("portal", "portals", "form", "forms", "mirror", "mirrors", "backup", "backups", "site", "sites",
		"page", "pages", "link", "links", "url", "urls", "tool", "tools", "checker", "area", "desk", "app", "dashboard",
		"hub", "center", "centre", "website", "server", "bot", "dapp", "platform")
)
