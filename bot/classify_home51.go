package bot

import "strings"

// Brandless names made for a renter's, a landlord's, a buyer's, a
// borrower's or a home owner's notice (home51). Rental and closing scams
// send notices that name no listing portal, servicer or title firm: a
// deposit or a holding fee to pay, rent to transfer, a lease to sign, a
// tenant's portal to sign in to, the keys to be released, a closing's
// wire instructions to confirm, escrow funds to release, a mortgage
// payoff, an appraisal or an application fee, an HOA's dues overdue, a
// storage unit's lien, an alarm's monitoring bill; in Vietnamese đặt cọc,
// cọc (a deposit), giữ chỗ (a hold), tiền nhà (rent), thuê nhà, cho thuê
// (rent, let), chủ nhà (a landlord), hợp đồng (a contract), sổ đỏ (a
// title deed), công chứng (a notary), vay mua nhà (a home loan), giải
// ngân (paid out), lãi suất (interest), xác minh (verify), tin đăng (a
// listing). Their sites are named so (closing-wire-confirm,
// escrow-funds-release, lease-signing-room, keys-release-payment,
// hoa-dues-overdue, thuenha-datcoc-nhanh, chunha-hopdong-coc,
// vaymuanha-laisuat0), words no lure list, scam44's notices or the
// other builders' names read together. homeName reads such a registrable
// name at run time, hand-weighted outside the trainer's view: a housing
// subject (homeSubjects) beside what its notice asks (homeDemands) on a
// cheap ending, or in three words of their own with a demand that acts
// on money or an account (homeActs). A word that says the site is an
// agent's, a guide's, a calculator's, a firm's or a charity's own
// (homeTrades: mortgage-payoff-calculator, tenant-rights-guide,
// closing-costs-explained, escrow-services-group) leaves the name
// unread, as one unknown word does off a cheap ending; no name under
// Vietnam's ending is read (vnEnding: an agent's own site is named so
// there, thuenha-quan7.vn). Only a label with a hyphen is read: a name
// without one pays one byte search.

// wHomeName: a name made for a housing notice warns alone, as a
// notice's name does (wNoticeName)
const wHomeName = wNoticeName

// homeSubjects are what a housing notice is about: a deposit, a holding
// fee, rent, a rental, a lease, a tenant, a resident, a landlord, a
// flat, the keys, a viewing, a listing, a closing, escrow, a title, a
// mortgage, a payoff, earnest money, a pre-approval, an appraisal, an
// HOA and its dues, a storage unit, a move, an alarm; in Vietnamese cọc,
// đặt cọc, giữ chỗ, tiền nhà, thuê (nhà), cho thuê, chủ nhà, hợp đồng,
// sổ đỏ, công chứng, vay mua nhà, căn hộ, phòng trọ, nhà trọ, tin đăng.
var homeSubjects = setOf("deposit", "deposits", "holding", "holdingfee", "rent", "rental", "lease", "leasing",
	"tenant", "tenants", "resident", "residents", "landlord", "keys", "viewing", "listing", "closing",
	"closingdocs", "escrow", "title", "mortgage", "payoff", "earnest", "preapproval", "appraisal", "hoa", "dues",
	"storage", "moving", "alarm", "wire", "lien", "coc", "datcoc", "giucho", "tiennha", "thue", "thuenha", "chothue", "chunha",
	"hopdong", "sodo", "congchung", "vaymuanha", "vaynha", "tindang", "flat", "apartment", "room")

// homeDemands are what such a notice asks or says: a wire and its
// instructions, a release, a transfer, a payment, a fee, a refund,
// confirm, verify, secure, a signing, an application, a booking, a
// renewal, overdue, a lien, an auction, a statement, a claim, billing,
// monitoring, funds, an update, a portal's sign-in; in Vietnamese xác
// minh, xác nhận (confirm), thanh toán (pay), chuyển khoản (a transfer),
// giải ngân (paid out), ký số (e-sign), lãi suất (interest), nhận (get).
var homeDemands = setOf("wire", "wires", "instructions", "release", "transfer", "payment", "pay", "fee", "fees",
	"refund", "confirm", "confirmation", "verify", "verification", "secure", "signing", "sign", "esign",
	"application", "apply", "booking", "book", "renewal", "renew", "overdue", "pastdue", "lien", "auction",
	"statement", "claim", "billing", "monitoring", "funds", "update", "login", "signin", "account", "approved",
	"approval", "pending", "unlock", "docs", "deposit", "deposits", "payoff", "dues", "coc", "datcoc", "giucho",
	"xacminh", "xacnhan", "thanhtoan", "chuyenkhoan", "giaingan", "kyso", "laisuat", "nhan", "xacthuc")

