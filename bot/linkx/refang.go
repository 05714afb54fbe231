package linkx

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind records which disguises Refang undid.
type Kind uint8

// The disguises Refang undoes.
const (
	KindDefanged  Kind = 1 << iota // hxxp, [.], (.), (dot), [:], ［.］, 〔.〕
	KindSpacedDot                  // "dlscord . com"
	KindWideDot                    // full-width or ideographic full stops
	KindInvisible                  // zero-width or direction-changing characters between host characters
)

// kindLoose marks, beside KindDefanged, a defang written other than as
// security analysts write indicators (hxxp, [.], [:], [://], [dot], with
// no spaces): "(dot)", "{.}", "h**p", " [.] ", any of Unicode's other
// brackets ("［.］", "〔.〕") or a wide dot inside one ("[。]"). Refang does not report
// it; a link with one is not Defanged.
const kindLoose Kind = 1 << 7

// defangKind is the kind of the defang text[i:i+n] that hxxp or
// bracketDot matched.
func defangKind(text string, i, n int) Kind {
	m := text[i : i+n]
	switch {
	case n == 4 && (m[1]|0x20) == 'x':
		return KindDefanged // hxxp, hXXp
	case m == "[.]" || m == "[:]" || m == "[://]" || strings.EqualFold(m, "[dot]"):
		return KindDefanged
	}
	return KindDefanged | kindLoose
}

// Refang undoes the ways a link is written to slip past filters and reports
// which it undid. When there is nothing to undo it returns text itself and
// allocates nothing.
func Refang(text string) (string, Kind) {
	clean, edits := refang(text, false)
	var k Kind
	for _, e := range edits {
		k |= e.kind
	}
	return clean, k &^ kindLoose
}

// edit is one disguise undone, at byte offset pos of the clean text.
type edit struct {
	pos  int
	kind Kind
}

// refang undoes text's disguises and returns the clean text and where each
// was undone. strict reads a word that is also an ending after a full stop
// as an ending wherever it stands (spacedDot).
func refang(text string, strict bool) (string, []edit) {
	clean, edits, _ := refangStop(text, strict)
	return clean, edits
}

