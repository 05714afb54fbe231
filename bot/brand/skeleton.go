package brand

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// confusables maps letters of other scripts that look like Latin letters to
// the Latin letter, after the manner of Unicode TR39's confusables.txt,
// restricted to lower-case forms that pass IDNA mapping (hosts are
// lower-cased before they get here).
var confusables = map[rune]rune{
	// Cyrillic
	'а': 'a', 'в': 'b', 'ь': 'b', 'с': 'c', 'ԁ': 'd', 'е': 'e', 'ё': 'e', 'ҽ': 'e', 'һ': 'h', 'і': 'i', 'ї': 'i',
	'ј': 'j', 'к': 'k', 'ӏ': 'l', 'м': 'm', 'п': 'n', 'о': 'o', 'р': 'p', 'ԛ': 'q', 'г': 'r', 'ѕ': 's',
	'т': 't', 'ц': 'u', 'ѵ': 'v', 'ԝ': 'w', 'х': 'x', 'у': 'y', 'ү': 'y', 'ʐ': 'z', 'ӡ': 'z', 'ɡ': 'g', 'ԍ': 'g',
	'ԧ': 'h', 'ո': 'n', 'ӧ': 'o', 'ӓ': 'a', 'ӕ': 'a', 'ԃ': 'd', 'ꙅ': 's', 'ԑ': 'e',
	// Greek
	'α': 'a', 'β': 'b', 'ε': 'e', 'η': 'n', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't',
	'υ': 'u', 'χ': 'x', 'γ': 'y', 'ϲ': 'c', 'ϳ': 'j', 'ω': 'w', 'μ': 'u', 'ς': 'c', 'ί': 'i', 'ό': 'o',
	// Armenian
	'օ': 'o', 'ս': 'u', 'հ': 'h', 'ց': 'g', 'ք': 'p', 'զ': 'q', 'ռ': 'n', 'ւ': 'l', 'ա': 'w', 'ճ': 'c',
	// Latin look-alikes outside ASCII
	'ı': 'i', 'ɩ': 'i', 'ɪ': 'i', 'ł': 'l', 'ƚ': 'l', 'ɫ': 'l', 'ɭ': 'l', 'ȷ': 'j', 'ɑ': 'a', 'ɒ': 'a',
	'ß': 'b', 'ƅ': 'b', 'ɓ': 'b', 'ƈ': 'c', 'ɗ': 'd', 'đ': 'd', 'ɖ': 'd', 'ɛ': 'e', 'ƒ': 'f', 'ɦ': 'h',
	'ħ': 'h', 'ĸ': 'k', 'ɱ': 'm', 'ŋ': 'n', 'ɲ': 'n', 'ø': 'o', 'ɵ': 'o', 'ơ': 'o', 'ƥ': 'p', 'ʠ': 'q',
	'ɽ': 'r', 'ʂ': 's', 'ƭ': 't', 'ʈ': 't', 'ư': 'u', 'ʋ': 'v', 'ʌ': 'v', 'ẃ': 'w', 'ƴ': 'y', 'ȥ': 'z',
	'ƶ': 'z', 'ᴀ': 'a', 'ʙ': 'b', 'ᴄ': 'c', 'ᴅ': 'd', 'ᴇ': 'e', 'ɢ': 'g', 'ʜ': 'h', 'ᴊ': 'j', 'ᴋ': 'k',
	'ʟ': 'l', 'ᴍ': 'm', 'ɴ': 'n', 'ᴏ': 'o', 'ᴘ': 'p', 'ʀ': 'r', 'ꜱ': 's', 'ᴛ': 't', 'ᴜ': 'u', 'ᴠ': 'v',
	'ᴡ': 'w', 'ʏ': 'y', 'ᴢ': 'z',
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
	b := buf[:0]
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, asciiFold[c])
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		b = appendRuneSkeleton(b, unicode.ToLower(r))
	}
	return string(visualFold(b))
}

func appendRuneSkeleton(b []byte, r rune) []byte {
	if to, ok := confusables[r]; ok {
		return append(b, asciiFold[to])
	}
	// Latin letters with diacritics: decompose and keep the base letter.
	var d [16]byte
	n := utf8.EncodeRune(d[:], r)
	dec := norm.NFKD.Append(nil, d[:n]...)
	var out []byte
	for len(dec) > 0 {
		q, size := utf8.DecodeRune(dec)
		dec = dec[size:]
		if unicode.Is(unicode.Mn, q) {
			continue
		}
		if q < utf8.RuneSelf {
			out = append(out, asciiFold[q])
		} else if to, ok := confusables[unicode.ToLower(q)]; ok {
			out = append(out, asciiFold[to])
		} else {
			out = utf8.AppendRune(out, q)
		}
	}
	return append(b, out...)
}

// visualFold rewrites letter pairs that pass for one letter, in place.
func visualFold(b []byte) []byte {
	w := 0
	for r := 0; r < len(b); r++ {
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
