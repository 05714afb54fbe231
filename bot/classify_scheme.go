package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
	"github.com/immunebot/immune/bot/model"
)

// plainHTTPMax is the link model's logit, read over HTTPS, under which a
// plain-HTTP link to a document is read as its HTTPS twin (a model
// probability of about 0.73: a link the model finds unremarkable; the
// combiner warns from about 3.6).
const plainHTTPMax = 1

// plainHTTPTalkMax is plainHTTPMax for a link in a message that talks of
// it plainly (knowledge.talksPlainlyOf): the HTTPS twin must still be one
// the model reads as unremarkable (a probability of about 0.92; the
// combiner warns from about 3.6). Read in full (no bound), det13's
// corpus fell from 178 flagged links to 124, but the plain-HTTP phishing
// URLs of the training lists, each posted with a neutral remark ("check
// this out"), from 12,114 of 13,484 flagged to 10,808; at 2.5, to 136
// and 11,321; at 2, to 139 and 11,550; at 1.5, to 147 and 11,785.
const plainHTTPTalkMax = 2.5

// plainHTTPReading returns a link's signals with a plain-HTTP link read
// as the real links say plain HTTP weighs, when nothing but the scheme
// speaks against it. Old documentation, mailing-list archives,
// specifications and personal pages are linked over http:// in READMEs,
// man pages and changelogs, and tech chat pastes them as they are; the
// link model, which learned http:// from phishing feeds of years when kits
// ran without TLS, read 255 of 2,517 such links in det13's corpus as
// phishing. The scheme still counts in full for a link on a raw IP, a
// port, behind a user's name, on a shortener or a page anyone can
// publish, that reads as a brand's or names a lure's words in its path,
// or in a message that lures (the caller asks knowledge.stopsReadings).
//
// Elsewhere it is read in two ways. First, a page of an older site
// (model.PlainPage) whose path is a document's (talkedDocPath: a site's
// root, a page or a lower-case word at it, segments; no long hex token,
// no host name inside), with no query and no paperwork, kit or brand in
// its path, posted bare or in a message that talks plainly, is read with
// the model's plain-page feature (plainPageReading). Second, the link is
// read as its HTTPS twin when the model reads that twin as unremarkable:
// posted anywhere, a path of documents (plainDocPath) under plainHTTPMax;
// in a message that talks plainly of it (knowledge.talksPlainlyOf: words
// of its own, none of a lure's, a notice's or paperwork's, or prose that
// names it beside one mild lure word), a site's root and a
// single page at it (/faq.html, /view.php) too, under the wider
// plainHTTPTalkMax, unless the path names paperwork (paperworkPath:
// /files/remittance/Payment_Advice.htm) or a kit; a content page
// (contentPage: lower case, a page, folder or word not numbered, no query)
// talked of so is read as its twin at any score, for an HTTPS twin that
// passes tells an attacker nothing (http22: "lol
// http://jfbillingsley.com/croc" was deleted at 0.96, its twin passes at
// 2.87). A link on a cheap
// ending (.info) is read only the first way: the ending counts apart
// (SigAbusedTLD), and its twin would hide the scheme entirely.
func (c *Classifier) plainHTTPReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals, k *knowledge) model.LinkSignals {
	if l.Scheme != "http" || l.IP.IsValid() || l.Port != "" || l.UserInfo != "" || info.userContent || readsBrand(&sig) ||
		sig[model.SigShortener] > 0 || len(pathLureWords(l)) > 0 {
		return sig
	}
	sig = c.plainPageReading(l, info, sig, k)
	if sig[model.SigAbusedTLD] > 0 {
		return sig
	}
	doc := plainDocPath(l.Path)
	talk := (doc || talkedDocPath(l.Path)) && k.talksPlainlyOf(l) && !paperworkPath(l.Path) && !kitPath(l.Path) && pathBrand(l, info, k.brands) == nil
	if !doc && !talk {
		return sig
	}
	logit := c.httpsTwinLogit(l, info)
	if logit < plainHTTPMax || talk && (logit < plainHTTPTalkMax || contentPage(l)) {
		sig[model.SigModel] = min(sig[model.SigModel], model.ClampModel(float64(logit)))
	}
	return sig
}

