package brand

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// extraLatin maps letters to the Latin letter they pass for in a host name
// where Unicode's confusables table (tr39) has no ASCII prototype for them:
// the table reads ß as β and ь as ƅ, while in a host name both pass for b.
// It is consulted after tr39, on what tr39 yields.
var extraLatin = map[rune]rune{
	'β': 'b', 'ƅ': 'b', 'ß': 'b', 'ь': 'b', 'в': 'b', 'ɓ': 'b', 'ʙ': 'b',
	'ε': 'e', 'ԑ': 'e', 'ɛ': 'e', 'ҽ': 'e',
	'η': 'n', 'п': 'n', 'ŋ': 'n', 'ɲ': 'n', 'ո': 'n', 'ռ': 'n', 'ɴ': 'n',
	'κ': 'k', 'ĸ': 'k', 'ᴋ': 'k', 'к': 'k',
	'μ': 'u', 'ц': 'u', 'ư': 'u', 'ᴜ': 'u',
	'ω': 'w', 'ա': 'w', 'ᴡ': 'w',
	'γ': 'y', 'ƴ': 'y', 'ʏ': 'y',
	'ł': 'l', 'ƚ': 'l', 'ɫ': 'l', 'ɭ': 'l', 'ʟ': 'l', 'ւ': 'l',
	'đ': 'd', 'ɗ': 'd', 'ɖ': 'd', 'ᴅ': 'd',
	'ħ': 'h', 'ɦ': 'h', 'ʜ': 'h', 'ԧ': 'h',
	'ø': 'o', 'ɵ': 'o', 'ơ': 'o', 'ᴏ': 'o',
	'ɱ': 'm', 'ᴍ': 'm', 'м': 'm',
	'ɑ': 'a', 'ɒ': 'a', 'ᴀ': 'a', 'ӕ': 'a',
	'ƈ': 'c', 'ᴄ': 'c', 'ճ': 'c', 'ς': 'c',
	'ƒ': 'f', 'ɢ': 'g', 'ԍ': 'g', 'ց': 'g',
	'ᴊ': 'j', 'ƥ': 'p', 'ᴘ': 'p', 'ք': 'p', 'ʠ': 'q', 'զ': 'q',
	'ɽ': 'r', 'ʀ': 'r', 'ʂ': 's', 'ꜱ': 's', 'ƭ': 't', 'ʈ': 't', 'ᴛ': 't', 'т': 't',
	'ʋ': 'v', 'ʌ': 'v', 'ᴠ': 'v', 'ȥ': 'z', 'ƶ': 'z', 'ʐ': 'z', 'ᴢ': 'z', 'ӡ': 'z',
	'ɪ': 'i', 'ɩ': 'i', 'ı': 'i', 'ί': 'i',
}

// prototype returns what r passes for according to Unicode's confusables
// table, and whether it has an entry there.
func prototype(r rune) (string, bool) {
	i, j := 0, len(tr39)
	for i < j {
		h := int(uint(i+j) >> 1)
		if tr39[h].r < r {
			i = h + 1
		} else {
			j = h
		}
	}
	if i < len(tr39) && tr39[i].r == r {
		return tr39[i].p, true
	}
	return "", false
}

// asciiFold maps ASCII characters to the letter they pass for in a host
// name: digits for letters, and i for l (they are one stroke in many fonts).
// It is built in its declaration, not in an init function, so that a
// package-level Matcher built with New sees it filled.
var asciiFold = newASCIIFold()

func newASCIIFold() [128]byte {
	var fold [128]byte
	for c := 0; c < 128; c++ {
		fold[c] = byte(c)
	}
	for c := 'A'; c <= 'Z'; c++ {
		fold[c] = byte(c + 'a' - 'A')
	}
	for from, to := range map[byte]byte{
		'0': 'o', '1': 'l', 'i': 'l', 'I': 'l', '|': 'l', '!': 'l', '3': 'e', '4': 'a', '5': 's',
		'7': 't', '8': 'b', '9': 'g', '@': 'a', '$': 's', '6': 'b',
	} {
		fold[from] = to
	}
	return fold
}

// Skeleton returns the visual skeleton of a host label: every character
// replaced by the ASCII letter it passes for (other scripts' look-alikes,
// letters with diacritics, digits), then rn read as m, vv as w and cl as d.
// Two labels with the same skeleton look alike. The result holds ASCII
// only; characters with no ASCII look-alike are kept as they are.
func Skeleton(s string) string {
	var buf [64]byte
	return string(AppendSkeleton(buf[:0], s))
}

// AppendSkeleton appends the skeleton of s (see Skeleton) to b and
// returns the extended slice; it allocates nothing when b has room.
func AppendSkeleton(b []byte, s string) []byte {
	start := len(b)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, asciiFold[c])
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if k := tableIndex(r); k >= 0 {
			b = append(b, runeSkeletons()[k]...)
		} else {
			b = appendRuneSkeleton(b, unicode.ToLower(r))
		}
	}
	return b[:start+len(visualFold(b[start:]))]
}

// Runes of the blocks host names in other letters are mostly written in
// (Latin with marks, Greek, Cyrillic, Armenian; Vietnamese's letters)
// have their skeletons worked out once, in a table: decomposing a rune
// and looking up what it passes for cost about 200 instructions a rune,
// every time a word was read.
const (
	tableLow  = 0x80   // from here (Latin-1 Supplement)
	tableMid  = 0x590  // to before here (up to Armenian)
	tableViet = 0x1E00 // and from here (Latin Extended Additional)
	tableHigh = 0x1F00 // to before here
)

