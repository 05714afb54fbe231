package bot

import (
	"slices"
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// A plain-HTTP page in a quiet message (http41, http42). Package docs,
// Debian's homepages and READMEs link older projects over http:// at a
// word of their site's root (/libzdb, /redis-rails), a script there
// (/libmpeg3.php, /doku.php) or a record's page with its id
// (/dir.php?eid=67, /index.php?title=Pyacidobasic). The link model
// learned http:// from phishing feeds (+3.27 against https −0.25, as
// the trainer's written benign URLs are all HTTPS), and the earlier
// readings give the scheme back only on content pages (contentPage) or
// in plain talk: of the real harvested links posted as their own
// message, 85 plain-HTTP ones were flagged across long33h, deb-home20h,
// deb-text20h and src22-doch against 11 HTTPS ones, 9 times as many per
// link.

// quietPlainHTTPReading returns a plain-HTTP link's signals read as its
// HTTPS twin's (httpsTwinLogit) where nothing but the scheme speaks
// against it (quietPlainPage). A run-time reading: the trainer's view
// skips it, so combine.json rebuilds as it was fitted.
func (c *Classifier) quietPlainHTTPReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals, k *knowledge) model.LinkSignals {
	if c.training || !quietPlainPage(l, info, &sig, k) {
		return sig
	}
	sig[model.SigModel] = min(sig[model.SigModel], c.twinModel(l, info))
	return sig
}

// quietPlainPage reports a plain-HTTP link of which nothing but its
// scheme speaks, in a quiet message.
//
// The link is on a named host: no address, port, user's name,
// shortener, page anyone can publish, disguise or hidden characters, no
// brand read in it, no cheap ending (a plain name's page there is
// plainNameReading's; a kit on a new name does not hide its scheme
// behind its twin: cheap40), no run of five digits in its host
// (pushnotifynew-503269894870196.…), no lure's or scheme's words in
// its name (SigDomainWords, SigSchemeWords: awesome-ecoupons-login.com).
//
// Its path is in lower case (kits write their target's name as it brands
// itself: /ATB/, /Home, /COX), a document's (talkedDocPath, no dotted
// folder, no token page), names no file to download, no lure's or
// scheme's word (pathLureWords), paperwork (paperworkPath), kit (kitPath,
// deepKitPath: a site's software folders, a sign-in's piece of a name,
// tokens), document lure (docLurePage), kit's page (kitPageWord), site's
// code or service folder, and no brand (pathBrand, namedBrandFolder:
// /chase/, /adobe/; brandRunIn: /chasepersonal). Its page is one at the
// site's root (a word, a script, a written-out page), a folder or a
// written-out page deeper, or a script deeper with a query
// (/unix/dir.php?eid=67); its page's name
// has three letters or more (/2.html, /1/1) and a script or a word is
// not numbered (step2.php, /oplata244). Its query, if any, is a wiki's,
// a gitweb's or a record's (readableQuery).
//
// The message holds no lure's word (mild ones too: knowledge.speaksAny),
// no notice, no sum of money (speaksMoney), no brand named (namesBrand),
// no paperwork's words (speaksPaperwork), no disguised words
// (disguisedText), nothing but English letters.
//
// A bare word deeper (/classes/work/context) and a script deeper with no
// query (/rent/index.php, /software/tinyfont/index.php) are read as
// written: a kit unpacked on a compromised site is reached so, and read
// as twins they free 3 held-out real links each for 107 and 87 of the
// 17,891 plain-HTTP phishing URLs of a third of the training lists
// posted bare (BENCHMARKS.md, http41, http42). So read, the held-out
// real links' 85 flagged plain-HTTP links (long33h, deb-home20h,
// deb-text20h, src22-doch) become 56, and 242 of those phishing URLs'
// 15,451 flagged posted bare lose their flag, 28 of 14,493 in "see X
// for details" (267 and 35 before rev42b's gate closed kit words,
// escapes, punycode, free-host tenants and drawn names).
func quietPlainPage(l *linkx.Link, info *hostInfo, sig *model.LinkSignals, k *knowledge) bool {
	if l.Scheme != "http" || !model.HasPath(l) || l.IP.IsValid() || l.Port != "" || l.UserInfo != "" || l.Disguised || l.Hidden ||
		info.userContent || readsBrand(sig) || sig[model.SigShortener] > 0 || sig[model.SigAbusedTLD] > 0 ||
		info.signals[model.SigAbusedTLD] > 0 || sig[model.SigDomainWords] > 0 || sig[model.SigSchemeWords] > 0 ||
		digitsRun(l.Host, 5) || l.Query != "" && !readableQuery(l.Query) || !quietPlainHost(l) {
		return false
	}
	path := l.Path
	if !plainPathChars(path) || !talkedDocPath(path) || dottedFolder(path) || tokenPage(path) || downloadPath(path) {
		return false
	}
	static := staticPage(path)
	if strings.IndexByte(strings.Trim(path, "/"), '/') >= 0 && !static && (!pageFile(path) || l.Query == "") {
		return false // a word deeper than the root, or a script deeper reached bare
	}
	name := pageName(strings.TrimSuffix(path, "/"))
	letters := 0
	for i := 0; i < len(name); i++ {
		if name[i] >= 'a' && name[i] <= 'z' {
			letters++
		}
	}
	if letters < 3 || !static && name[len(name)-1] >= '0' && name[len(name)-1] <= '9' {
		return false
	}
	for seg := range strings.SplitSeq(strings.Trim(path, "/"), "/") {
		if siteCodeFolders[seg] || serviceFolders[seg] || kitPageWord(pageStem(seg)) || foreignKitSegment(seg) {
			return false
		}
	}
	if len(pathLureWords(l)) > 0 || paperworkPath(path) || kitPath(path) || deepKitPath(l, info, k.brands) || docLurePage(path) ||
		kitPageWord(strings.Trim(path, "/")) || pathBrand(l, info, k.brands) != nil || namedBrandFolder(l, info, k) || brandRunIn(path) {
		return false
	}
	return !k.speaksAny() && !speaksMoney(k) && !k.namesBrand() && !k.speaksPaperwork() &&
		strings.IndexFunc(k.text, foreignLetter) < 0 && !vietnameseWords(k.folded()) && !disguisedText(k.text)
}

