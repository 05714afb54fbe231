package bot

import (
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
		if !takenDownBefore(toks, i) && !takenDownAfter(toks, i) && !listedAfter(toks, told, i) {
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

// takenDownAfter reports a takenDown phrase right after toks[i], past
// a form of "be" or "get" ("x[.]com was taken down", "x[.]com got
// taken down", "x[.]com taken down"), in its sentence.
func takenDownAfter(toks []quoteToken, i int) bool {
	at := i + 1
	if at < len(toks) && toks[at].kind == tokWord && foldedIn(toks[at].s, takenBeForms) {
		at++
	}
	return at+1 < len(toks) && phraseAt(toks, at, i)
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
// was taken down", "got taken down".
var takenBeForms = setOf("was", "is", "got", "been", "has", "have", "were", "are", "gets", "now")

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
