package bot

import "strings"

// Brandless names made for a utility's or a carrier's notice (bill50).
// Bill scams tell a customer the power, the gas or the water will be
// shut off for a bill overdue, that a refund or a rebate is owed, that a
// payment failed; line scams that a SIM swap or a port-out was asked
// for, that an eSIM must be activated or upgraded, that points expire;
// in Vietnamese that a subscriber's details must be registered (chuẩn
// hóa thuê bao) or the SIM is blocked both ways (khóa SIM 2 chiều), that
// the power bill (tiền điện, hóa đơn) must be paid before a cut (cắt
// điện), that an eSIM upgrade (nâng cấp eSIM) or points (đổi điểm, tích
// điểm) wait. Their sites are named so with no company's name
// (power-shutoff-notice, esim-upgrade-now, port-out-cancel,
// chuanhoa-thuebao, khoa-sim-2chieu, hoadon-tiendien), words scam44's
// notices and the other builders' names do not read together. billName
// reads such a registrable name at run time, hand-weighted outside the
// trainer's view: a subject of a bill or a line notice (billSubjects)
// beside what it asks (billDemands), in three words, on a cheap ending
// or with a subject only such a notice names (billHot); a trade's word
// (billNameTrades: compare, calculator, tracker, forum, shop) leaves the
// name unread, and no name under Vietnam's ending is read (vnEnding).
// Only a label with a hyphen is read: the words are split at hyphens,
// and a label without one pays one byte search.

// wBillName: a name made for a bill or a line notice warns alone, as a
// notice's name does (wNoticeName).
const wBillName = wNoticeName

// billSubjects are what a bill or a line notice is about: a bill, the
// power, gas, water or broadband, a phone line, a SIM or an eSIM, a
// number, points or rewards; in Vietnamese hóa đơn, tiền điện, tiền
// nước, cước, thuê bao, SIM, eSIM, điểm, nhà mạng, 4G, 5G.
var billSubjects = setOf("bill", "bills", "billing", "electric", "electricity", "power", "energy", "gas", "water",
	"utility", "utilities", "broadband", "internet", "phone", "mobile", "sim", "simcard", "esim", "number", "line",
	"points", "rewards", "hoadon", "tiendien", "tiennuoc", "dien", "nuoc", "cuoc", "thuebao", "diem", "nhamang", "4g", "5g", "khoasim", "portout", "simswap")

// billHot are the subjects only a bill's or a line's notice names
// whatever stands beside them on a cheap ending or in three words: an
// eSIM, a subscriber, the power or the water bill, a SIM blocked.
var billHot = setOf("esim", "thuebao", "tiendien", "tiennuoc", "hoadon", "khoasim", "simcard", "portout", "simswap")

// billDemands are what such a notice says or asks: overdue, unpaid, a
// disconnection, a shut-off, a refund, a rebate, a payment failed,
// suspended, a swap, a port-out, a transfer to stop, an activation, an
// upgrade, points to redeem before they expire; in Vietnamese khóa (to
// block), 2 chiều (both ways), cắt (a cut), chuẩn hóa (to register),
// nâng cấp (upgrade), đổi điểm, tích điểm, đổi quà (redeem points, a
// gift), ưu đãi (a deal), thanh toán (pay), hoàn tiền (money back), cập
// nhật (update), kích hoạt (activate), nợ cước (a charge owed).
var billDemands = setOf("overdue", "pastdue", "unpaid", "disconnect", "disconnection", "disconnected", "shutoff",
	"cutoff", "refund", "rebate", "failed", "declined", "suspended", "suspension", "swap", "port", "transfer", "cancel", "stop", "activate", "activation", "upgrade", "redeem", "expire", "expiring", "expired",
	"claim", "verify", "update", "pay", "payment", "blocked", "block", "owed", "due", "notice", "khoa", "2chieu",
	"catdien", "catnuoc", "catmang", "cat", "chuanhoa", "nangcap", "doidiem", "tichdiem", "doiqua", "uudai",
	"thanhtoan", "hoantien", "capnhat", "kichhoat", "nocuoc", "thongbao")

