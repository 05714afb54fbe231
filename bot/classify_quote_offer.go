package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/lure"
)

// A scam that wears one strong threat word ("the phishing page is gone",
// "avoid phishing pages", "after the takedown") still has to hand its
// reader the page, and the words right before the page say so: "new
// page: x[.]com", "we continue at x[.]com", "by using x[.]com", "ours is
// x[.]com", "replaced by x[.]com", "defanged so the bot doesn't delete it
// x[.]com". Security talk writes before a page what it is ("the new
// phishing page is", "the kit moved to", "the campaign continues at"),
// not where the reader goes next (offersDestination, offer27).

// offersDestination reports an indicator of toks that the words right
// before it, in its clause, offer the reader as a place to go
// (destinedAt).
func offersDestination(toks []quoteToken) bool {
	for i, t := range toks {
		if t.kind == tokIndicator && destinedAt(toks, i) {
			return true
		}
	}
	return false
}

// destinedAt reports an indicator toks[i] that the words right before it
// offer as a place to go: a new or our own page ("new page:", "our site
// is", "ours is", not "the new phishing page is"); a place the writers
// continue or moved to ("we continue at", "the event moved to", not "the
// kit moved to", "the campaign continues at", whose subject names a
// threat); a tool to use ("by using"); a replacement ("replaced by",
// "replaced with"); or a page written past the bot ("so the bot doesn't
// delete it"), with no threat's name between.
func destinedAt(toks []quoteToken, i int) bool {
	var ws [10]string // folded words before toks[i], nearest first
	n := 0
	for j := i - 1; j >= 0 && n < len(ws) && toks[j].kind == tokWord && toks[j].sentence == toks[i].sentence; j-- {
		if n > 0 && strings.ContainsAny(toks[j].s, ",;") {
			break // the clause before
		}
		var stack [64]byte
		w := string(lure.Fold(toks[j].s, stack[:0]))
		if w == "" {
			continue
		}
		ws[n] = w
		n++
	}
	word := func(k int) string {
		if k < n {
			return ws[k]
		}
		return ""
	}
	// past words that only point ("is", "at", "the", "now")
	k := 0
	for k < n && destPointers[ws[k]] {
		k++
	}
	switch {
	case word(k) == "ours":
		return true
	case destNouns[word(k)] && (word(k+1) == "new" || word(k+1) == "our"):
		// not a page a threat did something to: "scammers cloned our
		// site at x[.]com"
		for _, w := range ws[k+2 : n] {
			if threatWord([]byte(w)) {
				return false
			}
		}
		return true
	}
	switch prep := word(0); {
	case prep == "using" && word(1) == "by":
		return true
	case (prep == "by" || prep == "with") && replacedWords[word(1)]:
		return true
	case (prep == "at" || prep == "to") && goneOnWords[word(1)]:
		subject := word(2)
		if subject == "have" || subject == "has" || subject == "ve" || subject == "just" || subject == "now" || subject == "all" {
			subject = word(3)
		}
		_, seen := seenWords[subject]
		return subject != "" && !seen && !threatWord([]byte(subject))
	}
	// a page written past the bot: "so the bot doesn't delete it"
	bot, removed := false, false
	for k := range n {
		switch {
		case threatWord([]byte(ws[k])):
			return false
		case botWords[ws[k]]:
			bot = true
		case removeWords[ws[k]] && !bot:
			removed = true
		}
		if bot && removed {
			return true
		}
	}
	return false
}

var (
	// destPointers are the words between a page and what offers it:
	// "new page is", "ours is now".
	destPointers = setOf("is", "at", "the", "now", "here", "its", "will", "be", "are")
	// destNouns are what a new or our own page is called: one page, not
	// a list ("new domains: a[.]com, b[.]net" is how defenders head
	// indicators).
	destNouns = setOf("page", "site", "website", "domain", "link", "url", "address", "home", "group", "channel", "server",
		"portal", "one")
	// replacedWords are the words before "by" or "with" that offer a
	// replacement.
	replacedWords = setOf("replaced", "replace", "swapped")
	// goneOnWords are the words before "at" or "to" that tell where
	// something goes on: "we continue at", "the event moved to".
	goneOnWords = setOf("continue", "continues", "continued", "continuing", "moved", "migrated", "relocated", "switched")
	// botWords name what deletes a message; removeWords what it does.
	botWords    = setOf("bot", "bots", "filter", "filters", "automod", "mods", "antispam")
	removeWords = setOf("delete", "deletes", "deleted", "deleting", "remove", "removes", "eat", "eats", "nuke", "nukes",
		"catch", "catches", "ban", "bans", "flag", "flags", "block", "blocks")
)
