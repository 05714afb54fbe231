package bot

import (
	"slices"
	"strings"

	"github.com/immunebot/immune/bot/linkx"
)

// wNoticeName: a registrable name made for a notice (noticeName:
// ezpass-toll-payment.com, parcel-redelivery-fee.com), warns alone, as
// the other names read by their shape do (wCampaignName)
const wNoticeName = 0.6

// A notice's name. Since 2024 the smishing waves that reach members'
// phones and chats (road tolls, a parcel held for a fee, a licence about
// to be suspended, a tax refund or a benefit to claim, a document to sign,
// a brand's outlet closing down, tickets resold, a survey's gift card, an
// order refunded) send a name made for the notice: what it is about and
// what it asks, hyphenated, sometimes beside an agency's or a firm's name
// (ezpass-toll-payment.com, parcel-redelivery-fee.com,
// dmv-license-suspension.com, ssa-benefit-payment.com,
// docusign-review-document.com, correos-aduana-pago.com). Its words are
// no lure's to the link model or the name lexicon (toll, parcel, licence,
// benefit; fee, suspension, payment), and the lists it was trained on
// froze before most of these waves. noticeName reads such a name:
// noticeParts says what each hyphenated part is.

// noticeSubjects are what a notice is about: a service or an authority
// and the thing it holds (a toll, a parcel, a licence, a tax, a benefit, a
// document, an outlet's stock, tickets, a survey, an order), in the
// languages of the waves.
var noticeSubjects = setOf(
	// road tolls and charges
	"toll", "tolls", "tollway", "tollroad", "tollroads", "turnpike", "thruway", "ezpass", "zpass", "sunpass", "fastrak",
	"txtag", "ipass", "peachpass", "epass", "etoll", "etag", "ktag", "tolltag", "congestion", "ulez", "crossing",
	"parking", "pcn", "pedaggio", "peaje", "peajes", "portagem", "portagens", "pedagio", "maut", "vignette",
	// parcels and post
	"parcel", "parcels", "package", "packages", "postal", "courier", "shipment", "shipping", "delivery", "tracking",
	"customs", "pakket", "paket", "pakete", "colis", "pacco", "paquete", "encomenda", "envio", "paczka", "csomag",
	"balik", "paketti", "sendung", "zustellung", "livraison", "spedizione", "entrega", "bezorging", "objeto",
	"giaohang", "buupham", "vanchuyen", "post", "poste", "posta", "poczta", "posti", "address",
	// motoring, fines and courts
	"dmv", "licence", "license", "vehicle", "registration", "traffic", "citation", "court", "mot", "driver",
	"drivers", "detran", "dgt", "cnh", "phatnguoi", "dangkiem", "giaothong",
	// taxes, benefits and public payments
	"tax", "taxes", "irs", "ssa", "dwp", "ato", "cra", "benefit", "benefits", "stimulus", "medicare", "medicaid", "ebt",
	"pension", "welfare", "unemployment", "govuk", "mygov", "steuer", "impots", "finanzamt", "receita", "inss",
	"imss", "bhxh", "thue", "trocap", "prestacion", "beneficio", "revenue", "impuestos", "impostos", "imposte",
	"socialsecurity", "thuphi",
	// documents to sign or read
	"document", "documents", "doc", "docs", "file", "files", "pdf", "esign", "signature", "contract", "envelope",
	"fax", "voicemail", "payroll", "policy",
	// a shop's stock, tickets, surveys and orders
	"outlet", "outlets", "warehouse", "factory", "ticket", "tickets", "wristband", "voucher",
	"loyalty", "order", "orders", "purchase", "subscription", "giftcard",
)

