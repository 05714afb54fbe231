package bot

import (
	"bytes"
	"strings"

	"github.com/immunebot/immune/bot/lure"
)

// The plain reading of security talk (namesThreat: two defenders' plain
// words, one of them where a threat is seen) is also how a scam tells
// its members where it went after a filter caught it: "our domain got
// blocked, the backup was x[.]com", "the old domain got flagged, same
// event at x[.]com", "the dns blocked our site, the event goes on at
// x[.]com", "our dns got blocked, the event is x[.]com". Two shapes give
// it away, and security talk writes neither of them of the pages it
// quotes (movedOn):
//   - the writers' own or former page told of as blocked, flagged,
//     banned ("our domain got blocked", "the old site was flagged",
//     "blocked our site": ownBlocked); a defender tells of the page
//     quoted as blocked ("x[.]com got blocked at the proxy", "the
//     domain was suspended"), not of their own;
//   - a page told of as where a thing of theirs is or goes on ("the
//     event is at x[.]com", "the node now lives at x[.]com", "same
//     event at x[.]com": placedAt), unless that thing is a defender's
//     plain word or a threat's name ("the panel is at", "the c2 is at").
// Both are read only where the plain words alone would name a threat: a
// threat's strong name is read as ever.

// movedOn reports words of toks that tell of a page blocked as the
// writers' own (ownBlocked) or of an indicator as the place where a
// thing of theirs is (placedAt).
func movedOn(toks []quoteToken) bool {
	return ownBlocked(toks) || placedAt(toks)
}

// ownBlocked reports a page or a place of the writers' own or a former
// one (ownMarks: our, my, old, main) told of as blocked, flagged, banned
// or reported (blockedWords), past words of being ("our domain got
// blocked", "the old site was flagged", "our hosts were banned") or
// right after it ("blocked our site", "flagged our old domain").
func ownBlocked(toks []quoteToken) bool {
	var prev [4]string // the folded words before, nearest first
	after := 0         // words left to read after a blockedWord
	marked := false    // an own mark read after it
	for _, t := range toks {
		if t.kind != tokWord {
			prev, after = [4]string{}, 0
			continue
		}
		var stack [64]byte
		w := string(lure.Fold(t.s, stack[:0]))
		if w == "" {
			continue
		}
		if after > 0 {
			after--
			switch {
			case ownMarks[w]:
				marked = true
			case marked && ownPlaces[w]:
				return true
			case w != "the":
				after = 0
			}
		}
		if blockedWords[w] {
			k := 0
			for k < len(prev) && beWords[prev[k]] {
				k++
			}
			if k+1 < len(prev) && ownPlaces[prev[k]] && ownMarks[prev[k+1]] {
				return true
			}
			after, marked = 3, false
		}
		prev = [4]string{w, prev[0], prev[1], prev[2]}
	}
	return false
}

// ownBlockedOnly reports a message whose only threat's names are the
// words that tell of the writers' own page as caught ("our site was
// reported by the bot, the drop is at x[.]com", "our server was
// blacklisted, the dashboard now lives at x[.]com"): ownBlocked, and no
// threat named (namesThreatStrong) once blockedWords are left out.
func ownBlockedOnly(toks []quoteToken, folded []byte) bool {
	if !ownBlocked(toks) {
		return false
	}
	var stack [512]byte
	rest := stack[:0]
	for words := folded; len(words) > 0; {
		var w []byte
		w, words = nextWord(words)
		if len(w) == 0 || blockedWords[string(w)] {
			continue
		}
		if len(rest) > 0 {
			rest = append(rest, ' ')
		}
		rest = append(rest, w...)
	}
	return !namesThreatStrong(rest)
}

// placedAt reports an indicator of toks told of, in its clause, as where
// a thing is or goes on ("the event is at x[.]com", "the node now runs
// on x[.]com", "same event at x[.]com"), unless that thing is a
// defender's plain word or a threat's name ("the panel is at x[.]com",
// "the c2 sits at x[.]com").
func placedAt(toks []quoteToken) bool {
	for i, t := range toks {
		if t.kind != tokIndicator {
			continue
		}
		var ws [5]string // folded words before toks[i], nearest first
		n := 0
		for j := i - 1; j >= 0 && n < len(ws) && toks[j].kind == tokWord && toks[j].sentence == t.sentence; j-- {
			if n > 0 && strings.ContainsAny(toks[j].s, ",;:") {
				break // the clause before
			}
			var stack [64]byte
			if w := string(lure.Fold(toks[j].s, stack[:0])); w != "" {
				ws[n] = w
				n++
			}
		}
		if n < 2 || ws[0] != "at" && ws[0] != "on" {
			continue
		}
		if ws[1] == "same" || ws[2] == "same" {
			return true // "same event at", "same place at"
		}
		if !placedVerbs[ws[1]] {
			continue
		}
		k := 2
		for k < n && (ws[k] == "now" || ws[k] == "still" || ws[k] == "also") {
			k++
		}
		if k >= n {
			continue
		}
		if _, seen := seenWords[ws[k]]; !seen && !threatWord([]byte(ws[k])) {
			return true
		}
	}
	return false
}

