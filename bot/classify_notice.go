package bot

import (
	"bytes"
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
	"github.com/immunebot/immune/bot/model"
)

// Official notices: a fine, a benefit, a tax refund or debt, a power or
// water bill, a government portal (package lure's FindNotice). Real
// offices send them, and members pass them on and talk about them, with
// the office's own site or a newspaper's; a scam sends them with a site
// made for the notice. These rules are weighed by hand: the training data
// has no messages of the kind to fit a weight on, and they leave what the
// fitted combiner reads unchanged.
const (
	// a site dressed as a government's ("gov" inside a name on a common
	// ending: gdt-gov.info, csgt.gov-vn.site, vneid-gov.com): warns alone
	wGovName = 0.6
	// a notice beside a site named after the office or the notice
	// (csgt-phatnguoi.com beside "nộp phạt"): an office links its own site
	wNoticeOffice = 0.7
	// a notice that only names its subject (phạt nguội, VNeID) beside a
	// site named after the office: not warned alone
	wNoticeSubject = 0.45
	// a notice that demands payment or an update beside a shortened link,
	// a page anyone can publish or a name on a cheap ending
	wNoticeHidden = 0.55
)

// officeSites are the sites of offices that live outside their country's
// government endings (gov.vn): what a notice in their name may link. A
// toll office names its site after its service and its state
// (ezpassnj.com, bayareafastrak.org), as the fakes of it are named
// (ezpassnj-tolls.com): only the offices' own are listed.
var officeSites = setOf("csgt.vn",
	// a well-known private lookup of traffic fines, named as the fakes
	// of it are (tracuuphatnguoi.info): listed as a reputable site is
	"checkphatnguoi.vn",
	// E-ZPass's states, FasTrak, The Toll Roads
	"ezpassnj.com", "ezpassva.com", "ezpassmd.com", "ezpassde.com", "ezpassnh.com", "ezpassri.com", "ezpassoh.com",
	"ezpassmaineturnpike.com", "bayareafastrak.org", "thetollroads.com",
	// Vietnam's ePass (VDTC) toll service
	"epass-vdtc.com.vn",
	// the national trust mark for websites (Tín Nhiệm Mạng, NCSC) and
	// the domain registry (VNNIC): their notices' own sites (vi45)
	"tinnhiemmang.vn", "vnnic.vn")

// officeWord is a word that names a government office, portal or utility,
// or a toll service, in the sites made for their notices. A word of
// letters that no ordinary word holds (bhxh, csgt, vneid) is found
// anywhere in a name; the others only as a whole word of it (evn-thanhtoan,
// irs-refund, vetc-hoantra; not irsdn, evnttrck, vetclinic).
type officeWord struct {
	w        string
	anywhere bool
}

var officeWords = []officeWord{
	{"csgt", true}, {"phatnguoi", true}, {"nopphat", true}, {"bhxh", true}, {"baohiemxahoi", true}, {"vssid", true},
	{"dichvucong", true}, {"vneid", true}, {"thuedientu", true}, {"tongcucthue", true}, {"cucthue", true},
	{"hoanthue", true}, {"nopthue", true}, {"bocongan", true}, {"gplx", true}, {"dinhdanh", true}, {"ezpass", true},
	{"sunpass", true}, {"fastrak", true}, {"tollroads", true}, {"tiendien", true}, {"tiennuoc", true}, {"capnuoc", true},
	{"dienluc", true}, {"dangkiem", true}, {"vetc", false}, {"congan", false}, {"epass", false}, {"evn", false}, {"irs", false}, {"hmrc", false},
	// toll authorities' own names (paturnpike, illinoistollway)
	{"turnpike", true}, {"tollway", true}, {"thruway", true},
}

// noticeActions are the folded words a site made for a notice adds to an
// office's name: what it has the reader do there (pay, refund, update,
// log in, look up) or the dress of a national office (gov, vietnam,
// quocgia). An office's or a utility's own site adds its place or its
// own name instead (capnuocbenthanh, capnuocgiadinh, paturnpike).
var noticeActions = []string{"pay", "bill", "refund", "claim", "online", "portal", "service", "center", "centre", "verify",
	"secure", "login", "signin", "account", "update", "support", "help", "status", "track", "gov", "official", "check",
	"citation", "fine", "invoice", "notice", "alert", "thanhtoan", "hoantien", "hoantra", "hoanphi", "hoanthue", "tracuu",
	"nopphat", "nopthue", "nhantien", "capnhat", "xacminh", "xacthuc", "dangky", "dangnhap", "taikhoan", "kichhoat",
	"hotro", "vietnam", "quocgia", "vipham", "xuphat", "giaymoi", "trocap", "chinhphu", "rut", "nhanh", "motlan", "24h"}

