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

// maxNameKey bounds a name key, in bytes: a longer one is cut (at a rune),
// as the keys looked up are, so that a long name is still found.
const maxNameKey = 200

// NameKeys returns the keys a store indexes an offender record's name
// (Offender.Name) under for OffenderNames: the display name, the whole
// name and the username, each as nameKey folds it, once each. Every name
// findOffender matches against the record has its key among them, so
// that a lookup by the keys of what an admin typed (lookupKeys) finds
// every record pardon would match.
func NameKeys(name string) []string {
	shown, handle := splitName(name)
	var keys []string
	add := func(k string) {
		if k != "" && !contains(keys, k) {
			keys = append(keys, k)
		}
	}
	s, _ := shownName(shown)
	add(nameKey(s))
	if shown != name {
		s, _ = shownName(name)
		add(nameKey(s))
	}
	add(nameKey(handle))
	return keys
}

// lookupKeys are the keys of what an admin typed to name an account (who,
// without the @): as a username, and as a display name is compared.
func lookupKeys(name string) []string {
	keys := []string{nameKey(name)}
	s, _ := shownName(name)
	if k := nameKey(s); k != keys[0] {
		keys = append(keys, k)
	}
	if keys[0] == "" {
		keys = keys[1:]
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
