package bot

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// Security talk shows the trick it explains. A homograph of a famous
// domain written in Cyrillic or Greek letters (аpple.com, pаypal.com) is
// shown beside the trick's name (homograph, IDN, punycode, confusable,
// Cyrillic, "looks identical in the address bar"), often beside the real
// domain or its xn-- form; a brand-hyphen lookalike written defanged is
// quoted as what a campaign used or what the writer blocked. An attacker
// using the trick never explains it: a homoglyph link is posted bare or
// beside a call to the reader ("is this you?", "verify at", "log in"), a
// lure's or a prize's words, @everyone. showsHomograph reads the first
// shape, usedByThreat and actedOnAll widen quotesIndicators for the
// second.

// showsHomograph reports a message that shows a homograph as the trick
// it is: its words name the trick (namesScriptTrick), and it asks
// nothing of its reader (no call in the imperative: callsImperatively,
// and no word addressing the reader other than a generic "you":
// readerAddressed), vouches for no homograph (vouchesHomograph), speaks no
// lure's or notice's word at all, does not open as a brand's notice,
// offers no page as a place to go and mentions no one en masse. Its
// homoglyph links (shownHomograph) are then left unjudged.
func showsHomograph(text string, k *knowledge) bool {
	if mentionsEveryone(text) || !mayNameScriptTrick(text, k.links) {
		return false
	}
	var buf [64]quoteToken
	toks := quoteTokens(text, buf[:0])
	var stack [512]byte
	folded := quoteWords(toks, -1, stack[:0])
	if !namesScriptTrick(folded, k.links) {
		return false
	}
	if vouchesHomograph(toks, folded) || readerAddressed(folded) || brandSpeaks(text, folded, k) || offersDestination(toks) ||
		homographOffered(toks) {
		return false
	}
	if callsImperatively(toks) {
		return false
	}
	found, notices := lure.FindFolded(folded), lure.FindNotice(folded)
	return !found.Any() && !notices.Any() && !promisesGain(folded)
}

// promisesGain reports folded words that name what a scam offers
// (offerWords: bonus, giveaway, payout, refunds) or the gain it tells of
// (gainWords34: pays, profit, withdraw, 2x) (rev34). Talk of a trick or
// of a threat's pages says what the page is and what it did; a scam
// wrapped in the same words says what the reader gets there ("the IDN
// domain … is giving 2x bonus", "Cyrillic letters aside, … pays out
// instantly", "such as … where the giveaway is live").
func promisesGain(folded []byte) bool {
	for rest := folded; len(rest) > 0; {
		var w []byte
		w, rest = nextWord(rest)
		if offerWords[string(w)] || gainWords34[string(w)] {
			return true
		}
	}
	return false
}

// gainWords34 are the words of a gain a scam promises or a shill tells
// of having had, beside offerWords.
// A past payment ("the attacker paid for the domain") is a story's.
var gainWords34 = setOf("pays", "profit", "profits", "earn", "earned", "earning", "earnings", "withdraw", "withdrew",
	"withdrawal", "withdrawals", "2x", "x2", "3x", "x3", "10x", "x10", "doubled", "instantly", "jackpot")

// vouchesHomograph reports words that vouch for a page (vouchPhrases:
// is safe, works, new link; a clean ratio) or for a homograph: a word
// of vouchWords (the real one, official, legit; not after a negation)
// whose next link is written in another script's letters or its xn--
// form ("the real apple site: аpple.com"). Talk of the trick names the
// real domain or site beside the homograph ("vs the real apple.com",
// "it redirects to the real site"), which vouches for no homograph.
func vouchesHomograph(toks []quoteToken, folded []byte) bool {
	if containsAnyWords(folded, vouchPhrases) {
		return true
	}
	last, before := "", ""
	shown := -1 // the sentence of the last homograph link
	for i, t := range toks {
		if t.kind != tokWord {
			last, before = "", ""
			if strings.Contains(t.s, "xn--") || !isASCII(t.s) {
				shown = t.sentence
			}
			continue
		}
		if cleanRatio(t.s) {
			return true
		}
		w := foldedWord(t.s)
		vouch := vouchWords[w] && !negations[last] && !negations[before] && !negations34[last] && !negations34[before]
		before, last = last, w
		if !vouch {
			continue
		}
		if shown == t.sentence && vouchedAfter(toks, i) {
			return true // "аpple.com is the real one", "… is legit."
		}
		for _, u := range toks[i+1:] {
			if u.kind != tokWord {
				if strings.Contains(u.s, "xn--") || !isASCII(u.s) {
					return true
				}
				break
			}
		}
	}
	return false
}

