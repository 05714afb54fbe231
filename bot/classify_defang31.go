package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/lure"
)

// Analysts tell of what a program does with a page: "a mu-plugin that
// pulls hxxps://x[.]com/wp.js", "the command fetched hxxp://…/cap.ps1",
// "it pulls a second stage from hxxp://…", "the exe dropped from …
// connects to …". A fetch told in the third person or the past, by a
// program named before it, names the page a payload's source, as
// "dropper" or "C2" would; a scam asks its reader to fetch, in the
// imperative ("download from x[.]com", "pull the update").

// fetchedFrom reports an indicator of toks (of sentence only, unless
// sentence is negative) that a word of fetchTold leads to, at most four
// words before it in its sentence, told of a subject before it (the
// verb opens no sentence and follows no reader's name nor "to": not
// "Downloads: x[.]com", "you downloaded", "need to download").
func fetchedFrom(toks []quoteToken, sentence int) bool {
	for i, t := range toks {
		if t.kind != tokIndicator || sentence >= 0 && t.sentence != sentence {
			continue
		}
		for j := i - 1; j > 0 && j >= i-5 && toks[j].kind == tokWord && toks[j].sentence == t.sentence; j-- {
			var stack [64]byte
			if !fetchTold[string(lure.Fold(toks[j].s, stack[:0]))] {
				if !clauseGoesOn(toks[j].s) {
					break
				}
				continue
			}
			p := toks[j-1]
			if ps := strings.TrimRight(p.s, "\"'”)"); p.kind != tokWord || p.sentence != t.sentence || ps == "" || !clauseGoesOn(ps) {
				break
			}
			var pb [64]byte
			subject := string(lure.Fold(p.s, pb[:0]))
			if !readerNames[subject] && subject != "to" {
				return true
			}
			break
		}
	}
	return false
}

// fetchTold are the verbs, in the third person or the past, by which
// an analyst tells of a program fetching from a page.
var fetchTold = setOf("pulls", "pulled", "fetches", "fetched", "downloads", "downloaded", "drops", "dropped", "loads",
	"loaded", "retrieves", "retrieved", "grabs", "grabbed", "beacons", "beaconed")

// An analyst shows a lookalike word as the reader would see it, in
// quotation marks, and names the trick: 'renders as "аpple" with a
// cyrillic а', 'the punycode trick: … looks like "binаnсе"'. A scam
// writes its mixed-script words bare, to slip past a filter, and does
// not name the script it borrows.

// shownLookalike reports a word w, mixing scripts, that is a lookalike
// shown (in quotation marks, in a message whose folded words name the
// trick: scriptTrickWords, a homoglyph's or homograph's stem), not a
// word written disguised.
func shownLookalike(w string, folded []byte) bool {
	if !opensQuote(w) && !strings.HasPrefix(w, "'") && !strings.HasPrefix(w, "‘") {
		return false
	}
	for rest := folded; len(rest) > 0; {
		var x []byte
		x, rest = nextWord(rest)
		if scriptTrickWords[string(x)] || strings.HasPrefix(string(x), "homoglyph") || strings.HasPrefix(string(x), "homograph") {
			return true
		}
	}
	return false
}

// scriptTrickWords name a lookalike written in another script.
var scriptTrickWords = setOf("cyrillic", "greek", "punycode", "unicode", "idn", "confusable", "confusables")
