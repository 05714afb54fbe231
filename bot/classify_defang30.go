package bot

import (
	"bytes"
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// A link written broken up (hxxp, [.], (dot)) cannot be clicked: a scam
// that writes its link so must get its reader to mend it and go there,
// and says so in the imperative, to the reader: "copy it", "(remove
// xx)", "put the dot back", "just fix the scheme", "paste without the
// xx" (undoes), often telling why it is broken ("the bot deletes
// links", "telegram doesn't allow links so I wrote it like that":
// evades), and asks for the harmful act there: "connect your wallet",
// "import your seed", "enter your 24 words", "register at", "(login
// with discord)", "download the removal tool" (acts). Security talk
// tells of what a page asks of its victims ("it asks you to connect",
// "victims were told to enter"), after a condition ("if you entered
// your seed"), or turned away ("never log in"), and mends a defanged
// link only to feed a tool ("remove the brackets before running the
// query").

// Weights of a disguised link's finding (CodeDisguised) beside the
// message's calls: a call to mend it or a word of the filter it slips
// past warns; with a call to act there, it deletes.
const (
	wDisguisedUndo = 0.55
	wDisguisedAct  = 0.5
	wDisguisedBoth = 0.82
)

// keepDotDisguised returns links without those read only because their
// dot was disguised (linkx.Link.DotDisguised: wallet-scan[.]app,
// "meow://x[.]com"), unless the message calls its reader to mend a link
// or to act there (undo, act: disguiseCalls): security talk names such
// a file ("invoice[.]zip") or an exploit's address ("ldap://…") too.
func keepDotDisguised(links []linkx.Link, undo, act string) []linkx.Link {
	if undo != "" || act != "" {
		return links
	}
	kept := links[:0]
	for i := range links {
		if !links[i].DotDisguised {
			kept = append(kept, links[i])
		}
	}
	return kept
}

// judgeDisguiseCalls raises the finding of a disguised link
// (CodeDisguised), if one was made, by the message's calls to mend it
// (undo) or to act there (act): a call to mend it warns, a call to act
// warns, and both delete.
func judgeDisguiseCalls(rs *reasons, undo, act string) {
	list := rs.items()
	for i := range list {
		if list[i].Code != CodeDisguised {
			continue
		}
		subject := list[i].Subject
		switch {
		case undo != "" && act != "":
			rs.add(handRule(CodeDisguised, wDisguisedBoth, subject, say2("disguised_calls", subject, undo, act)))
		case undo != "":
			rs.add(handRule(CodeDisguised, wDisguisedUndo, subject, say2("disguised_undo", subject, undo)))
		default:
			rs.add(handRule(CodeDisguised, wDisguisedAct, subject, say2("disguised_act", subject, act)))
		}
		return
	}
}

// disguiseCalls reads a message's text for the calls of a scam that
// writes its link broken up, and returns the first word of each: undo, a
// call to mend the link (mendsLink); act, a call to a harmful act in the
// imperative (actVerbs), in a sentence that holds a link written broken
// up, with the link not its object ("confirm x[.]com is down" handles
// the link), and none of whose links the words after it name a threat
// ("download from x[.]net, it's a stealer": namedAfter, namedLater).
// Words inside a quotation or after a word telling of what another said
// ('"write hxxp" they said', "the lure says: connect …") are another's,
// and a message that names a defender's tool (toolAround: a query, a
// blocklist, a sandbox, netcraft) mends and handles links for it.
func disguiseCalls(text string) (undo, act string) {
	var buf [64]quoteToken
	toks := quoteTokens(text, buf[:0])
	if toolAround(toks) {
		return "", ""
	}
	quoted := false // inside a quotation: another's words
	reported := -1  // the sentence a word of telling opened with a colon
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		opens := strings.Count(t.s, "\"") + strings.Count(t.s, "“") + strings.Count(t.s, "”")
		inQuote := quoted || opens > 0
		if opens%2 == 1 {
			quoted = !quoted
		}
		if t.kind != tokWord || inQuote || t.sentence == reported {
			continue
		}
		var stack [64]byte
		w := string(lure.Fold(t.s, stack[:0]))
		if w == "" {
			continue
		}
		if strings.HasSuffix(t.s, ":") && tellingWords[w] {
			reported = t.sentence
			continue
		}
		afterLink := i > 0 && toks[i-1].kind == tokIndicator // "x[.]com put the dot back"
		imperative := imperativeAt(toks, i)
		if undo == "" && (imperative || afterLink) && mendsLink(toks, i, w) {
			undo = w
		}
		if act == "" && (imperative || afterLink) && actVerbs[w] && !negatedBefore(toks, i) && indicatorIn(toks, t.sentence) &&
			(i+1 >= len(toks) || toks[i+1].kind == tokWord) {
			if next, paired := pairedActs[w]; !paired {
				act = w
			} else if n := nextFolded(toks, i); next[n] && (i+2 >= len(toks) || toks[i+2].kind == tokWord ||
				strings.HasSuffix(toks[i+1].s, ":")) {
				act = w + " " + n // "xác nhận x[.]com là …" handles the link; "sign up: x[.]com" calls
			}
		}
	}
	if act != "" && namedLater(toks) {
		return undo, ""
	}
	if act != "" {
		for i := range toks {
			if toks[i].kind == tokIndicator && namedAfter(toks, i) {
				return undo, ""
			}
		}
	}
	return undo, act
}