// isASCII reports a string of ASCII characters only.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// shownHomograph reports a link of a message that shows a homograph
// (showsHomograph) left unjudged: one written in the text (not carried
// outside it: its target is clicked, whatever it reads), with no
// invisible characters inside, whose host is an internationalized name
// (written in other scripts' letters, or in its xn-- form). Every other
// link beside it is judged as ever.
func shownHomograph(l *linkx.Link) bool {
	return !l.Carried && !l.Hidden && (l.Unicode != l.Host || strings.Contains(l.Host, "xn--"))
}

// homographIn reports a link of links that shownHomograph would leave
// unjudged: the cheap test before showsHomograph reads the text.
func homographIn(links []linkx.Link) bool {
	for i := range links {
		if shownHomograph(&links[i]) {
			return true
		}
	}
	return false
}

// callsImperatively reports a call to the reader (readerCalls: verify,
// log in, claim, open, go to …) written as one, in the imperative: at
// the start of a clause (imperativeAt) or after "to", "please", "must"
// ("you need to verify"), not negated nor qualified by a threat's name
// (fakedCall); and "here" before a link or a colon ("here: аpple.com"),
// which points the reader there wherever it stands. An explanation
// tells of what someone does with a page ("lets someone register
// pаypal.com", "you get binance.com back", "pаypal.com here uses a
// Cyrillic а"); a scam tells its reader what to do there.
func callsImperatively(toks []quoteToken) bool {
	for i, t := range toks {
		if t.kind != tokWord || fakedCall(toks, i) {
			continue
		}
		var stack [128]byte
		w := lure.Fold(t.s, stack[:0])
		first, _ := nextWord(w)
		if len(first) == 0 {
			continue
		}
		if string(first) == "here" && (strings.HasSuffix(t.s, ":") || i+1 < len(toks) && toks[i+1].kind != tokWord) {
			return true // "here: аpple.com", "details here аpple.com"
		}
		pair := w
		if bytes.IndexByte(w, ' ') < 0 {
			if n := nextFolded(toks, i); n != "" {
				pair = append(append(w, ' '), n...)
			}
		}
		two := pair
		if k := bytes.IndexByte(pair, ' '); k >= 0 {
			if l := bytes.IndexByte(pair[k+1:], ' '); l >= 0 {
				two = pair[:k+1+l]
			}
		}
		if !callWords34[string(first)] && !callWords34[string(two)] {
			continue
		}
		if negatedBefore(toks, i) {
			continue
		}
		prev := ""
		if i > 0 && toks[i-1].kind == tokWord {
			prev = foldedWord(toks[i-1].s)
		}
		if imperativeAt(toks, i) || urgeWords34[prev] {
			return true
		}
	}
	return false
}

// namesScriptTrick reports folded words that name the homograph trick
// (scriptTrickWords, trickWords34, a homoglyph's or homograph's stem,
// "mixed script", "looks identical", "looked exactly like"), or links that show one name both ways: written in
// another script's letters and in its xn-- form ("аррӏе.com is
// xn--80ak6aa92e.com"). A scam writes its homoglyph link bare: it does
// not name the script it borrows, nor spell the name it hides.
func namesScriptTrick(folded []byte, links []linkx.Link) bool {
	var last []byte
	for rest := folded; len(rest) > 0; {
		var w []byte
		w, rest = nextWord(rest)
		switch {
		case scriptTrickWords[string(w)] || trickWords34[string(w)],
			bytes.HasPrefix(w, []byte("homoglyph")), bytes.HasPrefix(w, []byte("homograph")),
			bytes.Equal(w, []byte("script")) && bytes.Equal(last, []byte("mixed")),
			(bytes.Equal(w, []byte("identical")) || bytes.Equal(w, []byte("exactly"))) && (bytes.HasPrefix(last, []byte("look")) || bytes.Equal(last, []byte("pixel"))):
			return true
		}
		last = w
	}
	unicode, puny := false, false
	for i := range links {
		l := &links[i]
		if l.Unicode == l.Host {
			continue
		}
		if strings.Contains(l.Raw, "xn--") {
			puny = true
		} else {
			unicode = true
		}
	}
	return unicode && puny
}

// readerAddressed reports folded words that address the reader as a
// scam does (readerNames: your, yourself, quý khách, mọi người …) other
// than a bare "you" or "u", which an explanation uses of anyone ("you
// get binance.com back", "until you see the punycode"). A scam's "you"
// comes with its lure ("is this you", "you won"), which showsHomograph
// reads apart.
func readerAddressed(folded []byte) bool {
	for p := range readerNames {
		if p == "you" || p == "u" {
			continue
		}
		if found, negated := wordsNegated(folded, p); found || negated {
			return true
		}
	}
	return false
}