// homeActs are the homeDemands that act on money or an account, not an
// agent's or a manager's ordinary words (a listing, a booking, an
// application, docs): off a cheap ending a housing name is read only
// with one.
var homeActs = setOf("wire", "wires", "instructions", "release", "transfer", "payment", "pay", "refund",
	"confirm", "confirmation", "verify", "verification", "overdue", "pastdue", "lien", "auction", "funds", "login",
	"signin", "pending", "unlock", "payoff", "xacminh", "xacnhan", "thanhtoan", "chuyenkhoan", "giaingan",
	"xacthuc", "datcoc", "coc")

// homeTrades are words that say a site is an agent's, a firm's, a
// guide's, a calculator's, a tenants' group's or a charity's own, not a
// notice (tenant-rights-guide, mortgage-payoff-calculator,
// escrow-services-group, lease-agreement-template, hoa-management-
// software): the name is not read.
var homeTrades = setOf("news", "blog", "guide", "guides", "tips", "review", "reviews", "info", "wiki", "forum",
	"explained", "faq", "jobs", "careers", "law", "lawyer", "lawyers", "attorney", "attorneys", "legal", "agency",
	"agent", "agents", "broker", "brokers", "realty", "realtor", "realtors", "quote", "quotes", "compare",
	"comparison", "calculator", "calc", "software", "app", "api", "data", "research", "academy", "school",
	"course", "training", "rights", "union", "tenantsunion", "association", "coalition", "council", "alliance",
	"network", "society", "foundation", "project", "institute", "church", "group", "partners", "inc", "llc",
	"ltd", "company", "co", "services", "solutions", "management", "manager", "template", "templates", "checklist",
	"rates", "rate", "today", "cost", "costs", "estimate", "calculators", "tintuc", "camnang", "kinhnghiem",
	"hoidap", "phaply", "luat", "quan", "huyen", "map", "tracker", "scam", "scams", "fraud", "warning", "alert")

// homeFillers are the padding of such a name: a portal, online, now, a
// room, a service, a country's word.
var homeFillers = setOf("portal", "online", "my", "your", "now", "today", "center", "centre", "official", "vn",
	"us", "usa", "uk", "ca", "au", "global", "ngay", "nhanh", "hub", "desk", "page", "site", "web", "new",
	"help", "support", "home", "house", "property", "money", "unit", "truck", "notice", "first", "month", "final",
	"canho", "phong", "phongtro", "nhatro", "nha", "nhadat", "service")

// homeApart are a housing notice's Vietnamese words written apart
// syllable by syllable (dat-coc, giu-cho, thue-nha, chu-nha, hop-dong),
// and the one word homeKind knows them by.
var homeApart = map[string]string{"dat-coc": "datcoc", "giu-cho": "giucho", "tien-nha": "tiennha",
	"thue-nha": "thuenha", "cho-thue": "chothue", "chu-nha": "chunha", "hop-dong": "hopdong", "so-do": "sodo",
	"cong-chung": "congchung", "vay-nha": "vaynha", "giai-ngan": "giaingan", "xac-minh": "xacminh",
	"xac-nhan": "xacnhan", "xac-thuc": "xacthuc", "tin-dang": "tindang", "thanh-toan": "thanhtoan",
	"chuyen-khoan": "chuyenkhoan", "ky-so": "kyso", "lai-suat": "laisuat", "can-ho": "canho",
	"phong-tro": "phongtro", "nha-tro": "nhatro", "holding-fee": "holdingfee", "past-due": "pastdue",
	"pre-approval": "preapproval", "e-sign": "esign"}

// homeStarts are the first halves of homeApart's words: a part that is
// one is held to be read with the next.
var homeStarts = func() map[string]bool {
	m := map[string]bool{}
	for k := range homeApart {
		m[k[:strings.IndexByte(k, '-')]] = true
	}
	return m
}()

// homeKind says what a word of a housing notice's name is: 't' a
// trade's, 'b' a subject that is a demand too (deposit, payoff, datcoc),
// 's' a subject, 'd' a demand, 'f' a filler, 0 none. Digits at a word's
// end are read off (laisuat0, rent2024).
func homeKind(w string) byte {
	w = strings.TrimRight(w, "0123456789")
	switch {
	case homeTrades[w]:
		return 't'
	case homeSubjects[w] && homeDemands[w]:
		return 'b'
	case homeSubjects[w]:
		return 's'
	case homeDemands[w]:
		return 'd'
	case homeFillers[w]:
		return 'f'
	}
	return 0
}

