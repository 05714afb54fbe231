package bot

import (
	"bytes"
	"strings"

	"github.com/immunebot/immune/bot/lure"
)

// A page taken down ("netcraft took down", "was taken down") is how
// defenders tell of a phishing page's end, and how a scam tells its
// members why it moved: "the old site got taken down, the event
// continues at x[.]com", "they took down our group again, we are at
// x[.]com now". Told of the very pages a message quotes ("tucows took
// down x[.]com within an hour", "x[.]com was taken down") it names them
// a threat (takenDownToAll); told of anything else ("the old site got
// taken down") it names none.

// takenDownToAll reports toks that tell of every indicator they hold (of
// sentence only, unless sentence is negative) as taken down, right
// beside it: after the words ("took down x[.]com", "took down the domain
// x[.]com") or before them ("x[.]com was taken down", "x[.]com got taken
// down"). A page that no such words stand beside is one the message may
// send its reader to. Pages listed after one so told ("took down
// a[.]com and b[.]net", "took down a[.]com, b[.]net and c[.]org") are
// told of with it.
func takenDownToAll(toks []quoteToken, sentence int) bool {
	some := false
	told := -1 // the last indicator told of as taken down
	for i, t := range toks {
		if t.kind != tokIndicator || sentence >= 0 && t.sentence != sentence {
			continue
		}
		if !takenDownBefore(toks, i) && !takenDownAfter(toks, i) && !listedAfter(toks, told, i) && !listedBefore(toks, i) {
			return false
		}
		some, told = true, i
	}
	return some
}

// listedAfter reports an indicator toks[i] listed right after the
// indicator toks[told]: joined by "and" ("a[.]com and b[.]net"), or by a
// comma in a list that "and" ends ("a[.]com, b[.]net and c[.]org"), and
// said of nothing more (listEnds): not "took down a[.]com and b[.]net is
// the backup".
func listedAfter(toks []quoteToken, told, i int) bool {
	if told < 0 || toks[told].sentence != toks[i].sentence || !listEnds(toks, i) {
		return false
	}
	if i == told+2 && andWord(toks[told+1]) {
		return true
	}
	if i != told+1 || !strings.HasSuffix(toks[told].s, ",") {
		return false
	}
	// a comma: the list goes on, indicator by indicator, to an "and"
	for j := i; j+2 < len(toks) && toks[j].kind == tokIndicator; j += 2 {
		if andWord(toks[j+1]) && toks[j+2].kind == tokIndicator {
			return true
		}
		if !strings.HasSuffix(toks[j].s, ",") {
			return false
		}
		j-- // a comma joins with no word between
	}
	return false
}

// listedBefore reports an indicator toks[i] listed in front of one
// told of as taken down after it, in one list: "a[.]com and b[.]net
// have been taken down", "a[.]com, b[.]net and c[.]org were taken down"
// (rev27: the first pages of such a list were judged on 6f91f77).
func listedBefore(toks []quoteToken, i int) bool {
	for j := i; j+1 < len(toks) && toks[j].kind == tokIndicator; {
		switch {
		case j+2 < len(toks) && andWord(toks[j+1]) && toks[j+2].kind == tokIndicator && toks[j+2].sentence == toks[i].sentence:
			return takenDownAfter(toks, j+2)
		case strings.HasSuffix(toks[j].s, ",") && toks[j+1].kind == tokIndicator && toks[j+1].sentence == toks[i].sentence:
			j++
		default:
			return false
		}
	}
	return false
}

// andWord reports the word "and" (or "&") of toks.
func andWord(t quoteToken) bool {
	return t.kind == tokWord && (strings.EqualFold(t.s, "and") || t.s == "&")
}

// takenDownBefore reports a takenDown phrase that ends right before
// toks[i], or before "the" and one word before it ("took down the
// domain x[.]com"), in its sentence.
func takenDownBefore(toks []quoteToken, i int) bool {
	end := i - 1
	if end < 1 || toks[end].kind != tokWord || !clauseGoesOn(toks[end].s) {
		return false
	}
	if end >= 2 && foldedIs(toks[end-1].s, "the") && toks[end-1].kind == tokWord && clauseGoesOn(toks[end-1].s) {
		end -= 2
	}
	return phraseAt(toks, end-1, i) && clauseGoesOn(toks[end].s)
}

// takenDownAfter reports "taken down" right after toks[i], past up to
// three forms of "be", "have" or "get" ("x[.]com was taken down",
// "x[.]com has been taken down", "x[.]com got taken down", "x[.]com
// taken down"), in its sentence. After the page only the passive tells
// of it taken down: a page that takes something down is the one acting
// ("x[.]com is taking down prices for the weekend", "x[.]com takes down
// fees tonight", "x[.]com has taken down the limits" are a scam's
// offer, rev27).
func takenDownAfter(toks []quoteToken, i int) bool {
	at, have, be := i+1, false, false
	for n := 0; n < 3 && at < len(toks) && toks[at].kind == tokWord && foldedIn(toks[at].s, takenBeForms); n++ {
		have = have || foldedIn(toks[at].s, takenHaveForms)
		be = be || !foldedIn(toks[at].s, takenHaveForms) && !foldedIs(toks[at].s, "now")
		at++
	}
	return (be || !have) && at+1 < len(toks) && foldedIs(toks[at].s, "taken") && phraseAt(toks, at, i)
}