// plainPageReading returns a plain-HTTP link's signals with the model's
// score read with its plain-page feature (model.AddPlainPage), whose
// weight the trainer sets from real links: on a page of an older site
// (model.PlainPage: a named host under an older ending, no file to
// download) plain HTTP then weighs over HTTPS what the links tech chat
// pastes say, a log odds ratio of 1.85, not the 3.6 the scheme's features
// learned from written benign URLs that are all HTTPS (BENCHMARKS.md,
// model17, plain18). It does so wherever the scheme is the evidence: a
// path of a document's shape (talkedDocPath: a site's root, a page or a
// lower-case word at it, folders and pages; no long hex token, no host
// name inside; dottedFolder: no dot in a folder's name) ending in a
// folder or a written-out page (staticPage), no query (a script's query carries a kit's tokens), no
// paperwork, kit or brand in the path, and a message that holds nothing
// but its links (postedBare) or talks plainly of it (knowledge.talksPlainlyOf).
// A message with paperwork's, a notice's or foreign words beside the
// link, a page named by a token (tokenPage; not a name of words and
// numbers, namedPieces: /Intelsat-15.html), a script (.php) or a bare
// word at the end (staticPage: /minuses/mdp, how the 2020 lists' kits on
// compromised sites are reached), a query keep the scheme's learned
// weight; but a page of an older server platform that no kit is written
// for (serverPage: /Magazine/SO98/geomap.asp, /nota.asp?nota_id=1107912)
// is read as a written-out page is (oldweb35).
//
// A page whose path reads as content in every letter (contentPage: lower
// case, a page not numbered; or so but for folders named in title case,
// titledContentPage) is read as its HTTPS twin instead: the
// plain-page feature still left plain HTTP 1.85 over HTTPS, which put an
// unknown small site's article over the warn point where its HTTPS twin
// passes (http://www.paulgraham.com/avg.html warned at 0.71). The twin
// passing, the scheme is no kit's sign an attacker could not drop by
// writing https:// (http22).
func (c *Classifier) plainPageReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals, k *knowledge) model.LinkSignals {
	if !c.link.PlainPages {
		return sig
	}
	static := staticPage(l.Path)
	server := !static && serverPage(l, info, k.brands) // classify_oldweb35.go
	if l.Query != "" && !server || !model.PlainPage(l) || !static && !server || !talkedDocPath(l.Path) || dottedFolder(l.Path) ||
		tokenPage(l.Path) && !namedPieces(l.Path) || paperworkPath(l.Path) ||
		docLurePage(l.Path) || kitPath(l.Path) || !k.postedBare() && !k.talksPlainlyOf(l) || pathBrand(l, info, k.brands) != nil {
		return sig
	}
	pf := scratchFeatures()
	if sig[model.SigAbusedTLD] == 0 && (contentPage(l) || titledContentPage(l, info, k)) {
		tls := *l
		tls.Scheme = "https"
		model.PathFeatures(&tls, pf)
	} else {
		model.PathFeatures(l, pf)
		model.AddPlainPage(l, pf)
	}
	logit := c.linkLogit(info, pf)
	featuresPool.Put(pf)
	sig[model.SigModel] = min(sig[model.SigModel], model.ClampModel(float64(logit)))
	return sig
}

// httpsTwinLogit returns the link model's logit of l's HTTPS twin: the
// same link written with https://, so that a plain-HTTP page is read as
// the page an attacker could not make worse by adding the s.
func (c *Classifier) httpsTwinLogit(l *linkx.Link, info *hostInfo) float32 {
	tls := *l
	tls.Scheme = "https"
	pf := scratchFeatures()
	model.PathFeatures(&tls, pf)
	logit := c.linkLogit(info, pf)
	featuresPool.Put(pf)
	return logit
}

// twinModel returns the link model's signal of l's HTTPS twin
// (httpsTwinLogit, clamped as the link's own is): what the plain-HTTP
// readings (plainNameReading, quietPlainHTTPReading) take for a link
// where nothing but its scheme speaks against it.
func (c *Classifier) twinModel(l *linkx.Link, info *hostInfo) float32 {
	return model.ClampModel(float64(c.httpsTwinLogit(l, info)))
}

