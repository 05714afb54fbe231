package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/bidi"
	"golang.org/x/text/unicode/norm"
)

// Names from the platform (display names, usernames, chat and channel
// titles) are chosen by anyone, impostors included. Put raw into a line
// the bot sends, a right-to-left override (U+202E) in a name reverses the
// rest of the line ("Deleted a message from Eve" + U+202E + " (id 777)" reads
// backwards after the name), an isolate or embedding left open swallows what
// follows, a newline forges a line of its own, and a name of invisible
// characters leaves the admin reading a blank.
//
// ShowName is the one way a name enters a text: every such character is
// taken out, and a name that still holds right-to-left letters (a real
// Arabic or Hebrew name) is fenced by left-to-right marks (U+200E). The
// marks, not the Unicode 6.3 isolates (U+2068 … U+2069), because Telegram's
// and Discord's clients render isolates inconsistently: some older clients
// ignore them, so they would not fence anything, and some draw them as
// boxes. A left-to-right mark is as old as Unicode's bidirectional
// algorithm, drawn by nothing and honoured by every client, and in an
// English or Vietnamese (left-to-right) line it keeps the id, the
// punctuation and the words after the name in their place.

// maxShownName is the most of a name a text shows, in runes: more than
// any platform allows for a display name or a chat title.
const maxShownName = 128

// maxMarks is the most combining marks kept on one letter: enough for
// any script (Vietnamese needs two), not for a tower of marks drawn over
// the lines around it.
const maxMarks = 4

// lrm is the left-to-right mark.
const lrm = "\u200e"

// ShowName returns a name from the platform (a display name, a username,
// a chat title) as it may be put into a text the bot sends, in any
// language: bidirectional controls (U+202A–202E, U+2066–2069, U+200E,
// U+200F, U+061C) and other invisible format characters taken out (the
// zero-width joiner and non-joiner stay: emoji and Persian need them),
// line breaks and other controls read as spaces, blank fillers (U+3164,
// U+2800, …) as spaces, runs of space as one, at most 4 combining marks a
// letter and 128 runes; a name with right-to-left letters is fenced with
// left-to-right marks. A link in a name is defanged (DefangText), as in a
// quoted message: Telegram would make "Support evil.com" a link in the
// bot's own notice. "||", which opens a spoiler on Discord and hides the
// rest of the text, is written "| |", and an @ before a username's
// letters is followed by a zero-width joiner (noMention). A name with
// nothing visible left is "".
func ShowName(name string) string {
	s, rtl := shownName(name)
	if rtl && s != "" {
		return lrm + s + lrm
	}
	return s
}

// shownName is ShowName without the fence: the form in which names are
// compared too, so that an admin who types the name they see finds it.
func shownName(name string) (s string, rtl bool) {
	s, rtl = cleanName(name)
	if mayLink(s) {
		s = DefangText(s) // "Support: evil.com" would be a link in the bot's own text
	}
	return noMention(noSpoiler(s)), rtl
}

// noMention puts a zero-width joiner (U+200D, drawn by nothing) after
// every @ that a username's letter, digit or underscore follows. Telegram
// makes "@name" in any text a mention, the bot's plain texts included,
// and a mention notifies that account: a member named "@someadmin" would
// have the bot's notice ping the admin (and read as if about them), and
// a quoted "@admin1 @admin2" would ping them from an admin note. With the
// joiner the text reads the same and mentions no one. findOffender takes
// the joiner out again, so that an admin who copies "@eve" from a list
// still names the account.
func noMention(s string) string {
	if !strings.Contains(s, "@") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 6)
	for i := 0; i < len(s); i++ {
		b.WriteByte(s[i])
		if s[i] == '@' && i+1 < len(s) && isHandleByte(s[i+1]) {
			b.WriteString(zwj)
		}
	}
	return b.String()
}

// zwj is the zero-width joiner.
const zwj = "\u200d"

// isHandleByte reports a byte that may begin a username after its @.
func isHandleByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// noSpoiler writes "||", which opens a Discord spoiler and hides what
// follows, as "| |"; "|||" takes two rounds ("| ||", then "| | |").
func noSpoiler(s string) string {
	for strings.Contains(s, "||") {
		s = strings.ReplaceAll(s, "||", "| |")
	}
	return s
}

// mayLink reports a name a client could make a link of: one with a dot
// (an ASCII one, or the ideographic and full-width stops Telegram reads as
// dots) or a scheme (Discord links any http(s) address, a decimal IPv4
// host's too). Only those go through DefangText.
func mayLink(s string) bool {
	return strings.Contains(s, ".") || strings.Contains(s, "://") ||
		strings.ContainsAny(s, "。．｡")
}

// cleanName is ShowName's cleaning of characters; rtl reports
// right-to-left letters in what is left.
func cleanName(name string) (s string, rtl bool) {
	if isPlainName(name) {
		return name, false
	}
	return cleanText(name, maxShownName, false)
}

