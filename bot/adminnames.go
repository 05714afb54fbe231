package bot

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"
)

// OffenderNames is implemented by a store that indexes offender records by
// name (NameKeys), so that pardon NAME reads the records of the accounts
// called so, not those of every account on record in the chat (or, in a
// log chat, every record).
type OffenderNames interface {
	// OffendersNamed returns the records of platform p whose NameKeys hold
	// one of keys, in no particular order. It may return more (a record
	// is returned once, whatever it matched): the caller compares the
	// names itself.
	OffendersNamed(ctx context.Context, p Platform, keys []string) ([]Offender, error)
}

// NameKeysVersion is the version of the keys NameKeys gives a name: each
// store records the version that made the keys it holds, and makes them
// again when it is not this one (the bbolt store in the background after
// Open, the PostgreSQL store at Open). Raise it with any change to the
// keys NameKeys gives a name (store's TestNameKeysOfThisVersion pins
// them).
const NameKeysVersion = 1

// maxNameKey bounds a name key, in bytes: a longer one is cut (at a rune),
// as the keys looked up are, so that a long name is still found.
const maxNameKey = 200

// NameKeys returns the keys a store indexes an offender record's name
// (Offender.Name) under for OffenderNames: the display name and the
// username, each as nameKey folds it, once each. A lookup by the keys of
// what an admin typed (lookupKeys: the whole, and the display name and
// username it holds as a record's name would) finds every record whose
// name findOffender matches.
func NameKeys(name string) []string {
	shown, handle := splitName(name)
	var keys []string
	add := func(k string) {
		if k != "" && !contains(keys, k) {
			keys = append(keys, k)
		}
	}
	add(nameKey(shownAs(shown)))
	add(nameKey(handle))
	return keys
}

// shownAs is shownName without the fence, at no cost for a name of plain
// ASCII, which it leaves as it is (as nameMatcher reads it).
func shownAs(name string) string {
	if isPlainName(name) && !mayLink(name) && !strings.ContainsAny(name, "|@") {
		return name
	}
	s, _ := shownName(name)
	return s
}

// lookupKeys are the keys of what an admin typed to name an account (who,
// without the @): as a username, as a display name is compared, and,
// for a whole name copied from a list ("Eve (@eve)"), as the display name
// and username in it.
func lookupKeys(name string) []string {
	var keys []string
	add := func(k string) {
		if k != "" && !contains(keys, k) {
			keys = append(keys, k)
		}
	}
	add(nameKey(name))
	add(nameKey(shownAs(name)))
	if shown, handle := splitName(name); handle != "" {
		add(nameKey(shownAs(shown)))
		add(nameKey(handle))
	}
	return keys
}

// nameKey folds a name as findOffender compares names, and further: two
// names it finds the same (a display name equal but for case, or for
// diacritics, spaces, hyphens and invisible characters as foldWord drops
// them; a username equal but for case) have the same key. It is foldWord
// with each letter taken to the smallest of the letters case folding
// makes it equal to (unicode.SimpleFold), iota left out (its combining
// form, a mark foldWord drops, folds to it), cut at maxNameKey bytes;
// blankKey for a name of nothing else.
func nameKey(s string) string {
	if ascii, ok := asciiKey(s); ok {
		return ascii
	}
	return foldedKey(s)
}

// foldedKey is nameKey of any name.
func foldedKey(s string) string {
	f := foldWord(s)
	var b strings.Builder
	b.Grow(len(f))
	for _, r := range f {
		if r = foldMin(r); r == iotaMin {
			continue // U+0345 folds to iota, and foldWord drops it as a mark
		}
		if b.Len()+utf8.RuneLen(r) > maxNameKey {
			break
		}
		b.WriteRune(r)
	}
	if b.Len() == 0 && s != "" {
		return blankKey
	}
	return b.String()
}

// blankKey is the key of a name nameKey leaves nothing of (spaces, dots,
// marks, iotas): a hyphen, which no other key holds.
const blankKey = "-"

// asciiKey is nameKey of a name of printable ASCII, byte by byte: the
// letters in upper case (the smallest of each pair), spaces, hyphens,
// underscores and dots left out. ok is false for any other name.
func asciiKey(s string) (string, bool) {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c > '~' {
			return "", false
		}
	}
	b := make([]byte, 0, min(len(s), maxNameKey))
	for i := 0; i < len(s) && len(b) < maxNameKey; i++ {
		switch c := s[i]; {
		case c == ' ' || c == '-' || c == '_' || c == '.':
		case c >= 'a' && c <= 'z':
			b = append(b, c-'a'+'A')
		default:
			b = append(b, c)
		}
	}
	if len(b) == 0 && s != "" {
		return blankKey, true
	}
	return string(b), true
}

// iotaMin is the smallest letter case folding makes equal to U+0345,
// the combining iota subscript.
var iotaMin = foldMin('\u0345')

// foldMin returns the smallest rune of r's case folding orbit, and of its
// lower case's.
func foldMin(r rune) rune {
	m := r
	for _, start := range [...]rune{r, unicode.ToLower(r)} {
		for x := unicode.SimpleFold(start); x != start; x = unicode.SimpleFold(x) {
			m = min(m, x)
		}
		m = min(m, start)
	}
	return m
}

// OffenderBatch is implemented by a store that reads many offender records
// at once cheaper than one at a time (PostgreSQL: one round trip, not one
// each): the offenders command reads a page of them.
type OffenderBatch interface {
	// Offenders returns the records of keys that exist, in no
	// particular order; keys without a record are left out.
	Offenders(ctx context.Context, keys []AccountKey) ([]Offender, error)
}