// plainPathChars reports a path of lower-case letters, digits and
// / . - _ ~ only, as contentPage reads a page's: kits write their
// target's name as it brands itself (/ATB/, /Home, /COX) and escape
// what a word list would read (/gir%69s.php, /%67iris.php: rev42b).
func plainPathChars(path string) bool {
	for i := 0; i < len(path); i++ {
		switch c := path[i]; {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '/', c == '.', c == '-', c == '_', c == '~':
		default:
			return false
		}
	}
	return true
}

// downloadPath reports a path that ends in a file to download (a
// document, an archive, a disk image, a program: model.PlainPage's list).
func downloadPath(path string) bool {
	probe := linkx.Link{Host: "example.com", Path: path}
	return !model.PlainPage(&probe)
}

// digitsRun reports a run of n digits or more in s.
func digitsRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// speaksPaperwork reports a message holding paperwork's words
// (paperworkWords, paperworkPhrases) but for an order of things
// (orderOfThings) or documents as a verb's object (documentsVerb).
func (k *knowledge) speaksPaperwork() bool {
	folded := k.folded()
	fields := strings.Fields(string(folded))
	for i, w := range fields {
		if paperworkWords[w] && !orderOfThings(fields, i) && !documentsVerb(fields, i) {
			return true
		}
	}
	for _, p := range paperworkPhrases {
		if containsWords(folded, p) {
			return true
		}
	}
	return false
}

// queryKitKeys are the names a kit gives its query's keys: its command,
// the victim's session, address and password, a random token, where to
// go next.
var queryKitKeys = setOf("cmd", "session", "email", "mail", "rand", "dispatch", "login", "user", "pass", "password",
	"token", "auth", "account", "redirect", "url", "next", "return", "continue", "verify", "ssl", "client", "userid", "sid",
	"em", "domain", "target", "step")

// readableQuery reports a query as wikis, gitwebs, forums and record
// pages write them (title=Pyacidobasic, p=igor.git;a=summary,
// page_id=51, eid=67): 48 characters at most, letters, digits and
// = & ; _ . : - / + only (no @, no escapes), no run of twelve hex
// digits, no key a kit uses (queryKitKeys), no key or value that is a
// token (letters of both cases with digits: hSleJ40=fnSoI40), no link
// or host's name inside (hostValue), no lure's, scheme's or brand's
// word, nor a kit's word of quietPathWords, foreignKitWords or
// serviceFolders (a=office365, p=giris: rev42b).
func readableQuery(q string) bool {
	if len(q) > 48 || hexRun(q) {
		return false
	}
	for i := 0; i < len(q); i++ {
		switch c := q[i]; {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', strings.IndexByte("=&;_.:-/+", c) >= 0:
		default:
			return false
		}
	}
	for kv := range strings.FieldsFuncSeq(q, func(r rune) bool { return r == '&' || r == ';' }) {
		key, v, _ := strings.Cut(kv, "=")
		if queryKitKeys[strings.ToLower(strings.TrimLeft(key, "._"))] || strings.Contains(strings.ToLower(v), "http") ||
			mixedToken(key) || mixedToken(v) || hostValue(v) {
			return false
		}
		for w := range strings.FieldsFuncSeq(strings.ToLower(kv), func(r rune) bool { return r < 'a' || r > 'z' }) {
			if len(w) >= 4 && (model.DomainWord(w) || model.SchemeWord(w) || builtinBrandWords[w] || scamStemName(w)) ||
				foreignKitWords[w] || quietPathWords[w] || serviceFolders[w] {
				return false
			}
		}
	}
	return true
}

