package bot

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// A lure reason names every phrase whose weight it shows. The message
// stage weighs each phrase found (MsgLure = 1 − Π(1 − weight), gated on
// the worst link), so a mild word ("ưu đãi", "voucher", "free",
// "wallet") beside a link the link model doubts adds up to a logit and
// can take a message from warned to deleted; a reason that named only
// the strong phrases dropped such a lure from the explanation altogether
// (vi39: a bank's promotion page deleted with phishing_pattern its only
// reason). A phrase is shown as the message writes it (its diacritics
// and letters, lower-cased), found again in the text outside its links
// (which the lure stage does not read), its words one space apart; one
// read only through leetspeak, a command or a file's name keeps its
// folded form.

// lureWords returns the pairs of a lure category and its phrase that
// say2("lure", …) renders: the strong phrases first, then, when mild,
// the mild ones, each in the categories' order. A category skip marks is
// left out. text is the message's text and links its links, as the lure
// stage folded them (foldWithoutLinks).
func lureWords(found *lure.Found, text string, links []linkx.Link, mild bool, skip *[lure.NumCategories]bool) []string {
	var what []string
	var tw textWords // the text's words, read as the phrases need them (speed49)
	inited, fits := false, false
	for pass := range 2 {
		if pass == 1 && !mild {
			break
		}
		for cat, hit := range found {
			if hit.Weight == 0 || skip != nil && skip[cat] || (hit.Weight >= lure.Strong) != (pass == 0) {
				continue
			}
			if !inited {
				fits, inited = tw.init(text, links), true
			}
			shown, ok := "", false
			if fits {
				shown, ok = tw.asWritten(hit.Phrase)
			}
			if !ok {
				shown = asWritten(text, links, hit.Phrase)
			}
			what = append(what, lure.Category(cat).String(), shown)
		}
	}
	return what
}

// asWritten returns the words of text that fold (lure.Fold) to phrase,
// as they are written there, outside links (which the lure stage reads
// as a space): lower-cased, in composed form, one space apart (an emoji,
// a zero-width or soft hyphen, a line break or a link between them is
// not shown); phrase itself when no words of text fold to it (leetspeak
// read as letters, words of a command or a file's name). The work is
// bounded by the text's length times the phrase's words (rev39c: it
// folded every prefix of what followed a word, quadratic in a run of
// emoji, and showed the run).
func asWritten(text string, links []linkx.Link, phrase string) string {
	if len(phrase) == 0 || len(phrase) > 128 {
		return phrase
	}
	var at [16][2]int // the words matched: their bounds in text
	sc := wordScan{text: text, links: links}
	for {
		start, end, ok := sc.next()
		if !ok {
			return phrase
		}
		more := sc // the words after this one
		if n := matchWords(text, phrase, start, end, &more, &at); n > 0 {
			if n == 1 && text[start:end] == phrase {
				return phrase // written as it folds: the common case, no copy
			}
			s := joinedWords(text, at[:n])
			return shownWords(s)
		}
	}
}

// shownWords returns the words s of a text as a phrase is shown: in
// composed form, without direction controls, lower-cased. Text of ASCII
// and of Latin letters each composed alone (composedLatin: Vietnamese
// written composed) is in composed form and holds no direction control,
// so it is only lower-cased (speed51b).
func shownWords(s string) string {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !composedLatin(r) {
			if !isNFC(s) {
				s = norm.NFC.String(s)
			}
			return strings.ToLower(strings.Map(visibleRune, s))
		}
		i += size
	}
	return strings.ToLower(s)
}

// composedLatin reports a letter of Latin-1, Latin Extended-A and -B or
// Latin Extended Additional (Vietnamese's letters with their marks) that
// norm's NFC quick check passes alone and that combines with nothing
// before it (canonical class 0): a text of such letters and ASCII is in
// NFC, as isNFC would answer.
func composedLatin(r rune) bool {
	switch {
	case r < 0x250:
		return latinNFC[r]
	case r >= 0x1E00 && r < 0x1F00:
		return latinNFC[0x250+r-0x1E00]
	}
	return false
}

// latinNFC holds composedLatin's answers: runes below U+0250, then
// U+1E00 to U+1EFF, each read from norm's own tables.
var latinNFC = func() (t [0x250 + 0x100]bool) {
	set := func(i int, r rune) {
		s := string(r)
		t[i] = r >= 0xC0 && norm.NFC.QuickSpanString(s) == len(s) && norm.NFC.PropertiesString(s).CCC() == 0
	}
	for r := rune(0); r < 0x250; r++ {
		set(int(r), r)
	}
	for r := rune(0x1E00); r < 0x1F00; r++ {
		set(0x250+int(r-0x1E00), r)
	}
	return t
}()

