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
// languages of the waves, and an IT admin's (noticeITSubjects).
var noticeSubjects = union(setOf(
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
	"dmv", "licence", "license", "vehicle", "registration", "traffic", "citation", "court", "mot", "detran", "dgt", "cnh", "dangkiem", "giaothong", "transito", "antai",
	// taxes, benefits and public payments
	"tax", "taxes", "irs", "ssa", "dwp", "ato", "cra", "benefit", "benefits", "stimulus", "medicare", "medicaid", "ebt",
	"pension", "welfare", "unemployment", "govuk", "mygov", "steuer", "impots", "finanzamt", "receita", "inss",
	"imss", "bhxh", "thue", "trocap", "prestacion", "beneficio", "revenue", "impuestos", "impostos", "imposte",
	"socialsecurity", "thuphi", "tncn", "agenziaentrate",
	// documents to sign or read
	"document", "documents", "doc", "docs", "file", "files", "pdf", "esign", "signature", "contract", "envelope",
	"fax", "voicemail", "payroll", "policy",
	// a shop's stock, tickets, surveys and orders
	"outlet", "outlets", "warehouse", "factory", "ticket", "tickets", "wristband", "voucher",
	"loyalty", "order", "orders", "purchase", "subscription", "giftcard",
), noticeITSubjects) // and what an IT admin's notice is about (infra45)

// noticeITSubjects are the subjects of an IT admin's notice (infra45,
// subjects of noticeSubjects too): a mailbox and its storage, a
// certificate, a domain and its registry record, a server, an API key,
// in English and Vietnamese (ten mien, a domain; hop thu, a mailbox;
// may chu, a server). Such a subject is a notice's only beside a demand
// of noticeITDemands. Its other demands name a tool or a service
// (minecraft-server-status, dns-update-client, email-verification-api,
// domain-transfer).
var noticeITSubjects = setOf("mailbox", "webmail", "email", "storage", "ssl", "certificate", "certificates", "domain",
	"domains", "dns", "whois", "icann", "registrar", "server", "vps", "hosting", "apikey", "tenmien", "hopthu", "maychu")

// noticeITDemands are what an IT admin's notice says: a renewal, an
// expiry, a suspension, a quota exceeded, an upgrade, an abuse report,
// an unlock, a key's rotation, a licence's activation, a bill due: some
// of a notice's demands (noticeDemands) and what only an IT admin's says
// (noticeITOwnDemands).
var noticeITDemands = union(setOf("notice", "notices", "notification", "alert", "suspension", "suspended", "suspend",
	"renewal", "renew", "expired", "expiring", "expiry", "failed", "overdue", "unpaid", "payment", "invoice", "invoices",
	"billing", "bill", "due", "pending", "hold", "violation", "violations", "required", "confirm", "cancellation",
), noticeITOwnDemands)

// noticeITOwnDemands are what an IT admin's notice says that other
// notices do not (infra45), demands of noticeDemands too: storage over
// its quota, a certificate or a domain expiring, a transfer to approve,
// a server locked for abuse, a key to rotate, a licence to activate; in
// Vietnamese gia han (renew), het han (expired), thong bao (notice), mo
// khoa (unlock), xac minh (verify).
var noticeITOwnDemands = setOf("upgrade", "exceeded", "expire", "expires", "deactivation", "deactivated", "unlock",
	"rotation", "rotate", "approval", "activation", "activate", "abuse", "warning", "quota", "reactivation",
	"termination", "terminated", "blocked", "locked", "revoked", "quarantine", "quarantined",
	"giahan", "hethan", "thongbao", "mokhoa", "xacminh", "hetdungluong", "dungluong")

// noticeITTools are the words of what a tool that watches certificates,
// domains, mailboxes and servers does (rev45e): an IT subject and its
// notice's demand beside one of them name the tool (ssl-expiry-checker,
// domain-renewal-reminder, certificate-expiry-monitor, whois-expiry-lookup),
// not the notice.
var noticeITTools = setOf("checker", "checkers", "check", "checks", "monitor", "monitors", "monitoring", "reminder",
	"reminders", "tracker", "tracking", "lookup", "tool", "tools", "tester", "test", "scanner", "scan", "calculator",
	"watch", "watcher", "watchdog", "notifier", "bot", "exporter", "dashboard", "finder",
	"search", "history", "stats", "guide", "wiki", "docs", "faq", "blog", "news", "forum", "community")

// itToolName reports whether one of the hyphen-separated words of label
// is a tool's (noticeITTools).
func itToolName(label string) bool {
	for w := range strings.SplitSeq(label, "-") {
		if noticeITTools[w] {
			return true
		}
	}
	return false
}