// namedLater reports a sentence of toks, after the first, that opens by
// pointing back and names a threat as what it points at ("… and sign.
// it's a drainer": predicatesThreat).
func namedLater(toks []quoteToken) bool {
	for i := 1; i < len(toks); i++ {
		if toks[i].sentence == toks[i-1].sentence || toks[i].kind != tokWord {
			continue
		}
		var stack [256]byte
		words := stack[:0]
		for k := i; k < len(toks) && k < i+7 && toks[k].kind == tokWord && toks[k].sentence == toks[i].sentence; k++ {
			if len(words) > 0 {
				words = append(words, ' ')
			}
			words = lure.Fold(toks[k].s, words)
		}
		for _, p := range pointBack {
			if rest, ok := bytes.CutPrefix(words, []byte(p)); ok && (len(rest) == 0 || rest[0] == ' ') && predicatesThreat(rest) {
				return true
			}
		}
	}
	return false
}

// mendsLink reports a call toks[i] (folded w) to mend a link written
// broken up: a verb of undoVerbs with, within three words of its
// clause, what it mends: the disguise (disguiseWords: "(remove xx)",
// "put the dot back", "paste without the xx"), or the link to copy or
// paste (linkWords: "copy it", "copy into browser"), or the link itself
// right after it; "write", "type" and "change" only with a scheme
// ("write http", "change hxxps"; "write it like x[.]com" asks for a
// defang, "change it on amazon.com" is a password).
func mendsLink(toks []quoteToken, i int, w string) bool {
	if !undoVerbs[w] {
		return false
	}
	schemeOnly := w == "write" || w == "type" || w == "change"
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		if toks[j].kind != tokWord {
			if j > i+1 || schemeOnly || toks[j].kind != tokIndicator {
				return false
			}
			return true
		}
		var stack [64]byte
		o := string(lure.Fold(toks[j].s, stack[:0]))
		if disguiseWords[o] && (!schemeOnly || schemeWords[o]) || linkWords[o] && (w == "copy" || w == "paste") {
			return true
		}
		if strings.ContainsAny(toks[j].s, ",;") {
			return false
		}
	}
	return false
}

// indicatorIn reports a link written broken up in sentence of toks, or
// a message where none is one word but a dot stands alone: a link
// broken up at spaces ("x . com", "x (dot) com") is no one word, and its
// dot ends no sentence.
func indicatorIn(toks []quoteToken, sentence int) bool {
	some, spaced := false, false
	for _, t := range toks {
		switch {
		case t.kind == tokIndicator:
			if t.sentence == sentence {
				return true
			}
			some = true
		case spacedDots[strings.ToLower(t.s)]:
			spaced = true
		}
	}
	return !some && spaced
}

// imperativeAt reports a word toks[i] that starts a clause: the first
// word, or after a word or a link that ends one ("," ":" "." "(" "—"),
// or after a joining word (and, then, just, please, so, now, vui lòng)
// or a duty laid on the reader (must).
func imperativeAt(toks []quoteToken, i int) bool {
	t := toks[i].s
	if strings.HasPrefix(t, "(") || strings.HasPrefix(t, "[") {
		return true
	}
	if i == 0 {
		return true
	}
	p := toks[i-1]
	if strings.TrimRight(p.s, ",:;.!?)—–-→>") != p.s || dashOnly(p.s) || p.s == "→" || p.s == "->" {
		return true
	}
	if p.kind != tokWord {
		return false
	}
	var stack [64]byte
	w := string(lure.Fold(p.s, stack[:0]))
	if w == "long" && i >= 2 && toks[i-2].kind == tokWord {
		return string(lure.Fold(toks[i-2].s, stack[:0])) == "vui" // vui lòng: please
	}
	return joinWords[w]
}

