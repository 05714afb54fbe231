package bot

import (
	"strings"
	"unicode/utf8"

	"github.com/immunebot/immune/bot/lure"
)

// Defenders quote what a scam said or showed in quotation marks, and
// say so: 'the "shared a file with you" lure', 'the "I reported you by
// mistake" scam', 'a fake "plugin update" going around', 'an issue
// titled "Critical vulnerability in your repo, see report"', 'the text
// was literally "press Windows+R … to confirm you are not a robot"'. The
// calls, lures and the reader's name inside such a quotation are the
// scam's words told of, not the writer's to the reader. A scam's own
// quotation marks stress what it hands over ('the "claim" button is at',
// '"free nitro" link:', 'the "official" link') or stand around what the
// reader is to type or press ('click "Verify"'), and are read as ever
// (sec28).

// writersTokens returns toks without the words of each quotation told
// of as what a scam said or showed (reportedQuotes), in toks' own array.
func writersTokens(toks []quoteToken) []quoteToken {
	var marks [64]bool
	reported := reportedQuotes(toks, marks[:0])
	kept := toks[:0]
	for i, t := range toks {
		if !reported[i] {
			kept = append(kept, t)
		}
	}
	return kept
}

// reportedQuotes appends to dst, for each word of toks, whether it stands
// in a quotation told of as what a scam said or showed (toldQuote): a
// span in double quotation marks, holding no link.
func reportedQuotes(toks []quoteToken, dst []bool) []bool {
	dst = dst[:0]
	for range toks {
		dst = append(dst, false)
	}
	for i := 0; i < len(toks); i++ {
		if toks[i].kind != tokWord || !opensQuote(toks[i].s) {
			continue
		}
		end := -1 // the word that closes the quotation
		for j := i; j < len(toks) && toks[j].kind == tokWord; j++ {
			if closesQuote(toks[j].s, j == i) {
				end = j
				break
			}
		}
		if end < 0 {
			continue
		}
		if toldQuote(toks, i, end) {
			for j := i; j <= end; j++ {
				dst[j] = true
			}
		}
		i = end
	}
	return dst
}

// toldQuote reports a quotation toks[i..end] told of as what a scam said
// or showed: a threat's name right after it, in its clause ('the "…"
// lure', 'the "…" scam'), or a threat's name or a word of saying right
// before it ('fake "…"', 'titled "…"', 'literally "…"'). A quotation
// told of only by a thing it names ('the "claim" button is at', '"free
// nitro" link:') may be the scam's own stress on what it hands over.
func toldQuote(toks []quoteToken, i, end int) bool {
	if end+1 < len(toks) && toks[end+1].kind == tokWord && clauseGoesOn(strings.TrimRight(toks[end].s, "\"”")) {
		var stack [128]byte
		rest := stack[:0] // the words after the threat's name, to see it is not guarded ('"…" phishing-free')
		for j := end + 2; j < len(toks) && j <= end+3 && toks[j].kind == tokWord; j++ {
			if len(rest) > 0 {
				rest = append(rest, ' ')
			}
			rest = lure.Fold(toks[j].s, rest)
		}
		if threatNamedAt([]byte(foldedWord(toks[end+1].s)), nil, nil, rest) {
			return true
		}
	}
	if i == 0 || toks[i-1].kind != tokWord {
		return false
	}
	before := toks[i-1].s
	if last := before[len(before)-1]; last != ':' && !clauseGoesOn(before) {
		return false
	}
	w := foldedWord(before)
	var b1, b2 []byte // the two words before w: not 'no fake "…"'
	if i > 1 && toks[i-2].kind == tokWord {
		b1 = []byte(foldedWord(toks[i-2].s))
		if i > 2 && toks[i-3].kind == tokWord {
			b2 = []byte(foldedWord(toks[i-3].s))
		}
	}
	if threatNamedAt([]byte(w), b1, b2, nil) {
		return true
	}
	// a word of saying tells of a threat's words when the threat is its
	// teller, named in its clause before it ('phishing mails titled "…"',
	// 'the smishing text that reads "…"'), or when the message names the
	// threat after the quotation ('literally "…" on x[.]com, it's
	// clickfix'). A warning in a clause of its own before it is a scam's
	// opening as often: 'scammers are everywhere, support is asking
	// "please verify your account" only via x[.]top' (rev28).
	return saidWords[w] && (threatTells(toks, i-1) || threatAfter(toks, end))
}

// threatTells reports a threat named in the clause of toks[said], before
// it: the words back to the first that ends a clause (a comma, a colon,
// a dash) or a link.
func threatTells(toks []quoteToken, said int) bool {
	for k := said - 1; k >= 0 && toks[k].kind == tokWord && clauseGoesOn(toks[k].s); k-- {
		if threatNamedIn(toks, k) {
			return true
		}
	}
	return false
}

// threatAfter reports a threat named in the words after toks[end].
func threatAfter(toks []quoteToken, end int) bool {
	for k := end + 1; k < len(toks); k++ {
		if toks[k].kind == tokWord && threatNamedIn(toks, k) {
			return true
		}
	}
	return false
}