// contentPage reports a link whose path reads as a page of content and
// carries none of the signs of a kit's path that its letters show (the
// callers look for the others: paperwork, a kit's words, a brand, a lure's
// words, tokens, host names): no query; nothing but lower-case letters,
// digits, dots, hyphens, underscores and tildes between its slashes (kits
// write their target's name as it brands itself, /BellMobility/TD/,
// /ATB/, /Westpac/, /myEtisalat/, and escape or stuff their paths), an @
// only in a folder named by a mailing list's address (mailFolder); no
// folder of a site's own code (siteCodeFolders); and an ending in a
// folder, a page written out (.html, .htm, .shtml, .txt) or a lower-case
// word, the page's name three letters or more (a kit names its one page
// at a compromised site's root as it likes: /zm.htm, /a.html) and not
// ending in a digit (kits number their steps and copies: index2.html,
// step2.htm, sms3.html, oform2.html) but in a list's archive, which
// numbers its messages (/bug-tar@gnu.org/msg04355.html). Of the plain-HTTP phishing URLs of
// the training lists' validation split whose HTTPS twin passes, these
// signs leave 30 of 9,983 phishing URLs read as content pages posted
// bare (http22).
func contentPage(l *linkx.Link) bool {
	path := l.Path
	if l.Query != "" || path == "" || path[0] != '/' {
		return false
	}
	for i := 0; i < len(path); i++ {
		switch c := path[i]; {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '/', c == '.', c == '-', c == '_', c == '~', c == '@':
		default:
			return false
		}
	}
	last := strings.LastIndexByte(path, '/')
	list := false // a folder named by a list's address: its archive's messages are numbered
	for rest := path[1 : last+1]; rest != ""; {
		folder, after, _ := strings.Cut(rest, "/")
		if siteCodeFolders[folder] || strings.IndexByte(folder, '@') >= 0 && !mailFolder(folder) {
			return false
		}
		list = list || mailFolder(folder)
		rest = after
	}
	seg := path[last+1:]
	if strings.IndexByte(seg, '@') >= 0 {
		return false
	}
	if seg == "" {
		return true
	}
	if !staticPage(path) && !lowerWord(seg) {
		return false
	}
	if dot := strings.LastIndexByte(seg, '.'); dot >= 0 {
		seg = seg[:dot]
	}
	letters := 0
	for i := 0; i < len(seg); i++ {
		if seg[i] >= 'a' && seg[i] <= 'z' {
			letters++
		}
	}
	return letters >= 3 && (list || seg[len(seg)-1] < '0' || seg[len(seg)-1] > '9')
}

// siteCodeFolders are the folders a site's software keeps its own code
// in (WordPress's, Joomla's, Drupal's, a CGI's): a kit on a compromised
// site is unpacked into them (/wp-content/themes/x/readme.htm,
// /joomla3/layouts/joomla/icici/grid.html, /modules/mod_stats/…), where
// a site's pages of content are not served from.
var siteCodeFolders = setOf("wp-content", "wp-includes", "wp-admin", "wordpress", "joomla", "administrator",
	"components", "modules", "plugins", "templates", "themes", "layouts", "libraries", "includes", "cgi-bin")

// pageName is the last segment of a path without its extension
// (/sats/Intelsat-15.html: Intelsat-15).
func pageName(path string) string {
	seg := path[strings.LastIndexByte(path, '/')+1:]
	if dot := strings.LastIndexByte(seg, '.'); dot >= 0 {
		seg = seg[:dot]
	}
	return seg
}

// staticPage reports whether a path ends as a site's static documents
// do: in a folder (/pdf/dec/pdp11/) or a page written out (.html, .htm,
// .shtml, .txt), not in a script (.php, which a kit on a compromised site
// runs) or a bare word (/edu/office, /doczz/doczz).
func staticPage(path string) bool {
	seg := path[strings.LastIndexByte(path, '/')+1:]
	if seg == "" {
		return true
	}
	dot := strings.LastIndexByte(seg, '.')
	if dot < 0 {
		return false
	}
	switch strings.ToLower(seg[dot+1:]) {
	case "html", "htm", "shtml", "txt":
		return true
	}
	return false
}

// docLurePageWords are the names a document lure gives the one page it
// puts at a compromised site's root, the document or file to open or view
// and the program to open it with (/document.html, /file.html,
// /viewer.html, /excel.html): the phishing feeds' plain-HTTP document
// lures, not an old site's pages (rev18).
var docLurePageWords = setOf("document", "documents", "doc", "file", "files", "pdf", "view", "viewer", "download",
	"downloads", "message", "messages", "access", "share", "word", "excel", "adobe")