// trickWords34 name the homograph trick beside scriptTrickWords (the
// letters it swaps in, what it is: a lookalike, a spoof).
var trickWords34 = setOf("idns", "omicron", "lookalike", "lookalikes", "spoofed", "spoofing", "spoof", "mixedscript",
	"homoglyphs", "homographs", "indistinguishable")

// usedByThreat reports an indicator of toks told of as what a threat's
// agent used (threatAgents: a campaign, a kit, a wave, its operators)
// with a verb of use (usedVerbs: used, is using, registered, rotated
// through, hosted on), the agent within three words before the
// verb and the verb within three words before the indicator, in one
// clause: "this campaign used x[.]com", "the kit rotated through
// x[.]net", "the campaign is now using x[.]com". A scam tells its
// reader where its own pages are ("our campaign is live at"); the
// writers' own agent ("our campaign used") is no threat.
func usedByThreat(toks []quoteToken) bool {
	for i, t := range toks {
		if t.kind != tokIndicator {
			continue
		}
		for j := i - 1; j >= 1 && j >= i-3 && toks[j].kind == tokWord && toks[j].sentence == t.sentence; j-- {
			if j < i-1 && !clauseGoesOn(toks[j].s) {
				break
			}
			if !foldedIn(toks[j].s, usedVerbs) {
				continue
			}
			for a := j - 1; a >= 0 && a >= j-3 && toks[a].kind == tokWord && toks[a].sentence == t.sentence; a-- {
				if !clauseGoesOn(toks[a].s) {
					break
				}
				if foldedIn(toks[a].s, threatAgents) && (a == 0 || !foldedIn(toks[a-1].s, ownWords34)) {
					return true
				}
			}
			break
		}
	}
	return false
}

// actedOnAll reports toks whose every indicator a defender, writing in
// the first person, or a defender's tool (toolWords, defenderTools34)
// did a defender's act to (defenderActs, right before it or before
// "the" and one word and then it: doneAt34): "we blocked x[.]com", "I
// reported the domain x[.]com", "we've just sinkholed x[.]net", "Safe
// Browsing now flags x[.]com". A scam tells of its own page caught
// ("the proxy blocked our domain") to send its reader to another; no
// scam blocks or reports the page it sends its reader to.
func actedOnAll(toks []quoteToken) bool { return everyIndicator(toks, actedOn) }

// everyIndicator reports toks that hold an indicator and whose every
// indicator toks[i] is as is(toks, i) says (actedOnAll, examplesAll).
func everyIndicator(toks []quoteToken, is func(toks []quoteToken, i int) bool) bool {
	some := false
	for i, t := range toks {
		if t.kind != tokIndicator {
			continue
		}
		if !is(toks, i) {
			return false
		}
		some = true
	}
	return some
}

// actedOn reports an indicator toks[i] that a defender's act in the
// first person stands before (actedOnAll).
func actedOn(toks []quoteToken, i int) bool {
	for v := i - 1; v >= i-3 && v >= 1; v-- {
		w := foldedWord(toks[v].s)
		if !defenderActs[w] || doneAt34(toks, v) != i {
			continue
		}
		for s := v - 1; s >= 0 && s >= v-3 && toks[s].kind == tokWord; s-- {
			x := foldedWord(toks[s].s)
			if firstPerson34[x] || toolWords[x] || defenderTools34[x] {
				return true
			}
			if !actAdverbs34[x] {
				break
			}
		}
	}
	return false
}

// doneAt34 returns the index of the indicator that the word at toks[i]
// stands before, right after it or after "the" and one word, or -1.
func doneAt34(toks []quoteToken, i int) int {
	s := toks[i].s
	if end := s[len(s)-1]; end < 'a' || end > 'z' {
		return -1
	}
	return indicatorAfter(toks, i)
}