// ownOfficeName reports a site named as an office or a utility names its
// own: on an ordinary ending (a registry's, not a cheap one or a private
// suffix dressed as a country's: .vn.com), one word of the registrable
// name holds an office's word with a name of its own (a place's or a
// firm's, four letters or more: capnuocbenthanh.com, capnuocgiadinh.vn;
// a state's code before a toll authority's word: csc-paturnpike.com;
// not rutbhxh, mst-tongcucthue) or
// is the office's word alone in an unhyphenated name (tiendien.vn), and
// no word of the host is one a site made for a notice adds
// (noticeActions: capnuoc-thanhtoan, evnhcmc-hoantien, tracuuphatnguoi).
// Sites made for notices are named after what they ask (csgt-phatnguoi,
// bhxh-rutmotlan, ezpassnj-billing); a hyphen joining an office's word
// alone to another (csgt-hanoi) is such a name.
func ownOfficeName(l *linkx.Link) bool {
	if !l.ICANN || l.Domain == "" || l.IP.IsValid() || l.Port != "" || l.UserInfo != "" || abusedTLD(l.Suffix) > 0 {
		return false
	}
	// the host's labels before its ending, joined without their dots
	// and hyphens (Host is lower-case already)
	var buf [256]byte
	joined := buf[:0]
	for i := 0; i < len(l.Host)-len(l.Suffix) && len(joined) < len(buf); i++ {
		if c := l.Host[i]; c != '.' && c != '-' {
			joined = append(joined, c)
		}
	}
	for _, a := range noticeActions {
		if bytes.Contains(joined, []byte(a)) {
			return false
		}
	}
	label := l.Label()
	for part := range strings.SplitSeq(label, "-") {
		word := "" // the longest office word in the part (tongcucthue, not cucthue)
		for _, o := range officeWords {
			if len(o.w) > len(word) && strings.Contains(part, o.w) {
				word = o.w
			}
		}
		if word == "" {
			continue
		}
		// a place or a firm's name is four letters or more
		// (benthanh, giadinh, thuduc); a toll authority is named
		// after its state's code too (paturnpike, njturnpike)
		own := 4
		if authorityWords[word] {
			own = 2
		}
		if len(part)-len(word) >= own || part == label {
			return true
		}
	}
	return false
}

// pressPhrases are the folded words by which a notice presses its reader
// to pay at once: a deadline passed or near, a cut or a fee to avoid, the
// formal "quý khách vui lòng". A name built on an office's word with a
// place's (capnuochanoi.com, ezpassnewyork.com) is how a utility names its
// own site and how its fakes are named: people passing on their office's
// site speak of it ("hóa đơn nhà mình xem ở …", "paid it at …"), while a
// fake's notice presses.
var pressPhrases = []string{"qua han", "tranh bi", "bi cat", "cat nuoc", "cat dien", "ngung cap", "tam ngung", "ngung cung cap",
	"quy khach", "vui long", "thanh toan ngay", "ngay lap tuc", "trong 24h", "24h", "24 gio", "overdue", "past due", "late fee",
	"late fees", "avoid", "cut off", "disconnected", "disconnection", "suspended", "suspension", "pay now", "immediately",
	"final notice", "within 24", "today"}

// pressesReader reports a folded notice holding one of pressPhrases.
func pressesReader(folded []byte) bool {
	return containsAnyWords(folded, pressPhrases)
}

// openCountryEndings are countries' endings sold to anyone as generic
// ones, where a country's own portal is not.
var openCountryEndings = setOf("co", "io", "me", "tv", "cc", "ws", "ai", "gg", "ly", "to", "so", "sh", "ac", "la", "fm", "am",
	"nu", "tk", "ml", "ga", "cf", "gq", "pw", "vc", "cx", "st", "bz")

// authorityWords are the office words that are a toll authority's own
// name, which it prefixes with its state (paturnpike, illinoistollway).
var authorityWords = setOf("turnpike", "tollway", "thruway")

