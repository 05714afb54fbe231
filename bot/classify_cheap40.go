package bot

import (
	"math"
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// A small site's own name on a cheap ending (cheap40). Personal and
// project sites are registered on the new and cheap endings scams use
// too (joelchrono.xyz, owncast.online, technotim.live), and tech chat
// links them bare or at a page of words, often over plain HTTP. Where
// nothing but the link model and the ending speak of such a link, the
// plain-HTTP reading (plainHTTPReading) keeps the scheme's full weight
// on a cheap ending, so that a kit on a new name cannot hide its scheme
// behind its HTTPS twin: measured, that costs little where the name is a
// plain one and the page is a word. Of the training lists' 9,753
// phishing URLs on cheap endings, 4 lose their flag so read (bare and in
// "see X for details" alike: utilzone.club/peter, puthofthigs.faith/inter,
// drvebx.xyz/workshop, borderlesspayments.icu/participate); of
// cmd/train/benign-hosts.txt's 69 real small sites on abused endings
// linked as http://NAME/blog, 45 were flagged and 12 are now (names
// with a digit, a hyphen or a brand, subdomains, names with no vowel); the
// 12,000 training phishing domains posted bare and the Discord list do
// not move (they are names, not plain-HTTP pages).
//
// The ending itself counts for little beside such a name where people
// name their own sites on it (namedEndings): the link model has read
// the name and the ending already, and the ending's signal on top
// (SigAbusedTLD, 0.2 × 2.79 logits on .xyz, .site, .online) tips a
// small site's root over the warn point. Set aside there, of 12,000
// training phishing domains on cheap endings (a seeded sample of
// 52,857) posted bare, 179 of 8,039 flagged lose their flag (the same
// in "see X for details"), of the Discord list 38 of 19,958, of the
// phishing URLs 32 of 8,313; of the 2,880 popular benign domains on
// abused endings, 47 flagged become 43; top-10k hosts 2 as before. Set
// aside on every cheap ending, the domains' price was 531.

// plainNameReading returns a link's signals with a plain-HTTP link read
// as its HTTPS twin (httpsTwinLogit) when it is a plain name's page
// (plainNamePage) at the site's root or at one English word
// (englishWord: /blog, /posts, /docs, /about), and without the ending's
// weight when the ending is one people name their own sites on
// (namedEndings) and the message holds no lure's word, mild ones too
// (knowledge.speaksAny), no sum of money (speaksMoney) and no word
// written to slip past the lure words (disguisedText). A run-time
// reading: the trainer's view (TrainingView) skips it, as it skips the
// other page readings, so combine.json rebuilds as it was fitted. Where
// the ending's weight is set aside, the link model alone does not take
// the link past the delete point either (plainNameDeleteCap): it warns.
func (c *Classifier) plainNameReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals, k *knowledge) model.LinkSignals {
	if c.training || !plainNamePage(l, info, &sig, k) {
		return sig
	}
	if page := strings.Trim(l.Path, "/"); l.Scheme == "http" && (page == "" || englishWord(page)) {
		sig[model.SigModel] = min(sig[model.SigModel], c.twinModel(l, info))
	}
	if namedEndings[l.Suffix] && !k.speaksAny() && !speaksMoney(k) && !disguisedText(k.text) {
		sig[model.SigAbusedTLD] = 0
		sig[model.SigModel] = min(sig[model.SigModel], c.plainNameDeleteCap())
	}
	return sig
}

// plainNameDeleteCap is the highest link-model logit at which a link of
// which nothing else speaks scores under the delete point (a hundredth
// of a logit under it): a plain name on a named ending in a message
// with no lure's word is warned about, not deleted, on the link model's
// reading alone (name41). What else the message holds (a newcomer, an
// edit that added the link) still counts on top; a lure's word,
// @everyone or a sum of money keeps plainNameReading out. The model's
// own reading of the ending lifts such names by 1 to 2.6 logits (.xyz,
// .site, .online against .com: its ending, and the name's shape with
// the ending). Read on .com, such names freed one blind tech line for
// 1,946 training phishing names' flags; with the ending read in part,
// or a warn point per ending calibrated on the popular benign names,
// none, for 363 to 1,573: what those readings bought was the deletes
// this cap turns into warnings (BENCHMARKS.md, name41). The cap costs
// no flag: of 35,370 training phishing domains on cheap endings flagged
// posted bare, 1,824 of the 25,107 deleted are warned about instead,
// and 36 of the Discord list's 18,602 deleted.
func (c *Classifier) plainNameDeleteCap() float32 {
	d := c.thresholds.Delete
	return float32((math.Log(d/(1-d))-c.comb.LinkBias)/c.comb.Link[model.SigModel]) - 0.01
}

