package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/lure"
)

// mildAside reports a message whose only lure is one everyday mild word
// said beside its link, not at it: "(free!)", "it's free and open
// source", "URGENT: prod is down", "verify the checksum first". Tech
// chat says free, urgent, update, verify, official, support and wallet
// in their own sense, and the readings that place a link where it
// belongs (a page of an older site, a talk's sample, a project's build,
// a documentation tree) asked for no lure's word at all, so one such
// word switched them off and the link model's raw reading stood: the
// same line warned or deleted where it was allowed without the word.
// The word keeps its own weight in the combiner (MsgLure, MsgLureLink);
// only the readings stay on.
//
// Not aside: a strong phrase, a second mild phrase, an official notice's
// words, @everyone, a brand named, a word spoken to the reader (you,
// your), a word aimed at the link (asideAims: "claim here", "free …
// click", "urgent: login now"), a malware offer's, an account's
// trouble's, a prize's or a photo's mild word (asideNever: crack, cheat,
// nitro, locked, winner, photos), or words other than English letters
// or with paperwork's (plainWords).
func (k *knowledge) mildAside() bool {
	if k.aside != 0 {
		return k.aside > 0
	}
	k.aside = -1
	if mentionsEveryone(k.text) || k.notices().Any() {
		return false
	}
	var sum float64
	phrase := ""
	for cat, h := range k.found() {
		if h.Weight > lure.Mild || h.Weight > 0 && (asideNever[h.Phrase] || lure.Category(cat) == lure.Photo) {
			return false
		}
		if h.Weight > 0 {
			phrase = h.Phrase
		}
		sum += h.Weight
	}
	folded := k.folded()
	if sum == 0 || sum > lure.Mild || lure.Phrases(folded, 2) > 1 {
		return false
	}
	own := 0
	for w := range strings.FieldsSeq(string(folded)) {
		if secondPerson[w] || asideAims[w] {
			return false
		}
		if len(w) >= 2 && !containsWords([]byte(phrase), w) {
			own++
		}
	}
	if k.plainWords() == 0 || k.namesBrand() {
		return false
	}
	k.aside = 1
	if own == 0 {
		k.aside = 2
	}
	return true
}

// asideAlone reports a mild word said aside (mildAside) that is the
// message's only word: "free <link>", "<link> (free!)". Read as without
// the word, that is a bare link, which does not talk plainly
// (talksPlainly): the word must not make it read better than the link
// alone.
func (k *knowledge) asideAlone() bool {
	return k.mildAside() && k.aside == 2
}

// asideNever are mild lure words that are never said aside: a malware
// offer's (crack, cheat, hack, mod menu), a game currency's (nitro,
// robux, skins), an account's trouble (locked, banned, suspended), a
// prize's (winner, lucky, congratulations) and money's (profit,
// investment). Nor is any word of a photo's (mildAside): "my photos"
// beside a download is how a dropper is sent to a friend (one of
// eval8's malware lines was allowed when it counted as aside).
var asideNever = setOf("crack", "cheat", "cheats", "hack", "mod menu", "nitro", "robux", "skins", "suspended", "locked",
	"banned", "unlock", "terminated", "metamask", "usdt", "congratulations", "winner", "prize", "lucky", "won", "profit",
	"investment")

// asideAims are the words that aim a message at its link, or hurry its
// reader there: a lure's call, where one mild word is bait.
var asideAims = setOf("here", "below", "click", "tap", "now", "link", "claim", "redeem", "collect", "grab", "hurry",
	"quick", "quickly", "asap", "today", "limited", "expires", "expire", "last", "before")

// stopsReadings reports whether the message lures hard enough
// (luresHard) that the readings which place a link where it belongs are
// not asked: a lure beyond one mild word, or one mild word that is not
// said aside (mildAside: an account's trouble or a prize aimed at the
// link). The rules that flag a page beside a lure (a kit's root page, an
// IPFS upload's root, a tunnel's sign-in) still ask luresHard itself.
func (k *knowledge) stopsReadings() bool {
	return k.luresHard() && !k.mildAside()
}
