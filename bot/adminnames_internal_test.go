package bot

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// matchedByName reports whether findOffender would take the record's name
// for what an admin typed (who, as findOffender receives it), in any of
// its passes: the username, the display name or whole name compared as
// nameMatcher does, or either folded as foldWord does.
func matchedByName(who, recordName string) bool {
	name := strings.TrimPrefix(who, "@")
	shown, handle := splitName(recordName)
	sameAs := nameMatcher(name)
	folded := foldWord(ShowName(name))
	return handle != "" && strings.EqualFold(handle, name) || sameAs(shown) || sameAs(recordName) ||
		folded != "" && (foldWord(ShowName(shown)) == folded || foldWord(ShowName(recordName)) == folded)
}

// keysMeet reports whether a lookup of what was typed reaches the record
// through the index by name.
func keysMeet(who, recordName string) bool {
	rec := NameKeys(recordName)
	for _, k := range lookupKeys(strings.TrimPrefix(who, "@")) {
		if slices.Contains(rec, k) {
			return true
		}
	}
	return false
}

// TestNameKeysFindEveryNamePardonMatches: every record name pardon would
// match to what an admin typed shares a key with the lookup, so that the
// index by name loses no answer: every letter against every letter case
// folding makes it equal to, each with and without diacritics, and
// random names typed in another case, decomposed, spaced or without their
// marks, as display names and usernames.
func TestNameKeysFindEveryNamePardonMatches(t *testing.T) {
	t.Parallel()
	checked := 0
	check := func(who, rec string) {
		t.Helper()
		if matchedByName(who, rec) {
			checked++
			if !keysMeet(who, rec) {
				t.Errorf("pardon %q matches the record named %q, but their keys %q and %q do not meet", who, rec, lookupKeys(strings.TrimPrefix(who, "@")), NameKeys(rec))
			}
		}
	}
	for r := rune(0); r <= 0x2ffff; r++ {
		if unicode.SimpleFold(r) == r && unicode.ToUpper(r) == r && unicode.ToTitle(r) == r {
			continue // nothing to fold
		}
		for x := unicode.SimpleFold(r); x != r; x = unicode.SimpleFold(x) {
			check("Ab"+string(r), "ab"+string(x))
			check("Ab"+string(x)+"\u0301", "AB"+string(r))
		}
		check(string(unicode.ToUpper(r)), string(unicode.ToLower(r)))
		check(string(unicode.ToTitle(r)), string(r)+" (@eve)")
	}
	rnd := rand.New(rand.NewPCG(14, 14))
	names := []string{"Lê Thị Hà", "Nguyễn Văn Đức", "Ĳsbrand Straße", "Σίσυφος", "Ǆemal", "KELVIN", "ŞİRİN", "Eve_Spam", "evil.com support", "Дмитрий", "ﾃｽﾄ", "Ωmega", "ſtar"}
	for range 3000 {
		n := names[rnd.IntN(len(names))]
		var typed strings.Builder
		for _, r := range n {
			switch rnd.IntN(4) {
			case 0:
				r = unicode.ToUpper(r)
			case 1:
				r = unicode.ToLower(r)
			case 2:
				r = unicode.SimpleFold(r)
			}
			typed.WriteRune(r)
			if rnd.IntN(8) == 0 {
				typed.WriteString([]string{" ", "-", "\u200d", "\u0301", "."}[rnd.IntN(5)])
			}
		}
		rec := n
		if rnd.IntN(2) == 0 {
			rec = recordName(n, "eve_spam")
		}
		check(typed.String(), rec)
		check("@"+typed.String(), rec)
		check("@EVE_SPAM", rec)
		// the whole name, copied from a list (the @ shown with a joiner
		// after it, which findOffender takes out) or retyped
		whole := strings.ReplaceAll(ShowName(rec), "@"+zwj, "@")
		check(whole, rec)
		check(strings.ToUpper(whole), rec)
		check(strings.ReplaceAll(rec, " (@", "  (@"), rec)
	}
	if checked < 5000 {
		t.Fatalf("only %d pairs matched: the test checks little", checked)
	}
}

// TestNameKeysAreShortAndFew: a name's keys are at most two (display
// name, username), none empty or over maxNameKey bytes, and a
// name too long for one is still found by its start.
func TestNameKeysAreShortAndFew(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("Nguyễn ", 200)
	for _, n := range []string{"", "Eve", "Eve (@eve)", long, recordName(long, "x"), "(@)", "\u200d"} {
		keys := NameKeys(n)
		if len(keys) > 2 || slices.Contains(keys, "") {
			t.Errorf("NameKeys(%q) = %q", n, keys)
		}
		for _, k := range keys {
			if len(k) > maxNameKey {
				t.Errorf("NameKeys(%q): a key of %d bytes", n, len(k))
			}
		}
	}
	if !keysMeet(strings.ToUpper(long), long) {
		t.Error("a long name is not found by its keys")
	}
}

// TestASCIIKeysAsFolded: the key of a name of printable ASCII, made byte
// by byte, is the one the general path makes.
func TestASCIIKeysAsFolded(t *testing.T) {
	t.Parallel()
	rnd := rand.New(rand.NewPCG(14, 1))
	for i := range 20000 {
		b := make([]byte, rnd.IntN(12))
		for j := range b {
			b[j] = byte(' ' + rnd.IntN('~'-' '+1))
		}
		if i < 95 {
			b = []byte{byte(' ' + i)}
		}
		s := string(b)
		got, ok := asciiKey(s)
		if want := foldedKey(s); !ok || got != want {
			t.Fatalf("asciiKey(%q) = %q, %v; the general path makes %q", s, got, ok, want)
		}
	}
	if _, ok := asciiKey("Lê"); ok {
		t.Error("asciiKey took a name that is not ASCII")
	}
}