// officeName returns the office word a name (a host's labels, or a short
// link's path) is built on, or "".
func officeName(name string) string {
	folded := strings.ToLower(name)
	for _, o := range officeWords {
		at := strings.Index(folded, o.w)
		for at >= 0 {
			end := at + len(o.w)
			if o.anywhere || (at == 0 || !isAlnum(folded[at-1])) && (end == len(folded) || !isAlnum(folded[end])) {
				return o.w
			}
			next := strings.Index(folded[at+1:], o.w)
			if next < 0 {
				break
			}
			at += 1 + next
		}
	}
	return ""
}

// govName reports a host dressed as a government's: "gov" (or govvn) as
// a word of a hyphenated label (gdt-gov.info, gov-vn.site, vneid-gov.com,
// vneid.app-gov.com), a gov label followed by a country's code before
// another domain (dichvucong.gov.vn.hoso-online.com), or an office's word
// in a subdomain of another domain (thuedientu.hoanthue-online.com). Government sites
// live under endings only governments register (gov.vn, .gov, gov.uk:
// trusted before this is asked); a name that is gov itself (gov.bc.ca,
// gov.scot) is a government's, and a name whose other words are those
// of static files (gov-img.site, gov-static.tech) serves a government's
// pictures and scripts. It returns the label that holds the word.
func govName(l *linkx.Link) (string, bool) {
	rest := strings.TrimSuffix(l.Host, "."+l.Suffix)
	if rest == l.Host || l.Suffix == "" {
		return "", false
	}
	labels := strings.Split(rest, ".")
	for i, label := range labels {
		if label == "gov" && i+1 < len(labels)-1 && len(labels[i+1]) == 2 {
			return label + "." + labels[i+1], true
		}
		if strings.IndexByte(label, '-') < 0 {
			continue
		}
		gov, other := false, false
		for w := range strings.SplitSeq(label, "-") {
			switch w {
			case "gov", "govvn", "govt":
				gov = true
			case "img", "static", "assets", "cdn", "":
			default:
				other = true
			}
		}
		if gov && other && !(label == "e-gov" && i == len(labels)-1 && len(l.Suffix) == 2 && !openCountryEndings[l.Suffix]) {
			// e-gov alone on a country's ending (e-gov.az) is that
			// country's portal, as egov.kz is; not on a country's
			// ending sold to anyone (e-gov.co, e-gov.io)
			return label, true
		}
	}
	// a government office's or portal's own word in front of another
	// domain (thuedientu.hoanthue-online.com, csgt.tracuu-vipham.net),
	// not of the authority's own (ezpass.csc-paturnpike.com)
	for _, label := range labels[:len(labels)-1] {
		for _, o := range officeWords {
			if o.anywhere && strings.Contains(label, o.w) {
				if ownOfficeName(l) {
					return "", false
				}
				return label, true
			}
		}
	}
	return "", false
}

// judgeGovName adds the finding of a host dressed as a government's.
func judgeGovName(info *hostInfo, l *linkx.Link, shown string) {
	if label, ok := govName(l); ok {
		d := say2("gov_name", shown, label)
		info.reasons = append(info.reasons, Reason{Code: CodeGovName, Weight: wGovName, Subject: shown, text: d,
			Detail: d.inEnglish()})
	}
}