// matchWords reports how many words, the first at text[start:end] and
// the rest read from sc, fold to phrase, their bounds in at; 0 when they
// do not. A word that folds to nothing (an @ alone) is passed over.
func matchWords(text, phrase string, start, end int, sc *wordScan, at *[16][2]int) int {
	var buf [256]byte
	n, pos := 0, 0
	for {
		if end-start > len(buf) {
			return 0 // longer than any phrase's word as written
		}
		f := lure.Fold(text[start:end], buf[:0])
		if len(f) > 0 {
			if n == len(at) || !foldedPrefix(phrase[pos:], f) {
				return 0
			}
			at[n] = [2]int{start, end}
			n++
			pos += len(f)
			if pos == len(phrase) {
				return n
			}
			if phrase[pos] != ' ' {
				return 0 // the phrase's word goes on: not this word
			}
			pos++
		} else if n == 0 {
			return 0
		}
		var ok bool
		if start, end, ok = sc.next(); !ok {
			return 0
		}
	}
}

// foldedPrefix reports whether phrase starts with the folded word f, read
// without the capital Fold gives a word its marks make another
// (lure.Fold: Tăng folds to Tang, the phrase is shown "tang don").
//
// f is a word folded, or an ASCII word of letters and digits as written
// (its fold but for capitals, which are read here as Fold writes them).
func foldedPrefix[F string | []byte](phrase string, f F) bool {
	if len(f) > len(phrase) {
		return false
	}
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != phrase[i] {
			return false
		}
	}
	return true
}

// wordScan reads the words of a text as lure.Fold reads them, a link
// read as a space: runs of letters, digits, marks typed apart,
// apostrophes, @ and $.
type wordScan struct {
	text  string
	links []linkx.Link // the text's links, in the text's order
	at    int          // where the next word is looked for
	li    int          // the first link that may start at or after at
	// ls and le are the span of links[li] once it is known to be
	// written in the text as it is read (lok), so that the link is not
	// compared with the text again at every byte (speed51b)
	ls, le int
	lok    bool
	// plain: the word next returned last is of ASCII letters and
	// digits only, which lure.Fold writes as they are, lower-cased
	plain bool
}

// next returns the bounds of the next word, or ok false at the text's
// end. An ASCII byte is read by scanWordByte, without decoding it
// (speed51b).
func (sc *wordScan) next() (start, end int, ok bool) {
	i := sc.at
	for i < len(sc.text) {
		if e := sc.linkEnd(i); e > i {
			i = e
			continue
		}
		if c := sc.text[i]; c < utf8.RuneSelf {
			if scanWordByte[c] != 0 {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(sc.text[i:])
		if inWord(r) {
			break
		}
		i += size
	}
	if i >= len(sc.text) {
		sc.at = i
		return 0, 0, false
	}
	start, plain := i, true
	for i < len(sc.text) && sc.linkEnd(i) <= i {
		if c := sc.text[i]; c < utf8.RuneSelf {
			kind := scanWordByte[c]
			if kind == 0 {
				break
			}
			plain = plain && kind == scanAlnum
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(sc.text[i:])
		if !inWord(r) {
			break
		}
		plain = false
		i += size
	}
	sc.at, sc.plain = i, plain
	return start, i, true
}

// What scanWordByte says of an ASCII byte: not of a word (0), of a word
// (an apostrophe, an @, a $), or an ASCII letter or digit, which
// lure.Fold writes as itself, lower-cased.
const (
	scanInWord = 1 + iota
	scanAlnum
)

// scanWordByte holds what inWord reads of each ASCII byte (scanInWord,
// scanAlnum; 0 for a byte no word holds).
var scanWordByte = func() (t [utf8.RuneSelf]uint8) {
	for c := range rune(utf8.RuneSelf) {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
			t[c] = scanAlnum
		case inWord(c):
			t[c] = scanInWord
		}
	}
	return t
}()

// linkEnd is linkAt(i), answered without a call where no link is left
// or the next one starts after i.
func (sc *wordScan) linkEnd(i int) int {
	if sc.li >= len(sc.links) || sc.lok && sc.ls > i {
		return 0
	}
	return sc.linkAt(i)
}

// linkAt returns the end of the link written at text[i:], or 0; i never
// goes back between calls. A link is compared with the text once, when
// it is first looked at (lok).
func (sc *wordScan) linkAt(i int) int {
	for sc.li < len(sc.links) {
		if !sc.lok {
			l := &sc.links[sc.li]
			start, end := l.Span()
			if l.Carried || start < i || end > len(sc.text) || sc.text[start:end] != l.Raw {
				sc.li++ // carried, not as written, or behind: none to skip
				continue
			}
			sc.ls, sc.le, sc.lok = start, end, true
		}
		if sc.ls < i {
			sc.li, sc.lok = sc.li+1, false // behind
			continue
		}
		if sc.ls == i {
			return sc.le
		}
		return 0
	}
	return 0
}

// inWord reports a rune lure.Fold reads as part of a word: a letter or a
// digit, a combining mark, an apostrophe, an @ or a $ (nh@n, cla$h).
func inWord(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '\'' || r == '@' || r == '$'
	}
	return joinsWord(r) || lure.Base(r) != 0
}

// joinsWord reports a rune Fold reads as part of the word around it
// without writing it: a combining mark, an apostrophe.
func joinsWord(r rune) bool {
	return r >= 0x300 && r < 0x370 || r == '\'' || r == '’' || r == 'ʼ'
}
