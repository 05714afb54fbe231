package bot

import (
	"math"
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
	"github.com/immunebot/immune/bot/model"
)

// A page of an older site's document tree that a member talks of. The
// link model reads the path of a site's hand-written pages as a kit's:
// folders of words and a page at the end (.htm, .html, .php) weigh on
// their own, and deeper weighs more (fileformat.info's
// /info/unicode/char/200b/index.htm +4.30, fabiensanglard.net's
// /gebbdoom/index.html +3.41, isthe.com's /chongo/tech/comp/fnv/index.html
// +7.61 over plain HTTP), for kits on compromised sites are laid out so
// too: of the training lists' 90,273 phishing URLs 20,400 have this
// shape (docPage), 16,609 of them are flagged, and 12,519 would pass read
// as their site's root. The shape alone says nothing, so a link posted
// bare is read in full.
//
// What says something is the message. A member who points others to a
// reference talks of it: the text names the site or the page's subject
// (a word of the host's name or of the path: "fabien on the quake 2
// renderer", "gbatek covers the ds too", "cryptopals set 1 challenge 6").
// Calling it something to read ("the spec", "here are the docs I
// mentioned", refWords) is not enough: a hijacked account's spray says
// that of any link (rev19: of 800 doc-shaped phishing URLs of the
// training lists, 230 lost a level beside "here are the docs I
// mentioned:", none once the message must name the link). A spray or a kit's bait
// names the brand it passes for (knowledge.namesBrand), or the paperwork
// and the trouble it invents, and then it does not talk plainly
// (knowledge.talksPlainly).
//
// docPageReading reads such a link no higher than its site's root (the
// path's logit bounded by 0), in a message that talks plainly (no
// lure's, notice's or paperwork's words, English letters; or prose with
// one mild lure word, knowledge.talksPlainlyOf) and names the link by a
// word other than a lure's (knowledge.talksOf). The host's name is
// read in full: a name read as a kit's (a logit above about 3.6, where
// the combiner warns) still warns; a brand read in the host or the path,
// a lure's or a scheme's words in the path, a kit's or paperwork's
// folder, a page named for a document to open, a query, a token (twelve
// hex digits), an address, a port, a user's name, a page anyone can
// publish or a site on a hosting platform or a dynamic DNS name keep the
// path's reading, and so do a site's software folders, sign-in names,
// token folders and brands anywhere in the path (deepKitPath). What it
// gives up: a kit page at a compromised site, in folders of words, that a
// hijacked account posts with the site's name or a word of the path
// written out ("the gardenclub page
// https://gardenclub.com/club/news/index.html") passes (rev19: 76 of
// those 800 URLs lost a level beside "the <site> page I mentioned").
// Run time only: the trainer fits the combiner on the model's readings
// as they are.

// docPageFrom is the link model's logit from which docPageReading looks
// at a link: below it the reading changes no verdict (the combiner warns
// from about 3.6) and the path is not read again.
const docPageFrom = 2

// docPageReading returns a link's signals with a document tree's link
// read no higher than its site's root, when the message talks of it.
func (c *Classifier) docPageReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals, k *knowledge) model.LinkSignals {
	if c.training || sig[model.SigModel] < docPageFrom || readsBrand(&sig) || sig[model.SigShortener] > 0 ||
		!docPage(l, info, k) || !k.talksOf(l) {
		return sig
	}
	pf := scratchFeatures()
	model.PathFeatures(l, pf)
	path := c.link.Logit(pf)
	featuresPool.Put(pf)
	if path <= 0 {
		return sig
	}
	sig[model.SigModel] = min(sig[model.SigModel], model.ClampModel(float64(siteRootLogit(info))))
	return sig
}

// siteRootLogit returns the link model's logit of a host's root, which
// docPageReading and contentPathReading bound a page by: the host's
// logit, or its expert's where higher; a name readName reads otherwise
// (not a premium one) no higher than it reads it.
func siteRootLogit(info *hostInfo) float32 {
	root := info.hostLogit
	if info.read != nil && !info.read.premium {
		root = min(root, info.read.hostLogit)
	} else if info.hasExpert {
		root = max(root, info.expertLogit)
	}
	return root
}