// threatNamedIn reports toks[k] naming a threat (threatNamedAt), read
// with the two words before it and the two after.
func threatNamedIn(toks []quoteToken, k int) bool {
	word := func(j int) []byte {
		if j < 0 || j >= len(toks) || toks[j].kind != tokWord {
			return nil
		}
		return []byte(foldedWord(toks[j].s))
	}
	var stack [128]byte
	rest := stack[:0]
	for j := k + 1; j <= k+2 && j < len(toks) && toks[j].kind == tokWord; j++ {
		if len(rest) > 0 {
			rest = append(rest, ' ')
		}
		rest = lure.Fold(toks[j].s, rest)
	}
	return threatNamedAt(word(k), word(k-1), word(k-2), rest)
}

// opensQuote reports a word that opens a quotation: it starts with a
// double quotation mark, after any bracket.
func opensQuote(w string) bool {
	w = strings.TrimLeft(w, "([")
	return strings.HasPrefix(w, "\"") || strings.HasPrefix(w, "“")
}

// closesQuote reports a word that closes a quotation: it ends with a
// double quotation mark, before any punctuation; a word that opens the
// quotation closes it only past its opening mark ('"verify"').
func closesQuote(w string, opening bool) bool {
	if opening {
		w = strings.TrimLeft(w, "([")
		_, size := utf8.DecodeRuneInString(w)
		w = w[size:]
	}
	w = strings.TrimRight(w, ".,;:!?)]")
	return strings.HasSuffix(w, "\"") || strings.HasSuffix(w, "”")
}

// foldedWord returns a word folded (lure.Fold).
func foldedWord(s string) string {
	var stack [64]byte
	return string(lure.Fold(s, stack[:0]))
}

// saidWords tell of the words a scam said or showed: 'saying "…"',
// 'titled "…"', 'literally "…"'.
var saidWords = setOf("saying", "says", "said", "titled", "reads", "reading", "literally", "subject", "asking", "asks",
	"asked", "telling", "tells", "claiming", "claims", "claimed", "wording")

// A tool against a threat handed to the reader is a fake remedy's offer,
// whatever threat it names ("ransomware decryptor: x[.]com", "RAT
// removal tool: x[.]com", "stealer cleaner at x[.]com", "the drainer
// checker is x[.]com"): the threat's name before the tool is what it is
// sold against, not what the page is. A remedy the message calls false
// ("the fake decryptor at x[.]com") is the threat told of (sec28).

// offersRemedy reports an indicator of toks that a remedy's name right
// before it, past words that only point (at, is, the, …), offers
// (remedyNouns: decryptor, remover, cleaner, checker …, or a tool or
// utility a remedy's name leads: "removal tool", "cleanup utility"),
// with no word calling the remedy false (falseWords: fake, rogue,
// trojanized …) among the three before it.
func offersRemedy(toks []quoteToken) bool {
	for i, t := range toks {
		if t.kind != tokIndicator {
			continue
		}
		j := placeBefore(toks, i, remedyPlaces)
		if j < 0 {
			continue
		}
		if remedyTools[foldedWord(toks[j].s)] {
			// a tool a remedy's name leads: "removal tool", "cleanup utility"
			if j == 0 || toks[j-1].kind != tokWord || toks[j-1].sentence != t.sentence || !remedyLeads[foldedWord(toks[j-1].s)] {
				continue
			}
			j--
		}
		if !calledFalse(toks, j) {
			return true
		}
	}
	return false
}

// calledFalse reports a word that calls what toks[j] names false (fake,
// rogue, trojanized …) among the three words before it, in its clause, not
// after a denial ("no fake").
func calledFalse(toks []quoteToken, j int) bool {
	for q := j - 1; q >= 0 && q >= j-3 && toks[q].kind == tokWord && clauseGoesOn(toks[q].s); q-- {
		if !falseWords[foldedWord(toks[q].s)] {
			continue
		}
		return q == 0 || toks[q-1].kind != tokWord || !deniers[foldedWord(toks[q-1].s)]
	}
	return false
}

var (
	// remedyNouns name a tool against a threat; remedyTools are the
	// plain tools a remedy's name leads (remedyLeads: "removal tool",
	// "cleanup utility"), and remedyPlaces the words before a page that
	// may offer a remedy.
	remedyNouns = setOf("decryptor", "decryptors", "decrypter", "remover", "removers", "cleaner", "cleaners", "checker",
		"checkers", "detector", "killer", "fixer")
	remedyTools  = setOf("tool", "tools", "utility", "app")
	remedyLeads  = union(remedyNouns, setOf("removal", "cleanup", "decryption", "repair"))
	remedyPlaces = union(remedyNouns, remedyTools)
	// falseWords call a remedy false: "the fake decryptor".
	falseWords = setOf("fake", "bogus", "rogue", "malicious", "trojanized", "backdoored", "impostor", "lookalike",
		"spoofed", "fraudulent", "counterfeit")
)

// union returns a set of the words of a and b.
func union(a, b map[string]bool) map[string]bool {
	m := make(map[string]bool, len(a)+len(b))
	for w := range a {
		m[w] = true
	}
	for w := range b {
		m[w] = true
	}
	return m
}