var (
	// callWords34 are readerCalls that call for an act (not those
	// that name the reader).
	callWords34 = func() map[string]bool {
		m := map[string]bool{}
		for _, c := range readerCalls {
			if !readerNames[c] {
				m[c] = true
			}
		}
		return m
	}()
	// urgeWords34 put a call on the reader: "need to verify", "please
	// log in".
	urgeWords34 = setOf("to", "please", "pls", "plz", "must", "should", "gotta", "vui")
	// threatAgents name who uses a threat's pages: a campaign, a kit,
	// a wave of it, its operators.
	threatAgents = setOf("campaign", "campaigns", "kit", "kits", "wave", "waves", "operator", "operators", "operation",
		"crew", "gang", "group", "cluster", "lure", "lures", "actor", "actors", "attacker", "attackers", "scammers", "phishers")
	// usedVerbs are the verbs of use, in the past, by which an analyst
	// tells of a threat's pages.
	usedVerbs = setOf("used", "using", "uses", "registered", "rotated", "hosted", "abused", "leveraged", "spun", "stood", "switched",
		"relied", "pointed", "impersonated", "spoofed", "cycled")
	// ownWords34 make an agent the writers' own: "our campaign".
	ownWords34 = setOf("our", "my", "ours")
	// defenderActs are what a defender does to a threat's page.
	defenderActs = setOf("blocked", "reported", "flagged", "sinkholed", "blocklisted", "blacklisted", "denylisted",
		"quarantined", "nuked", "killed", "banned", "removed", "suspended", "filtered", "dropped", "blocks", "flags",
		"detects", "detected", "caught", "catches")
	// defenderTools34 are the defenders' tools that do a defender's act
	// to a page: "Safe Browsing now flags x[.]com", "the proxy blocked
	// x[.]com" (toolWords too).
	defenderTools34 = setOf("proxy", "firewall", "gateway", "dns", "resolver", "edr", "av", "antivirus", "defender",
		"smartscreen", "filter", "scanner", "automod", "bot", "waf", "ids", "ips", "soc", "siem", "crowdstrike",
		"sentinelone", "netcraft", "cloudflare", "google", "microsoft", "it", "team", "mods", "security")
	// firstPerson34 are the subjects of a defender's own act.
	firstPerson34 = setOf("we", "i", "weve", "ive", "wed", "id", "mods", "admins")
	// actAdverbs34 stand between a defender and the act: "we've just
	// blocked", "I already reported".
	actAdverbs34 = setOf("just", "already", "also", "now", "have", "had", "finally", "quickly", "immediately", "then", "and")
)

// examplesAll reports toks whose every indicator is shown as an example
// (exampleWords: "e.g.", "for example", "examples this month:"; "such
// as", "for instance"), the example's word at most six words before it in its sentence,
// or before a list of indicators it heads ("examples: a[.]com, b[.]net
// and c[.]org"). Security talk shows the pages it warns of as
// examples of a kind; a scam hands its reader one page to go to, not an
// example of one.
func examplesAll(toks []quoteToken) bool { return everyIndicator(toks, exampleAt) }

// exampleAt reports an indicator toks[i] shown as an example
// (examplesAll).
func exampleAt(toks []quoteToken, i int) bool {
	words := 0
	for j := i - 1; j >= 0 && toks[j].sentence == toks[i].sentence && words < 6; j-- {
		if toks[j].kind != tokWord {
			continue // a list of indicators: "e.g. a[.]com, b[.]com"
		}
		w := foldedWord(toks[j].s)
		if exampleWords[w] || w == "as" && j > 0 && foldedIs(toks[j-1].s, "such") || w == "instance" && j > 0 && foldedIs(toks[j-1].s, "for") {
			return true
		}
		if !listWords34[w] {
			words++
		}
	}
	return false
}

var (
	// exampleWords show what follows as an example.
	exampleWords = setOf("eg", "e g", "example", "examples")
	// listWords34 join a list's items.
	listWords34 = setOf("", "and", "or", "etc", "also", "plus")
)

// vouchedAfter reports a vouch word at toks[i], after a homograph link
// of its sentence, said of it (rev34): followed by "one" ("… is the real
// one") or ending its sentence or clause as the link's predicate ("…
// is legit.", "… is official, I checked"), not asked ("is it real?").
func vouchedAfter(toks []quoteToken, i int) bool {
	t := toks[i]
	if strings.HasSuffix(t.s, "?") {
		return false
	}
	if strings.ContainsAny(t.s[len(t.s)-1:], ".,;:!") || i+1 == len(toks) || toks[i+1].sentence != t.sentence {
		return i > 0 && toks[i-1].kind == tokWord && beWords34[foldedWord(toks[i-1].s)]
	}
	n := toks[i+1]
	return n.kind == tokWord && !strings.HasSuffix(n.s, "?") && (foldedWord(n.s) == "one" || foldedWord(n.s) == "ones")
}

// beWords34 are the forms of "be" a vouch word is said of a page after.
var beWords34 = setOf("is", "its", "thats", "are", "was", "looks", "seems")