// judgeNotice finds an official notice beside a suspect link that is not
// the office's site: a name built on the office's or the notice's words
// (csgt-phatnguoi.com, bhxh-rutmotlan.com, tollservices-ezpass.com, a
// short link's path bit.ly/phatnguoi-csgt), a government's dress
// (gdt-gov.info), or, for a notice that demands something, a shortened
// link or a cheap ending. It adds one finding, for the strongest link.
func (c *Classifier) judgeNotice(rs *reasons, clean string, folded []byte, notices *lure.NoticeFound, j *Judgement, bm *brand.Matcher) {
	found := *notices // lure.FindNotice(folded)
	kind, ok := found.Strongest()
	if !ok {
		return
	}
	hit := found[kind]
	demand := hit.Weight >= lure.Strong
	best, bestW := -1, 0.0
	var bestWord string
	lookup, bestLookup := false, false // a site named for the notice's subject or words (classify_fp48.go)
	var senders []string               // the message's abbreviations, read once a link needs them
	var pressed int8                   // whether the notice presses its reader (pressesReader): 0 not yet read, 1 yes, -1 no
	for _, i := range j.Suspect {
		l := &j.Links[i]
		if officeSites[l.Domain] || l.IP.IsValid() {
			continue
		}
		if ownOfficeName(l) {
			if pressed == 0 {
				pressed = -1
				if pressesReader(folded) {
					pressed = 1
				}
			}
			if pressed < 0 {
				continue
			}
		}
		info := c.hosts.get(c, bm, l)
		page := info.userContent || info.signals[model.SigShortener] > 0
		name := l.Host
		if page {
			name = l.Path
		}
		w, word := 0.0, ""
		lookup = false
		if word = officeName(name); word != "" && (page || word != l.Label()) {
			lookup = !page && abusedTLD(l.Suffix) == 0
			// a site named the office's word and nothing else
			// (sunpass.com, csgt.vn) is the office's own, or
			// judged by the rest; beside a notice that only names
			// its subject ("tra cứu phạt nguội"), a private lookup
			// site named so counts for less
			w = wNoticeOffice
			if !demand {
				w = wNoticeSubject
			}
		} else if label, gov := govName(l); gov && !page {
			w, word = wNoticeOffice, label
		} else if word = echoWord(name, &found); word != "" && demand {
			w = wNoticeOffice
			lookup = !page && abusedTLD(l.Suffix) == 0
		} else if word = senderName(l, clean, &senders); word != "" && !page {
			// named after the sender the notice signs with and more
			// (txdmv-fine-pay.com beside "TxDMV Notice:")
			w = wNoticeOffice
			if !demand {
				w = wNoticeSubject
			}
		} else if demand && (page && !documentLink(l) || abusedTLD(l.Suffix) > 0) {
			// a sheet or a doc to read takes no payment: a club's
			// list of fines for being late ("nộp phạt đi trễ")
			w = wNoticeHidden
		}
		if w > bestW {
			best, bestW, bestWord, bestLookup = i, w, word, lookup
		}
	}
	if best < 0 || bestLookup && c.noticeAside(folded, &j.Links[best]) { // a member's own lookup or warning, no notice (classify_fp48.go, classify_fp50.go)
		return
	}
	l := &j.Links[best]
	shown := linkx.Defang(l.Unicode)
	if l.Path != "" && (c.hosts.get(c, bm, l).signals[model.SigShortener] > 0 || c.hosts.get(c, bm, l).userContent) {
		shown += l.Path
	}
	d := say2("notice_link", kind.String(), hit.Phrase, shown)
	if bestWord != "" {
		d = say2("notice_named", kind.String(), hit.Phrase, shown, bestWord)
	}
	rs.add(handRule(CodeNotice, bestW, shown, d))
}

// senderName returns the abbreviation a link's registrable name is built
// on with other words, when the message writes it as an office's
// (TxDMV, DOF, NCDOT, PennDOT, GTVT: three to eight letters, two of them
// capitals or more): txdmv-fine-pay.com, nycdof-pay.com, sogtvt-hanoi-pay.com.
// A name that is the abbreviation alone (sawaco.com.vn beside "SAWACO
// thông báo") is the office's own. senders keeps the abbreviations,
// found at the first call.
func senderName(l *linkx.Link, clean string, senders *[]string) string {
	label := strings.ToLower(l.Label())
	if strings.IndexByte(label, '-') < 0 {
		return ""
	}
	if *senders == nil {
		*senders = abbreviations(clean)
	}
	for _, a := range *senders {
		for part := range strings.SplitSeq(label, "-") {
			if strings.HasPrefix(part, a) || strings.HasSuffix(part, a) {
				return a
			}
		}
	}
	return ""
}

// abbreviations returns, in lower case, the runs of three to eight ASCII
// letters of text written with two capitals or more (TxDMV, NCDOT,
// PennDOT); never nil.
func abbreviations(text string) []string {
	out := []string{}
	forLetterRuns(text, func(run string) bool {
		if len(run) < 3 || len(run) > 8 {
			return true
		}
		caps := 0
		for i := 0; i < len(run); i++ {
			if run[i] >= 'A' && run[i] <= 'Z' {
				caps++
			}
		}
		if caps >= 2 {
			out = append(out, strings.ToLower(run))
		}
		return true
	})
	return out
}