// docLurePage reports a path that is a single page at a site's root named
// as a document lure names it (docLurePageWords) or for paperwork
// (paperworkWords): plainPageReading keeps the scheme's learned weight
// there, posted bare or beside plain talk.
func docLurePage(path string) bool {
	if strings.LastIndexByte(path, '/') != 0 {
		return false
	}
	name := strings.ToLower(path[1:])
	if dot := strings.LastIndexByte(name, '.'); dot >= 0 {
		name = name[:dot]
	}
	return docLurePageWords[name] || paperworkWords[name]
}

// tokenPage reports a path whose last segment's name, its ending aside,
// is a token rather than a word: letters of both cases mixed with digits
// (/J8CPSm4P.html), or five digits or more and nothing else
// (/1000545676.html), as a kit or a free host numbers its pages. An
// escaped byte (%20) counts for nothing.
func tokenPage(path string) bool {
	seg := pageName(path)
	upper, lower, digits := 0, 0, 0
	for i := 0; i < len(seg); i++ {
		switch c := seg[i]; {
		case c == '%' && i+2 < len(seg):
			i += 2 // an escaped byte (%20) is no digit of the name
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= 'a' && c <= 'z':
			lower++
		case c >= '0' && c <= '9':
			digits++
		}
	}
	return upper > 0 && lower > 0 && digits > 0 || digits >= 5 && digits == len(seg)
}

// dottedFolder reports a path with a dot in a folder's name
// (/Fenction.antinoiess.paretions/infe52782/pin.html, /1.2.3.4/…), as
// kits name the folders they unpack into and documents' folders seldom
// are, but for a list's address (mailFolder).
func dottedFolder(path string) bool {
	segs := strings.Split(strings.Trim(path, "/"), "/")
	for _, seg := range segs[:len(segs)-1] {
		if strings.IndexByte(seg, '.') >= 0 && !mailFolder(seg) {
			return true
		}
	}
	return strings.HasSuffix(path, "/") && strings.IndexByte(segs[len(segs)-1], '.') >= 0 && !mailFolder(segs[len(segs)-1])
}

// postedPlainly reports a link posted bare (postedBare) or in a message
// that talks plainly of it and names no brand.
func (k *knowledge) postedPlainly(l *linkx.Link) bool {
	return k.postedBare() || k.talksPlainlyOf(l) && !k.namesBrand()
}

// postedBare reports whether the message holds nothing but its links: no
// word of two letters or more beside them, none carried behind other
// words, as the phishing feeds list links and as a member pastes a page.
func (k *knowledge) postedBare() bool {
	for i := range k.links {
		if k.links[i].Carried {
			return false
		}
	}
	for _, w := range strings.Fields(string(k.folded())) {
		if len(w) >= 2 {
			return false
		}
	}
	return true
}

// plainDocPath reports a path laid out as documents are: two segments or
// more, or a folder ending in a slash (/archives/xcb/2013-May/006039.html,
// /software/coreutils/, /lzma/), with no run of twelve hex digits or more
// (a kit's session or victim id) and no host name inside a folder
// (/mail.ucdavis.edu/…, /paypal.com.secure/…). A single word at a site's
// root (/desjardins, /verify, /a) is how kits on compromised sites are
// reached, and stays read as written.
func plainDocPath(path string) bool {
	trimmed := strings.Trim(path, "/")
	if trimmed == "" || strings.IndexByte(trimmed, '/') < 0 && !strings.HasSuffix(path, "/") {
		return false
	}
	segs := strings.Split(trimmed, "/")
	for i, seg := range segs {
		if hexRun(seg) {
			return false
		}
		if strings.Count(seg, ".") >= 2 || i < len(segs)-1 && strings.Contains(seg, ".") {
			return false
		}
	}
	return true
}

