package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// Benign tech and Vietnamese chat read as phishing (fp48, issue #9).
//
// 1. A company's or a home's own name under an ending no registry sells
// (timesheet.intra:8080/login, printer.home.arpa/login.html): only the
// network that names it resolves it, so no attacker's victim outside
// that network reaches it, as intranetName (lanEndings) says of .lan,
// .corp and .internal. privateName adds the endings companies and homes
// name their hosts under that lanEndings lacks: .intra, .intern (German
// firms' "intern"), .loc, .priv, .localnet, .dmz, and home.arpa, the
// ending RFC 8375 reserves for homes' networks (an ICANN suffix in the
// public list, so intranetName's !ICANN never reads it). None is a
// top-level domain; a link there is read as one to a private address.
//
// 2. A Vietnamese publication's or firm's name of three words or more
// written apart, with its marks, in the message and run together in its
// link's name on Vietnam's ending ("Thời báo Tài chính Việt Nam
// https://thoibaotaichinhvietnam.vn/"). The link model reads a long name
// of letters it never saw as a kit's ("letters arranged like known scam
// names, a long name"), for its lists' benign names are short and
// English. spelledNameReading binds the model's reading as a plain
// page's in plain talk (plainHTTPTalkMax) where the message names the
// site so (spellsName: three words or more side by side whose letters
// are the registrable label's, hyphens aside) and nothing else speaks
// against it: the link is on a name of its own under vn or one of its
// second-level endings (vnEnding: Vietnam's registry identifies
// who it gives them to; no hosting platform, page anyone can publish or
// shortener), written with no user, port or query and no disguise, to
// the site's front or a page whose path holds no lure's, kit's,
// paperwork's, download's or app's word; the name reads no brand and
// holds no lure's or scheme's word (SigDomainWords, SigSchemeWords,
// info.words) and no askStems stem; and the message is written in
// Vietnamese with its marks (vietnameseLetter), speaks no lure's or
// notice's word at all (speaksAny), no sum of money, no brand, no
// paperwork, speaks to no reader (readerWords) and pings no one.
//
// Read on any ending and in any language, the same reading freed 15,636
// of the 56,149 training phishing domains flagged when posted after
// their label cut into three words, and two blind smishing lines; on
// Vietnam's ending alone, 24 of 312 .vn phishing domains so posted in
// Vietnamese (BENCHMARKS.md, fp48). A drainer named by its own name in
// its own message ("Claim at NAME.xyz: NAME airdrop is live") speaks a
// lure and is read as before.
//
// 3. A lookup of a code a member talks of ("Mã số thuế công ty mình tra
// trên masothue.com là ra": our company's tax code, looked up on
// masothue.com). judgeNotice reads "mã số thuế" as a tax notice and the
// lookup site, named after it, as the office's impostor. lookupTalk
// reads a message in which its writer says they look a thing up
// (lookupVerbs) and speaks of themselves or their firm (selfWords), to
// no reader (readerWords), pressing nothing (pressesReader) and asking
// nothing (askVerbs: pay, refund, update, verify, sign in, click): beside
// a site named for the notice's office or words (officeName, echoWord)
// on no cheap ending, such a message is no notice, and judgeNotice adds
// nothing. A stranger's site beside the same talk (a cheap ending, a
// shortener, a government's dress) is read as before: of 33,770 messages
// putting the training lists' Vietnamese phishing domains in such talk,
// 6 of 13,007 flagged lose their flag.

// privateEndings are the endings companies and homes name their own
// hosts under that lanEndings lacks, none a top-level domain.
var privateEndings = setOf("intra", "intern", "loc", "priv", "localnet", "dmz")

// privateName reports a link's name under an ending only a private
// network resolves that intranetName does not read: privateEndings and
// home.arpa (RFC 8375). Run time only: the trainer reads such names as
// it did.
func (c *Classifier) privateName(l *linkx.Link) bool {
	return !c.training && (l.Suffix == "home.arpa" || !l.ICANN && privateEndings[l.Suffix])
}

// spelledNameMin is the fewest words a message writes a name in for
// spelledNameReading: two words run together are a brand's or a
// kit's pair as often (paypalsecure, walletsync); a publication's or a
// tool's name is longer.
const spelledNameMin = 3

