package bot

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

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
// and letters, lower-cased), found again in the text; one read only
// through leetspeak, a command or a file's name keeps its folded form.

// lureWords returns the pairs of a lure category and its phrase that
// say2("lure", …) renders: the strong phrases first, then, when mild,
// the mild ones, each in the categories' order. A category skip marks is
// left out.
func lureWords(found *lure.Found, text string, mild bool, skip *[lure.NumCategories]bool) []string {
	var what []string
	for pass := range 2 {
		if pass == 1 && !mild {
			break
		}
		for cat, hit := range found {
			if hit.Weight == 0 || skip != nil && skip[cat] || (hit.Weight >= lure.Strong) != (pass == 0) {
				continue
			}
			what = append(what, lure.Category(cat).String(), asWritten(text, hit.Phrase))
		}
	}
	return what
}

// asWritten returns the words of text that fold (lure.Fold) to phrase,
// as they are written there: lower-cased, in composed form, with runs of
// space made one; phrase itself when no words of text fold to it
// (leetspeak read as letters, words of a command or a file's name).
func asWritten(text, phrase string) string {
	var buf [256]byte
	if len(phrase) == 0 || len(phrase) > len(buf)/2 {
		return phrase
	}
	prevWord := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if joinsWord(r) {
			i += size
			continue // a mark typed apart, an apostrophe: the word goes on
		}
		word := len(lure.Fold(text[i:i+size], buf[:0])) > 0
		if word && !prevWord {
			if end := foldsTo(text[i:], phrase, &buf); end > 0 {
				s := text[i : i+end]
				if s == phrase {
					return phrase // written as it folds: the common case, no copy
				}
				if strings.Contains(s, "  ") || strings.ContainsAny(s, "\t\n\r\u00a0") {
					s = strings.Join(strings.Fields(s), " ")
				}
				if !norm.NFC.IsNormalString(s) {
					s = norm.NFC.String(s)
				}
				return strings.ToLower(strings.Map(visibleRune, s))
			}
		}
		prevWord = word
		i += size
	}
	return phrase
}

// foldsTo returns the length of the start of s that folds to phrase and
// ends where a word ends, or 0.
func foldsTo(s, phrase string, buf *[256]byte) int {
	for j := 0; j < len(s); {
		_, size := utf8.DecodeRuneInString(s[j:])
		j += size
		f := lure.Fold(s[:j], buf[:0])
		if !strings.HasPrefix(phrase, string(f)) {
			return 0
		}
		if len(f) < len(phrase) {
			continue
		}
		if j == len(s) {
			return j
		}
		next, n := utf8.DecodeRuneInString(s[j:])
		if !joinsWord(next) && len(lure.Fold(s[j:j+n], buf[:0])) == 0 {
			return j
		}
	}
	return 0
}

// joinsWord reports a rune Fold reads as part of the word around it
// without writing it: a combining mark, an apostrophe.
func joinsWord(r rune) bool {
	return r >= 0x300 && r < 0x370 || r == '\'' || r == '’' || r == 'ʼ'
}