// echoWord returns a word of the notice's phrases (two of them joined,
// or one of six letters or more standing as a word of the name) that a
// name is built on: unpaid-toll, nopphat, tracuuphatnguoi,
// refund-status-check. One word inside another name (ticketmaster,
// utilitywarehouse beside "speeding ticket", "utility bill") is a
// firm's name, not the notice's.
func echoWord(name string, found *lure.NoticeFound) string {
	lower := strings.ToLower(name)
	folded := strings.ReplaceAll(lower, "-", "")
	for _, h := range found {
		if h.Weight == 0 {
			continue
		}
		prev := ""
		for w := range strings.FieldsSeq(h.Phrase) {
			if len(w) >= 6 && wholeWord(lower, w) {
				return w
			}
			if prev != "" && len(prev)+len(w) >= 6 && containsPair(folded, prev, w) {
				return prev + w
			}
			prev = w
		}
	}
	return ""
}

// wholeWord reports whether s holds w with no letter or digit on
// either side (refund-status.com, /irs/refund; not refundtracker.com).
func wholeWord(s, w string) bool {
	for off := 0; off+len(w) <= len(s); {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return false
		}
		at, end := off+i, off+i+len(w)
		if (at == 0 || !isAlnum(s[at-1])) && (end == len(s) || !isAlnum(s[end])) {
			return true
		}
		off = at + 1
	}
	return false
}

// Forms anyone can make on an official host (Google Forms, Microsoft
// Forms) are trusted by their host and read by their path, which says
// nothing: what a form asks for is in the message. No bank, shop or office
// asks for a password, a one-time code, a card's number or a wallet's
// seed phrase on a form, and a prize is not claimed on one.
const (
	wFormSecret = 0.85
	wFormPrize  = 0.6
)

// formSecrets are the folded phrases of what a form must never ask for.
// A card's number alone (số thẻ) is also a student's or a health
// insurance card's, which schools collect on forms: a bank card only.
// The longer phrases come first, so that a finding names the whole of
// what was asked (mã OTP, not OTP).
var formSecrets = []string{"so the ngan hang", "so the tin dung", "mat khau ung dung", "cum tu khoi phuc",
	"recovery phrase", "the tin dung", "seed phrase", "private key", "card number", "credit card", "debit card",
	"so the atm", "so the visa", "verification code", "security code", "ma xac thuc", "ma xac minh", "mat khau",
	"password", "passcode", "pin code", "ma otp", "ma pin", "otp", "cvv", "cvc"}

// formWarnings are the folded words that warn against giving a secret
// when a word of formNegations stands right before them: "don't share
// your password", "never enter", "tuyệt đối không cung cấp mật khẩu,
// mã OTP cho ai", as banks and schools write under their notices and
// forms. Two words that go together (cung cấp) are held joined by a
// space.
var formWarnings = setOf("dien", "nhap", "ghi", "khai", "gui", "tiet lo", "cung cap", "chia se", "dua", "de lo", "enter", "fill",
	"provide", "submit", "type", "input", "share", "give", "send", "reveal", "disclose", "tell", "put", "include", "write",
	"paste", "use")

// formNegations are the folded words that turn a word of formWarnings
// into a warning.
var formNegations = setOf("dont", "not", "never", "khong", "dung", "cam")

// formWarnBefore is how many words before a secret a warning against
// giving it is looked for.
const formWarnBefore = 8

// asksFor reports whether folded text asks for the folded phrase p: p
// as whole words, once at least not after a warning against giving it
// (formWarnings): "không cung cấp mật khẩu" warns, "không cần lo,
// điền mã OTP" asks.
func asksFor(folded []byte, p string) bool {
	text := string(folded) // no copy: read only here
	for off := 0; off+len(p) <= len(text); {
		i := strings.Index(text[off:], p)
		if i < 0 {
			return false
		}
		at, end := off+i, off+i+len(p)
		off = at + 1
		if at > 0 && text[at-1] != ' ' || end < len(text) && text[end] != ' ' {
			continue
		}
		if strings.HasSuffix(p, "login") && loginNamed(text[end:]) {
			// a login's name, not its secret ("put your login
			// name (IGN)", "your login id"; rev46d)
			continue
		}
		if !warnedBefore(strings.Fields(text[:at])) {
			return true
		}
	}
	return false
}

// loginNamed reports whether a folded text's rest starts with the word
// of a login's name (name, id, username, email, handle, ign): an
// identifier a form asks for, no secret.
func loginNamed(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, w := range [...]string{"name", "names", "id", "username", "user", "email", "handle", "ign"} {
		if strings.HasPrefix(rest, w) && (len(rest) == len(w) || rest[len(w)] == ' ') {
			return true
		}
	}
	return false
}