// docPage reports a link to a page of a document tree: no query, folders
// of words (letters, digits, hyphens, underscores; no dot, no run of
// twelve hex digits) and a page named so, written out (.htm, .html,
// .shtml) or a script's (.php), with no kit's or paperwork's words, no
// lure's or scheme's words and no brand in the path, on a host of its
// own (no address, port or user's name; no page anyone can publish, no
// site on a hosting platform or a dynamic DNS name).
func docPage(l *linkx.Link, info *hostInfo, k *knowledge) bool {
	if l.Query != "" || l.IP.IsValid() || l.Port != "" || l.UserInfo != "" || info.userContent {
		return false
	}
	bm := k.brands
	if hosted := k.hosted(l); hosted {
		return false // a site on a host anyone signs up to (hopto.org, 000webhostapp.com): kits' ground
	}
	trimmed := strings.TrimPrefix(l.Path, "/")
	if trimmed == "" {
		return false // a site's root: its name is all there is to read
	}
	if abusedTLDs[l.Suffix] >= 0.2 || !docHost(l, info, bm) {
		return false
	}
	var buf [16]string
	segs := splitSlash(buf[:0], trimmed)
	if len(segs) == 1 && strings.IndexByte(segs[0], '.') < 0 {
		return false // a name alone at the root (/causes, /jdr): no page of a tree
	}
	for i, seg := range segs {
		name := seg
		if i == len(segs)-1 {
			if seg == "" {
				break // a folder
			}
			if dot := strings.LastIndexByte(seg, '.'); dot > 0 {
				switch strings.ToLower(seg[dot+1:]) {
				case "htm", "html", "shtml", "php":
				default:
					return false
				}
				name = seg[:dot]
			}
		}
		if !pathWord(name) || hexRun(name) {
			return false
		}
	}
	return talkedDocPath(l.Path) && !kitPath(l.Path) && !paperworkPath(l.Path) && !docLurePage(l.Path) &&
		len(pathLureWords(l)) == 0 && pathBrand(l, info, bm) == nil && !deepKitPath(l, info, bm)
}

// docHost reports a host an older site's document tree is on: its
// registered name, under a suffix that is no free or nearly free one
// (abusedTLDs of weight 0.2 or more: .ga, .tk, .top, .xyz, .fun, .faith,
// where kits are hosted on names registered for them), and at most two
// labels in front of it, each a plain word with no kit's mark (a
// sign-in piece, a lure's or a scheme's word, a brand's name, a token,
// a mail server's name; www, docs, people are such words). Kits on
// compromised or wildcard domains carry the brand and the sign-in in
// the labels in front (cox.com-…-login.id-….example.com,
// validation-account-of-bank-america.example.com, login.airbnb.example.com,
// u0670322.cp.example.ru), which the site's root reading does not read
// (brand20: 11 of rev19's 800 probe URLs that lost a level beside "the
// <site> page").
func docHost(l *linkx.Link, info *hostInfo, bm *brand.Matcher) bool {
	sub := strings.TrimSuffix(strings.TrimSuffix(l.Host, l.Domain), ".")
	if sub == "" || sub == "www" {
		return true
	}
	labels := strings.Split(strings.ToLower(sub), ".")
	if len(labels) > 2 {
		return false
	}
	for _, label := range labels {
		if label == "www" {
			continue
		}
		if !allLetters(label) || len(label) > 16 || mailHostLabels[label] || kitMarkWord(label, info, bm) {
			return false
		}
		for _, stem := range signInStems {
			if strings.Contains(label, stem) {
				return false
			}
		}
	}
	return true
}

// kitMarkWord reports a word of a path or a host's label that a kit
// names its pages and folders by: a lure's or a scheme's word, a kit's
// or paperwork's word, a brand's name that is not the site's own, or a
// word of kitPageWords.
func kitMarkWord(w string, info *hostInfo, bm *brand.Matcher) bool {
	if len(w) >= 4 && (model.DomainWord(w) || model.SchemeWord(w)) || kitPathWords[w] || paperworkWords[w] && !docsWords[w] ||
		kitPageWords[w] {
		return true
	}
	b := bm.Named(w, 5)
	return b != nil && b != info.official
}