// billActs are the demands that act on a customer's line or money, not
// a shop's or a guide's ordinary words (pay, payment, update, transfer,
// notice); ưu đãi (a deal) beside a line's data is the carriers' scams'
// own word.
var billActs = setOf("overdue", "pastdue", "unpaid", "disconnect", "disconnection", "disconnected", "shutoff",
	"cutoff", "refund", "rebate", "failed", "declined", "suspended", "suspension", "swap", "stop",
	"redeem", "expire", "expiring", "expired", "claim", "blocked", "block", "owed", "khoa", "2chieu", "catdien",
	"catnuoc", "catmang", "chuanhoa", "nangcap", "doidiem", "doiqua", "hoantien", "nocuoc", "uudai")

// billFillers are the padding such a name has: now, today, a center,
// online, your, secure, a customer's.
var billFillers = setOf("now", "today", "online", "center", "centre", "portal", "secure", "your", "my", "service",
	"services", "customer", "support", "desk", "official", "ngay", "vn", "new", "fast", "nhanh",
	// data is a developer's subject as often (data-transfer-stop):
	// beside a line's deal (ưu đãi data 4G) it says nothing alone
	"data")

// billNameTrades are words that say a site is a trade's, a guide's or a
// tool's, not a notice (energy-compare, power-bill-calculator,
// sim-card-shop, esim-tools, esim-store, points-api): the name is not
// read.
var billNameTrades = setOf("compare", "comparison", "calculator", "tracker", "guide", "guides", "tips", "blog",
	"news", "forum", "forums", "community", "wiki", "review", "reviews", "shop", "store", "deals", "deal", "plans",
	"plan", "tools", "tool", "api", "sdk", "app", "apps", "dev", "lab", "labs", "solar", "install", "installer",
	"repair", "plumbing", "plumber", "electrician", "contractor", "contractors", "hvac", "heating", "cooling", "company",
	"co", "inc", "llc", "ltd", "group", "coop", "cooperative", "district", "authority", "association", "works",
	"project", "projects", "map", "maps", "coverage", "speed", "speedtest", "test", "museum", "park", "station",
	"stations", "bank", "market", "markets", "trading", "exchange", "game", "games", "club", "law", "legal",
	"lawyer", "attorney", "assistance", "help", "relief", "program", "programs", "saver", "savers", "save",
	"switch", "cheap", "best", "top", "reader", "writer", "manager", "kit", "card", "cards")

// billApart are a notice's words written apart by a hyphen
// (chuan-hoa, thue-bao, tien-dien, shut-off, port-out) and the one
// word billKind knows them by.
var billApart = map[string]string{"chuan-hoa": "chuanhoa", "thue-bao": "thuebao", "tien-dien": "tiendien",
	"tien-nuoc": "tiennuoc", "hoa-don": "hoadon", "cat-dien": "catdien", "cat-nuoc": "catnuoc", "cat-mang": "catmang",
	"khoa-sim": "khoasim", "nang-cap": "nangcap", "doi-diem": "doidiem", "tich-diem": "tichdiem", "doi-qua": "doiqua",
	"uu-dai": "uudai", "thanh-toan": "thanhtoan", "hoan-tien": "hoantien", "cap-nhat": "capnhat",
	"kich-hoat": "kichhoat", "no-cuoc": "nocuoc", "thong-bao": "thongbao", "nha-mang": "nhamang",
	"shut-off": "shutoff", "cut-off": "cutoff", "port-out": "portout", "past-due": "pastdue", "e-sim": "esim",
	"sim-card": "simcard", "2-chieu": "2chieu"}

// billWordKind says what a word of such a name is: 't' a trade's, 's'
// a subject, 'd' a demand, 'f' a filler, 0 none.
func billWordKind(w string) byte {
	switch {
	case billNameTrades[w]:
		return 't'
	case billSubjects[w]:
		return 's'
	case billDemands[w]:
		return 'd'
	case billFillers[w]:
		return 'f'
	}
	return 0
}