// negations34 are the negations of "be" beside negations.
var negations34 = setOf("isnt", "arent", "wasnt", "aint", "nor")

// homographOffered reports a homograph link of toks (another script's
// letters or its xn-- form) brought in as a place to go (rev34): a noun
// that names nothing else right before it ("mirror (IDN): …", "the
// backup portal is …", goNouns) with no threat's name qualifying it, or
// said after it to be the writers' or a good place ("… is our new
// home", "… is where the team hangs out now", "… looks fine to me",
// "… is the one that works": praiseWords34, at most two linking words
// between, one at least: "pаypal.com where the а is U+0430" tells of
// the name). Talk of the trick says what the homograph is and does
// ("renders like", "is really xn--…", "was registered").
func homographOffered(toks []quoteToken) bool {
	for i, t := range toks {
		if t.kind == tokWord || !strings.Contains(t.s, "xn--") && isASCII(t.s) {
			continue
		}
		if placeNamed34(toks, i) {
			return true
		}
		for q, links := i+1, 0; q < len(toks) && toks[q].kind == tokWord && toks[q].sentence == t.sentence; q++ {
			w := foldedWord(toks[q].s)
			if links > 0 && (praiseWords34[w] || w == "the" && q+1 < len(toks) && toks[q+1].sentence == t.sentence &&
				foldedWord(toks[q+1].s) == "one") {
				return true
			}
			if !linkWords34[w] || links == 2 || strings.ContainsAny(toks[q].s, ",;:.!?") {
				break
			}
			links++
		}
	}
	return false
}

// placeNamed34 reports a noun that names nothing but a place to go
// (goNouns) among the three words before toks[i] in its sentence, past
// pointing words (pointers) and the trick's names ("mirror (IDN):",
// "homograph-proof mirror"), no threat's name right before it ("the
// phishing portal").
func placeNamed34(toks []quoteToken, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3 && toks[j].kind == tokWord && toks[j].sentence == toks[i].sentence; j-- {
		w := foldedWord(toks[j].s)
		if goNouns[w] {
			if j == 0 || toks[j-1].kind != tokWord || toks[j-1].sentence != toks[i].sentence {
				return true
			}
			p := foldedWord(toks[j-1].s)
			return trickName34(p) || !threatWord([]byte(p))
		}
		if !pointers[w] && !trickName34(w) {
			return false
		}
	}
	return false
}

// trickName34 reports a folded word that names the homograph trick.
func trickName34(w string) bool {
	return scriptTrickWords[w] || trickWords34[w] || strings.HasPrefix(w, "homograph") || strings.HasPrefix(w, "homoglyph")
}

var (
	// praiseWords34 say a page is the writers' or a good place to be.
	praiseWords34 = setOf("our", "ours", "where", "fine", "good", "great", "legit", "ok", "okay", "safe", "working", "reliable",
		"trustworthy")
	// linkWords34 link a page to what is said of it.
	linkWords34 = setOf("is", "its", "looks", "seems", "now", "still", "really", "totally", "just", "also", "was")
)

// carriesMore reports a homoglyph link of a message that shows the
// trick (showsHomograph) which carries more than the homograph (talk46):
// written live, with a scheme, outside quotes and backticks, and with a
// finding the talk of the trick does not explain: a sign-in or wallet
// page's word in its path (credentialWords: /login, /verify,
// /wallet-connect), its homoglyph name above another's registrable
// domain (gіthub.com-auth.site belongs to com-auth.site), or a name under
// an ending mostly registered for abuse (cheapName). Talk shows the
// homograph's host bare, defanged or quoted ("the Cyrillic а in
// аpple.com"); an attacker adds the trick's name to his page's link
// ("https://gіthub.com-auth.site/login (that's a Cyrillic і)"), which is
// then judged as ever. It runs only beside a shown homograph.
func carriesMore(l *linkx.Link, text string) bool {
	if l.Bare || l.Disguised || quotedAt(l, text) {
		return false
	}
	if cheapName(l) || strings.Contains(l.Subdomain(), "xn--") {
		return true
	}
	found := false
	forPathWords(l.Path, func(w string) bool {
		found = credentialWords.has(w)
		return !found
	})
	return found
}

// quotedAt reports a link of text written right after a quote mark or
// a backtick (`https://…`, "https://…", “https://…”): shown as a string,
// not offered.
func quotedAt(l *linkx.Link, text string) bool {
	start, _ := l.Span()
	if start <= 0 || start > len(text) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:start])
	return strings.ContainsRune("`\"'“‘«‹「", r)
}