// noticeDemands are what a notice says or asks: a payment, a fee or a
// fine due, a refund or a benefit to claim, a hold, a suspension or a
// renewal, a delivery to book again, a document to review or sign, a
// sale closing, and what an IT admin's notice says (noticeITOwnDemands).
var noticeDemands = union(setOf(
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
	// plurals and forms the waves write too (toll-invoices,
	// dgt-multas, antai-amendes, ctt-taxas-alfandega,
	// dmv-license-suspend), and phat nguoi, a camera's traffic fine,
	// which is what a notice asks as a fine is
	"invoices", "bills", "redeliveries", "suspend", "multas", "amendes", "boetes", "taxas", "rimborsi", "retida",
	"retenido", "retenida", "phatnguoi",
), noticeITOwnDemands) // and what an IT admin's notice says (infra45)

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
// (tollpay, tollbypay) counts as each. Some demands count only in their
// context (noticeHeard): an adjective before what it describes
// (fine-art-shipping, cheap-tickets), a review or a view of no paper
// (taxi-driver-review, court-view-hotel), a survey with no prize
// (traffic-survey).
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
	// the words read, in order: a part of two words run together gives
	// two
	var wordsBuf [16]noticeWord
	words := wordsBuf[:0]
	var joined [64]byte
	for i := 0; i < n; {
		// the longest run of up to three parts that joins into a word
		j, word, kind := i+1, parts[i], noticeKind(parts[i])
		for k := min(n, i+3); k > i+1; k-- {
			b := joined[:0]
			for _, p := range parts[i:k] {
				b = append(b, p...)
			}
			if noticeTrades[string(b)] {
				// a trade's word in syllables (luat-su, a lawyer)
				return nw, false
			}
			if noticeOwnWords[string(b)] {
				// a word of its own whose syllable is a demand's
				// (mien-phi, free; chi-phi, a cost)
				j, word, kind = k, "", 0
				break
			}
			if kk := noticeKindOf(b); kk == 's' || kk == 'd' {
				j, word, kind = k, string(b), kk
				break
			}
		}
		lead, middle := i == 0, i > 0 && j < n
		i = j
		switch {
		case kind == 'f' && middle && noticePhraseCodes[word]:
			// a word of a phrase, not a country (pay-it-forward,
			// tasas-de-interes, avis-de-deces)
			continue
		case kind != 0:
			words = append(words, noticeWord{word, kind, lead})
			continue
		case word == "":
		case noticeTrades[word]:
			// a tool's, a trade's or a guide's name
			return nw, false
		default:
			if o := officeName(word); o != "" {
				words = append(words, noticeWord{o, 's', lead})
				continue
			}
			if a, b, ok := noticeCompound(word); ok {
				words = append(words, noticeWord{a, noticeKind(a), lead}, noticeWord{b, noticeKind(b), lead})
				continue
			}
		}
		words = append(words, noticeWord{"", 0, lead})
	}
	var seenBuf [8]string
	seen := seenBuf[:0] // the subjects and demands counted
	for i, w := range words {
		k := w.kind
		if k == 'd' && !noticeHeard(words, i) {
			continue
		}
		if k == 0 {
			nw.unknown++
			nw.lead = nw.lead || w.lead
			continue
		}
		counted := slices.Contains(seen, w.word)
		if !counted && len(seen) < cap(seen) {
			seen = append(seen, w.word)
		}
		switch k {
		case 's':
			nw.subjects++
			if nw.subject == "" {
				nw.subject = w.word
			} else if !counted && !noticeDocuments[w.word] {
				nw.others++
			}
		case 'd':
			if !counted {
				nw.demands++
			}
			if nw.demand == "" {
				nw.demand = w.word
			}
		case 'f':
			nw.fillers++
		}
	}
	return nw, true
}

// noticeWord is a word noticeParts read: the word ("" for a part of the
// name's own), its kind (noticeKind), and whether it is of the first part.
type noticeWord struct {
	word string
	kind byte
	lead bool
}

// noticeOwnWords are words a run of Vietnamese syllables joins into whose
// last syllable is a demand's (phi, a fee) but which ask nothing: mien phi
// is free (giao-hang-mien-phi, free delivery).
var noticeOwnWords = setOf("mienphi")

// noticeTrades are words that say what a site is when it is no notice: a
// tool, a trade or a guide about the notice's subject (tax-refund-calculator,
// customs-duty-calculator, parking-charge-appeal, tax-settlement-experts,
// traffic-fine-lawyer, toll-road-news). A notice's name asks; it does not
// name a calculator, a lawyer or an appeal.
var noticeTrades = setOf("calculator", "calculators", "lawyer", "lawyers", "attorney", "attorneys", "solicitor",
	"solicitors", "expert", "experts", "advisor", "advisors", "adviser", "advisers", "accountant", "accountants",
	"consultant", "consultants", "appeal", "appeals", "guide", "guides", "software", "blog", "news", "forum", "jobs",
	"careers", "law", "agent", "agents", "broker", "brokers",
	// the same in the other languages read
	"abogado", "abogados", "avocat", "avocats", "anwalt", "rechtsanwalt", "anwaelte", "avvocato", "avvocati", "advogado",
	"advogados", "advocaat", "advocaten", "luatsu", "calculadora", "calculateur", "simulateur", "simulador", "rechner",
	"noticias", "nachrichten", "actualites", "notizie", "tintuc")