// billWords counts what billName found in a name.
type billWords struct {
	subjects, demands, unknown, words int
	hots                              int // subjects of billHot
	hot, acts                         bool
	subject, demand                   string
}

// count adds the word w of kind k.
func (bw *billWords) count(w string, k byte) {
	bw.words++
	switch k {
	case 's':
		bw.subjects++
		if billHot[w] {
			bw.hot = true
			bw.hots++
		}
		if bw.subject == "" {
			bw.subject = w
		}
	case 'd':
		bw.demands++
		bw.acts = bw.acts || billActs[w]
		if bw.demand == "" {
			bw.demand = w
		}
	case 'f':
	default:
		bw.unknown++
	}
}

// billName returns the subject and the demand of a registrable label
// (site.Label()) made for a bill's or a line's notice, as the comment at
// the top says, and whether it is one. suffix is the name's public
// suffix.
func billName(label, suffix string) (subject, demand string, ok bool) {
	if len(label) > 60 || strings.IndexByte(label, '-') < 0 || vnEnding(suffix) {
		return "", "", false
	}
	var bw billWords
	// held: an unknown part kept, at label[heldAt:], to be read with
	// the next as one word written apart (chuan-hoa: billApart)
	held, heldAt, at := "", 0, 0
	for part := range strings.SplitSeq(label, "-") {
		if part == "" {
			return "", "", false
		}
		start := at
		at += len(part) + 1
		if held != "" {
			if w := billApart[label[heldAt:at-1]]; w != "" {
				held = ""
				bw.count(w, billWordKind(w))
				continue
			}
			bw.count(held, billWordKind(held))
			held = ""
		}
		k := billWordKind(part)
		if k == 't' {
			return "", "", false
		}
		if k != 'd' || part == "port" || part == "cat" || part == "khoa" {
			// perhaps the first half of a word written apart
			held, heldAt = part, start
			continue
		}
		bw.count(part, k)
	}
	if held != "" {
		bw.count(held, billWordKind(held))
	}
	if bw.subjects == 0 || bw.demands == 0 && bw.hots < 2 || bw.unknown > 1 {
		return "", "", false
	}
	w, tld := abusedTLDOf(suffix)
	cheap := w >= 0.15 || creatorCheapEndings[tld]
	switch {
	case bw.unknown == 0 && cheap && (bw.acts || bw.hot):
		// what it is about and what it asks on a cheap ending
		// (power-shutoff-notice.top, esim-upgrade-now.online)
	case bw.unknown == 0 && bw.acts && (bw.words >= 3 || bw.hot):
		// the same in three words or beside a subject only such a
		// notice names (power-shutoff-notice.com,
		// chuanhoa-thuebao.com)
	case bw.unknown == 0 && bw.hot && bw.words >= 3:
		// a subject only such a notice names beside two of its words
		// (hoadon-tiendien-thanhtoan.com)
	case bw.unknown == 0 && bw.hots >= 2:
		// two subjects only such a notice names (hoadon-tiendien.com)
	case bw.unknown == 1 && cheap && bw.acts && bw.hot:
		// the same beside one word of its own on a cheap ending
	default:
		return "", "", false
	}
	return bw.subject, bw.demand, true
}

func init() {
	for k, v := range map[string][2]string{
		"bill_name": {
			"%[1]s is named for a utility's or a carrier's notice (%[2]s, %[3]s), as the sites of fake bill, shut-off, refund, SIM-swap, eSIM and points pages are",
			"%[1]s được đặt tên theo một thông báo của công ty điện, nước hay nhà mạng (%[2]s, %[3]s), như các trang lừa đảo hóa đơn, cắt điện, hoàn tiền, khóa SIM, nâng cấp eSIM và đổi điểm"},
	} {
		englishDetails[k], vietnameseDetails[k] = v[0], v[1]
	}
}