// hostValue reports a query's value holding a host's name, a dotted
// name that ends in one of hostValueEndings (to=acme.com,
// e=john.doe.acme.com, id=john/acme.com): a kit carries its victim's
// address or company so (rev42b), where a record's or a gitweb's query
// names a number, a title or a file (p=igor.git, f=main.py).
func hostValue(v string) bool {
	for piece := range strings.SplitSeq(v, "/") {
		if dot := strings.LastIndexByte(piece, '.'); dot > 0 && hostValueEndings[strings.ToLower(piece[dot+1:])] {
			return true
		}
	}
	return false
}

// hostValueEndings are the endings most hosts' names have: the generic
// ones and the largest countries' (.py, .pl, .sh, .md, which name
// files, are left out).
var hostValueEndings = setOf("com", "net", "org", "info", "biz", "io", "co", "edu", "gov", "us", "uk", "ca", "au", "de",
	"fr", "br", "in", "ru", "cn", "jp", "vn", "id", "tr", "es", "it", "nl", "mx")

// mixedToken reports a token of upper-case and lower-case letters with
// digits (fnSoI40), as a kit draws its ids.
func mixedToken(s string) bool {
	upper, lower, digits := false, false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= '0' && c <= '9':
			digits = true
		}
	}
	return upper && lower && digits
}

// runInBrandWords are builtinBrandWords of five letters or more, sorted:
// the names brandRunIn looks for inside a path's words.
var runInBrandWords = longWords(builtinBrandWords, 5)