// refangStop is refang that also reports SentenceStop(text): whether a
// spaced dot it read was declined as a sentence's end or a function
// word's ending (spacedDotAt's stop; strict reads it as a link all the
// same). Every place SentenceStop reads, a dot with a space beside it
// after a host label and before two lower-case letters, is one
// nextDisguise stops at and refang reads with spacedDotAt from the same
// byte, and every other place refang reads so is none; so one pass over
// the text answers both (TestSpeed50aStopInRefang).
func refangStop(text string, strict bool) (string, []edit, bool) {
	// Most text holds no disguise: skip to where one may start, and
	// return at once where none can (speed51a: before the pass's setup).
	next := nextDisguise(text, 0)
	if next == len(text) {
		return text, nil, false
	}
	var b []byte // nil until the first change
	stopped := false
	var edits []edit
	kind := Kind(0)
	hiddenEnd := -1 // just after the last invisible character removed
	emit := func(i int) {
		if b == nil {
			b = make([]byte, 0, len(text))
			b = append(b, text[:i]...)
		}
		edits = append(edits, edit{pos: len(b), kind: kind})
	}
	for i := 0; i < len(text); next = -1 { // the first skip is made above
		if next < 0 {
			next = nextDisguise(text, i)
		}
		if next > i {
			if b != nil {
				b = append(b, text[i:next]...)
			}
			i = next
			if i == len(text) {
				break
			}
		}
		c := text[i]
		if !startByte[c] || !mayStart(text, i) {
			if b != nil {
				b = append(b, c)
			}
			i++
			continue
		}
		switch {
		case c == 'h' || c == 'H':
			if n := hxxp(text[i:]); n > 0 {
				kind = defangKind(text, i, n)
				emit(i)
				b = append(b, "http"...)
				i += n
				continue
			}
		case c == '[' || c == '(' || c == '{' || c == ' ':
			if n, repl := bracketDot(text, i); n > 0 {
				kind = defangKind(text, i, n)
				emit(i)
				b = append(b, repl...)
				i += n
				continue
			}
			if c == ' ' {
				if n := spacedDotStop(text, i, strict, &stopped); n > 0 {
					kind = KindSpacedDot
					emit(i)
					b = append(b, '.')
					i += n
					continue
				}
			}
		case c == '.':
			if n := spacedDotStop(text, i, strict, &stopped); n > 0 {
				kind = KindSpacedDot
				emit(i)
				b = append(b, '.')
				i += n
				continue
			}
		case c >= utf8.RuneSelf:
			if !mayDisguise(c) {
				// Vietnamese letters, emoji and the like: copy the whole
				// rune without decoding it.
				n := runeLen(c)
				if n > len(text)-i {
					n = len(text) - i
				}
				for k := 1; k < n; k++ {
					if text[i+k]&0xC0 != 0x80 {
						n = 1 // not valid UTF-8: step one byte
						break
					}
				}
				if b != nil {
					b = append(b, text[i:i+n]...)
				}
				i += n
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if i > 0 && (text[i-1] == ' ' || hostCharBefore(text, i)) && isOpenBracket(r) {
				// Unicode's bracket, maybe spaced from the host
				// ("x ［.］ com"): the spaces, copied already, are
				// taken back into the match. (No disguise undone ends
				// before a space: they are all in b as written.)
				s := spacesBefore(text, i, 0)
				if n, repl := bracketDot(text, s); n > 0 && spacesEnd(b, i-s) {
					if b != nil {
						b = b[:len(b)-(i-s)]
					}
					kind = defangKind(text, s, n)
					emit(s)
					b = append(b, repl...)
					i = s + n
					continue
				}
			}
			if isWideDot(r) && asciiLabelBefore(text, i) && asciiLabelAt(text, i+size) {
				kind = KindWideDot
				emit(i)
				b = append(b, '.')
				i += size
				continue
			}
			// The rest of a run of invisible characters goes with the
			// first: it stands between the same two host characters.
			if isInvisible(r) && (i == hiddenEnd || hostCharBefore(text, i) && hostCharAfterInvisible(text, i+size)) {
				kind = KindInvisible
				emit(i)
				i += size
				hiddenEnd = i
				continue
			}
		}
		if b != nil {
			b = append(b, c)
		}
		i++
	}
	if b == nil {
		return text, nil, stopped
	}
	return string(b), edits, stopped
}

// nextDisguise returns where, at or after from, the next disguise may
// start (len(text) if none can): no disguise starts in text[from:next].
// It looks for the bytes every disguise holds (trigger) and, from there,
// back over the spaces a disguise may begin with: the x or * of hxxp or
// h**p after its h, a bracket ([.], (dot), [:]) after a host character
// and any spaces, a dot with a space beside it between a host label and
// two lower-case letters, the second byte of U+180E (E1 A0) after its
// first, and the lead bytes of wide dots, invisible characters and
// Unicode's brackets. Its tests are the cheapest of those the matchers
// make, so that chat is passed over at a few instructions a byte: the
// bytes it stops at are those chat seldom holds (not the h of every
// "https", nor the E1 of Vietnamese letters, U+1Exx), and text with none
// of them is passed eight bytes to a test. After a test that finds one,
// the bytes up to it are read one by one, as are the text's last seven
// (speed51a: they were tested eight again, with bytes read already).
func nextDisguise(text string, from int) int {
	for k := from; ; k++ {
		for k+8 <= len(text) && quiet8(text[k:k+8]) {
			k += 8
		}
		for k < len(text) && trigger[text[k]] == 0 {
			k++ // to the trigger in the next eight, or the text's end
		}
		if k == len(text) {
			return k
		}
		c := text[k]
		if c == '.' {
			// the most frequent trigger (links, numbers, sentences'
			// ends): only one with a space beside it may start one
			if (k > from && text[k-1] == ' ' || k+1 < len(text) && text[k+1] == ' ') && spacedDotStart(text, k, from) {
				return spacesBefore(text, k, from)
			}
			continue
		}
		switch c {
		case 'x', 'X', '*':
			// hxxp, h**p: the h before is where it starts
			if k > from && (text[k-1] == 'h' || text[k-1] == 'H') {
				return k - 1
			}
		case '[', '(', '{':
			s := spacesBefore(text, k, from)
			if hostCharBefore(text, s) {
				return s
			}
		case 0xA0:
			// U+180E: its lead byte E1 is also Vietnamese letters'
			// (U+1Exx), passed over
			if k > from && text[k-1] == 0xE1 {
				return k - 1
			}
		case 0xC2, 0xD8, 0xE2, 0xE3, 0xEF:
			// the lead bytes of wide dots, invisible characters and
			// Unicode's brackets
			return k
		}
	}
}

// spacedDotStart reports whether a spaced dot may start at the spaces
// before the dot at text[k] (not before from): a host label's character
// before them and two lower-case letters after the dot and its spaces.
func spacedDotStart(text string, k, from int) bool {
	s := spacesBefore(text, k, from)
	e := k + 1
	for e < len(text) && text[e] == ' ' {
		e++
	}
	return (s < k || e > k+1) && asciiLabelBefore(text, s) && e+1 < len(text) && isLower(text[e]) && isLower(text[e+1])
}

// quiet8 reports whether none of the eight bytes of q is a trigger.
func quiet8(q string) bool {
	return trigger[q[0]]|trigger[q[1]]|trigger[q[2]]|trigger[q[3]]|trigger[q[4]]|trigger[q[5]]|trigger[q[6]]|trigger[q[7]] == 0
}

// spacesEnd reports whether b is nil (nothing changed yet) or ends in n
// spaces.
func spacesEnd(b []byte, n int) bool {
	if b == nil {
		return true
	}
	if len(b) < n {
		return false
	}
	for _, c := range b[len(b)-n:] {
		if c != ' ' {
			return false
		}
	}
	return true
}

// spacesBefore returns the start of the run of spaces that ends at
// text[k], but not before from.
func spacesBefore(text string, k, from int) int {
	for k > from && text[k-1] == ' ' {
		k--
	}
	return k
}

// trigger marks (1) the bytes nextDisguise looks closer at: a byte and
// not a bool, so that eight bytes' marks are or-ed in one test.
var trigger = func() (t [256]uint8) {
	for _, c := range []byte("xX*[({.") {
		t[c] = 1
	}
	for _, c := range []byte{0xA0, 0xC2, 0xD8, 0xE2, 0xE3, 0xEF} {
		t[c] = 1
	}
	return t
}()

// startByte marks the bytes a disguise can start at: the h of hxxp, an
// opening bracket, a space or dot that may be spaced around a dot, and the
// lead bytes of wide dots, invisible characters and Unicode's brackets.
var startByte = func() (t [256]bool) {
	for _, c := range []byte("hH[({ .") {
		t[c] = true
	}
	for _, c := range []byte{0xC2, 0xD8, 0xE1, 0xE2, 0xE3, 0xEF} {
		t[c] = true
	}
	return t
}()

// mayStart is the cheap test of whether a disguise can start at text[i],
// a byte startByte marks:
// the full matchers run only where it says so. A space or a dot must be
// followed by what a spaced or bracketed dot goes on with, an h by the x
// or * of hxxp, and U+1Exx (Vietnamese letters, under the same lead byte
// as U+180E) is passed over.
func mayStart(text string, i int) bool {
	c := text[i]
	if i+1 >= len(text) {
		return c >= utf8.RuneSelf
	}
	n := text[i+1]
	switch c {
	case ' ':
		return n == ' ' || n == '.' || n == '[' || n == '(' || n == '{'
	case '.':
		return n == ' '
	case 'h', 'H':
		return n == 'x' || n == 'X' || n == '*'
	case 0xE1:
		return n == 0xA0
	}
	return true
}

// hxxp returns the length of a defanged http scheme at the start of s
// ("hxxp", "hXXps", "h**p"), replaced by "http" (the "s" stays).
func hxxp(s string) int {
	if len(s) < 7 {
		return 0
	}
	m := s[1] | 0x20
	if !(m == 'x' && s[2]|0x20 == 'x' || s[1] == '*' && s[2] == '*') || s[3]|0x20 != 'p' {
		return 0
	}
	rest := s[4:]
	if rest[0]|0x20 == 's' {
		rest = rest[1:]
	}
	if strings.HasPrefix(rest, "://") || strings.HasPrefix(rest, "[:]//") || strings.HasPrefix(rest, "[://]") {
		return 4
	}
	return 0
}

// bracketDot matches optional spaces, then [.] (.) {.} [dot] (dot) {dot}
// or [:] [://], then optional spaces, between two host characters. It returns
// the length matched and the replacement. The brackets may also be any of
// Unicode's other opening and closing punctuation (general categories Ps
// and Pe: ［.］, 〔.〕, ⁅.⁆, （.）, 【.】), and the dot any full stop that
// IDNA or compatibility normalisation reads as one ([。], ［．］).
func bracketDot(text string, i int) (int, string) {
	if i == 0 || !hostCharBefore(text, i) {
		return 0, ""
	}
	j := i
	for j < len(text) && text[j] == ' ' {
		j++
	}
	if j >= len(text) {
		return 0, ""
	}
	open := text[j]
	k := j + 1
	var close byte
	switch open {
	case '[':
		close = ']'
	case '(':
		close = ')'
	case '{':
		close = '}'
	default:
		if open < utf8.RuneSelf {
			return 0, ""
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isOpenBracket(r) {
			return 0, ""
		}
		k = j + size
	}
	var repl string
	switch {
	case k < len(text) && text[k] == '.':
		repl, k = ".", k+1
	case len(text)-k >= 3 && strings.EqualFold(text[k:k+3], "dot"):
		repl, k = ".", k+3
	case strings.HasPrefix(text[k:], "://"):
		repl, k = "://", k+3
	case k < len(text) && text[k] == ':':
		repl, k = ":", k+1
	case k < len(text) && text[k] >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(text[k:])
		if !isWideDot(r) {
			return 0, ""
		}
		repl, k = ".", k+size
	default:
		return 0, ""
	}
	if k >= len(text) {
		return 0, ""
	}
	if close != 0 && text[k] == close {
		k++
	} else if r, size := utf8.DecodeRuneInString(text[k:]); (close == 0 || r >= utf8.RuneSelf) && isCloseBracket(r) {
		// a Unicode bracket on either side: any closing one ends it
		k += size
	} else {
		return 0, ""
	}
	if repl == "." {
		for k < len(text) && text[k] == ' ' {
			k++
		}
	}
	if k >= len(text) || !isLabelByte(text[k]) && text[k] != '/' {
		return 0, ""
	}
	return k - i, repl
}

// isOpenBracket reports an opening bracket other than ASCII's: a rune of
// Unicode's open punctuation (Ps) written with a lead byte the fast path
// of refang looks at (U+2000..U+3FFF and U+F000..U+FFFF: ⁅, ❨, 〔, 【,
// ［, （, ｛ and the like).
func isOpenBracket(r rune) bool {
	return bracketBlock(r) && unicode.Is(unicode.Ps, r)
}

// isCloseBracket is isOpenBracket for closing punctuation (Pe), and the
// ASCII closing brackets.
func isCloseBracket(r rune) bool {
	switch r {
	case ')', ']', '}':
		return true
	}
	return bracketBlock(r) && unicode.Is(unicode.Pe, r)
}

// bracketBlock reports whether r is written with lead byte E2, E3 or EF,
// the blocks of Unicode's brackets that refang's fast path stops at.
func bracketBlock(r rune) bool {
	return r >= 0x2000 && r < 0x4000 || r >= 0xF000 && r <= 0xFFFF
}

// spacedDot matches "label . tld" written with spaces around the dot (at
// least one) at text[i], where the left word is a lower-case host label and
// the right word a lower-case top-level domain: "dlscord . com/nitro". With
// no space before the dot, as a sentence ends, a two-letter word after it
// is read as the next sentence's first word ("the endpoints. it works"),
// and so is an ending that is an ordinary word of English or of chat
// (wordTLDs: "your ign. map is live", "a bad mesh. run the check"),
// unless a path follows it. strict reads such an ending as one wherever
// it stands, for a text that holds lure language (ExtractCleanStrict).
func spacedDot(text string, i int, strict bool) int {
	n, stop := spacedDotAt(text, i)
	if stop && !strict {
		return 0
	}
	return n
}

// spacedDotStop is spacedDot that also sets *stopped when a sentence's
// end declines the spaced dot (read or not, as strict says).
func spacedDotStop(text string, i int, strict bool, stopped *bool) int {
	n, stop := spacedDotAt(text, i)
	if stop {
		*stopped = true
		if !strict {
			return 0
		}
	}
	return n
}

// spacedDotAt returns the length of the spaced dot at text[i] read as a
// link's, 0 for none, and whether a sentence's end declines it: a full
// stop before a word that is also an ending ("your ign. map is live").
func spacedDotAt(text string, i int) (n int, stop bool) {
	if i < 2 || !asciiLabelBefore(text, i) {
		return 0, false
	}
	// the left word: at least two lower-case label characters
	w := i
	for w > 0 && (isLower(text[w-1]) || isDigit(text[w-1]) || text[w-1] == '-') {
		w--
	}
	if i-w < 2 || w > 0 && (text[w-1] >= 'A' && text[w-1] <= 'Z' || text[w-1] >= utf8.RuneSelf) {
		return 0, false
	}
	j, spaces := i, 0
	for j < len(text) && text[j] == ' ' {
		j++
		spaces++
	}
	if j >= len(text) || text[j] != '.' {
		return 0, false
	}
	sentence := spaces == 0 // "word. word": how a sentence ends and the next begins
	j++
	for j < len(text) && text[j] == ' ' {
		j++
		spaces++
	}
	if spaces == 0 || spaces > 4 {
		return 0, false
	}
	e := j
	for e < len(text) && isLower(text[e]) {
		e++
	}
	if e-j < 2 || e-j > 24 || sentence && e-j == 2 && (e == len(text) || text[e] != '/') {
		// after a full stop, two letters are a word that starts the
		// next sentence (it, de, in, me, to, la) more often than a
		// country code; one followed by a path is not ("sms. ac/win")
		return 0, false
	}
	if e < len(text) && !(text[e] == ' ' || text[e] == '/' || text[e] == '\n' || text[e] == ',' || text[e] == '.' && (e+1 == len(text) || text[e+1] == ' ')) {
		return 0, false
	}
	if !IsTLD(text[j:e]) {
		return 0, false
	}
	if !sentence && functionWords[text[w:i]] && (w == 0 || strings.IndexByte("./:@_", text[w-1]) < 0) && (e == len(text) || text[e] != '/') {
		// an article, a determiner, a pronoun or a preposition before
		// a spaced ending speaks of the ending ("not the .org one",
		// "any .dev name", "your .xyz site", "cac .vn"): no host is
		// named so; one that is a host's inner label or follows a
		// scheme ("login.my .com", "hxxp://my .site") and one with a
		// path after the ending ("is .gd/x") are a link's (fp45). Beside
		// lure language it is read as a link all the same ("connect
		// your wallet at ours .top"), as a sentence's end is
		// (SentenceStop, ExtractCleanStrict; rev45a)
		return j - i, true
	}
	if sentence && (e == len(text) || text[e] != '/') && (inPath(text, w) || w > 0 && text[w-1] == '.' && IsTLD(text[w:i])) {
		// after a full stop, a word after a link already whole starts
		// the next sentence: one ending its path ("…/index.html. you
		// can"), or its host's own ending ("ethereum.org. dev docs");
		// a host written broken up has no path before it, and its
		// inner label is no ending ("wallet-013.web. app")
		return j - i, true
	}
	if sentence && wordTLDs[text[j:e]] && (e == len(text) || text[e] != '/') && sentenceEnd(text, w, i) {
		// after a full stop, a word that is also an ending (map,
		// top, run, help, report, lol) starts the next sentence
		// when the sentence ended with a word ("a bad mesh. run
		// the check") or a short one ("dm me your ign. map is
		// live"); a name no dictionary holds before it
		// ("discorrd. site", "nitro-gift. space", "24a. live"), a
		// host's inner label ("wallet-013.web. app") or a path after
		// it ("ign. map/win") is a link written broken up
		return j - i, true
	}
	return j - i, false
}

func isLower(c byte) bool { return c >= 'a' && c <= 'z' }

// functionWords are the closed classes of English words — articles,
// determiners, pronouns, prepositions, conjunctions and auxiliaries —
// and Vietnamese ones as written without their marks (cac, cua, cho,
// ban), which stand before a word in a sentence, never as a host's
// name before a spaced ending: "the .org squatter", "a .com domain",
// "my .net version", "mua ten mien .com cho web" (fp45). Two letters
// at least: spacedDotAt reads no shorter name.
var functionWords = map[string]bool{
	// English articles and determiners
	"an": true, "the": true, "this": true, "that": true, "these": true, "those": true, "any": true, "some": true,
	"every": true, "each": true, "no": true, "another": true, "other": true, "either": true, "neither": true,
	"which": true, "what": true, "whose": true, "whichever": true, "whatever": true, "all": true, "both": true,
	"few": true, "many": true, "much": true, "more": true, "most": true, "less": true, "such": true, "same": true,
	// pronouns and possessives
	"my": true, "your": true, "his": true, "her": true, "its": true, "our": true, "their": true, "own": true,
	"it": true, "we": true, "they": true, "you": true, "he": true, "she": true, "me": true, "us": true, "them": true,
	"him": true, "one": true, "ones": true, "mine": true, "yours": true, "ours": true, "theirs": true,
	// prepositions
	"of": true, "in": true, "on": true, "at": true, "to": true, "for": true, "from": true, "with": true, "by": true,
	"via": true, "per": true, "about": true, "into": true, "onto": true, "over": true, "under": true, "than": true,
	"like": true, "as": true, "without": true, "within": true, "vs": true, "versus": true, "between": true,
	"among": true, "against": true, "towards": true, "toward": true, "after": true, "before": true, "during": true,
	"through": true, "across": true, "behind": true, "beyond": true, "near": true, "off": true, "out": true,
	"up": true, "upon": true, "around": true, "along": true, "beside": true, "besides": true, "despite": true,
	"except": true, "inside": true, "outside": true, "past": true, "till": true, "until": true, "since": true,
	"instead": true, "plus": true, "several": true,
	// conjunctions, adverbs of degree and auxiliaries
	"and": true, "or": true, "but": true, "nor": true, "not": true, "if": true, "so": true, "then": true,
	"when": true, "where": true, "whether": true, "because": true, "unless": true, "while": true, "whereas": true,
	"only": true, "just": true, "also": true, "even": true, "is": true, "are": true, "was": true, "were": true,
	"be": true, "been": true, "has": true, "have": true, "had": true, "does": true, "did": true, "can": true,
	"could": true, "will": true, "would": true, "should": true, "must": true, "may": true, "might": true, "shall": true,
	// Vietnamese without its marks: các, những, một, mọi, của, là, cho,
	// với, và, hoặc, trong, trên, dưới, tại, từ, đến, về, này, đó,
	// kia, cái, bạn, tôi, mình, anh, em, chị, họ, nào, gì, thì, mà,
	// như, bằng, qua, sang
	"cac": true, "nhung": true, "mot": true, "moi": true, "cua": true, "la": true, "cho": true, "voi": true,
	"va": true, "hoac": true, "trong": true, "tren": true, "duoi": true, "tai": true, "tu": true, "den": true,
	"ve": true, "nay": true, "do": true, "kia": true, "cai": true, "ban": true, "toi": true, "minh": true,
	"anh": true, "em": true, "chi": true, "ho": true, "nao": true, "gi": true, "thi": true, "ma": true,
	"nhu": true, "bang": true, "qua": true, "sang": true,
}

// inPath reports whether text[w] stands in a link's path: the word it
// starts has a slash before it, past a scheme's "://", with no white
// space between.
func inPath(text string, w int) bool {
	s := w
	for s > 0 && text[s-1] != ' ' && text[s-1] != '\n' {
		s--
	}
	tok := text[s:w]
	if k := strings.Index(tok, "://"); k >= 0 {
		tok = tok[k+3:]
	}
	return strings.IndexByte(tok, '/') >= 0
}

// mayDisguise reports whether a rune starting with lead byte c can be a
// wide dot or an invisible character: U+00AD (C2), U+061C (D8), U+180E
// (E1), U+2024 and U+200B..U+206F (E2), U+3002 (E3), U+FE52, U+FEFF, U+FF0E
// and U+FF61 (EF).
func mayDisguise(c byte) bool {
	switch c {
	case 0xC2, 0xD8, 0xE1, 0xE2, 0xE3, 0xEF:
		return true
	}
	return false
}

// runeLen is the length of the UTF-8 sequence lead byte c starts (1 for a
// stray continuation byte).
func runeLen(c byte) int {
	switch {
	case c >= 0xF0:
		return 4
	case c >= 0xE0:
		return 3
	case c >= 0xC0:
		return 2
	}
	return 1
}

func isWideDot(r rune) bool {
	switch r {
	case '\uFF0E', '\u3002', '\uFF61', '\u2024', '\uFE52':
		return true
	}
	return false
}

// isInvisible reports zero-width, soft-hyphen and bidirectional control
// characters: nothing a reader sees, everything a filter trips over.
func isInvisible(r rune) bool {
	switch {
	case r >= '\u200B' && r <= '\u200F', r >= '\u202A' && r <= '\u202E', r >= '\u2060' && r <= '\u2064',
		r >= '\u2066' && r <= '\u2069', r == '\uFEFF', r == '\u00AD', r == '\u061C', r == '\u180E':
		return true
	}
	return false
}

func asciiLabelBefore(text string, i int) bool {
	if i == 0 {
		return false
	}
	c := text[i-1]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '-'
}

func asciiLabelAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	c := text[i]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '-'
}

// hostCharBefore reports whether the byte before text[i] can be part of a
// URL's host or scheme.
func hostCharBefore(text string, i int) bool {
	if i == 0 {
		return false
	}
	c := text[i-1]
	return asciiLabelBefore(text, i) || c == '.' || c == '/' || c == ':'
}

// hostCharAfterInvisible reports whether, after any further invisible
// characters, text[i] can be part of a URL's host.
func hostCharAfterInvisible(text string, i int) bool {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isInvisible(r) {
			return r < utf8.RuneSelf && (asciiLabelAt(text, i) || r == '.' || r == '/')
		}
		i += size
	}
	return false
}