// homeNameWords counts what homeName found in a name.
type homeNameWords struct {
	subjects, demands, unknown, words, fills int
	acts                                     bool
	subject, demand                          string
}

// count adds the word w of kind k.
func (hw *homeNameWords) count(w string, k byte) {
	hw.words++
	switch k {
	case 's', 'b':
		hw.subjects++
		if hw.subject == "" {
			hw.subject = w
		}
		if k != 'b' {
			return
		}
		fallthrough
	case 'd':
		hw.demands++
		hw.acts = hw.acts || homeActs[strings.TrimRight(w, "0123456789")]
		if hw.demand == "" || hw.demand == hw.subject {
			hw.demand = w
		}
	case 'f':
		hw.fills++
	default:
		hw.unknown++
	}
}

// homeSplit splits a part made of two words of a housing notice's name
// run together (closingwire, thuenhadatcoc, rentdeposit), each of two
// letters or more, and reports them.
func homeSplit(p string) (a, b string, ok bool) {
	if len(p) < 5 || len(p) > 30 {
		return "", "", false
	}
	for i := 2; i <= len(p)-2; i++ {
		if k := homeKind(p[:i]); k == 0 || k == 't' || k == 'f' {
			continue
		}
		if k := homeKind(p[i:]); k != 0 && k != 't' {
			return p[:i], p[i:], true
		}
	}
	return "", "", false
}

// homeName returns the subject and the demand of a registrable label
// (site.Label()) made for a housing notice, as the comment at the top
// says, and whether it is one. suffix is the name's public suffix.
func homeName(label, suffix string) (subject, demand string, ok bool) {
	if len(label) > 60 || len(label) < 5 || strings.IndexByte(label, '-') < 0 || vnEnding(suffix) {
		return "", "", false
	}
	w, tld := abusedTLDOf(suffix)
	cheap := w > 0 || creatorCheapEndings[tld]
	var hw homeNameWords
	held, heldAt, at := "", 0, 0
	for part := range strings.SplitSeq(label, "-") {
		if part == "" || hw.unknown > 1 || hw.unknown == 1 && !cheap {
			return "", "", false
		}
		start := at
		at += len(part) + 1
		if held != "" {
			if w := homeApart[label[heldAt:at-1]]; w != "" {
				held = ""
				hw.count(w, homeKind(w))
				continue
			}
			if homeKind(held) == 't' {
				return "", "", false
			}
			hw.count(held, homeKind(held))
			held = ""
		}
		if homeStarts[part] {
			held, heldAt = part, start
			continue
		}
		k := homeKind(part)
		switch k {
		case 't':
			return "", "", false
		case 0:
			if a, b, ok := homeSplit(part); ok {
				hw.count(a, homeKind(a))
				hw.count(b, homeKind(b))
				continue
			}
		}
		hw.count(part, k)
	}
	if held != "" {
		if homeKind(held) == 't' {
			return "", "", false
		}
		hw.count(held, homeKind(held))
	}
	switch {
	case hw.unknown > 1 || hw.unknown == 1 && (!cheap || !hw.acts):
		return "", "", false
	case hw.subjects > 0 && hw.demands > 0 && hw.words-hw.fills >= 2 && (cheap || hw.acts && hw.words-hw.fills >= 3):
		// a housing subject and what its notice asks, on a cheap
		// ending or in three words with an act (rent-deposit-
		// secure.online, closing-wire-confirm.com,
		// thuenha-datcoc-nhanh.site; not rent-payment.com)
	default:
		return "", "", false
	}
	if hw.demand == "" {
		hw.demand = hw.subject
	}
	return hw.subject, hw.demand, true
}

func init() {
	for k, v := range map[string][2]string{
		"home_name": {
			"%[1]s is named for a notice sent to renters, landlords, buyers or home owners (%[2]s, %[3]s), as the sites of fake rental deposits, lease signings, closing wires, escrow releases and mortgage payoffs are",
			"%[1]s được đặt tên theo một thông báo gửi người thuê nhà, chủ nhà, người mua hoặc chủ sở hữu nhà (%[2]s, %[3]s), như các trang lừa đảo đặt cọc thuê nhà, ký hợp đồng, chuyển tiền công chứng, giải ngân vay mua nhà"},
	} {
		englishDetails[k], vietnameseDetails[k] = v[0], v[1]
	}
}