// tableIndex returns the index of r in runeSkeletons, -1 for a rune it
// does not hold.
func tableIndex(r rune) int {
	switch {
	case r >= tableLow && r < tableMid:
		return int(r - tableLow)
	case r >= tableViet && r < tableHigh:
		return int(r-tableViet) + tableMid - tableLow
	}
	return -1
}

// runeSkeletons returns the skeleton of each rune tableIndex places, as
// appendRuneSkeleton appends it for the rune in lower case.
var runeSkeletons = sync.OnceValue(func() []string {
	t := make([]string, tableMid-tableLow+tableHigh-tableViet)
	var buf [32]byte
	for r := rune(tableLow); r < tableHigh; r++ {
		if k := tableIndex(r); k >= 0 {
			t[k] = string(appendRuneSkeleton(buf[:0], unicode.ToLower(r)))
		}
	}
	return t
})

func appendRuneSkeleton(b []byte, r rune) []byte {
	var d [16]byte
	n := utf8.EncodeRune(d[:], r)
	// Letters with diacritics decompose into a base letter and marks; the
	// marks are dropped (a reader skims past them in a host name) and the
	// base letter is read like any other.
	var dec [32]byte
	parts := norm.NFD.Append(dec[:0], d[:n]...)
	for len(parts) > 0 {
		q, size := utf8.DecodeRune(parts)
		parts = parts[size:]
		if unicode.Is(unicode.Mn, q) {
			continue
		}
		b = appendBase(b, unicode.ToLower(q))
	}
	return b
}

// appendBase appends what one undecomposable rune passes for: its TR39
// prototype, then the Latin reading of whatever in that is not ASCII.
func appendBase(b []byte, q rune) []byte {
	if q < utf8.RuneSelf {
		return append(b, asciiFold[q])
	}
	p, ok := prototype(q)
	if !ok {
		if to, ok := extraLatin[q]; ok {
			return append(b, asciiFold[to])
		}
		return utf8.AppendRune(b, q)
	}
	for _, c := range p {
		switch {
		case c < utf8.RuneSelf:
			b = append(b, asciiFold[c])
		case unicode.Is(unicode.Mn, c):
		default:
			c = unicode.ToLower(c)
			if to, ok := extraLatin[c]; ok {
				b = append(b, asciiFold[to])
			} else {
				b = utf8.AppendRune(b, c)
			}
		}
	}
	return b
}

// visualFold rewrites letter pairs that pass for one letter, in place.
func visualFold(b []byte) []byte {
	// Most words hold no such pair: look for the first before writing
	// (the loop below wrote each byte back, about 400 instructions a word).
	first := -1
	for r := 0; r+1 < len(b); r++ {
		if c, d := b[r], b[r+1]; c == 'r' && d == 'n' || c == 'v' && d == 'v' || c == 'c' && d == 'l' {
			first = r
			break
		}
	}
	if first < 0 {
		return b
	}
	w := first
	for r := first; r < len(b); r++ {
		if r+1 < len(b) {
			switch {
			case b[r] == 'r' && b[r+1] == 'n':
				b[w] = 'm'
				w++
				r++
				continue
			case b[r] == 'v' && b[r+1] == 'v':
				b[w] = 'w'
				w++
				r++
				continue
			case b[r] == 'c' && b[r+1] == 'l':
				b[w] = 'd'
				w++
				r++
				continue
			}
		}
		b[w] = b[r]
		w++
	}
	return b[:w]
}

// collapse drops repeated letters: "gooogle" and "google" both become
// "gogle", so that doubling a letter hides nothing.
func collapse(s string) string {
	if len(s) < 2 {
		return s
	}
	dup := false
	for i := 1; i < len(s); i++ {
		if s[i] == s[i-1] {
			dup = true
			break
		}
	}
	if !dup {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i] == s[i-1] {
			continue
		}
		b = append(b, s[i])
	}
	return string(b)
}

// Scripts returns the scripts the letters of s are written in, ignoring
// digits, punctuation and combining marks.
func Scripts(s string) []*unicode.RangeTable {
	var out []*unicode.RangeTable
	for _, r := range s {
		if r < utf8.RuneSelf || !unicode.IsLetter(r) {
			if r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
				out = addScript(out, unicode.Latin)
			}
			continue
		}
		for _, t := range scriptTables {
			if unicode.Is(t, r) {
				out = addScript(out, t)
				break
			}
		}
	}
	return out
}

var scriptTables = []*unicode.RangeTable{
	unicode.Latin, unicode.Cyrillic, unicode.Greek, unicode.Armenian, unicode.Cherokee,
	unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Arabic,
	unicode.Hebrew, unicode.Thai, unicode.Devanagari, unicode.Georgian,
}

func addScript(out []*unicode.RangeTable, t *unicode.RangeTable) []*unicode.RangeTable {
	for _, x := range out {
		if x == t {
			return out
		}
	}
	return append(out, t)
}

// MixedScript reports whether one label mixes Latin with a script whose
// letters pass for Latin ones (Cyrillic, Greek, Armenian, Cherokee), or two
// of those: the mark of a homoglyph attack. Japanese, Chinese and Korean
// mixed with Latin are normal and not reported.
func MixedScript(label string) bool {
	if isASCII(label) {
		return false // Latin letters or none: one script at most (Scripts allocated its answer)
	}
	ss := Scripts(label)
	if len(ss) < 2 {
		return false
	}
	lookalike := 0
	latin := false
	for _, t := range ss {
		switch t {
		case unicode.Latin:
			latin = true
		case unicode.Cyrillic, unicode.Greek, unicode.Armenian, unicode.Cherokee:
			lookalike++
		}
	}
	return latin && lookalike > 0 || lookalike > 1
}
