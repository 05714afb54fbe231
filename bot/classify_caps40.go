package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/immunebot/immune/bot/linkx"
)

// readCaps reads a link whose path and query are written all in
// capitals (HTTPS://GITHUB.COM/NAME/REPO/RELEASES/DOWNLOAD/V1.2/LOADER.EXE,
// as a message typed with caps lock or an SMS in capitals writes it) in
// lower case, as a person reads it: the site's folders (/releases/download/,
// /attachments/, /raw/main/), the file's name and its extension are the
// same words in capitals, and the readings that know them compare them as
// written. A path with one lower-case letter is read as written: its
// capitals are the site's own (/Software/a2b.html, a share code).
// Read as written too are the links whose case is their address: a
// shortener's code, a built-in one's or the operator's (bit.ly/ABCDEF is
// not bit.ly/abcdef, and the expander follows the link as read) and a URL a list or a feed names
// as written (promo-center.com/FREE). Raw keeps the link as written.
func readCaps(l *linkx.Link, k *knowledge) {
	if !allCaps(l.Path) || l.Query != "" && !allCaps(l.Query) && hasLetter(l.Query) {
		return
	}
	if shortener(l, k.short) {
		return
	}
	// a URL listed (a domain's entry names no path)
	if _, entry, listed := k.lists.lookup(k.chatLists, l); listed && strings.IndexByte(entry, '/') >= 0 {
		return
	}
	if hit, listed := k.feeds.Lookup(l); listed && hit.Domain == "" {
		return
	}
	l.Path = strings.ToLower(l.Path)
	l.Query = strings.ToLower(l.Query)
}

// allCaps reports whether s holds a capital letter and no lower-case
// letter.
func allCaps(s string) bool {
	upper := false
	for _, r := range s {
		switch {
		case 'a' <= r && r <= 'z':
			return false
		case 'A' <= r && r <= 'Z':
			upper = true
		case r >= utf8.RuneSelf && unicode.IsLower(r):
			return false
		case r >= utf8.RuneSelf && unicode.IsUpper(r):
			upper = true
		}
	}
	return upper
}