// phraseAt reports two words of toks, from toks[at], in the sentence of
// toks[i], that fold to a takenDown phrase.
func phraseAt(toks []quoteToken, at, i int) bool {
	if at < 0 || at+1 >= len(toks) {
		return false
	}
	a, b := &toks[at], &toks[at+1]
	if a.kind != tokWord || b.kind != tokWord || a.sentence != toks[i].sentence || b.sentence != toks[i].sentence {
		return false
	}
	var stack [64]byte
	two := lure.Fold(a.s, stack[:0])
	two = append(two, ' ')
	two = lure.Fold(b.s, two)
	for _, p := range takenDown {
		if string(two) == p {
			return true
		}
	}
	return false
}

// clauseGoesOn reports a word that does not end its clause: not "down:"
// nor "down," before the page ("they took down, mirror: x[.]com").
func clauseGoesOn(w string) bool {
	end := w[len(w)-1]
	return end >= 'a' && end <= 'z' || end >= 'A' && end <= 'Z'
}

// takenBeForms are the words between a page and "taken down": "x[.]com
// was taken down", "got taken down", "has been taken down", "is being
// taken down".
var takenBeForms = setOf("was", "is", "got", "been", "has", "have", "had", "being", "were", "are", "gets", "now")

// takenHaveForms are the forms of "have" among takenBeForms: "taken
// down" after them alone is the page's own doing ("x[.]com has taken
// down the fees"), after "been" it is done to the page.
var takenHaveForms = setOf("has", "have", "had")

// listEnds reports an indicator toks[i] that nothing is said of after it
// in its clause: it ends its clause or the text, or a word of when
// follows it ("within the hour", "in 3 hours", "overnight").
func listEnds(toks []quoteToken, i int) bool {
	if i+1 >= len(toks) || !clauseGoesOn(toks[i].s) || toks[i+1].kind != tokWord || andWord(toks[i+1]) {
		return true // the list goes on after "and": its last page is read so too
	}
	return foldedIn(toks[i+1].s, whenWords)
}

// whenWords tell when a page was taken down: "within the hour", "in 3
// hours", "after the report", "overnight".
var whenWords = setOf("within", "in", "after", "before", "today", "yesterday", "overnight", "too", "also", "both", "already")

// A call's word that a threat's name qualifies ("a fake steam login",
// "the fake browser update campaign", "fake zalo login page on
// x[.]com", "-- fake login, blocked them") names what the scam shows,
// as security talk describes it, not a call to the reader: the message
// itself calls it fake. fakedCalls drops such words from the folded text
// that callsReader reads; every other call is read as ever ("the fake
// login page is gone, log in at x[.]com").

// fakedCalls appends to dst the folded words of toks (quoteWords) without
// the call words that a threat's name qualifies (fakedCall).
func fakedCalls(toks []quoteToken, dst []byte) []byte {
	from := len(dst)
	for i, t := range toks {
		if t.kind != tokWord || fakedCall(toks, i) {
			continue
		}
		if len(dst) > from {
			dst = append(dst, ' ')
		}
		dst = lure.Fold(t.s, dst)
	}
	return dst
}