// warnedBefore reports whether the last formWarnBefore words hold a
// negation right before a warning word (formWarnings).
func warnedBefore(words []string) bool {
	for k := max(len(words)-formWarnBefore, 1); k < len(words); k++ {
		w := words[k]
		if !formWarnings[w] && !(k+1 < len(words) && formWarnings[w+" "+words[k+1]]) {
			continue
		}
		// đừng (dung) warns right before its verb only: dùng and
		// đúng fold alike
		if formNegations[words[k-1]] || k >= 2 && words[k-2] != "dung" && formNegations[words[k-2]] {
			return true
		}
	}
	return false
}

// formLink reports a link to a form anyone can make.
func formLink(l *linkx.Link) bool {
	switch l.Host {
	case "forms.gle", "forms.office.com", "forms.microsoft.com":
		return true
	case "docs.google.com":
		return strings.HasPrefix(l.Path, "/forms/")
	}
	return false
}

// judgeMessageLinks reads the links that are judged with the message's
// words whatever their host: forms (judgeForm), group invites
// (judgeInvite), commands that run a paste (judgePasteRuns), and files anyone uploaded
// (to a file host, a storage bucket or a SourceForge project) or on a site's download host
// (judgeBaitDownloads), and last any link beside the offers gamers and
// crypto developers are lured with (judgeGameLure: a game to test, a
// cheat, a bot, a fix, a hiring test). The words are folded only for a
// message that has such a link, or whose text holds a piece of those
// offers' words (mayGameLure).
func (c *Classifier) judgeMessageLinks(rs *reasons, clean string, j *Judgement, k *knowledge) {
	form, invite, upload, paste, share, gist := -1, -1, false, false, false, false
	for i := range j.Links {
		l := &j.Links[i]
		kinds := k.hostKinds(l) // pasteSites, fileHosts (speed50c.go)
		paste = paste || kinds&kindPasteSite != 0
		if form < 0 && formLink(l) {
			form = i
		}
		if invite < 0 && inviteLink(l) {
			invite = i
		}
		upload = upload || uploadPath(l) || kinds&kindReleaseHost != 0 || kinds&kindBucketHost != 0 && bucketName(l) != "" || sourceforgeFile(l)
		share = share || shareLinkKnown(l, kinds&kindFileHost != 0)
		gist = gist || l.Host == "gist.githubusercontent.com"
	}
	if gist && !upload && !c.training {
		judgeForgeImpostors(rs, clean, k.folded(), j) // a stranger's gist run as root, offered as a fix (classify_forge47.go)
	}
	if paste {
		judgePasteRuns(rs, clean, j)
	}
	if !c.training {
		judgePickles(rs, clean, j, k)   // a pickle from a place anyone puts files (classify_mal45.go)
		judgeMl46(rs, clean, j, k)      // model weights and package indexes on strangers' names (classify_ml46.go)
		judgeDocLures(rs, j)            // a brand deal's paper as an archive or a program (classify_mal47.go)
		judgeTypoPackages(rs, clean, j) // a near-miss of a well-known package's name (classify_typo47.go)
		judgeMal49(rs, j, k)            // students', shoppers' and travellers' lures as programs (classify_mal49.go)
		judgeMal50(rs, j, k)            // notices' papers, shares and cracked civic programs (classify_mal50.go)
	}
	if !share {
		judgeNamedBeside(rs, clean, j, k) // a file named beside a token link (classify_mal41.go)
	}
	if !c.training {
		judgeLure48Published(rs, j, k) // a lure's money asked on a form or a page anyone publishes (classify_lure48.go)
	}
	if form < 0 && invite < 0 && !upload && !share {
		if !c.training {
			judgeWorkLures(rs, clean, j, k, false) // a work paper or tool as malware (classify_mal48.go)
		}
		c.judgeGameLure(rs, j, k) // a game to test, a cheat, a bot, a fix or a hiring test offered (classify_game44.go)
		return
	}
	folded := k.folded() // clean without j.Links (k.text, k.links)
	if form >= 0 {
		judgeForm(rs, folded, &j.Links[form])
		if !c.training {
			judgeCreatorForm(rs, k.text, folded, &j.Links[form], k) // a creator's notice on a form (classify_lure47.go)
		}
	}
	if invite >= 0 {
		judgeInvite(rs, folded, &j.Links[invite])
	}
	if upload {
		judgeBaitDownloads(rs, folded, mentionsEveryone(clean), k.mildAside(), c.brands.Load(), j)
		if !c.training {
			judgeForgeImpostors(rs, clean, folded, j) // a program's build or script under a stranger's account (classify_forge47.go)
		}
	}
	if share {
		judgeShareBait(rs, folded, clean, j) // classify_mal35b.go
	}
	if !c.training {
		judgeWorkLures(rs, clean, j, k, upload) // a work paper or tool as malware (classify_mal48.go)
	}
	c.judgeGameLure(rs, j, k) // after the bait readings, which it does not count twice
}

