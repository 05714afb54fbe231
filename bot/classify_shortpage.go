package bot

import (
	"math"
	"slices"
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// The pages the learned model reads as a site's own documents since it
// also learns short document pages of ordinary sites (cmd/train's
// -shortpages): a document lure's page is one too, and what tells it
// apart is what the message and the path say beside it, read here by
// rule (short18).

// paperworkPage returns the paperwork words of a link's path when the
// link is a page file (.html, .php …) over plain HTTP on an ordinary
// site, with a path naming paperwork (/media/statements/index.html,
// /upload/baogia/bao-gia-2026.html) and a message naming paperwork too
// ("Your statement is available", "bảng báo giá"): the document a
// compromised site is made to serve, as a document lure offers it.
// An office document itself (.pdf, .doc, .xls …) so offered is read on
// an ordinary site and on a public raw address
// (http://91.215.85.77/statement_nov.pdf beside "your account statement
// is ready"; model36: the link model, taught small sites' real pages,
// no longer flags those paths by itself) when its own name is paperwork
// and nothing else (paperName) and, on a named site, the message hands
// it to the reader (offersPaper): specs, templates, samples and open
// data about paperwork are linked over plain HTTP too (rev36).
// A site's own papers are linked over HTTPS, and tech chat names no
// invoice or statement beside the pages it pastes.
func paperworkPage(l *linkx.Link, k *knowledge) []string {
	if l.Scheme != "http" || l.Query != "" {
		return nil
	}
	switch {
	case officeFile(l.Path):
		if l.IP.IsValid() && !publicIP(l) || !l.IP.IsValid() && !l.ICANN {
			return nil
		}
		words := paperName(l.Path[strings.LastIndexByte(l.Path, '/')+1:])
		if words == nil || !l.IP.IsValid() && !offersPaper(k) || !paperworkMessage(k) {
			return nil
		}
		return words
	case pageFile(l.Path):
		if l.IP.IsValid() || !l.ICANN {
			return nil
		}
	default:
		return nil
	}
	if !paperworkMessage(k) {
		return nil
	}
	var words []string
	forPathWords(l.Path, func(w string) bool {
		w = strings.ToLower(w)
		if paperworkWords[w] && !docsWords[w] && !slices.Contains(words, w) {
			words = append(words, w)
		}
		return true
	})
	return words
}

// paperName returns the paperwork words of an office document's name
// when the name is paperwork and nothing else (rev36): a trade's paper
// (invoice, remittance, statement, po, hóa đơn written hoa_don) beside
// only the words papers are named with (paperWord: advice, copy, signed,
// slip), a month, a number or a short code (Invoice_88231,
// payment_advice, statement_nov, bang_luong_t11): the name a lure gives
// the file it offers. A template, a sample, a spec, a guide, a dataset
// or a report about paperwork names its subject beside the paper
// (invoice_template, mt940_statement_format, payment_statistics_2023,
// receipt_ocr_thesis), and is no lure's.
func paperName(file string) []string {
	ws := fileWords(file)
	var words []string
	trade := false
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if i+1 < len(ws) && (paperworkWords[w+ws[i+1]] || slices.Contains(paperworkPhrases, w+" "+ws[i+1])) {
			w = w + ws[i+1] // hoa_don, bang-luong, thanh_toan: Vietnamese paperwork written apart
			i++
			trade = true
		} else if paperworkWords[w] && !docsWords[w] || mailedFirst[w] || dropperWords[w] && !softwareBait[w] {
			trade = true
		} else if !paperWord(w) && !monthWords[w] && len(w) > 2 {
			return nil
		} else {
			continue
		}
		if !slices.Contains(words, w) {
			words = append(words, w)
		}
	}
	if !trade {
		return nil
	}
	return words
}

// monthWords are the months' names and abbreviations a paper's name is
// dated with (statement_nov, Invoice_October).
var monthWords = setOf("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december")

// offersPaper reports a message that hands its paper to the reader
// (rev36): it speaks to them (secondPerson, readerNames: "your invoice",
// "của bạn", "quý khách") or calls the paper enclosed ("attached",
// "kindly find", "dear"). A member who talks of a form, a template or
// a report ("the invoice template from the go-invoice repo") hands
// nobody anything.
func offersPaper(k *knowledge) bool {
	folded := k.folded()
	for w := range strings.FieldsSeq(string(folded)) {
		if secondPerson[w] || readerNames[w] || paperOfferWords[w] {
			return true
		}
	}
	return containsAnyWords(folded, paperOfferPhrases)
}

// paperOfferWords are the words a paper is handed over with (folded);
// paperOfferPhrases the readers Vietnamese names in two words.
var (
	paperOfferWords   = setOf("attached", "attachment", "attachments", "enclosed", "kindly", "dear", "please", "pls", "plz", "view", "confirm")
	paperOfferPhrases = []string{"quy khach", "cac ban", "anh chi"}
)

// officeFile reports a path that ends in an office document a document
// lure offers (.pdf, .doc, .docx, .xls, .xlsx, .rtf, .odt).
func officeFile(path string) bool {
	switch lastExt(path) {
	case "pdf", "doc", "docx", "xls", "xlsx", "rtf", "odt":
		return true
	}
	return false
}

