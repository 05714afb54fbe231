package bot

import (
	"encoding/binary"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// maxCounted is how far back audit counts a chat's decisions: past it the
// answer says "more than 10,000", and the store's index is not walked any
// further for a number that would read the same (the walk holds the
// store's lock, which every write waits for).
const maxCounted = 10_000

// counted writes a count of audit for people: the number, or "more than
// 10,000" once it passed maxCounted.
func counted(l Lang, n int) string {
	if n > maxCounted {
		return say(l, "more-than", count(l, maxCounted))
	}
	return count(l, n)
}

// foldWord is a word as an admin's command is compared: in NFC, lower
// case and without diacritics (đ as d), with no spaces, hyphens, dots or
// invisible characters, so that "Tiếng Việt" typed decomposed (as macOS
// keyboards send it), "tieng  viet", "TIẾNG-VIỆT" and "từ" or "tu" are
// read alike. It is for the command words the bot knows, never for names.
func foldWord(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r), unicode.IsSpace(r), unicode.Is(unicode.Cf, r), r == '-', r == '_', r == '.':
			continue
		case r == 'đ' || r == 'Đ':
			r = 'd'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// isFromWord reports whether an argument is "from" (Vietnamese "từ",
// however it is typed), the word before where a page starts.
func isFromWord(w string) bool {
	switch foldWord(w) {
	case "from", "tu":
		return true
	}
	return false
}

// pageStart is where an admin asked a page to start: at the K-th entry
// (K, counted from the first), or at a cursor a previous page named
// (Cursor), which stays put however many entries are added.
type pageStart struct {
	K      int
	Cursor string
}

// parseStart reads the word after "from": a number K of 1 or more, or a
// cursor as a "more" line names it, with or without its # ("#k3v0"). A
// cursor of cases is base32hex (NewCaseID), read in any case.
func parseStart(arg string) (pageStart, bool) {
	if v, err := strconv.Atoi(arg); err == nil || isNumber(arg) {
		// a number past any int is no page: not a cursor either
		return pageStart{K: v}, err == nil && v >= 1
	}
	c := strings.ToLower(strings.TrimPrefix(arg, "#"))
	key, user, tie := strings.Cut(c, ".")
	if key == "" || len(key) > caseIDLen || tie && (user == "" || len(user) > 64) {
		return pageStart{}, false
	}
	for i := 0; i < len(key); i++ {
		if !(key[i] >= '0' && key[i] <= '9' || key[i] >= 'a' && key[i] <= 'v') {
			return pageStart{}, false
		}
	}
	for i := 0; i < len(user); i++ {
		if !(user[i] >= '0' && user[i] <= '9' || user[i] >= 'a' && user[i] <= 'z' || user[i] == '_' || user[i] == '-') {
			return pageStart{}, false
		}
	}
	return pageStart{Cursor: c}, true
}

// offenderTime is where an account stands in offenders' order (those
// seen last first), as a cursor names it: the nanoseconds of LastSeen in
// base32hex, 13 characters that sort as the times do.
func offenderTime(o *OffenderSeen) string {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], caseNanos(o.LastSeen))
	return caseIDEncoding.EncodeToString(b[:])
}

// offenderCursor is the cursor of the page of offenders that starts at
// next, the account after last: the shortest start of next's time that
// last's does not share; or, when both were last seen at the same time
// (Telegram's times are whole seconds), that time, a dot and next's id.
func offenderCursor(last, next *OffenderSeen) string {
	tl, tn := offenderTime(last), offenderTime(next)
	if tl != tn {
		return cursorBetween(tl, tn)
	}
	return tn + "." + strings.ToLower(next.Account.User)
}

// fromCursor reports whether an account is on the page of offenders that
// starts at cursor, or after it.
func fromCursor(o *OffenderSeen, cursor string) bool {
	key, user, tie := strings.Cut(cursor, ".")
	t := offenderTime(o)
	if !tie {
		return t < cursorBound(key)
	}
	return t < key || t == key && strings.ToLower(o.Account.User) >= user
}

// listStart reads where a page of a list starts: a number K of 1 or more,
// or an entry as lists shows it ("evil[.]com", defanged, or typed as it
// is), from which on (in the list's order) the page goes.
func listStart(arg string) (pageStart, bool) {
	if v, err := strconv.Atoi(arg); err == nil || isNumber(arg) {
		// a number past any int is no page: not an entry either
		return pageStart{K: v}, err == nil && v >= 1
	}
	v := strings.ReplaceAll(arg, "[.]", ".")
	if rest, ok := strings.CutPrefix(strings.ToLower(v), "hxxp"); ok {
		v = "http" + rest
	}
	if !strings.Contains(v, "/") {
		v = strings.ToLower(v)
	}
	return pageStart{Cursor: v}, v != ""
}

// maxListCursor is the longest entry a "more" line of lists names as it
// is: a longer one (a URL of hundreds or thousands of characters) could
// be cut off by the platform's message length, and is no pleasure to
// type back.
const maxListCursor = 64

// minListCursor is the shortest start of an entry listCursor names.
const minListCursor = 24

// listCursor is what a "more" line of lists names for the page that
// starts at next, the entry after last (the list sorted): next itself
// when it is short; else the shortest start of it, of minListCursor bytes
// at least, that sorts after last, since a page from a cursor starts at
// the first entry not below it (listStart), which is next; or, when even
// that is longer than maxListCursor (two long URLs alike for hundreds of
// characters), next's place in the list (k, from 1), which "from K"
// reads.
func listCursor(last, next string, k int) string {
	if len(next) <= maxListCursor {
		return next
	}
	i := 0
	for i < len(last) && i < len(next) && last[i] == next[i] {
		i++
	}
	n := max(i+1, minListCursor)
	for n < len(next) && !utf8.RuneStart(next[n]) {
		n++ // a whole character
	}
	if n > maxListCursor {
		return strconv.Itoa(k)
	}
	return next[:n]
}

// caseIDLen is the length of a NewCaseID.
const caseIDLen = 20

// minCursor is the shortest cursor a "more" line names.
const minCursor = 4

// cursorBetween is the cursor a "more" line names for the page that
// starts at next, the entry after last: the shortest start of next's key
// (minCursor at least) that last's key does not start with. Every entry
// from next on, and none of those shown (whose keys sort above it), has
// a key below cursorBound of it; an entry added later sorts above last
// and stays out of the pages that follow.
func cursorBetween(last, next string) string {
	i := 0
	for i < len(last) && i < len(next) && last[i] == next[i] {
		i++
	}
	return next[:min(len(next), max(i+1, minCursor))]
}

// cursorBound is the key every entry from a cursor on sorts below: the
// cursor followed by a character above base32hex's.
func cursorBound(cursor string) string { return cursor + "~" }

// isNumber reports a word of ASCII digits alone, however many.
func isNumber(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}