// spelledNameReading returns a link's signals with the link model's
// reading bound as a plain page's in plain talk where the message spells
// the site's name out, as the comment above (2) says.
func (c *Classifier) spelledNameReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals, k *knowledge) model.LinkSignals {
	if c.training || sig[model.SigModel] <= model.ClampModel(plainHTTPTalkMax) || l.Disguised || l.Hidden || l.IP.IsValid() ||
		l.Port != "" || l.UserInfo != "" || l.Query != "" || info.userContent || readsBrand(&sig) || sig[model.SigShortener] > 0 ||
		sig[model.SigDomainWords] > 0 || sig[model.SigSchemeWords] > 0 || len(info.words) > 0 {
		return sig
	}
	if hosted := k.hosted(l); hosted || l.Domain == "" || !vnEnding(l.Suffix) {
		return sig
	}
	label := l.Label()
	if askingName(label) || !spellsName(k.folded(), label) {
		return sig
	}
	if model.HasPath(l) && (len(pathLureWords(l)) > 0 || kitPath(l.Path) || paperworkPath(l.Path) || downloadPath(l.Path) || placePath(l)) {
		return sig
	}
	if k.speaksAny() || speaksMoney(k) || k.namesBrand() || k.speaksPaperwork() || mentionsEveryone(k.text) ||
		containsAnyWords(k.folded(), readerWords) {
		return sig
	}
	if strings.IndexFunc(k.text, vietnameseLetter) < 0 {
		return sig // a name spelled out in Vietnamese as it is written, with its marks
	}
	sig[model.SigModel] = model.ClampModel(plainHTTPTalkMax)
	return sig
}

// spellsName reports folded text that holds spelledNameMin words or
// more side by side whose letters, run together, are the label's with
// its hyphens left out (thoi bao tai chinh viet nam for
// thoibaotaichinhvietnam; brutto netto rechner for
// brutto-netto-rechner). Each word is two letters or more; the label
// holds ten letters or more.
func spellsName(folded []byte, label string) bool {
	letters := 0
	for i := 0; i < len(label); i++ {
		if label[i] != '-' {
			letters++
		}
	}
	if letters < 10 {
		return false
	}
	for start := 0; start < len(folded); {
		for start < len(folded) && !wordByte(folded[start]) {
			start++
		}
		if start >= len(folded) {
			break
		}
		if spelledFrom(folded[start:], label) {
			return true
		}
		for start < len(folded) && wordByte(folded[start]) {
			start++
		}
	}
	return false
}

// spelledFrom reports text whose first words, side by side, run
// together into label (its hyphens skipped), spelledNameMin of them or
// more, each two letters or more, the last ending a word.
func spelledFrom(text []byte, label string) bool {
	at, words := 0, 0 // at: the label's next byte to match
	for i := 0; i < len(text); {
		for i < len(text) && !wordByte(text[i]) {
			if text[i] != ' ' {
				return false // a comma, a dot: the name ends there
			}
			i++
		}
		start := i
		for i < len(text) && wordByte(text[i]) {
			for at < len(label) && label[at] == '-' {
				at++
			}
			if at >= len(label) || label[at] != text[i] {
				return false
			}
			at++
			i++
		}
		if i-start < 2 {
			return false
		}
		words++
		for at < len(label) && label[at] == '-' {
			at++
		}
		if at == len(label) {
			return words >= spelledNameMin
		}
	}
	return false
}

// wordByte reports a folded word's byte: a letter or a digit.
func wordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9'
}

// lookupVerbs are the folded words of looking a thing up: Vietnamese
// tra and tra cứu (trả, to pay back, folds alike: askVerbs holds its
// phrases), and English's.
var lookupVerbs = []string{"tra", "tra cuu", "look up", "looked up", "looking up",
	"lookup", "searched", "search on"}

// selfWords are the folded words a writer speaks of themselves or
// their firm with.
var selfWords = []string{"minh", "toi", "tui", "chung toi", "cong ty minh", "ben minh", "i", "we", "my", "our", "me", "us"}

// readerWords are the folded words a notice addresses its reader with.
var readerWords = []string{"ban", "cac ban", "quy khach", "quy vi", "anh chi", "you", "your", "u", "ur"}

// askVerbs are the folded words of what a notice asks its reader to do:
// pay, settle, refund, update, verify, sign in, click, get.
var askVerbs = []string{"nop", "thanh toan", "hoan", "hoan tien", "cap nhat", "xac minh", "xac thuc", "dang nhap", "nhan",
	"bam", "click", "truy cap", "tien", "trieu", "tra no", "tra lai", "tra gop", "hoan tra", "chi tra", "tra phi", "pay", "refund", "claim", "owe", "due", "verify", "update", "login", "sign in"}

// lookupTalk reports a message in which its writer talks of looking a
// thing up themselves, to no reader, pressing and asking nothing, as
// the comment above (3) says.
func (c *Classifier) lookupTalk(folded []byte) bool {
	return !c.training && containsAnyWords(folded, lookupVerbs) && containsAnyWords(folded, selfWords) &&
		!containsAnyWords(folded, readerWords) && !containsAnyWords(folded, askVerbs) && !pressesReader(folded)
}

// vietnameseLetter reports a letter only Vietnamese writes among the
// Latin ones: đ, ơ, ư, ă and the letters with tone marks of Latin
// Extended Additional (ạ … ỹ).
func vietnameseLetter(r rune) bool {
	switch r {
	case 'đ', 'Đ', 'ơ', 'Ơ', 'ư', 'Ư', 'ă', 'Ă':
		return true
	}
	return r >= 0x1EA0 && r <= 0x1EF9
}
