package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
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
func behindWord(l *linkx.Link) bool {
	if !l.Carried || strings.TrimSpace(l.Visible) == "" {
		return false
	}
	var buf [2]linkx.Link
	if ls, _, _ := linkx.ExtractCleanStrict(l.Visible, buf[:0], 1); len(ls) > 0 {
		return false
	}
	ls, _, _ := linkx.ExtractClean(l.Visible, buf[:0], 1)
	return len(ls) == 0
}