// sentenceEnd reports whether text[w:i], the word before a full stop, is
// how a sentence ends: a word of Debian's English word lists, or a word of
// three letters or fewer (ign, dev, com), and not a host's inner label (a
// label after a dot that is no ending: wallet-013.web).
func sentenceEnd(text string, w, i int) bool {
	word := text[w:i]
	if w > 0 && text[w-1] == '.' && !IsTLD(word) {
		return false
	}
	if pointedAt(text, w) {
		return false
	}
	if len(word) <= 3 {
		for k := 0; k < len(word); k++ {
			if !isLower(word[k]) {
				return false // 24a, h69: a name's
			}
		}
		return true
	}
	return englishWord(word)
}

// SentenceStop reports whether text holds a spaced dot that spaced-dot
// reading declined as chat, not a link: a full stop it took for a
// sentence's end before a word that is also an ending ("dm me your ign.
// map is live", "free nitro steam. gift"), or a function word before a
// spaced ending ("the .org one", "at ours .top"). Where the text holds
// lure language, ExtractCleanStrict reads such a place as a link written
// broken up.
func SentenceStop(text string) bool {
	for k := 0; k < len(text); {
		d := strings.IndexByte(text[k:], '.')
		if d < 0 {
			return false
		}
		k += d
		if k+1 < len(text) && text[k+1] == ' ' {
			if _, stop := spacedDotAt(text, k); stop {
				return true
			}
		}
		if s := k; s > 0 && text[s-1] == ' ' {
			// "the .org", "the . org": the spaces before the dot
			for s > 0 && text[s-1] == ' ' {
				s--
			}
			if _, stop := spacedDotAt(text, s); stop {
				return true
			}
		}
		k++
	}
	return false
}