// kitPageWords are words of kits' page and folder names that the other
// lists do not hold (brand20, from the phishing URLs of rev19's probe
// that still passed): a password's page (pass.php, wrong_pass.php), a
// sign-in misspelt (singin.htm), a code's page (smscode.htm), and the
// Portuguese, Spanish and French banking words of kits for Brazil's,
// Spain's and France's banks and tax office (acessar.php, atendimento,
// pagamentoconcluido.php, /canada/taxe/…), which an English document tree's path does
// not hold in a message written in English.
var kitPageWords = setOf("pass", "singin", "sigin", "sms", "smscode", "otp",
	"acessar", "acesso", "atendimento", "pagamento", "pagamentos", "cliente", "clientes", "conta", "senha", "cadastro",
	"recadastramento", "atualizar", "atualizacao", "seguranca", "desbloqueio", "painel", "promocao",
	"cuenta", "clave", "acceso", "tarjeta", "verificacion", "identifiant", "connexion", "compte", "taxe", "impots",
	"remboursement")

// indexCopy reports a page's name that is index with something run
// onto it (index2.php, indexx.php, Indexxatt.htm): a kit's copy of its
// own index page, where a site has one index a folder.
func indexCopy(seg string) bool {
	if dot := strings.LastIndexByte(seg, '.'); dot > 0 {
		seg = seg[:dot]
	}
	return len(seg) > len("index") && strings.EqualFold(seg[:len("index")], "index")
}

// siteFolders are the folders of a site's software (WordPress's
// wp-content, wp-includes and wp-admin, a CMS's plugins, themes,
// templates and components, the images, scripts and uploads every site
// keeps): where a kit is unpacked on a compromised site
// (/wp-includes/js/tinymce/plugins/…/index.php, /components/com_config/…),
// not where a site files the pages it writes (rev19).
var siteFolders = setOf("wp-content", "wp-includes", "wp-admin", "wp", "wordpress", "plugins", "plugin", "themes",
	"theme", "templates", "template", "components", "modules", "includes", "include", "inc", "uploads", "upload",
	"images", "image", "img", "css", "js", "assets", "media", "cache", "tmp", "temp", "cgi-bin", "admin",
	"administrator", "vendor", "libraries", "lib", "system", "public_html", "htdocs", "backup", "old", "new", "wap",
	"joomla", "cgi-admin")

// signInStems are pieces of a sign-in page's name that a kit runs into
// its file and folder names (EasyWebLoginAuthentication.html,
// michrosoftPasswordRequired.php, securedlogninv2, Verify2.php): read
// inside a segment, where the word lists read whole words only (rev19).
var signInStems = []string{"login", "logon", "logni", "signin", "signon", "sign-in", "sign_in", "password", "passwd",
	"verif", "secur", "account", "auth", "banking", "wallet", "confirm", "update", "card", "billing", "identif",
	"pagamento", "senha", "cadastr", "acessar", "atualiz"}