// judgeForm finds a form asking for a secret (asksFor: not warning
// against giving it), or giving a prize, in a message (folded).
func judgeForm(rs *reasons, folded []byte, form *linkx.Link) {
	shown := linkx.Defang(form.Unicode) + form.Path
	for _, p := range formSecrets {
		if asksFor(folded, p) {
			rs.add(handRule(CodeFormRequest, wFormSecret, shown, say2("form_secret", shown, form.Host, p)))
			return
		}
	}
	found := lure.FindFolded(folded)
	if h := found[lure.Prize]; h.Weight >= lure.Strong && !drawToCome(folded) {
		rs.add(handRule(CodeFormRequest, wFormPrize, shown, say2("form_prize", shown, form.Host, h.Phrase)))
	} else if p := playFormClaim(folded); p != "" {
		// a giveaway to claim on a form (play46)
		rs.add(handRule(CodeFormRequest, wFormPrize, shown, say2("form_prize", shown, form.Host, p)))
	}
}

// drawPhrases are the folded words of a prize draw still to come: an
// event's or a class's raffle that a form signs people up for, where no
// one has won anything yet to claim.
var drawPhrases = []string{"boc tham", "rut tham", "lucky draw", "raffle", "winners will be", "winners picked", "winners are picked"}

// wonPhrases are the folded words that tell the reader a draw is over and
// they won it ("lucky draw winner, you won …", "bạn đã trúng … bốc
// thăm"): a prize to claim, not a draw to sign up for.
var wonPhrases = []string{"you won", "youve won", "you have won", "winner", "claim", "da trung", "nhan giai", "nhan thuong"}

// drawToCome reports a folded text that speaks of a prize draw still to
// come (drawPhrases) and tells no one they won (wonPhrases).
func drawToCome(folded []byte) bool {
	for _, p := range wonPhrases {
		if containsWords(folded, p) {
			return false
		}
	}
	return containsAnyWords(folded, drawPhrases)
}

// containsAnyWords reports whether folded text holds any of the folded
// phrases as whole words (containsWords).
func containsAnyWords(folded []byte, phrases []string) bool {
	for _, p := range phrases {
		if containsWords(folded, p) {
			return true
		}
	}
	return false
}

// containsWords reports whether folded text holds the folded phrase p as
// whole words.
//
// It looks for p's first byte and compares the bytes there with p, with
// no copy of p (bytes.Index needs p as a []byte, which the compiler
// copies at every call); after a few such places that are not p it
// goes on as bytes.Index would, with one copy (speed49b).
func containsWords(folded []byte, p string) bool {
	if len(p) == 0 {
		return containsWordsIndex(folded, p, 0)
	}
	last, c0 := len(folded)-len(p), p[0]
	for off, fails := 0, 0; off <= last; {
		i := bytes.IndexByte(folded[off:last+1], c0)
		if i < 0 {
			return false
		}
		at, end := off+i, off+i+len(p)
		// p is read only at a word's start, where few of the places
		// its first byte stands are: that is asked before the bytes
		// are compared (speed51b)
		if (at == 0 || folded[at-1] == ' ') && string(folded[at:end]) == p && (end == len(folded) || folded[end] == ' ') {
			return true
		}
		if fails++; fails > 8 {
			return containsWordsIndex(folded, p, at+1)
		}
		off = at + 1
	}
	return false
}

// containsWordsIndex is containsWords from folded[off:] on by bytes.Index:
// the way containsWords goes on when p's first byte is common in folded.
func containsWordsIndex(folded []byte, p string, off int) bool {
	pb := []byte(p)
	for off+len(p) <= len(folded) {
		i := bytes.Index(folded[off:], pb)
		if i < 0 {
			return false
		}
		at, end := off+i, off+i+len(p)
		if (at == 0 || folded[at-1] == ' ') && (end == len(folded) || folded[end] == ' ') {
			return true
		}
		off = at + 1
	}
	return false
}
