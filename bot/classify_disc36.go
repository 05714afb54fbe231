package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
)

// The Discord and Steam scams' names the brand matcher left unread
// (disc36; brand/near36.go): a brand's name misspelt letter by letter
// (disclrd, diskords, diseords), a brand's own word written with a digit
// or an l for an i (nltro, glft, g1fts, promotlons), and a brand's name
// misspelt or beside more words in front of a stranger's name
// (discordd.animetv7.com, steamcomunity.aiq.ru, www-roblox.cam.x.com).
const (
	// wNearTypo: a brand's name misspelt letter by letter warns alone
	wNearTypo = 0.6
	// wDisguisedWord: a brand's own word disguised warns alone
	wDisguisedWord = 0.6
)

// byWords reads a registrable label, and each of its hyphen-separated
// words, with one of the brand matcher's readings: a brand's name
// misspelt (brand.Matcher.NearTypo, disc36) or scrambled
// (brand.Matcher.Scrambled, disc37).
func byWords(bm *brand.Matcher, label string, read func(*brand.Matcher, string, func(string) bool) (brand.Match, bool)) (brand.Match, bool) {
	if m, ok := read(bm, label, englishWord); ok {
		return m, true
	}
	if !strings.Contains(label, "-") {
		return brand.Match{}, false
	}
	for w := range strings.SplitSeq(label, "-") {
		if m, ok := read(bm, w, englishWord); ok {
			return m, true
		}
	}
	return brand.Match{}, false
}

// disguisedWord looks for a brand's own word disguised
// (brand.Matcher.DisguisedWord) in each label of a host before its public
// suffix.
func disguisedWord(bm *brand.Matcher, site linkx.Link) (form, word string, b *brand.Brand) {
	rest := site.Host
	if n := len(rest) - len(site.Suffix) - 1; n > 0 && rest[n] == '.' {
		rest = rest[:n]
	}
	for label := range strings.SplitSeq(rest, ".") {
		if form, word, b = bm.DisguisedWord(label); b != nil {
			return form, word, b
		}
	}
	return "", "", nil
}

// subMisspelt returns a brand's name as a stranger's subdomain writes
// it when it is misspelt or run together with more
// (brand.Match.SubMisspelt: discordd, steamcomunity), or "". The name
// alone (discord.example.org) is a project's host for its Discord server
// as often as a scam's; the name beside more words in its label
// (www-linkedin-com.ln-msedge.net, google-bidout-d.openx.net) a network's
// host for the brand as often.
func subMisspelt(m *brand.Match) string {
	if m.SubMisspelt() {
		return m.Word
	}
	return ""
}