// noticePhraseCodes are countries' codes (noticeFillers) that are also
// words of a phrase: between two other parts of a name they are the
// phrase's (de, of, in Spanish, Portuguese and French; e, and; it; es,
// is; be; us: tasas-de-interes, avis-de-deces, pay-it-forward), not a
// country, and count as nothing; first or last they are the country's
// (ezpass-toll-us, de-paket-zoll).
var noticePhraseCodes = setOf("de", "e", "it", "es", "be", "us")

// noticeAdjectives are demands that are also adjectives: before a word
// they describe (a subject or one of the name's own) they are part of
// its name (fine-art-shipping, fine-wine-delivery, fine-dining-review,
// cheap-parking-gatwick, cheap-tickets); after it, or before another
// demand, they are what a notice says (parking-fine, txdmv-fine-pay,
// superbowl-tickets-cheap).
var noticeAdjectives = setOf("fine", "cheap")

// noticePaperDemands are demands a notice asks, beside a subject, of a
// paper only: to review or view a document, a file, a contract, a
// statement or a benefit's letter (docusign-review-document,
// secure-doc-view, centrelink-benefit-review, adobe-sign-review). Beside
// another subject a review is a review site's or a journal's name
// (subscription-box-review, package-deal-review, policy-review) and a
// view a hotel's or a house's (court-view-hotel); with no subject it is
// what an account's notice asks (pending-review, review-request).
var noticePaperDemands = setOf("review", "view")

// noticePapers are the words beside which a review or a view of a subject
// is a notice's: a document's, a signature's, a statement's, a benefit's,
// a post's (a social network's post under review).
var noticePapers = setOf("document", "documents", "doc", "docs", "file", "files", "pdf", "esign", "signature", "contract",
	"envelope", "fax", "voicemail", "payroll", "benefit", "benefits", "sign", "statement", "invoice", "shared", "share",
	"post")

// noticePrizeDemands are demands a notice makes of a subject only with a
// prize: a survey for a gift card or a reward (walmart-gift-card-survey,
// customer-survey-giftcard); a survey of another subject is a surveyor's
// (traffic-survey, parking-survey).
var noticePrizeDemands = setOf("survey")

// noticePrizes are the words of a prize a survey offers.
var noticePrizes = setOf("reward", "rewards", "winner", "giveaway", "giftcard", "voucher", "loyalty")

// noticeHeard reports whether the demand words[i] counts as one in its
// context (noticeAdjectives, noticePaperDemands, noticePrizeDemands).
func noticeHeard(words []noticeWord, i int) bool {
	w := words[i].word
	switch {
	case noticeAdjectives[w]:
		return i+1 == len(words) || words[i+1].kind == 'd' || words[i+1].kind == 'f'
	case noticePaperDemands[w]:
		return !noticeHasSubject(words) || noticeHas(words, noticePapers)
	case noticePrizeDemands[w]:
		return !noticeHasSubject(words) || noticeHas(words, noticePrizes)
	}
	return true
}

// noticeHasSubject reports whether one of words is a subject.
func noticeHasSubject(words []noticeWord) bool {
	for _, w := range words {
		if w.kind == 's' {
			return true
		}
	}
	return false
}

// noticeHas reports whether one of words is in set.
func noticeHas(words []noticeWord, set map[string]bool) bool {
	for _, w := range words {
		if set[w.word] {
			return true
		}
	}
	return false
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
// clicked. play46's names of a game's free money, a cheat or a mod
// host's notice are spared so too. Such a link is judged as before the name was read.
func quotedNotice(r *Reason, l *linkx.Link) bool {
	return (r.text.key == "notice_name" || r.text.key == "vi_action_name" || r.text.key == "creator_name" || r.text.key == "biz_name" || r.text.key == "work_name" || r.text.key == "trip_name" || strings.HasPrefix(r.text.key, "play_name_")) && spared(l)
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
	if noticeITSubjects[nw.subject] && (!noticeITDemands[nw.demand] || itToolName(label)) {
		// an IT subject beside what a tool or a service names
		// (minecraft-server-status, domain-transfer), or beside what
		// a tool that watches for the notice does (rev45e:
		// ssl-expiry-checker, domain-renewal-reminder,
		// certificate-expiry-monitor)
		return "", "", false
	}
	if nw.demand == "" {
		nw.demand = nw.subject
	}
	return nw.subject, nw.demand, true
}
