package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// Pages of older sites that the plain-HTTP page reading refused for a
// sign that is a kit's on some sites but not on these (oldweb35).
//
// The links people share to small sites (cmd/train/benign-urls.txt, the
// harvest of Go modules', Debian packages' and npm packages' texts)
// reach pages that older server platforms write: Microsoft's ASP and
// ASP.NET (.asp, .aspx), ColdFusion (.cfm), Java's server pages (.jsp),
// the pages of magazines, newspapers and vendors of the 2000s
// (/Magazine/SO98/geomap.asp, /nota.asp?nota_id=1107912). plainPageReading
// refused every script's page, for kits on compromised sites run as
// scripts; but the kits are written in PHP, the language of the cheap
// shared hosting they are uploaded to. Of the trainer's phishing URLs on
// the training side of its split (80,833), 15,648 plain-HTTP pages end in
// .php (with or without a query), 58 in these platforms' endings, and the
// links people share hold 37 such pages in benign-urls.txt's 3,904. Read
// as written-out pages are, 1 of the phishing URLs fell from flagged to
// allowed and 3 from deleted to warned, where benign-urls.txt's flagged
// links fell from 153 to 146; read so, .php pages (the same gate, the
// same queries, the same folders) lose 139 flagged phishing URLs and 364
// levels for 1 more benign link allowed: the line is the kits' language,
// not the scheme.
//
// A page named by a token (tokenPage: letters of both cases with digits,
// /J8CPSm4P.html) is how a kit or a free host names its copies; a name of
// words and numbers written apart (/Intelsat-15.html, /Express-AT2.html,
// /AzerSpace-1-Africasat-1a.html) is how a catalogue names its subjects
// (namedPieces). Of the training side's plain-HTTP written-out pages with
// no query that tokenPage refuses, 11 read as named pieces, and each is
// still held by another sign (a lure's or paperwork's word, a kit's
// folder, a cheap ending, a brand in its host): none changed its verdict,
// where 3 of benign-urls.txt's links were allowed.

// serverPageEndings are the endings of the pages older server platforms
// write that phishing kits, written for PHP, are not.
var serverPageEndings = setOf("asp", "aspx", "cfm", "jsp")

// serverPage reports a page of an older server platform (serverPageEndings)
// named by words (pathWord, no token, no run of hex digits), under
// folders with no kit's mark (deepKitPath: a site's software folder, a
// sign-in's piece, a token, a lure's or a brand's word), with no query or
// a plain one (plainQuery: a record's number or name).
func serverPage(l *linkx.Link, info *hostInfo, bm *brand.Matcher) bool {
	seg := l.Path[strings.LastIndexByte(l.Path, '/')+1:]
	dot := strings.LastIndexByte(seg, '.')
	if dot <= 0 || !serverPageEndings[strings.ToLower(seg[dot+1:])] {
		return false
	}
	if l.Query != "" && !plainQuery(l.Query) {
		return false
	}
	return pathWord(seg[:dot]) && !hexRun(seg) && !tokenSegment(seg) && !deepKitPath(l, info, bm)
}

// plainQuery reports a query of one to three pairs, each a key of
// letters and underscores (nota_id, NewsID, actor) sixteen long at most
// and a value of twenty-four characters at most that is a number of ten
// digits at most or a name of letters, hyphens and underscores
// (1107912, Lesley-Anne, default): a page's record, not a kit's token
// (hSleJ40=fnSoI40, sid=NDQ3NjgzLTEwNzYxNDA3OQ%3d%3d) or a victim's
// address.
func plainQuery(q string) bool {
	pairs := strings.Split(q, "&")
	if len(pairs) > 3 {
		return false
	}
	for _, p := range pairs {
		k, v, ok := strings.Cut(p, "=")
		if !ok || k == "" || len(k) > 16 || v == "" || len(v) > 24 {
			return false
		}
		for i := 0; i < len(k); i++ {
			if c := k[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_') {
				return false
			}
		}
		digits, letters := 0, 0
		for i := 0; i < len(v); i++ {
			switch c := v[i]; {
			case c >= '0' && c <= '9':
				digits++
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				letters++
			case c == '-' || c == '_':
			default:
				return false
			}
		}
		if digits > 10 || digits > 0 && letters > 0 {
			return false
		}
	}
	return true
}