// cleanText takes out of s what could reorder, hide or draw over the
// text around it: bidirectional controls and other invisible format
// characters (the joiners stay), combining marks past maxMarks on a
// letter; controls, spaces and blank fillers become one space between
// words, and line breaks too unless lines keeps them. At most max runes
// of what is left are kept, then "…", so invisible padding cannot push
// the visible text past the cap. rtl reports right-to-left letters.
func cleanText(text string, max int, lines bool) (s string, rtl bool) {
	var b strings.Builder
	b.Grow(len(text))
	space, marks, n := false, 0, 0
	for _, r := range strings.ToValidUTF8(text, "") {
		switch {
		case r > ' ' && r < 0x7f || r > 0xa0 && r < 0x300 && r != 0xad || r >= 0x1e00 && r <= 0x1eff:
			// printable Latin letters and signs, Vietnamese's included:
			// none is a control, a space, a mark or right-to-left
			marks = 0
		case r == '\n' && lines:
			space, marks = false, 0
		case r == '\u200c' || r == '\u200d':
			// joiners shape what is around them and cannot reorder it
		case unicode.Is(unicode.Cf, r) || r == utf8.RuneError:
			continue
		case unicode.IsControl(r) || unicode.IsSpace(r) || blankRune(r):
			space = b.Len() > 0
			marks = 0
			continue
		case unicode.In(r, unicode.Mn, unicode.Me):
			if marks++; marks > maxMarks {
				continue
			}
		default:
			marks = 0
		}
		if n >= max {
			b.WriteString("…")
			break
		}
		if space {
			b.WriteByte(' ')
			space = false
			n++
		}
		if !rtl && rtlBlock(r) {
			if p, _ := bidi.LookupRune(r); p.Class() == bidi.R || p.Class() == bidi.AL {
				rtl = true
			}
		}
		b.WriteRune(r)
		n++
	}
	s = b.String()
	if strings.Trim(s, "\u200c\u200d") == "" {
		return "", false
	}
	return s, rtl
}

// isPlainName reports a name of printable ASCII with single spaces
// inside, which cleanName leaves as it is.
func isPlainName(s string) bool {
	if s == "" || len(s) > maxShownName || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c > '~' || c == ' ' && s[i+1] == ' ' {
			return false
		}
	}
	return true
}

// rtlBlock reports the blocks where right-to-left letters are (Hebrew to
// Arabic Extended, their presentation forms, and the historic scripts of
// planes 1): only there is the bidi class looked up.
func rtlBlock(r rune) bool {
	return r >= 0x0590 && r <= 0x08ff || r >= 0xfb1d && r <= 0xfdff || r >= 0xfe70 && r <= 0xfeff ||
		r >= 0x10800 && r <= 0x10fff || r >= 0x1e800 && r <= 0x1efff
}

// blankRune reports letters and symbols that draw nothing: the Hangul
// fillers and the blank Braille pattern, favourites for a name that
// looks empty.
func blankRune(r rune) bool {
	switch r {
	case '\u115f', '\u1160', '\u3164', '\uffa0', '\u2800':
		return true
	}
	return false
}

// nameOr is a name from the platform made safe to show (ShowName), or,
// when nothing of it is left, the id.
func nameOr(name, id string) string {
	if s := ShowName(name); s != "" {
		return s
	}
	return id
}

// nameMatcher reports whether names are the same as want as a person
// reads them: compared as shown, in NFC (a name typed on a Mac comes
// decomposed: "ễ" as e and two marks) and without regard to case. want
// is cleaned once; a name already in plain ASCII costs no cleaning.
func nameMatcher(want string) func(name string) bool {
	w, _ := shownName(want)
	w = norm.NFC.String(w)
	return func(name string) bool {
		if w == "" {
			return false
		}
		if isPlainName(name) && !mayLink(name) && !strings.ContainsAny(name, "|@") {
			return strings.EqualFold(name, w)
		}
		n, _ := shownName(name)
		return strings.EqualFold(norm.NFC.String(n), w)
	}
}

// quoteText returns a member's text as the bot quotes it in a note or a
// case (at most max runes of what is shown, then "…"), cleaned as a name
// is (cleanText) but for its line breaks, so that a quote cannot
// reverse, hide or draw over the lines the bot writes after it; every link defanged (DefangText, after the
// cleaning: "evil\u200b.com" is a link once the invisible space is
// gone); "||" written "| |" and a mention's @ followed by a zero-width
// joiner, as in a name; and a text with right-to-left
// letters fenced by left-to-right marks.
func quoteText(s string, max int) string {
	s, rtl := cleanText(strings.TrimSpace(s), max, true)
	s = noMention(noSpoiler(DefangText(strings.TrimSpace(s))))
	if rtl {
		s = lrm + s + lrm
	}
	return s
}

// dropDirectionControl drops (for strings.Map) the explicit embeddings,
// overrides and isolates (U+202A–202E, U+2066–2069), which no text the
// bot writes holds on purpose: the left-to-right marks of ShowName stay.
func dropDirectionControl(r rune) rune {
	if r >= '\u202a' && r <= '\u202e' || r >= '\u2066' && r <= '\u2069' {
		return -1
	}
	return r
}