var (
	// blockedWords tell of a page a filter or a platform caught.
	blockedWords = setOf("blocked", "flagged", "banned", "removed", "suspended", "reported", "blacklisted", "blocklisted",
		"deleted", "nuked")
	// ownMarks make a page the writers' own or a former one.
	ownMarks = setOf("our", "my", "old", "main", "previous", "former")
	// beWords stand between a page and what was done to it: "got
	// blocked", "has been flagged".
	beWords = setOf("got", "was", "were", "is", "are", "been", "get", "gets", "has", "have", "had", "just", "now", "all",
		"being")
	// ownPlaces are the pages and places a group calls its own.
	ownPlaces = setOf("domain", "domains", "site", "sites", "website", "dns", "ip", "ips", "subdomain", "page", "pages",
		"link", "links", "post", "posts", "url", "urls", "server", "servers", "hosts", "group", "channel", "account",
		"portal", "app")
	// placedVerbs tell where a thing is: "is at", "runs on".
	placedVerbs = setOf("is", "are", "runs", "run", "lives", "live", "stays", "remains", "sits", "goes")
)

// namedAfter reports an indicator toks[i] that the words right after it
// name a threat of, as security talk names a page it has just quoted:
// a pronoun that points back to it and a form of "be" ("x[.]com. it's
// phishing for OAuth", "x[.]com -- it's the extranet phish", "a[.]com,
// b[.]net: both are typosquats"), then a threat's name within the next
// four words of its clause, read where it stands (namesThreatStrong: not
// "it's anti-phishing", "it's no scam"). Only the next sentence may hold
// them, and only when the indicator ends its own.
func namedAfter(toks []quoteToken, i int) bool {
	j := i + 1
	for j < len(toks) && toks[j].kind != tokWord && toks[j].sentence == toks[i].sentence {
		j++ // the indicators listed with it
	}
	if j >= len(toks) || toks[j].kind != tokWord || toks[j].sentence > toks[i].sentence+1 {
		return false
	}
	var stack [256]byte
	words := stack[:0]
	for k := j; k < len(toks) && k < j+7 && toks[k].kind == tokWord && toks[k].sentence == toks[j].sentence; k++ {
		if len(words) > 0 {
			words = append(words, ' ')
		}
		words = lure.Fold(toks[k].s, words)
		if k > j && strings.ContainsAny(toks[k].s, ",;:") {
			break // the clause ends
		}
	}
	for _, p := range pointBack {
		if rest, ok := bytes.CutPrefix(words, []byte(p)); ok && (len(rest) == 0 || rest[0] == ' ') {
			return predicatesThreat(rest)
		}
	}
	return false
}

// predicatesThreat reports folded words, right after a form of "be",
// that name a threat as what the page is: its name within the first
// three words, read where it stands (threatNamedAt: not "anti phishing",
// "no scam"), with no word before it that turns to something else
// ("where the scammers …", "safe from phishing": notPredicate), and
// ending the clause or followed by the kind of thing it is or a word
// that goes on to its target ("phishing.", "a stealer,", "a known
// phishing kit", "phishing for OAuth": predicateEnds). A threat's name
// that qualifies something else is not what the page is: "it's fake
// news", "the scam buster event", "the phishing awareness quiz",
// "scammers' worst nightmare".
func predicatesThreat(words []byte) bool {
	var last, before []byte
	for i := 0; i < 3 && len(words) > 0; i++ {
		var w []byte
		w, words = nextWord(words)
		if threatNamedAt(w, last, before, words) {
			next, _ := nextWord(words)
			return len(next) == 0 || predicateEnds[string(next)]
		}
		if notPredicate[string(w)] {
			return false
		}
		before, last = last, w
	}
	return false
}

// notPredicate are the words after "it's" that turn from telling what
// the page is: "it's where …", "it's safe from …", "it's not …".
var notPredicate = setOf("where", "what", "how", "when", "who", "why", "from", "for", "by", "to", "like", "not", "no",
	"safe", "against", "free", "only", "our", "my", "your", "real", "official", "legit")

// predicateEnds are the words that may follow a threat's name said of a
// page: the kind of thing it is ("phishing kit", "fake login",
// "typosquat domain") or a word that goes on to its target or its make
// ("phishing for OAuth", "a stealer that grabs", "a drainer targeting").
var predicateEnds = setOf("page", "pages", "site", "sites", "domain", "domains", "kit", "kits", "link", "links", "url",
	"urls", "campaign", "login", "lure", "app", "apk", "extension", "clone", "copy", "host", "server", "panel", "gate",
	"wave", "operation", "scheme", "attempt", "attack", "mail", "email", "sms", "text", "redirect", "infra",
	"infrastructure", "portal", "form", "landing", "template", "for", "of", "that", "which", "from", "with", "targeting",
	"aimed", "impersonating", "posing", "using", "again", "too", "as", "by", "in", "on")

// pointBack are the folded words by which a sentence points back to the
// page just quoted and tells what it is.
var pointBack = []string{"its", "it is", "thats", "that is", "this is", "which is", "both are", "theyre", "they are",
	"all are", "all of them are", "both of them are"}

// sentenceNamedAfter reports a sentence of toks whose last indicator the
// words right after it name a threat of (namedAfter), and whose words
// hold no lure's or offer's words (baits): "… linking to x[.]com/case.
// it's phishing for OAuth", not "bonus at x[.]com. it's a scam-hunters'
// giveaway".
func sentenceNamedAfter(toks []quoteToken, sentence int) bool {
	last := -1
	for i, t := range toks {
		if t.sentence == sentence && t.kind == tokIndicator {
			last = i
		}
	}
	if last < 0 {
		return false
	}
	var stack [256]byte
	return !baits(quoteWords(toks, sentence, stack[:0])) && namedAfter(toks, last)
}