// fakedCall reports a word toks[i] that is one of the reader's calls
// that also name what a scam shows (fakeableCalls: login, update,
// download …) right after a threat's name or one word after it, in its
// clause ("fake login", "fake steam login", "phishing download"), the
// threat named where it stands (threatNamedAt: not "no fake login",
// "not a fake login", "anti phishing update"; a compound is read whole:
// "phishing-free login"), that ends its clause or goes on to what the
// scam is (fakedThings: "page", "campaign") or where it is (fakedWhere:
// "on", "at"), and that is told of the quoted page right beside it
// (fakedAt). A word of a victim's recovery between the threat and the
// call (recoveryWords: "scam victims claim page") makes it a recovery
// scam's offer.
func fakedCall(toks []quoteToken, i int) bool {
	var stack [64]byte
	w := lure.Fold(toks[i].s, stack[:0])
	if !fakeableCalls[string(w)] {
		return false
	}
	if clauseGoesOn(toks[i].s) && i+1 < len(toks) {
		next := &toks[i+1]
		if next.kind == tokWord && !foldedIn(next.s, fakedThings) && !foldedIn(next.s, fakedWhere) || next.kind == tokLink {
			return false
		}
	}
	for q := i - 1; q >= 0 && q >= i-2; q-- {
		t := &toks[q]
		if t.kind != tokWord || !clauseGoesOn(t.s) {
			return false
		}
		var buf [64]byte
		tw := lure.Fold(t.s, buf[:0])
		if bytes.IndexByte(tw, ' ') >= 0 {
			return false // a compound ("phishing-free", "scam-proof") is read whole
		}
		if !threatWord(tw) {
			if recoveryWords[string(tw)] {
				return false // "scam victims claim page": a recovery scam's offer (rev27)
			}
			continue
		}
		var b1, b2 [64]byte
		var last, before []byte
		if q > 0 && toks[q-1].kind == tokWord {
			last = lure.Fold(toks[q-1].s, b1[:0])
			if q > 1 && toks[q-2].kind == tokWord {
				before = lure.Fold(toks[q-2].s, b2[:0])
			}
		}
		var b3 [128]byte
		rest := b3[:0] // the words after the threat's name, to the call's next
		for r := q + 1; r < len(toks) && r <= i+1; r++ {
			if toks[r].kind == tokWord {
				if len(rest) > 0 {
					rest = append(rest, ' ')
				}
				rest = lure.Fold(toks[r].s, rest)
			}
		}
		return threatNamedAt(tw, last, before, rest) && !deniers[string(before)] && fakedAt(toks, q, i)
	}
	return false
}

// fakedAt reports the quoted page a faked call is told of, right
// beside it: after it, past what it names and a word of where ("fake
// zalo login page on x[.]com", "the fake browser update campaign now
// uses x[.]com"), or before the threat's name toks[q], past a word that
// says what the page shows ("x[.]com -- fake login", "x[.]com/login with
// a fake steam login"). A page brought in otherwise is offered beside
// the fake one ("avoid fake login pages by using x[.]com", "fake login
// page replaced by x[.]com", "the fake login page is gone, new page:
// x[.]com").
func fakedAt(toks []quoteToken, q, i int) bool {
	j, words := i+1, 0
	for j < len(toks) && toks[j].kind == tokWord && words < 3 && clauseGoesOn(toks[j-1].s) {
		if !foldedIn(toks[j].s, fakedThings) && !foldedIn(toks[j].s, fakedWhere) {
			break
		}
		j, words = j+1, words+1
	}
	if j < len(toks) && toks[j].kind == tokIndicator && clauseGoesOn(toks[j-1].s) && words > 0 && foldedIn(toks[j-1].s, fakedWhere) {
		return true
	}
	j, words = q-1, 0
	for j >= 0 && toks[j].kind == tokWord && words < 2 && (clauseGoesOn(toks[j].s) || dashOnly(toks[j].s)) {
		if !dashOnly(toks[j].s) && !foldedIn(toks[j].s, fakedShows) {
			return false
		}
		j, words = j-1, words+1
	}
	return j >= 0 && toks[j].kind == tokIndicator && (clauseGoesOn(toks[j].s) || strings.HasSuffix(toks[j].s, "/"))
}

// dashOnly reports a word of dashes alone ("--", "—"), which joins a
// page to what is said of it.
func dashOnly(w string) bool {
	return strings.Trim(w, "-–—") == ""
}

var (
	// fakeableCalls are the reader's calls that also name what a scam
	// shows: its login, its update, its download.
	fakeableCalls = setOf("login", "signin", "update", "download", "install", "verify", "claim", "connect", "mint", "swap", "refund")
	// fakedThings are what a faked call names: "fake login page", "fake
	// update campaign".
	fakedThings = setOf("page", "pages", "site", "sites", "screen", "screens", "prompt", "prompts", "popup", "popups", "form",
		"forms", "button", "buttons", "campaign", "campaigns", "kit", "kits", "wave", "lure", "lures", "scam", "scams", "trick")
	// fakedWhere say where a faked thing is, before the page: "on", "at",
	// "hosted on", "now uses".
	fakedWhere = setOf("on", "at", "from", "now", "uses", "used", "hosted", "served", "is", "was")
	// recoveryWords, between a threat's name and a call, make the call
	// one a recovery scam offers the threat's victims, not what the
	// threat shows: "scam victims claim page at x[.]com", "scam recovery
	// claim at x[.]com", "phishing losses refund on x[.]com" (rev27).
	recoveryWords = setOf("victim", "victims", "recovery", "recover", "compensation", "reimbursement", "loss", "losses", "lost",
		"funds", "fund", "payout", "payouts", "relief", "settlement", "restitution", "refunds", "affected")
	// fakedShows say what a page shows, between it and a faked thing:
	// "x[.]com -- fake login", "x[.]com with a fake login", "x[.]com
	// shows a fake login".
	fakedShows = setOf("a", "an", "with", "is", "was", "shows", "showed", "serves", "served", "hosts", "has", "had", "runs",
		"loads", "opens")
)