// disguisedText reports a message whose words are written to slip past
// a reading of them (disguisesWords: "clаim yоur rеward" in Cyrillic
// letters among Latin ones, "C L A I M"): the lure words it holds are
// not read, and the message is no plain one.
func disguisedText(text string) bool {
	var buf [64]quoteToken
	toks := quoteTokens(text, buf[:0])
	var stack [512]byte
	return disguisesWords(toks, quoteWords(toks, -1, stack[:0]))
}

// speaksMoney reports a message that holds a sum of money with its sign
// ($500, 500$, €20, £5) or the Vietnamese word for money (tiền: "chuyển
// khoản nhận tiền", "kiếm tiền tại nhà"): a scam's offer in words no lure
// list holds, beside which a plain name is not set free of its ending
// (rev40b).
func speaksMoney(k *knowledge) bool {
	t := k.text
	for i := 0; i < len(t); i++ {
		start := i // the sign's first byte; i its last
		switch {
		case t[i] == '$':
		case t[i] == 0xA3 && i > 0 && t[i-1] == 0xC2: // £
			start = i - 1
		case t[i] == 0xAC && i > 1 && t[i-1] == 0x82 && t[i-2] == 0xE2: // €
			start = i - 2
		default:
			continue
		}
		if i+1 < len(t) && isDigit(t[i+1]) || start > 0 && isDigit(t[start-1]) {
			return true
		}
	}
	return containsWords(k.folded(), "tien")
}

// namedEndings are the cheap endings (abusedTLDs) on which people name
// sites of their own often enough that a plain name there is no sign of
// a scam by its ending: in the training lists the ending's share of the
// 211,944 phishing domains is at most e^2.4 (about 11) times its share
// of the 65,758 popular benign ones (.xyz 1.47, .site 2.02, .online
// 2.33, .info 1.06, .club 0.34, .cc -0.38: log ratios, counts +1), the
// free endings (.tk, .ml, .ga, .cf, .gq) aside. Left out: .top 2.61,
// .icu 2.96, .buzz 3.73, .cfd, .monster, .gift, .claims and the free
// ones (.tk 3.97, .ml 4.48, .cf 4.79, .gq 5.10, .ga's 2.20 on 62
// popular names of a country's ending given away). Left out too (rev40b)
// are the endings with fewer than 5 of the popular benign names, whose
// ratio is the counts' +1 rather than anyone's sites: .zip and .mov
// (0 each, the file names scams dress links as), .support (3), .loan,
// .review, .country, .cricket, .accountant, .faith, .racing, .webcam,
// .date, .gdn, .kim, .fit, .surf, .men, .party, .rest, .cyou, .bar, .lol,
// .sbs, .center, .quest.
var namedEndings = setOf("science", "bid", "ws", "cc", "su", "guru", "pw", "link", "pro", "press", "club", "uno", "today",
	"digital", "events", "work", "info", "life", "space", "trade", "click", "win", "fun", "xyz", "website", "host", "best",
	"site", "shop", "vip", "store", "live", "online", "cam")

// plainNamePage reports a link of which only the link model and a cheap
// ending (SigAbusedTLD) speak — no other signal, no finding about the
// name but the ending — to a name of its own (the registrable name or
// www. before it; not a hosting platform's, not an address, a port or a
// user's name) that is plain (plainLabel: letters only, with a vowel,
// 3 to 20 long, not made up: randomLabel), at its root or at one
// lower-case word (wordPage), with no query, no lure's word, brand, kit
// (kitPath), document lure (docLurePage), paperwork (paperworkPath) or
// service a kit imitates (serviceFolders) in the path, no scam's stem
// run into the name (scamStemName) and no kit's page (kitPageWord).
func plainNamePage(l *linkx.Link, info *hostInfo, sig *model.LinkSignals, k *knowledge) bool {
	if sig[model.SigAbusedTLD] == 0 || info.trusted || info.userContent || !l.ICANN || l.IP.IsValid() ||
		l.Port != "" || l.UserInfo != "" || l.Query != "" || l.Domain == "" || l.Host != l.Domain && l.Host != "www."+l.Domain {
		return false
	}
	for i, v := range sig {
		if v != 0 && i != int(model.SigModel) && i != int(model.SigAbusedTLD) {
			return false
		}
	}
	for i := range info.reasons {
		if info.reasons[i].Code != CodeSuspiciousTLD {
			return false
		}
	}
	label := l.Domain[:len(l.Domain)-len(l.Suffix)-1]
	page := strings.TrimSuffix(l.Path, "/")
	return plainLabel(label) && !randomLabel(label) && wordPage(l.Path) && !serviceFolders[strings.TrimPrefix(page, "/")] &&
		!kitPath(l.Path) && !docLurePage(page) && !paperworkPath(l.Path) && len(pathLureWords(l)) == 0 && pathBrand(l, info, k.brands) == nil &&
		!scamStemName(label) && !kitPageWord(strings.Trim(l.Path, "/"))
}

