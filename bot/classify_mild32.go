package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/lure"
)

// One mild lure word in a line of plain chat ("download page https://…",
// "delving bitcoin thread https://…", "api docs for the campus wallet
// project https://…", "Patch by … Originally from http://…"): technical
// talk says download, update, patch, package, support, official, free,
// wallet, bitcoin, verify and login in their own sense. The message
// stage of the combiner gates lure words on the worst link
// (MsgLureLink: lure × σ(link logit + Gate)), so one mild word (0.2)
// beside a link the link stage reads just under the warn point adds
// 0.6 to 1 logit and warns: 17 of the 190 false alarms of the English
// benign tuning halves on 16164b3 were tipped so, the third class of
// fp32's histogram (BENCHMARKS.md) after the link model alone (116) and
// downloads (24).
//
// plainMildWord keeps such a word out of the message stage where it is
// the message's only lure (not a lure beyond one mild word, luresHard:
// no notice, no account lock, no prize, no second mild word, no brand
// named beside it), the message names no brand (namesBrand), speaks to
// no one (secondPerson: a lure speaks to its reader), is written in
// English letters with no paperwork's words and no link behind other
// words (plainWords), and the link's name does not echo the word
// (MsgEcho: phantom-recovery-guide beside "recovery" is bait named for
// its own words). Nor where a link is on a cheap ending or a free web
// host read as one (abusedTLDs 0.2 and more: .xyz, .top, .site,
// .online, 000webhostapp.com): "download https://winrar.online/get" is
// a hijacked account's lure, and tech chat's download pages are rarely
// there (rev32a).
//
// What it gives up: nothing an attacker lacks. Such a message is read as
// it would be without the word, and the level never falls below what
// the same link gets beside a plain remark: of the training lists'
// 90,273 phishing URLs framed in ten one-mild-word lines ("download
// page", "login", "verify here", "free stuff", "wallet docs", "support
// page", "the official site", "update", "bitcoin thread", "api docs for
// the wallet project"), 26,289 of 902,730 probes fall from warned to
// allowed and 36,914 from deleted to warned, and none falls below the
// level the same URL gets after "the page" (fp32). Run time only: the
// trainer fits the combiner on the message signals as Classify read
// them before (the lure words counted in full).
func (k *knowledge) plainMildWord() bool {
	if k.luresHard() {
		return false
	}
	for w := range strings.FieldsSeq(string(k.folded())) {
		if secondPerson[w] {
			return false
		}
	}
	for i := range k.links {
		if abusedTLDs[k.links[i].Suffix] >= 0.2 {
			return false // rev32a: a lure's word beside a cheap ending's link
		}
	}
	for i := range k.links {
		if k.links[i].Carried {
			// a link behind words, plain ones too: beside a lure's word
			// the words are its disguise (carry38: 368 of 10,057 held-out
			// phishing URLs behind "here" in crypto talk allowed)
			return false
		}
	}
	return lure.Phrases(k.folded(), 2) <= 1 && k.plainWords() > 0 && !k.namesBrand()
}