// deepKitPath reports a path that, read to its end and not only its
// first segments as forPathWords reads it, holds a kit's marks: a site's
// software folder (siteFolders), a sign-in page's piece of a name
// (signInStems), a token (tokenSegment), or, its words split also where
// the case or letters and digits change, a lure's or a scheme's word, a
// kit's or paperwork's word or a brand's name
// (/wp-content/uploads/2013/09/Login.html, /system/cores/manage/direct/absa/…,
// /interac2019/interac/simplii/index.html). Kits on compromised sites
// sit deep, past the segments the other checks read (rev19).
func deepKitPath(l *linkx.Link, info *hostInfo, bm *brand.Matcher) bool {
	for seg := range strings.SplitSeq(strings.Trim(l.Path, "/"), "/") {
		lower := strings.ToLower(seg)
		if siteFolders[lower] || tokenSegment(seg) || indexCopy(seg) {
			return true
		}
		for _, stem := range signInStems {
			if strings.Contains(lower, stem) {
				return true
			}
		}
		found := false
		forSegmentWords(seg, func(w string) bool {
			found = kitMarkWord(w, info, bm)
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// forSegmentWords calls fn with the lower-case words of a path segment,
// split at anything but letters and digits, where a lower-case letter
// meets an upper-case one and where letters meet digits
// (EasyWebLoginAuthentication: easy, web, login, authentication;
// Verify2: verify, 2), until fn returns false.
func forSegmentWords(seg string, fn func(string) bool) {
	kind := func(c byte) int {
		switch {
		case c >= 'a' && c <= 'z':
			return 1
		case c >= 'A' && c <= 'Z':
			return 2
		case c >= '0' && c <= '9':
			return 3
		}
		return 0
	}
	start := -1
	for i := 0; i <= len(seg); i++ {
		k := 0
		if i < len(seg) {
			k = kind(seg[i])
		}
		if start >= 0 {
			prev := kind(seg[i-1])
			split := k == 0 || (prev == 3) != (k == 3) || prev == 1 && k == 2
			if split {
				if !fn(strings.ToLower(seg[start:i])) {
					return
				}
				start = -1
			}
		}
		if start < 0 && k != 0 {
			start = i
		}
	}
}

// tokenSegment reports a path segment that is a token rather than a
// name: five digits or more and nothing else (/69986580/, /5261705/), or
// seven characters or more mixing three digits or more with letters
// (/58cxzgfxz7070cpkkm7070cpsbszd/, /index91484101498.php,
// /interac2019/), as kits name the folders they are unpacked into and
// the sessions they serve. A document tree's folders are words and short
// numbers (/sets/1/challenges/6, /2023/12/06/, /char/200d/, /quake2/).
func tokenSegment(seg string) bool {
	if dot := strings.LastIndexByte(seg, '.'); dot > 0 {
		seg = seg[:dot]
	}
	letters, digits := 0, 0
	for i := 0; i < len(seg); i++ {
		switch c := seg[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
		}
	}
	return digits >= 5 && letters == 0 || digits >= 3 && letters > 0 && len(seg) >= 7
}

// pathWord reports a path segment's name of two letters or more, with
// digits, hyphens and underscores between them (gebbdoom, quake2,
// doomClassicRenderer, 200b), or a number (/sets/1/challenges/6).
func pathWord(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9' || c == '-' || c == '_':
		default:
			return false
		}
	}
	return letters >= 2 || letters == 0 && len(s) > 0 || len(s) >= 3
}

// talksOf reports whether a message talks of a link as a member points
// others to a reference: it talks plainly of it (knowledge.talksPlainlyOf), names
// no protected brand (a bait names the brand it passes for: "netflix
// page https://gardenclub.com/members/area/index.html", "the binance
// guide https://bitcoin-doubler.net/en/faq/"), and names the link
// (namesLink).
func (k *knowledge) talksOf(l *linkx.Link) bool {
	if !k.talksPlainlyAround(l) || k.namesBrand() {
		return false
	}
	if strings.LastIndexByte(l.Path, '/') == 0 {
		// a single page at the site's root is a page of no tree: the
		// message names the page itself ("gbatek covers the ds too
		// …/gbatek.htm", "the z80 opcode page …/z80undoc.htm"), not only
		// its site ("the miramedical page …/zm.htm": a kit's page at a
		// compromised site's root, brand20)
		return k.namesPage(l)
	}
	return k.namesLink(l)
}

// namesPage reports whether the message, its links aside, holds a word
// of four letters or digits or more, or of three with a digit among
// them, that is a word of the link's path, its singular, or, holding a digit,
// the start of one (z80: /z80undoc.htm; "autos" names no
// /autos22.html). A word a member calls any page by names none, nor
// does a lure's word (lureWord).
func (k *knowledge) namesPage(l *linkx.Link) bool {
	for w := range strings.FieldsFuncSeq(string(k.folded()), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
		if len(w) < 3 || len(w) == 3 && strings.IndexAny(w, "0123456789") < 0 || plainLinkWords[w] || refWords[w] || k.lureWord(w) {
			continue
		}
		named, digit := false, strings.IndexAny(w, "0123456789") >= 0
		forPathWords(l.Path, func(p string) bool {
			named = p == w || p == w+"s" || digit && strings.HasPrefix(p, w)
			return !named
		})
		if named {
			return true
		}
	}
	return false
}

// lureWord reports a folded word that is a phrase of package lure on its
// own (photos, download, password) in a message that speaks a lure
// (knowledge.speaksAny; a message that talks plainly holds none): the
// bait's word, which a kit puts in its path too ("the photos page
// http://…/photos/party/index.html", rev21: 274 of 9,000 phishing URLs
// under such a folder fell below the same message with a neutral word),
// names no link (namesLink, namesPage).
func (k *knowledge) lureWord(w string) bool {
	if !k.speaksAny() {
		return false
	}
	found := lure.FindFolded([]byte(w))
	return found.Any()
}

// namesBrand reports whether the message, its links aside, names a
// protected brand by a word of its text.
func (k *knowledge) namesBrand() bool {
	if k.brands == nil {
		return false
	}
	for w := range strings.FieldsFuncSeq(string(k.folded()), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
		if k.brands.Named(w, math.MaxInt) != nil {
			return true
		}
	}
	return false
}

// plainLinkWords are words of a link that name nothing of what it is
// about: a page's ending, a web address's parts.
var plainLinkWords = setOf("www", "com", "org", "net", "info", "html", "htm", "shtml", "php", "index", "http", "https",
	"the", "and", "for", "page", "home", "default", "main")

// namesLink reports whether the message names the link: its site's name
// written out as a link of its own, or, its links aside, a word of three
// letters or digits or more that is a label of its host or a word of its
// path (z80, gbatek, unicode), or a word of four or more that its site's
// name starts with (fabien: fabiensanglard.net). A word a member calls
// any page by (refWords: docs, page, guide) names none, nor does a
// lure's word (lureWord: photos, download).
func (k *knowledge) namesLink(l *linkx.Link) bool {
	for i := range k.links {
		// the site's name written out beside its page
		// ("fileformat.info for the nbsp https://www.fileformat.info/…")
		if o := &k.links[i]; o.Bare && o.Domain == l.Domain && strings.Trim(o.Path, "/") == "" && o.Raw != l.Raw {
			return true
		}
	}
	label := l.Domain
	if dot := strings.IndexByte(label, '.'); dot > 0 {
		label = label[:dot]
	}
	folded := string(k.folded())
	for w := range strings.FieldsFuncSeq(folded, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
		if len(w) < 3 || len(w) == 3 && strings.IndexAny(w, "0123456789") < 0 || plainLinkWords[w] || refWords[w] || k.lureWord(w) {
			continue // "lol" is no name; "the docs" names any /docs/ page or docs. host (rev19)
		}
		if len(w) >= 4 && strings.HasPrefix(label, w) {
			return true
		}
		for h := range strings.SplitSeq(l.Host, ".") {
			if h == w {
				return true
			}
		}
		named := false
		forPathWords(l.Path, func(p string) bool {
			named = p == w || p == w+"s" // challenge: /challenges/
			return !named
		})
		if named {
			return true
		}
	}
	return false
}

// refWords are the folded words a member calls a page to read by: a
// spec, a guide, a write-up, a page that explains. They name no link
// (namesLink), for a spray calls any link so.
var refWords = setOf("spec", "specs", "specification", "doc", "docs", "documentation", "manual", "reference",
	"page", "post", "blog", "article", "writeup", "paper", "guide", "tutorial", "chapter", "section", "faq", "wiki",
	"notes", "book", "series", "slides", "lecture", "course", "explains", "explained", "explanation", "derivation",
	"details", "describes", "covers", "table", "tables", "chart", "charts", "rfc", "appendix")