// paperworkMessage reports a message whose words, its links aside, name
// paperwork (paperworkWords, paperworkPhrases). An order is left out:
// tech chat arranges things in one far more often than it buys (event
// order, load order, in order to).
func paperworkMessage(k *knowledge) bool {
	folded := k.folded()
	for w := range strings.FieldsSeq(string(folded)) {
		if paperworkWords[w] && !docsWords[w] && w != "order" && w != "orders" {
			return true
		}
	}
	return containsAnyWords(folded, paperworkPhrases)
}

// tunnelBrandLogin returns the brand a lure's message names
// ("Verify your Binance account now") when the link is a tunnel's
// generated host (3f2a-81-204-11-9.ngrok-free.app) with a path of
// credential words alone (/login, /verify/account): a brand's sign-in
// page is on the brand's own site, never on somebody's machine.
func tunnelBrandLogin(l *linkx.Link, k *knowledge) *brand.Brand {
	if k.brands == nil || len(l.Path) < 2 || !k.hosted(l) {
		return nil // generatedName asks model.Hosted first: the host's kinds know it
	}
	owner, _, generated := generatedName(l)
	if !generated || owner != "" || generatedBucket(l) {
		return nil
	}
	words, ok := pathWordsOnly(lurePath(l.Path), credentialWords.has)
	if !ok || len(words) == 0 || !k.luresHard() {
		return nil
	}
	return messageBrand(k)
}

// messageBrand returns the first brand the message's words, its links
// aside, name, or nil.
func messageBrand(k *knowledge) *brand.Brand {
	for w := range strings.FieldsSeq(string(k.folded())) {
		if b := k.brands.Named(w, math.MaxInt); b != nil {
			return b
		}
	}
	return nil
}

// hostedBrandPage returns the brand a link's path is named for when the
// link, posted bare, is a page file on a site of a hosting, storage or
// delivery platform (pub-….r2.dev, x.pages.dev) whose path holds the
// brand's name and nothing else but a page's fillers
// (/ledger/index.html): a kit uploaded into a folder named for the
// brand it imitates. A brand's own page is on its own site, and a
// member who links a page of their own says something of it.
func hostedBrandPage(l *linkx.Link, info *hostInfo, k *knowledge) *brand.Brand {
	if info.brands == nil || l.IP.IsValid() || len(l.Path) < 2 || l.Query != "" || !pageFile(l.Path) || !k.postedBare() {
		return nil
	}
	if hosted := k.siteHosted(l); !hosted && !info.userContent {
		return nil
	}
	var b *brand.Brand
	words, ok := pathWordsOnly(lurePath(l.Path), func(w string) bool {
		if nb := info.brands.Named(w, 5); nb != nil && (b == nil || b == nb) {
			b = nb
			return true
		}
		return false
	})
	if !ok || len(words) == 0 {
		return nil
	}
	return b
}

// authorityNameWords are the words of a police force, a court or an
// inspectorate that a site's name is built from (congan-dieutra.com:
// công an, điều tra), in Vietnamese written without its marks and in
// English.
var authorityNameWords = []string{"congan", "bocongan", "canhsat", "dieutra", "thanhtra", "toaan", "vienkiemsat",
	"vksnd", "police", "court", "interpol", "prosecutor"}

// authorityName returns the authority word a link's name is built from
// when the message threatens in the name of the police or a court
// (lure.Authority: "liên quan đường dây rửa tiền"): a site named for the
// authority the threat speaks for, which an authority's own sites are
// not (they are official, and judged before this).
func authorityName(l *linkx.Link, k *knowledge) string {
	if l.Domain == "" || k.found()[lure.Authority].Weight < lure.Strong {
		return ""
	}
	label := strings.ToLower(strings.TrimSuffix(l.Domain, "."+l.Suffix))
	for _, part := range strings.FieldsFunc(label, func(r rune) bool { return r == '-' || r == '.' }) {
		for _, w := range authorityNameWords {
			if part == w || len(w) >= 6 && strings.Contains(part, w) {
				return w
			}
		}
	}
	return ""
}

// brandDomainSubdomain returns the brand whose own .com name's label
// (meta of meta.com, Facebook's) is a word of a link's subdomain in front
// of a stranger's domain built from words phishing names use
// (meta-business.appeal-review.com, beside "your page will be removed
// for copyright, appeal within 24h"). A brand's name in such a subdomain
// is read by the brand's names (brand_in_domain: facebook.appeal-review.com);
// this reads the names of its other domains, which are not its names as
// words (meta is a word of English too).
func brandDomainSubdomain(l *linkx.Link, info *hostInfo) *brand.Brand {
	if info.brands == nil || len(info.words) == 0 || l.Domain == "" || len(l.Host) <= len(l.Domain)+1 {
		return nil
	}
	sub := l.Host[:len(l.Host)-len(l.Domain)-1]
	for _, part := range strings.FieldsFunc(sub, func(r rune) bool { return r == '-' || r == '.' }) {
		if len(part) < 4 || !allLetters(part) || info.brands.Named(part, math.MaxInt) != nil {
			continue // a brand's name is brand_in_domain's, which knows its tenants (discord.service-now.com)
		}
		if b := info.brands.Official(part+".com", "com"); b != nil {
			return b
		}
	}
	return nil
}

// allLetters reports a word of lower-case ASCII letters only.
func allLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
