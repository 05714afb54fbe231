package brand

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Vietnamese is written in syllables, and a Vietnamese name is two or three
// of them run together without their marks: vietnet (Việt Nét), viettai
// (Việt Tài), vinhphong (Vinh Phong). Under .vn such a name is somebody's
// name before it is a misspelling of Vietjet, Viettel or VNPT, so its
// likeness to a brand is weak evidence on its own (Match.Plausible).

// vietInitials are the consonants a Vietnamese syllable may begin with,
// written without marks (đ is d), longest first so that the longest
// reading is tried first.
var vietInitials = [...]string{"ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
	"b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""}

// vietRhymes are the rhymes (the vowels and the final consonant) a
// Vietnamese syllable may end in, written without marks: a, ă and â are a;
// e and ê are e; o, ô and ơ are o; u and ư are u.
var vietRhymes = func() map[string]bool {
	m := make(map[string]bool)
	for _, r := range strings.Fields(`
		a ac ach ai am an ang anh ao ap at au ay
		e ec ech em en eng enh eo ep et eu
		i ia ich im in inh ip it iu
		ie iec iem ien ieng iep iet ieu
		o oa oac oach oai oam oan oang oanh oao oap oat oay oc oe oem oen oeo oet oi om on ong ooc oong op ot
		u ua uan uang uanh uat uay uc ue uech uenh uet ui um un ung uo uoc uoi uom uon uong uop uot uou up ut uu uy uya uych uyen uyet uynh uyt uyu
		y ye yem yen yet yeu`) {
		m[r] = true
	}
	return m
}()

// vietSyllable reports whether s, lower-case ASCII, is a Vietnamese
// syllable written without its marks, by the spelling rules of the
// language: k, gh and ngh come before e, i and y only, c, g and ng never
// do, q comes only as qu.
func vietSyllable(s string) bool {
	for _, in := range vietInitials {
		rhyme, ok := strings.CutPrefix(s, in)
		if !ok || rhyme == "" || !vietRhymes[rhyme] && (in != "qu" || !vietRhymes["u"+rhyme]) {
			// (qu shares its u with a rhyme: quynh, quyt)
			continue
		}
		front := rhyme[0] == 'e' || rhyme[0] == 'i' || rhyme[0] == 'y'
		switch in {
		case "k", "gh", "ngh":
			if !front {
				continue
			}
		case "c", "ng":
			if front {
				continue
			}
		case "g":
			if rhyme[0] == 'e' || rhyme[0] == 'y' {
				continue // g before i is gi sharing its i: gin, gieng
			}
		case "gi":
			if rhyme[0] == 'i' {
				continue // written gin, read above
			}
		case "qu":
			if rhyme[0] == 'u' {
				continue
			}
		}
		return true
	}
	return false
}

// vietnameseName reports whether a word, lower-case ASCII, is two or three
// Vietnamese syllables run together.
func vietnameseName(w string) bool {
	return len(w) <= 21 && vietSyllables(w, 3) >= 2
}

// vietSyllables returns how many syllables w splits into (the fewest, at
// most max), or 0 when it does not split into syllables.
func vietSyllables(w string, max int) int {
	if max == 0 {
		return 0
	}
	if vietSyllable(w) {
		return 1
	}
	for i := min(len(w)-1, 7); i >= 1; i-- {
		if vietSyllable(w[:i]) {
			if n := vietSyllables(w[i:], max-1); n > 0 {
				return n + 1
			}
		}
	}
	return 0
}

// vietnameseSuffix reports a Vietnamese public suffix: vn, com.vn, edu.vn.
func vietnameseSuffix(suffix string) bool {
	return suffix == "vn" || strings.HasSuffix(suffix, ".vn")
}

// vietCoreExtended reports a word that keeps the short own part of a
// compound name (three letters or fewer) and its generic tail, with letters
// between them that make the own part another Vietnamese name: vina+group
// and vinh+group are not vin+group, as Vina and Vinh begin many Vietnamese
// companies' names.
func vietCoreExtended(word string, n *name) bool {
	if !n.anchored {
		return false
	}
	core, tail := splitCompound(n.word)
	return len(word) > len(core)+len(tail) && strings.HasPrefix(word, core) && strings.HasSuffix(word, tail) &&
		vietSyllables(word[:len(word)-len(tail)], 3) > 0
}

// vietFold returns a word written with Vietnamese letters (ă, â, đ, ê, ô,
// ơ, ư and the five tone marks) without its marks, and whether it is one:
// "việtnét" is vietnet. Under .vn such a word is written in the
// language's own letters, not in look-alike characters.
func vietFold(w string) (string, bool) {
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == 'đ':
			b.WriteByte('d')
		case r == 0x300 || r == 0x301 || r == 0x303 || r == 0x309 || r == 0x323 || // tones
			r == 0x302 || r == 0x306 || r == 0x31B: // circumflex, breve, horn
		default:
			return "", false
		}
	}
	return b.String(), true // invalid UTF-8 reads as U+FFFD: not a letter
}

// vietPlausible reports whether a word under .vn that looks like the name n
// is a Vietnamese name: syllables, with or without their marks
// (vietnet, việtnét), or the name's short own part grown into one
// (vinagroup).
func vietPlausible(word string, n *name) bool {
	if !isASCII(word) {
		folded, ok := vietFold(word)
		return ok && vietnameseName(folded)
	}
	return vietnameseName(word) || vietCoreExtended(word, n)
}
