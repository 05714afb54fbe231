package bot

import (
	"cmp"
	"strings"
)

// A server guard's fake check page. Scams on Discord tell a server's
// members or owner that a bot guarding it wants them checked: pass a
// captcha, prove they are human, have spam or raiders removed. They name
// the page after the check alone (captcha on a new ending) or after the
// guard and what it does (spam-remover, removespam, antiraid-protect,
// captcha-humans), words the link model reads one by one as ordinary. guardName reads such a name: every part of the
// registrable label is a word of serverGuards or guardActs, one a guard's
// at least, two words at least; a lone captcha or captchas is read only
// on an ending that is a generic word (.cool, .group, .systems) or one
// scams favour (abusedTLD): on .com, .net, .org and a country's ending a
// word bought whole is a vendor's (a captcha service's own site).

// serverGuards are the words of what guards a server: a captcha, anti-spam
// and anti-raid bots, spam itself. raid alone is a disk array's.
var serverGuards = setOf("captcha", "captchas", "antispam", "antiraid", "antibot", "spam")

// guardActs are the words of what such a page says the guard does or
// asks: detect, remove, protect, verify, prove the member human, check an
// alt account, a bot's and a server's words, a click.
var guardActs = setOf("detect", "detection", "detector", "remove", "removal", "remover", "protect", "protection", "protector",
	"verify", "verification", "verified", "human", "humans", "alt", "alts", "bot", "bots", "server", "servers", "click")

// guardWord reports whether w is a word guardName reads.
func guardWord(w string) bool { return serverGuards[w] || guardActs[w] }

// guardLongest is the length of the longest word guardName reads.
var guardLongest = func() int {
	n := 0
	for _, set := range []map[string]bool{serverGuards, guardActs} {
		for w := range set {
			n = max(n, len(w))
		}
	}
	return n
}()

// legacyEndings are the generic endings firms have registered their
// names under longest; a country's ending (two letters) is read as one.
var legacyEndings = setOf("com", "net", "org", "info", "biz", "edu", "gov", "int", "mil")

// guardName returns the guard's word of a registrable label (site.Label())
// under the public suffix given that is a server guard's fake check
// page's name, as the comment above says, and whether it is one. A
// number at its end (a kit's copy) is read past.
func guardName(label, suffix string) (string, bool) {
	if len(label) > 40 || !strings.Contains(label, "captcha") && !strings.Contains(label, "spam") &&
		!strings.Contains(label, "antiraid") && !strings.Contains(label, "antibot") {
		// no guard's word: most names, passed over before they are split
		return "", false
	}
	label = trimNumber(label)
	var words [12]string
	n := 0
	for part := range strings.SplitSeq(label, "-") {
		if part == "" {
			return "", false
		}
		var ok bool
		if n, ok = splitRunInto(part, words[:], n, guardWord, guardLongest); !ok {
			return "", false
		}
	}
	guard := ""
	for _, w := range words[:n] {
		if serverGuards[w] {
			guard = cmp.Or(guard, w)
		}
	}
	switch {
	case guard == "":
		return "", false
	case n >= 2:
		return guard, true
	}
	tld := suffix[strings.LastIndexByte(suffix, '.')+1:]
	if (guard == "captcha" || guard == "captchas") && (abusedTLD(suffix) > 0 || len(tld) > 2 && !legacyEndings[tld]) {
		return guard, true
	}
	return "", false
}
