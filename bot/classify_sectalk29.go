package bot

import (
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
