package bot

import (
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
	"strings"

	"github.com/immunebot/immune/bot/brand"
)

// brandInWord reports a brand's name found inside a label's word that is
// only part of an ordinary word (brand.Match.InWord: paypalette,
// coinbasement, robloxygen, amazonite), the label that word alone or
// with ordinary words beside it (brand.PlainWord: amazonite-gems), no
// notice's, service's or other brand's word among them (fp50). The
// caller asks at run time, off a cheap ending or on a site anyone
// makes, for a NameInDomain match only; its first tests are two field
// reads, so other matches pay nothing.
func brandInWord(m *brand.Match, label string) bool {
	if m.Kind != brand.NameInDomain || len(m.Word) < 6 || !m.InWord(englishWord) {
		return false
	}
	if label == m.Word {
		return true
	}
	found := false
	for rest := label; rest != ""; {
		w := rest
		if i := strings.IndexByte(rest, '-'); i >= 0 {
			w, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		switch {
		case w == m.Word && !found:
			found = true
		case !brand.PlainWord(w, englishWord):
			return false
		}
	}
	return found
}

// namesBrand reports a message whose text (its links aside) names a
// brand by one of its names as a word: a link whose host's name only
// begins an ordinary word with the brand's letters (brandInWord) is read
// in full beside it ("PayPal: your account is limited …
// paypalette.netlify.app"). Asked only of such a host.
func namesBrand(k *knowledge, b *brand.Brand) bool {
	return containsAnyWords(k.folded(), b.Names)
}

// inWordRead reads a link of a host whose brand's name only begins an
// ordinary word (nameRead.inWord) as a word's name is read: the brand's
// signals dropped, the name read no higher than neutral and the path in
// full (nameReading goes on); false, and the link read in full, where
// the path names the brand or its context, holds a lure's word (a
// sign-in, a wallet) or a query.
func inWordRead(l *linkx.Link, info *hostInfo, sig *model.LinkSignals) bool {
	if l.Query != "" || brandContext(l.Path, info.read.inWord, info.brands) || len(pathLureWords(l)) > 0 {
		return false
	}
	sig[model.SigLookalike], sig[model.SigBrandName], sig[model.SigBrandSub] = 0, 0, 0
	sig[model.SigDomainInHost], sig[model.SigHostingBrand], sig[model.SigBrandService] = 0, 0, 0
	return true
}

// A member's own lookup or warning is no official notice (fp50, beside
// fp48's lookupTalk): judgeNotice reads "mã số thuế", "tax refund" or
// "unpaid toll" as a notice, and a site named for the notice's office
// or words (a lookup site, an operator's site) as the office's
// impostor. Two more ways a member speaks of such a site:
//
//   - a lookup said with no "I" or "we" ("tra cứu mã số thuế ở
//     masothue.com nhé", "tra cứu hóa đơn tiền điện: …"): lookupVerbs
//     to no reader (readerWords), asking and pressing nothing, as
//     lookupTalk reads (its selfWords dropped: a notice to a victim
//     addresses them, asks, presses or announces itself or its case,
//     announceWords: "thông báo", "biển số", "vi phạm", "khoản");
//   - a warning about a message received ("got a text saying I owe a
//     toll, pretty sure it's fake, the real site is …"): a scam's word
//     (warnWords), a message's (gotWords) and the genuine one's
//     (realWords), to no reader (readerWords: "your balance" is a
//     notice's). The pressing and asking words a warning quotes do not
//     count against it.
//
// Both free only a site judgeNotice read as a lookup (a name built of
// the office's or the notice's words, on no cheap ending, no page of a
// platform) and not hyphenated (hmrc-tax.com, irs-r.com are impostors'
// names); a government's dress, a page on a site anyone makes, a cheap
// ending and a stranger's name beside such talk are read as before.

// announceWords are the folded words by which a notice announces itself
// or its case: a notice, a vehicle's plate, a violation, a decision, a
// penalty, the traffic police ("CSGT thông báo phạt nguội, tra cứu tại
// …" is a notice with no "you" in it).
var announceWords = []string{"thong bao", "notice", "notification", "bien so", "vi pham", "phuong tien", "quyet dinh",
	"xu phat", "csgt", "ho so", "khoan"}

// warnWords are the folded words of calling a message a scam.
var warnWords = []string{"scam", "scams", "scammer", "scammers", "fake", "phishing", "phish", "smishing", "fraud", "fraudulent",
	"spoof", "spoofed", "lua dao", "gia mao", "mao danh", "gia danh", "tin nhan gia", "tin nhan lua"}

// gotWords are the folded words of a message received.
var gotWords = []string{"text", "texts", "texted", "sms", "email", "emails", "emailed", "message", "messages", "call", "called",
	"voicemail", "letter", "tin nhan", "cuoc goi", "goi dien"}

// realWords are the folded words a warning names the genuine site with.
var realWords = []string{"real", "actual", "official", "legit", "genuine", "the right", "chinh thuc", "chinh chu", "trang that",
	"web that", "link that", "website that"}

// noticeAside reports a message that is a member's own lookup or
// warning (above, and lookupTalk): judgeNotice adds nothing for a
// lookup site beside it. Asked only once a notice's words and such a
// site were found.
func (c *Classifier) noticeAside(folded []byte, l *linkx.Link) bool {
	if c.training {
		return false
	}
	if c.lookupTalk(folded) {
		return true
	}
	if strings.IndexByte(l.Label(), '-') >= 0 || containsAnyWords(folded, readerWords) {
		// an office's word hyphenated with another (hmrc-tax, irs-r)
		// is how an impostor names a site: read as a notice's beside
		// any talk but lookupTalk's
		return false
	}
	if containsAnyWords(folded, lookupVerbs) && !containsAnyWords(folded, askVerbs) && !pressesReader(folded) &&
		!containsAnyWords(folded, announceWords) {
		return true
	}
	return containsAnyWords(folded, warnWords) && containsAnyWords(folded, gotWords) && containsAnyWords(folded, realWords)
}