// nextFolded is the folded word after toks[i], "" at the end.
func nextFolded(toks []quoteToken, i int) string {
	if i+1 >= len(toks) || toks[i+1].kind != tokWord {
		return ""
	}
	var stack [64]byte
	return string(lure.Fold(toks[i+1].s, stack[:0]))
}

// negatedBefore reports a negation right before toks[i] ("never log
// in", "don't connect").
func negatedBefore(toks []quoteToken, i int) bool {
	if i == 0 || toks[i-1].kind != tokWord {
		return false
	}
	var stack [64]byte
	return negations[string(lure.Fold(toks[i-1].s, stack[:0]))]
}

// toolAround reports a message that names a defender's tool, for which
// it mends or handles a link: a query, a blocklist, a sandbox, a hash,
// a service that takes reports of pages.
func toolAround(toks []quoteToken) bool {
	for _, t := range toks {
		if t.kind != tokWord {
			continue
		}
		var stack [64]byte
		if toolWords[string(lure.Fold(t.s, stack[:0]))] {
			return true
		}
	}
	return false
}

var (
	// undoVerbs are the calls to mend a link written broken up.
	undoVerbs = setOf("copy", "paste", "remove", "delete", "fix", "replace", "change", "put", "write", "type", "retype",
		"fill", "swap", "edit", "xoa", "sua", "thay", "dan")
	// schemeWords are the schemes a call to write one names.
	schemeWords = setOf("http", "https", "tt")
	// disguiseWords name a link's disguise, which a call to mend it
	// names; linkWords the link, or where it is copied to.
	disguiseWords = setOf("brackets", "bracket", "dot", "dots", "scheme", "xx", "x", "xs", "tt", "hxxp", "hxxps", "http",
		"https", "space", "spaces", "ngoac", "cham")
	linkWords = setOf("it", "link", "url", "address", "browser")
	// actVerbs are the harmful acts a scam asks for at its page.
	actVerbs = setOf("connect", "import", "enter", "sign", "log", "login", "signin", "signup", "send", "download", "install",
		"run", "register", "deposit", "pay", "verify", "confirm", "claim", "submit", "renew", "resolve", "apply", "link",
		"migrate", "sync", "validate", "stake", "unlock", "redeem", "complete",
		// Vietnamese, folded: kết nối (connect), đăng ký / đăng nhập
		// (register, log in), xác minh / xác nhận (verify, confirm),
		// nhập (enter), nạp (deposit)
		"ket", "dang", "xac", "nhap", "nap")
	// pairedActs are the actVerbs that call for an act only before one
	// of their words: "log in", "sign the message", "link your",
	// "send your", "kết nối", "đăng ký" ("the link is", "send a link",
	// "đang" are no calls).
	pairedActs = map[string]map[string]bool{
		"log": setOf("in"), "sign": setOf("in", "up", "the", "message"), "link": setOf("your"), "send": setOf("your"),
		"ket": setOf("noi"), "dang": setOf("ky", "nhap"), "xac": setOf("minh", "nhan"),
	}
	// joinWords join a call to what came before it.
	joinWords = setOf("and", "then", "just", "please", "pls", "plz", "so", "now", "simply", "must", "va", "roi")
	// toolWords name where a defender mends a link: a query, a list, a
	// scanner.
	toolWords = setOf("query", "queries", "kql", "spl", "blocklist", "blocklists", "denylist", "allowlist", "alias",
		"sandbox", "urlscan", "virustotal", "vt", "grep", "regex", "yara", "sigma", "siem", "feed",
		"sample", "samples", "hash", "sha256", "pcap", "netcraft", "phishtank", "urlhaus", "malwarebazaar", "anyrun",
		"browsing", "vm")
	// spacedDots are the dots of a link broken up at spaces.
	spacedDots = setOf(".", "(.)", "[.]", "{.}", "(dot)", "[dot]", "{dot}", "dot")
	// tellingWords, before a colon, tell of what another said: "the lure
	// says: …", "the text read: …".
	tellingWords = setOf("says", "said", "say", "saying", "reads", "read", "reading", "writes", "wrote", "texted",
		"claims", "claimed", "tells", "told", "asks", "asked")
)