// longWords returns the words of set of n letters or more, sorted.
func longWords(set map[string]bool, n int) []string {
	var out []string
	for w := range set {
		if len(w) >= n {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

// brandRunIn reports a path with a word that holds a protected brand's
// name of five letters or more run into other letters (/chasepersonal,
// /paypalsecure): a kit's page named for its target, which the brand
// matcher reads whole only where the name is a word of English too.
func brandRunIn(path string) bool {
	found := false
	for seg := range strings.SplitSeq(strings.Trim(path, "/"), "/") {
		forSegmentWords(seg, func(w string) bool {
			for _, b := range runInBrandWords {
				if len(w) > len(b) && strings.Contains(w, b) {
					found = true
					break
				}
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// quietPlainHost reports a plain-HTTP link's host that names nothing a
// kit's host does (rev42b): no label in punycode (xn--: a name in
// another script, read as written), no tenant of a free host or site
// builder that kits are put on (model.Site on a name of abusedTLDs:
// mybank-online.weebly.com), and no label drawn at random
// (shortDrawnLabel: qzv8k.net), built on a scam's stem run into other
// letters
// (scamStemName: securelogonline, onlinebankingalert, which the name
// lexicon reads only as whole words) or holding a kit's word of another
// language (foreignKitName: kargotakip, giris-hesap).
func quietPlainHost(l *linkx.Link) bool {
	if strings.Contains(l.Host, "xn--") {
		return false
	}
	if site, hosted := hostedSite(l); hosted && abusedTLDs[site.Suffix] > 0 {
		return false
	}
	for label := range strings.SplitSeq(strings.TrimSuffix(strings.TrimSuffix(l.Host, l.Suffix), "."), ".") {
		if label != "www" && (shortDrawnLabel(label) || scamStemName(label) || foreignKitName(label)) {
			return false
		}
	}
	return true
}

// shortDrawnLabel reports a short label that looks drawn at random:
// four or five letters and digits, no vowel (y counts) and a digit
// before a letter (qzv8k, xk7q2), as a kit's throwaway name is; a word
// with its number after it (html5) is named, and a longer one (ps2pdf)
// may be a tool's. Longer made-up labels are randomLabel's, which read
// here too took back a held-out real link, as cmd42's drawnLabel (two
// digits, or one in five characters with no vowel) took back two
// (rev42b).
func shortDrawnLabel(label string) bool {
	if len(label) < 4 || len(label) > 5 {
		return false
	}
	digitBeforeLetter, digit := false, false
	for i := 0; i < len(label); i++ {
		switch c := label[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y':
			return false
		case c >= 'a' && c <= 'z':
			digitBeforeLetter = digitBeforeLetter || digit
		default:
			return false
		}
	}
	return digitBeforeLetter
}

// pageStem returns a path segment without its file's ending
// (portal.php: portal), and the segment as it is when it has none.
func pageStem(seg string) string {
	if dot := strings.LastIndexByte(seg, '.'); dot > 0 {
		return seg[:dot]
	}
	return seg
}

// foreignKitWords are the words of other languages that kits name their
// sign-in, account, parcel and payment pages and hosts by, which the
// English lure lists and kitPageWords do not hold (rev42b): Turkish
// (giriş, hesap, doğrula, kargo takip, şifre, ödeme), German (anmelden,
// Konto, Sendung, Sicherheit, bestätigen, Zahlung), French (suivi,
// colis, paiement, facture, livraison), Spanish and Portuguese (entrar,
// ingresar, sesión, banco, pago, envío, seguimiento, rastreio,
// encomenda), Indonesian (verifikasi, masuk, akun, hadiah, klaim,
// bayar), Polish (logowanie, zaloguj, płatność, przesyłka), Italian
// (accedi, accesso, verifica, spedizione) and Dutch (inloggen, betaling,
// pakket, rekening, verificatie).
var foreignKitWords = setOf("giris", "hesap", "hesabim", "dogrula", "dogrulama", "kargo", "takip", "sifre", "odeme",
	"musteri", "anmelden", "anmeldung", "konto", "sendung", "sicherheit", "bestaetigen", "bestatigen", "bestaetigung",
	"zahlung", "kundencenter", "suivi", "colis", "paiement", "facture", "livraison", "entrar", "ingresar", "iniciar",
	"sesion", "banco", "pago", "envio", "seguimiento", "rastreio", "rastreamento", "encomenda", "verifikasi", "masuk",
	"akun", "hadiah", "klaim", "bayar", "pembayaran", "logowanie", "zaloguj", "platnosc", "przesylka", "accedi",
	"accesso", "verifica", "spedizione", "inloggen", "betaling", "pakket", "rekening", "verificatie")

// foreignKitSegment reports a path segment holding one of
// foreignKitWords or quietPathWords as a word of its own or as its whole
// name with the ending read away (giris.php, /suivi/, anmelden-konto,
// /site/winner.php).
func foreignKitSegment(seg string) bool {
	stem := pageStem(seg)
	found := foreignKitWords[stem] || quietPathWords[stem]
	forSegmentWords(seg, func(w string) bool {
		found = found || foreignKitWords[w] || quietPathWords[w]
		return !found
	})
	return found
}

// quietPathWords are the words of a kit's page or folder that the lure
// lists (pathLureWords), kitPageWord and the brand lists do not read
// and that none of the held-out real plain-HTTP links holds (rev42b):
// what a kit says of the account (activate, suspended, locked, unblock,
// kyc, mfa, sso, reset, expired, restricted), holds out (winner,
// lottery, prize, coupon, voucher, cashback), the steps it takes its
// victim through after the form (loading, redirect, processing, done,
// success, finish, wait, confirmation: a site's own pages are rarely so
// named and reached bare), and brands of banks, couriers, shops and
// games the brand lists lack (lloyds, usaa, hermes, gls, ctt, jnt,
// yodel, tokopedia, gojek, riot, valorant, minecraft, poste, sparkasse,
// rabobank, bbva, santander, bancolombia).
var quietPathWords = setOf("activate", "activation", "reactivate", "suspended", "suspend", "locked", "unblock", "blocked",
	"winner", "winners", "lottery", "prize", "prizes", "coupon", "coupons", "voucher", "vouchers", "cashback", "kyc", "mfa",
	"sso", "reset", "expired", "restricted", "disabled", "alert", "urgent", "access",
	"loading", "redirect", "processing", "done", "success", "finish", "wait", "confirmation",
	"lloyds", "usaa", "hermes", "gls", "ctt", "jnt", "yodel", "tokopedia", "gojek", "riot", "valorant", "minecraft",
	"poste", "sparkasse", "rabobank", "bbva", "santander", "bancolombia")

// foreignKitName reports a host's label holding one of foreignKitWords
// of five letters or more (foreignNameWords), run into other letters or
// not (kargotakip, giris-hesap).
func foreignKitName(label string) bool {
	for _, w := range foreignNameWords {
		if strings.Contains(label, w) {
			return true
		}
	}
	return false
}

// foreignNameWords are foreignKitWords of five letters or more, sorted,
// but for the two that English names hold run in (bayar in bayarea,
// facture in manufacture): the words foreignKitName looks for inside a
// host's label.
var foreignNameWords = slices.DeleteFunc(longWords(foreignKitWords, 5), func(w string) bool {
	return w == "bayar" || w == "facture"
})