// talkedDocPath reports a path that is a document's when a message talks
// of it plainly (plainHTTPReading): a site's root, a single page or word
// at it (/flamegraphs.html, /view.php, /lartc.qdisc.classful.html,
// /xmlsec), or a path of segments, with no run of twelve hex digits and
// no host name inside (a piece after a dot that is a top-level domain and
// not the page's own ending: /paypal.com.html,
// /login.microsoftonline.com/) but for a list's address as a folder
// (mailFolder). A single word at the root is one written
// in lower case, as a project's page is named (/ply, /jpeg-width-height),
// not a token of mixed case (/J8CPSm4P) as a kit or a shortener makes
// one.
func talkedDocPath(path string) bool {
	trimmed := strings.Trim(path, "/")
	if trimmed == "" {
		return true
	}
	segs := strings.Split(trimmed, "/")
	if len(segs) == 1 && !strings.HasSuffix(path, "/") && !pageFile(segs[0]) && !lowerWord(segs[0]) {
		return false
	}
	for i, seg := range segs {
		if hexRun(seg) {
			return false
		}
		if i < len(segs)-1 && mailFolder(seg) {
			continue // a list's address names its archive's folder
		}
		pieces := strings.Split(seg, ".")
		if i == len(segs)-1 && len(pieces) > 1 && pageFile(seg) {
			pieces = pieces[:len(pieces)-1] // the page's own ending
		}
		for _, p := range pieces[1:] {
			if linkx.IsTLD(strings.ToLower(p)) {
				return false
			}
		}
	}
	return true
}

// mailFolder reports a folder named by a mailing list's address, as
// list archives file their messages (/bug-tar@gnu.org/msg04355.html): a
// local part of lower-case letters, digits and hyphens before the @.
func mailFolder(seg string) bool {
	at := strings.IndexByte(seg, '@')
	return at > 0 && lowerWord(seg[:at]) && strings.IndexByte(seg[at+1:], '.') > 0
}

// lowerWord reports a path segment of three lower-case letters or more,
// with digits, hyphens and underscores between them (ply, npm-registry-fetch).
func lowerWord(seg string) bool {
	letters := 0
	for i := 0; i < len(seg); i++ {
		switch c := seg[i]; {
		case c >= 'a' && c <= 'z':
			letters++
		case c >= '0' && c <= '9' || c == '-' || c == '_':
		default:
			return false
		}
	}
	return letters >= 3
}

