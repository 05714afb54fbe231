package bot

import (
	"math"
	"strings"
	"unicode"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// behindWord reports a link carried behind words that show no address
// and no domain: Discord's masked link and Telegram's text link on
// "here", "the docs", "this PR", "release notes", as tech chat writes
// them (Discord has let every member mask links since 2023). Its text,
// read as a message's (disguises undone, and strictly), holds no link;
// a text that shows another site is a disguise (judgeMasked) and one
// that shows the link's own is the link written out (shownAsItself).
//
// Such a link earns the reliefs that rest on what its site and page are
// — a community's or a project's pages (writtenOut), a sample app a
// developer talks of (sampleApp), a self-hosted application's sign-in
// (selfHostedReading), a project's site or docs tree in plain talk
// (talksPlainlyAround) — and its words count as the message's plain
// words (plainWords). It does not earn those that rest on the reader
// seeing the link: a plain-HTTP page read as its HTTPS twin, a page
// posted plainly, a mild lure word beside it (talksPlainlyOf,
// plainMildWord). Measured on 19,447 benign tuning lines with their
// first link behind "here" (91 flagged that the link written out is
// not; 56 after) against every tuning attack line and 10,057 held-out
// phishing URLs carried behind plain words in seven phrasings (none
// loses a level): BENCHMARKS.md, carry38.
//
// A word is plain when it holds a letter or a digit and, with bm given,
// names no brand: a link behind "PayPal" or "Steam" says it is that
// brand's, as a disguise showing another address does, and a link
// behind nothing to read (a zero-width space) is hidden (rev38c).
// talksPlainlyOf asks with no bm: a link behind a brand's name earns
// none of the readings of a link the reader sees either.
func behindWord(l *linkx.Link, bm *brand.Matcher) bool {
	if !l.Carried || !strings.ContainsFunc(l.Visible, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return false
	}
	if bm != nil {
		for w := range strings.FieldsFuncSeq(string(lure.Fold(l.Visible, nil)), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
			if bm.Named(w, math.MaxInt) != nil {
				return false
			}
		}
	}
	var buf [2]linkx.Link
	if ls, _, _ := linkx.ExtractCleanStrict(l.Visible, buf[:0], 1); len(ls) > 0 {
		return false
	}
	ls, _, _ := linkx.ExtractClean(l.Visible, buf[:0], 1)
	return len(ls) == 0
}