// noticeDemands are what a notice says or asks: a payment, a fee or a
// fine due, a refund or a benefit to claim, a hold, a suspension or a
// renewal, a delivery to book again, a document to review or sign, a
// sale closing.
var noticeDemands = setOf(
	"pay", "payment", "payments", "unpaid", "fee", "fees", "fine", "fines", "penalty", "penalties", "charge",
	"charges", "due", "overdue", "outstanding", "balance", "invoice", "bill", "billing", "statement", "notice",
	"notices", "notification", "alert", "refund", "refunds", "rebate", "rebates", "claim", "suspension", "suspended",
	"renewal", "renew", "reschedule", "redeliver", "redelivery", "release", "hold", "held", "pending", "failed",
	"update", "status", "settlement", "settle", "violation", "violations", "expired", "expiring", "expiry", "review",
	"sign", "view", "received", "required", "request", "resale", "winner", "reward", "rewards", "cancel",
	"cancellation", "clearance", "liquidation", "closing", "missed", "attempt", "confirm", "survey", "giveaway",
	"sale", "cheap", "duty", "share", "shared", "recibo", "renouvellement",
	// the same in the waves' other languages
	"reembolso", "remboursement", "rimborso", "erstattung", "rueckerstattung", "teruggave", "devolucion",
	"restituicao", "pago", "pagamento", "paiement", "pagar", "betalen", "betaling", "zahlung", "nachzahlung",
	"oplata", "doplata", "maksu", "avgift", "gebuehr", "frais", "tasas", "taxa", "kosten", "cobro", "multa",
	"amende", "boete", "insoluto", "pendiente", "pendente", "giacenza", "attente", "aduana", "alfandega", "douane",
	"zoll", "dogana", "retido", "liberado", "versement", "contravention", "avis",
	"thanhtoan", "nopphat", "hoantien", "hoanthue", "phi", "naptien", "capnhat",
)

// noticeFillers are the other words such names are padded with.
var noticeFillers = setOf("online", "portal", "service", "services", "center", "centre", "official", "secure", "my", "gov",
	"us", "usa", "uk", "au", "nz", "ca", "help", "support", "info", "now", "today", "web", "site", "app", "account", "check",
	"e", "digital", "hub", "desk", "page", "team", "new", "verified", "customer", "store", "shop",
	// countries' codes
	"mx", "br", "es", "pt", "fr", "de", "it", "nl", "be", "ie", "vn", "ph", "sg")

// noticeWords is what noticeParts found in a name: how many parts name a
// subject, a demand (distinct words), a filler, and how many are none of
// these (a firm's, an agency's or a place's name), with the first subject
// and demand found.
type noticeWords struct {
	subjects, demands, fillers, unknown int
	subject, demand                     string
	// others: distinct subjects beside the first that are not a
	// document's word (noticeDocuments)
	others int
	// lead: the first part is the unknown one (dhl-paket-zustellung)
	lead bool
}

// noticeDocuments are the subjects that name a document or a file: two
// of them beside a name say what a tool does (pdf-file-converter,
// citation-file-format), not what a notice is about.
var noticeDocuments = setOf("document", "documents", "doc", "docs", "file", "files", "pdf")

// noticeKind says what a word of a notice's name is: 's' a subject, 'd' a
// demand, 'f' a filler, 0 none.
func noticeKind(w string) byte {
	switch {
	case noticeSubjects[w]:
		return 's'
	case noticeDemands[w]:
		return 'd'
	case noticeFillers[w]:
		return 'f'
	}
	return 0
}

// noticeKindOf is noticeKind of a word held in bytes, without a copy.
func noticeKindOf(b []byte) byte {
	switch {
	case noticeSubjects[string(b)]:
		return 's'
	case noticeDemands[string(b)]:
		return 'd'
	case noticeFillers[string(b)]:
		return 'f'
	}
	return 0
}