// hexRun reports a run of twelve hex digits or more: a kit's session or
// victim id.
func hexRun(seg string) bool {
	run := 0
	for j := 0; j < len(seg); j++ {
		c := seg[j] | 0x20
		if c >= '0' && c <= '9' || c >= 'a' && c <= 'f' {
			if run++; run >= 12 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// paperworkWords are the folded words of the papers and payments a
// document lure offers (an invoice, a statement, a fax, a payslip, a
// shared file), in English and in Vietnamese written without its marks:
// in a message, or as a path's words, they are bait beside a plain-HTTP
// page, which tech chat's links seldom carry.
var paperworkWords = setOf("invoice", "invoices", "payment", "payments", "pay", "paid", "payslip", "payslips", "payroll",
	"salary", "remittance", "receipt", "receipts", "statement", "statements", "fax", "faxes", "voicemail", "voice",
	"quotation", "quote", "rfq", "proposal", "contract", "contracts", "nda", "agreement", "sign", "signed", "signature",
	"docusign", "document", "documents", "attached", "attachment", "attachments", "shared", "scanned", "resume", "cv",
	"tax", "taxes", "refund", "refunds", "bill", "bills", "billing", "wire", "transfer", "bank", "banking", "deposit",
	"balance", "overdue", "order", "orders", "purchase", "shipping", "shipment", "tracking", "courier", "account",
	"accounts", "secure", "confidential", "meeting", "pictures", "picture", "album", "price", "prices", "pricelist",
	"onedrive", "sharepoint", "dropbox", "office365", "o365", "outlook", "hoadon", "baogia", "hopdong", "bienlai",
	"hoso", "bangluong", "tailieu", "thue", "phat")

// paperworkPhrases are paperwork's words of Vietnamese written without
// its marks, two folded words each.
var paperworkPhrases = []string{"hoa don", "bao gia", "hop dong", "bien lai", "thong bao", "ho so", "bang luong",
	"tai lieu", "chuyen khoan", "thanh toan", "ngan hang", "hoan tien", "no cuoc", "ket qua", "nop phat"}

// paperworkPath reports a path whose words name paperwork
// (/files/remittance/Payment_Advice.htm, /fax/incoming/, /hr/payslips/),
// but for the words documentation is filed under too (docsWords).
func paperworkPath(path string) bool {
	found := false
	forPathWords(path, func(w string) bool {
		w = strings.ToLower(w)
		found = paperworkWords[w] && !docsWords[w]
		return !found
	})
	return found
}

// kitPathWords are the folded words of a path that phishing kits are
// served under: PayPal's old checkout (/cgi-bin/webscr), webmail logins
// (/mailbox/, /zimbra/, /owa/, /roundcube/) and webmail hosters' names
// (rev15): beside a neutral remark they are no old project's page.
var kitPathWords = setOf("webscr", "mailbox", "webmail", "zimbra", "roundcube", "rainloop", "squirrelmail", "horde",
	"owa", "cpanel", "webmin", "ionos", "godaddy")

// kitPages are the pages a phishing kit posts what a victim typed to
// and shows next (next.php): page names no project's documentation has.
var kitPages = setOf("next.php", "send.php", "mailer.php", "process.php")

// kitPath reports a path that names what a phishing kit serves
// (kitPathWords) or posts to (kitPages): plainHTTPReading does not read
// it as its HTTPS twin for the words beside it.
func kitPath(path string) bool {
	if kitPages[strings.ToLower(path[strings.LastIndexByte(path, '/')+1:])] {
		return true
	}
	found := false
	forPathWords(path, func(w string) bool {
		found = kitPathWords[strings.ToLower(w)]
		return !found
	})
	return found
}

// docsWords are paperwork's words that a site's documentation is filed
// under too (/org/documents/edl-v10.php, /exsl/elements/document/): bait
// in a message, not in a path.
var docsWords = setOf("document", "documents")

// talksPlainly reports whether the message, its links aside, holds words
// of its own, written in English letters, and none of a lure's (mild ones
// too, but one everyday mild word said aside beside words of the
// message's own: mildAside, asideAlone), an official
// notice's or paperwork's (paperworkWords): a member talking of
// something, as tech chat does around the links it pastes.
// A bare link, or one beside a lure's, a notice's or a document lure's
// words, is not. Read once, at the first link that asks.
func (k *knowledge) talksPlainly() bool {
	if k.plain != 0 {
		return k.plain > 0
	}
	k.plain = -1
	if k.speaksAny() && (!k.mildAside() || k.asideAlone()) {
		return false
	}
	if k.plainWords() == 0 {
		return false
	}
	k.plain = 1
	return true
}

// plainWords returns how many words of two letters or more the message
// holds, its links aside, when it holds no paperwork's words, no link
// behind other words and nothing but English letters; 0 otherwise. The
// lure's words are talksPlainly's and proseOf's to read.
func (k *knowledge) plainWords() int {
	folded := k.folded()
	words := 0
	fields := strings.Fields(string(folded))
	for i, w := range fields {
		if paperworkWords[w] && !orderOfThings(fields, i) && !documentsVerb(fields, i) {
			return 0
		}
		if len(w) >= 2 {
			words++
		}
	}
	if words == 0 {
		return 0
	}
	for _, p := range paperworkPhrases {
		if containsWords(folded, p) {
			return 0
		}
	}
	for i := range k.links {
		if k.links[i].Carried && !behindWord(&k.links[i], k.brands) {
			return 0 // a link behind other words: those words are its disguise
		}
	}
	if strings.IndexFunc(k.text, foreignLetter) >= 0 || vietnameseWords(folded) {
		return 0
	}
	return words
}

// talksPlainlyOf reports whether the message talks plainly of the link
// l: it talks plainly (talksPlainly), or it is prose whose only lure is
// one mild word (mildProse) and it names l (namesLink) by a word other
// than a lure's ("the photos page http://…/photos/…" is bait named for
// the word it offers, rev21). Tech prose uses the mild words of package
// lure in their own sense: a package of code, support for a format, an
// official repository, verification of signatures, an update of a
// library (deb-text20t, npm-text21t). Named so, the link is read as in
// a message with no such word; a short message, one that speaks to its
// reader or one that does not name its link keeps the word's weight.
// A link carried behind a plain word (behindWord) is not talked of
// plainly: the reader sees none of it (talksPlainlyAround).
func (k *knowledge) talksPlainlyOf(l *linkx.Link) bool {
	return !behindWord(l, nil) && k.talksPlainlyAround(l)
}

// talksPlainlyAround is talksPlainlyOf for a link carried behind a plain
// word too (behindWord): the reliefs for what a site is, a project's own
// (talksOfProject) or a documentation tree (talksOf), ask it. The
// readings of a page over plain HTTP (plainHTTPReading,
// plainPageReading) and of a page posted plainly (postedPlainly) do
// not: carried behind "here" in plain talk, 356, 57 and 10 of 10,057
// held-out phishing URLs would be allowed (BENCHMARKS.md, carry38).
func (k *knowledge) talksPlainlyAround(l *linkx.Link) bool {
	return k.talksPlainly() || k.mildProse() && k.namesLink(l)
}

// mildProseWords is how many words (of two letters or more, its links
// aside) a message holds at least for mildProse to read it as prose: a
// paragraph's sentence, where the sprays of hijacked accounts and the
// kits' bait are a line ("official support page", "download the
// update"). Of 30,000 such lines of the training lists' phishing URLs,
// none reads as prose at 12; read at any length, 402 lose a level.
const mildProseWords = 12

// mildProse reports a message that talks as prose does (plainWords:
// mildProseWords or more, no paperwork's words, English letters) and
// holds one mild lure word, written once or more, and nothing more of a
// lure or a notice (lure.Phrases: "password", "verify" and "login" are
// one mild hit of lure.Login but three words, rev21), in no second
// person (you, your: a lure speaks to its reader; a README's sentence
// seldom does). Read once.
func (k *knowledge) mildProse() bool {
	if k.mild != 0 {
		return k.mild > 0
	}
	k.mild = -1
	if !k.speaksAny() || k.notices().Any() {
		return false
	}
	var sum float64
	for _, h := range k.found() {
		sum += h.Weight
	}
	if sum > lure.Mild || lure.Phrases(k.folded(), 2) > 1 {
		return false // more than one mild word: Found keeps one a category ("password", "verify", "login")
	}
	for w := range strings.FieldsSeq(string(k.folded())) {
		if secondPerson[w] {
			return false
		}
	}
	if k.plainWords() < mildProseWords {
		return false
	}
	k.mild = 1
	return true
}

// secondPerson are the folded words a message speaks to its reader
// with (you're folds to youre).
var secondPerson = setOf("you", "your", "yours", "youre", "youll", "youve", "youd", "yourself", "yourselves", "u", "ur")

// orderOfThings reports an "order" at fields[i] that is an arrangement,
// not a purchase: in order to, byte order, sort order, the order of
// evaluation, ORDER BY. Tech chat writes it so far more often than it
// speaks of a shop's order.
func orderOfThings(fields []string, i int) bool {
	if fields[i] != "order" {
		return false
	}
	if i > 0 && orderKinds[fields[i-1]] {
		return true
	}
	if i > 0 && orderOwners[fields[i-1]] {
		// someone's order of things bought: "your order of 2 items"
		// (rev16)
		return false
	}
	return i+1 < len(fields) && (fields[i+1] == "of" || fields[i+1] == "by")
}

// orderOwners are the folded words before an "order" that make it one
// placed with a shop, whatever follows (your order of 2 items, a new
// order by a customer).
var orderOwners = setOf("your", "my", "our", "their", "his", "her", "an", "new", "this", "customer", "customers",
	"last", "latest", "recent", "pending", "online", "purchase")

// orderKinds are the folded words before an "order" that make it an
// arrangement (orderOfThings).
var orderKinds = setOf("in", "byte", "bit", "word", "sort", "sorting", "sorted", "load", "memory", "execution", "evaluation",
	"insertion", "reverse", "ascending", "descending", "natural", "random", "topological", "lexicographic", "alphabetical",
	"higher", "first", "second", "column", "row", "import", "initialization", "iteration", "traversal", "stable")

// vietnameseWords reports folded text with words that only Vietnamese
// written without its marks has (của, không, được, quý khách, giao dịch):
// its smishing is read as before.
func vietnameseWords(folded []byte) bool {
	for w := range strings.FieldsSeq(string(folded)) {
		if unmarkedVietnamese[w] {
			return true
		}
	}
	return false
}

// unmarkedVietnamese are Vietnamese words written without their marks
// that English does not use.
var unmarkedVietnamese = setOf("cua", "khong", "duoc", "nhung", "voi", "nhe", "roi", "qk", "quy", "khach", "giao", "dich",
	"neu", "tru", "huy", "tien", "dong", "ngay", "xem", "gui", "nhan", "chuyen", "khoan", "thanh", "toan")

// foreignLetter reports a letter outside English's alphabet (the marks of
// Vietnamese, other scripts): the reading of plain talk is English's.
func foreignLetter(r rune) bool {
	return r >= utf8.RuneSelf && unicode.IsLetter(r)
}