// englishWord reports a lower-case word of Debian's English word lists
// (englishWords, by its FNV-1a hash).
func englishWord(w string) bool {
	_, found := slices.BinarySearch(englishWords, fnv32a(w))
	return found
}

// fnv32a is the 32-bit FNV-1a hash of s.
func fnv32a(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// pointedAt reports whether the word at text[w:] is written where a place
// is pointed at: first in the text, after anything but a word (a colon,
// a comma, an @, an arrow, an emoji: "skins: trade. gift",
// "everyone, claim. gift", "👉 claim. gift"), or after a word that sends
// the reader somewhere or names a link (at, via, to, is, check, use, link:
// "claim yours at reward. top", "link is claim. gift", "check reward.
// top") or after a mention ("@everyone pay. online"). A sentence ends on
// a word that follows another word of it ("dm me your ign. map is live");
// a link written broken up stands where a place is pointed at (rev26).
func pointedAt(text string, w int) bool {
	k := w
	for k > 0 && text[k-1] == ' ' {
		k--
	}
	s := k
	for s > 0 && (isLower(text[s-1]) || text[s-1] >= 'A' && text[s-1] <= 'Z' || isDigit(text[s-1])) {
		s--
	}
	if k == w && k > 0 {
		// glued to what stands before it: a colon, a comma, an @, an
		// arrow, a bracket point at it; a defanged host's ending does
		// not ("example[.]com. report it")
		return strings.IndexByte(":,@>(", text[k-1]) >= 0
	}
	if s == k {
		return true // first, or after no word ("everyone 👉 claim. gift")
	}
	// after a mention ("@everyone claim. gift") or a word that points
	return s > 0 && text[s-1] == '@' || pointerWords[strings.ToLower(text[s:k])]
}

// pointerWords send a reader to the place named after them, or name it.
var pointerWords = map[string]bool{"at": true, "via": true, "visit": true, "to": true, "on": true, "from": true, "open": true,
	"is": true, "check": true, "use": true, "try": true, "join": true, "here": true, "see": true, "click": true, "tap": true,
	"link": true, "url": true, "site": true, "website": true, "domain": true, "goto": true}