// namedPieces reports a page whose name, its ending aside, is written
// in two pieces or more apart (at hyphens, underscores, dots, pluses or
// an escaped space), none of which mixes letters of both cases with
// digits (J8CPSm4P) or holds five digits or more: words and numbers
// (Intelsat-15, Express-AT2, SIM800C_Hardware_Design_V1.05), not a
// token.
func namedPieces(path string) bool {
	seg := strings.ReplaceAll(pageName(path), "%20", "-")
	n := 0
	for p := range strings.FieldsFuncSeq(seg, func(r rune) bool { return r == '-' || r == '_' || r == '.' || r == '+' }) {
		upper, lower, digits := 0, 0, 0
		for i := 0; i < len(p); i++ {
			switch c := p[i]; {
			case c >= 'A' && c <= 'Z':
				upper++
			case c >= 'a' && c <= 'z':
				lower++
			case c >= '0' && c <= '9':
				digits++
			default:
				return false
			}
		}
		if upper > 0 && lower > 0 && digits > 0 || digits >= 5 {
			return false
		}
		n++
	}
	return n >= 2
}

// serverPageReading returns an HTTPS link's signals with the link
// model's score read, for a page of an older server platform
// (serverPage), as the same page without its ending (routeLogit),
// as a router names it: /ThongBao/Index.aspx as /ThongBao/Index. The
// model weighs .aspx, .asp, .jsp and .cfm as kits' endings (an
// organisation's /default.aspx scored 0.77 where /default scores 0.31),
// which its phishing URLs teach through the shared documents of
// SharePoint and OneDrive (/_layouts/15/Doc.aspx, redir.aspx), pages
// anyone can share; on a site's own host the ending is its platform's.
// On the training side of the trainer's split, HTTPS server pages are
// as rare among phishing URLs as among the links people share (239
// phishing, 26 of them flagged, most on SharePoint and OneDrive; 60 of
// benign-urls.txt's and the benign tuning sets' links; .php: 10,935
// against 129), and Vietnamese banks, universities, ministries and
// provinces' portals run ASP.NET (/Pages/default.aspx,
// /ChiTiet.aspx?id=123). The reading gives a kit nothing its maker
// lacks: the page without its ending is his to write.
//
// The guards are the plain-page reading's (plainPageReading) but for the
// message's words, which the model's reading of an HTTPS page does not
// weigh either: no address, port or user, no page anyone can publish, no
// site on a host anyone signs up to (a hosting platform, a dynamic DNS
// name, an app's or a bucket's private suffix: *.azurewebsites.net,
// *.000webhostapp.com, *.web.core.windows.net, where a kit's copy named
// like an ASP.NET page is uploaded; rev39c), no
// brand read in the name or the path, no shortener, no cheap ending, no
// lure's, paperwork's or kit's words in the path, no word a sign-in or
// verification page is named with (credentialPath: /SSO/Default.aspx,
// /Suspended.aspx; rev39c), no dotted folder, no
// host name inside, no token's name (but for named pieces), under a
// message that is no hard lure (its caller); and a site's name as
// organisations register theirs: no lure's or scheme's words in it, no
// hyphen (nhanqua-tri-an.com, ebanking-online-vn.com: a scam's fresh
// name, whose page the ending does not make a kit's, still reads as
// one).
func (c *Classifier) serverPageReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals, k *knowledge) model.LinkSignals {
	if l.Scheme != "https" || l.IP.IsValid() || l.Port != "" || l.UserInfo != "" || info.userContent || readsBrand(&sig) ||
		sig[model.SigShortener] > 0 || sig[model.SigAbusedTLD] > 0 || sig[model.SigDomainWords] > 0 || sig[model.SigSchemeWords] > 0 ||
		strings.IndexByte(l.Label(), '-') >= 0 || !serverPage(l, info, k.brands) {
		return sig
	}
	if hosted := model.Hosted(l); hosted || !l.ICANN || credentialPath(l.Path) {
		return sig
	}
	if len(pathLureWords(l)) > 0 || !talkedDocPath(l.Path) || dottedFolder(l.Path) || tokenPage(l.Path) && !namedPieces(l.Path) ||
		paperworkPath(l.Path) || docLurePage(l.Path) || kitPath(l.Path) || pathBrand(l, info, k.brands) != nil {
		return sig
	}
	logit := c.routeLogit(l, info)
	sig[model.SigModel] = min(sig[model.SigModel], model.ClampModel(float64(logit)))
	return sig
}

// routeLogit returns the link model's logit of l with its page's
// ending dropped.
func (c *Classifier) routeLogit(l *linkx.Link, info *hostInfo) float32 {
	out := *l
	out.Path = l.Path[:strings.LastIndexByte(l.Path, '.')]
	pf := scratchFeatures()
	model.PathFeatures(&out, pf)
	logit := c.linkLogit(info, pf)
	featuresPool.Put(pf)
	return logit
}

// credentialPath reports a path any of whose words names what a sign-in,
// verification or wallet page is named with (credentialWords: login,
// account, update, payment, sso, suspended, dangnhap …).
func credentialPath(path string) bool {
	named := false
	forPathWords(path, func(w string) bool {
		named = credentialWords.has(w)
		return !named
	})
	return named
}