// noticeParts reads the hyphenated parts of a label: a run of parts that
// joins into one word is read as that word (Vietnamese writes a word's
// syllables apart: nop-phat, hoan-thue; gift-card), a part that is an
// office's word or holds one anywhere (officeWords: paturnpike,
// thetollroads) names a subject, and a part made of two or three words
// (tollpay, tollbypay) counts as each.
func noticeParts(label string) (noticeWords, bool) {
	var nw noticeWords
	var parts [8]string
	n := 0
	for part := range strings.SplitSeq(label, "-") {
		if part == "" || n == len(parts) {
			return nw, false
		}
		parts[n] = part
		n++
	}
	var seenBuf [8]string
	seen := seenBuf[:0] // the subjects and demands counted
	add := func(w string, k byte) {
		counted := slices.Contains(seen, w)
		if !counted && len(seen) < cap(seen) {
			seen = append(seen, w)
		}
		switch k {
		case 's':
			nw.subjects++
			if nw.subject == "" {
				nw.subject = w
			} else if !counted && !noticeDocuments[w] {
				nw.others++
			}
		case 'd':
			if !counted {
				nw.demands++
			}
			if nw.demand == "" {
				nw.demand = w
			}
		case 'f':
			nw.fillers++
		}
	}
	var joined [64]byte
	for i := 0; i < n; {
		// the longest run of up to three parts that joins into a word
		j, word, kind := i+1, parts[i], noticeKind(parts[i])
		for k := min(n, i+3); k > i+1; k-- {
			b := joined[:0]
			for _, p := range parts[i:k] {
				b = append(b, p...)
			}
			if kk := noticeKindOf(b); kk == 's' || kk == 'd' {
				j, word, kind = k, string(b), kk
				break
			}
		}
		i = j
		if kind != 0 {
			add(word, kind)
			continue
		}
		if o := officeName(word); o != "" {
			add(o, 's')
			continue
		}
		if a, b, ok := noticeCompound(word); ok {
			add(a, noticeKind(a))
			add(b, noticeKind(b))
			continue
		}
		nw.unknown++
		nw.lead = nw.lead || j == 1
	}
	return nw, true
}

// noticeCompound splits a part made of two or three words of a notice's
// name run together (tollpay, tollbill, tollbypay: by, of and the join
// them too), each of three letters or more (billie is no bill and a
// country's code).
func noticeCompound(p string) (string, string, bool) {
	if len(p) < 6 || len(p) > 24 {
		return "", "", false
	}
	for i := 3; i <= len(p)-3; i++ {
		a, rest := p[:i], p[i:]
		if noticeKind(a) == 0 {
			continue
		}
		if noticeKind(rest) != 0 {
			return a, rest, true
		}
		for _, join := range noticeJoins {
			if r, ok := strings.CutPrefix(rest, join); ok && len(r) >= 3 && noticeKind(r) != 0 {
				return a, r, true
			}
		}
	}
	return "", "", false
}

// noticeJoins are the short words run-together names join two of their
// words with (tollbypay).
var noticeJoins = [...]string{"by", "of", "the", "and", "to"}

// quotedNotice reports a notice's name (noticeName) in a link defanged as
// analysts quote indicators (spared: ezpass-toll-pay[.]com,
// hxxps://dhl-redelivery-fee[.]com): no one can click it, and security
// talk names the notices' sites so to warn of them; a scam's link is
// clicked. Such a link is judged as before the name was read.
func quotedNotice(r *Reason, l *linkx.Link) bool {
	return r.text.key == "notice_name" && spared(l)
}

// noticeName returns the subject and the demand of a registrable label
// (site.Label()) built as a notice's name, as the comment above says, and
// whether it is one.
func noticeName(label string) (subject, demand string, ok bool) {
	if len(label) > 60 || strings.IndexByte(label, '-') < 0 {
		return "", "", false
	}
	nw, ok := noticeParts(trimNumber(label))
	if !ok {
		return "", "", false
	}
	switch {
	case nw.unknown > 2:
		// more of the name is someone's own than the notice's
		return "", "", false
	case nw.subjects > 0 && nw.demands > 0:
		// what it is about and what it asks (ezpass-toll-payment,
		// taylor-swift-tickets-resale)
	case nw.demands >= 2:
		// two demands, beside a firm's or an agency's name or not
		// (evri-redelivery-fee, tfl-penalty-charge)
	case nw.demands == 1 && nw.fillers > 0 && nw.unknown == 1:
		// an agency's name, a demand and a word of a portal
		// (service-nsw-fine, linkt-account-overdue)
	case nw.others > 0 && nw.unknown == 1 && nw.lead:
		// an agency's or a firm's name and two of its subjects after
		// it, not both a document's (dhl-paket-zustellung,
		// snap-ebt-benefits; not parcel-delivery-quotes)
	default:
		return "", "", false
	}
	if nw.demand == "" {
		nw.demand = nw.subject
	}
	return nw.subject, nw.demand, true
}
