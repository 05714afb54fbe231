package linkx

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/net/idna"
	"golang.org/x/text/unicode/norm"
)

// A host name in lower-case Latin letters with diacritics (Vietnamese:
// trườnghọc.vn, mitrốteớdauô55.co) is one that IDNA's mapping leaves as
// it is. normaliseName then encodes it with the Punycode profile alone and
// keeps it as its Unicode form, which is what the Lookup profile's
// ToASCII and the Punycode profile's ToUnicode of that come to:
//
//   - Lookup maps each rune (idna's table) and then normalises to NFC. A
//     rune of latinKept maps to itself, and neither it nor an ASCII letter,
//     digit, hyphen or dot combines with the rune before it, so the mapped
//     name is the name. Where Lookup then finds the name invalid (hyphens,
//     a label's rules), normaliseName encodes the lower-cased name with the
//     Punycode profile instead: the name is lower case already, so that is
//     the same encoding.
//   - Where Lookup finds it valid, it encodes each label not in ASCII
//     as the Punycode profile does (no label starts with "xn--").
//   - The Punycode profile's ToUnicode of that decodes each encoded label
//     back to the label and checks nothing else, so it is the name.
//
// TestKeptIDNMatchesIDNA holds normaliseName to the two IDNA calls on
// random names of these runes and of runes outside them.

// latinKept marks the runes of latinRanges that qualify: lower case,
// mapped to themselves by idna.Lookup, in NFC, and unable to combine with
// the rune before them.
var latinKept struct {
	once sync.Once
	in   [2][]bool // by range of latinRanges, rune - lo
}

// latinRanges are the blocks the kept runes are taken from: Latin-1's
// letters and Latin Extended-A and -B (à, đ, ơ, ư), and Latin Extended
// Additional (ạ, ế, ở, ự).
var latinRanges = [2][2]rune{{0xC0, 0x250}, {0x1E00, 0x1F00}}

func keptRune(r rune) bool {
	latinKept.once.Do(func() {
		for k, rg := range latinRanges {
			latinKept.in[k] = make([]bool, rg[1]-rg[0])
			for r := rg[0]; r < rg[1]; r++ {
				latinKept.in[k][r-rg[0]] = qualifies(r)
			}
		}
	})
	for k, rg := range latinRanges {
		if r >= rg[0] && r < rg[1] {
			return latinKept.in[k][r-rg[0]]
		}
	}
	return false
}

// qualifies reports whether r is a rune latinKept marks.
func qualifies(r rune) bool {
	s := string(r)
	p := norm.NFC.PropertiesString(s)
	if unicode.ToLower(r) != r || !unicode.IsLetter(r) || p.CCC() != 0 || !p.BoundaryBefore() || !norm.NFC.IsNormalString(s) {
		return false
	}
	in := "a" + s + "a"
	out, err := idna.Lookup.ToUnicode(in)
	return err == nil && out == in
}

// keptIDN reports whether host, not all ASCII, is a name normaliseName
// may encode with the Punycode profile alone and keep as its Unicode
// form: lower-case ASCII letters, digits, hyphens and dots between
// labels, and runes of latinKept, with no label encoded already.
func keptIDN(host string) bool {
	if host == "" || host[0] == '.' || host[len(host)-1] == '.' || strings.Contains(host, "xn--") {
		return false
	}
	for _, r := range host { // a byte that is no UTF-8 is U+FFFD: not kept
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '.' || keptRune(r)) {
			return false
		}
	}
	return true
}