// plainKitPages are the one-word pages a kit is named for that no lure
// list reads in a path: a toll or a parcel to pay (/toll, /track), a
// withdrawal, an invite, a registration, and the Vietnamese nhận quà,
// tặng quà, xác minh, xác thực, đăng nhập, đăng ký, nhận tiền, khuyến
// mãi, trúng thưởng, ưu đãi, miễn phí, hoàn tiền, vòng quay written
// with or without hyphens (rev40b, rev41b).
var plainKitPages = setOf("invite", "invites", "track", "tracking", "toll", "tolls", "fee", "fees", "redeliver", "redelivery",
	"package", "parcel", "delivery", "pay", "payment", "billing", "tax", "register", "registration", "withdraw",
	"withdrawal", "portal", "admin", "tang", "qua", "nhanqua", "tangqua", "quatang", "xacminh", "xacthuc", "dangnhap",
	"dangky", "nhantien", "nhanthuong", "khuyenmai", "trungthuong", "uudai", "mienphi", "hoantien", "vongquay")

// kitPageWord reports a page (plainKitPages, hyphens read away: xac-minh is
// xacminh) or one built on a scam's stem (scamStems: /claimnow,
// /giftcard).
func kitPageWord(page string) bool {
	if page == "" || len(page) > 32 {
		return false
	}
	var buf [32]byte
	n := 0
	for i := 0; i < len(page); i++ {
		if page[i] != '-' {
			buf[n] = page[i]
			n++
		}
	}
	return plainKitPages[string(buf[:n])] || scamStemName(string(buf[:n]))
}

// scamStems are the stems of what a scam site asks for or holds out,
// which the name lexicon (model.NameWords) counts only as a whole word
// of a name, not inside a run-together one: interacrefund,
// accountunlock, loginsca, myspotrecovery, giftgratis, morganbank,
// vietcredit, realskins, steamsafe, winxdrops, trcusdt, momovip and the
// Vietnamese nhantien (nhận tiền). A plain name built on one is no
// small site's own name to the cheap40 reading (rev40b: of 6,000 plain
// training phishing names on namedEndings, 326 lost their flag on
// cheap40, about a third of them names of these stems).
var scamStems = []string{"refund", "unlock", "login", "logon", "signin", "verif", "recover", "restore", "account", "wallet",
	"claim", "gift", "reward", "bonus", "airdro", "drops", "nitro", "steam", "skins", "skinz", "robux", "bank", "credit", "usdt",
	"crypto", "momo", "lixi", "nhantien", "naptien", "ruttien", "casino", "secure", "support", "helpdesk", "validat"}

// scamStemName reports a name holding one of scamStems.
func scamStemName(label string) bool {
	for _, s := range scamStems {
		if strings.Contains(label, s) {
			return true
		}
	}
	return false
}

// serviceFolders are the services a kit's one folder on a site of its own
// is named for (/mail/, /office/, /drive/), as the phishing feeds' kits
// on compromised and bought sites are (rev18: http://gardenclub.info/mail/).
var serviceFolders = setOf("mail", "email", "inbox", "office", "outlook", "drive", "onedrive", "sharepoint", "cloud", "icloud")

// plainLabel reports a name of 3 to 20 lower-case letters with a vowel
// (y counts): no digit or hyphen.
func plainLabel(s string) bool {
	if len(s) < 3 || len(s) > 20 {
		return false
	}
	vowel := false
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b == 'a' || b == 'e' || b == 'i' || b == 'o' || b == 'u' || b == 'y':
			vowel = true
		case b < 'a' || b > 'z':
			return false
		}
	}
	return vowel
}

// wordPage reports a path that is a site's root or one segment of
// lower-case letters and inner hyphens (/blog, /deep-sea), up to 32
// long, with or without a slash after it.
func wordPage(p string) bool {
	p = strings.TrimSuffix(p, "/")
	if p == "" {
		return true
	}
	if p[0] != '/' || len(p) > 33 {
		return false
	}
	p = p[1:]
	if p == "" || p[0] == '-' || p[len(p)-1] == '-' {
		return false
	}
	for i := 0; i < len(p); i++ {
		if b := p[i]; (b < 'a' || b > 'z') && b != '-' {
			return false
		}
	}
	return true
}
