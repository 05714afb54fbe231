package bot

import "strings"

// Brandless names made for a buyer's, a seller's or a parcel's notice
// (shop49). Marketplace scams send a seller a "buyer" who has paid
// through a safe deal, escrow or the courier and a page to confirm the
// pickup code, release the funds or withdraw the earnings on; parcel
// scams a fee, a COD charge, customs or a redelivery to pay; in
// Vietnamese an order (đơn hàng) to confirm (xác nhận), a refund (hoàn
// tiền), a redelivery (giao lại), a COD or delivery fee (phí COD, phí
// giao hàng), goods held in a warehouse (kho hàng) or at customs (hải
// quan). Their sites are named so, with no shop's name (safe-deal-
// escrow, seller-payout-release, market-pickup-secure, kho-hang-haiquan,
// giao-lai-don-hang), words scam44's notices, lure47's and work48's
// names do not read together. shopName reads such a registrable name at
// run time, hand-weighted outside the trainer's view: a subject of a
// buyer's or a parcel's notice (shopSubjects) with another or with what
// it asks (shopDemands), in three words, on a cheap ending or with a
// demand that acts on money; a trade's word (shopTrades: calculator,
// tracker, logistics, insurance) leaves the name unread, and no name
// under Vietnam's ending is read (vnEnding). Only a label with a hyphen
// is read: the words are split at hyphens, and a label without one pays
// one byte search.

// wShopName: a name made for a buyer's or a parcel's notice warns
// alone, as a notice's name does (wNoticeName)
const wShopName = wNoticeName

// shopSubjects are what a buyer's, a seller's or a parcel's notice is
// about: escrow, funds, earnings, a payout, a safe deal, a pickup and
// its code, an order, a refund, customs, a COD charge; in Vietnamese
// đơn hàng, hoàn tiền, giao lại, phí COD, phí giao (hàng), kho (hàng),
// hải quan, thông quan, nhận tiền, nhận hàng, thanh toán.
var shopSubjects = setOf("escrow", "funds", "earnings", "payout", "payouts", "safepay", "safedeal", "deal", "pickup",
	"order", "orders", "refund", "customs", "cod", "sold", "donhang", "hoantien", "giaolai", "phicod", "phigiao",
	"phigiaohang", "kho", "khohang", "haiquan", "thongquan", "nhantien", "nhanhang", "thanhtoan")

// shopHot are the subjects a scam's name is made of whatever stands
// beside them on a cheap ending: a fee only a courier's own site asks
// for, money held for a seller.
var shopHot = setOf("escrow", "safepay", "safedeal", "phicod", "phigiao", "phigiaohang", "haiquan", "thongquan",
	"hoantien", "giaolai")

// shopSoft are the subjects a shop's or a restaurant's own pages are
// named with too (order-pickup, deal-sold, cod-shop): on an ordinary
// ending they need one of the others beside them (shopName).
var shopSoft = setOf("deal", "order", "orders", "cod", "sold", "kho", "pickup")

// shopDemands are what such a notice asks or says: release, confirm,
// verify, claim, receive, withdraw, accept, pay, a code, a fee, protect;
// in Vietnamese xác nhận (confirm), nộp phí (pay a fee), nhận (receive).
var shopDemands = setOf("release", "released", "confirm", "confirmation", "verify", "verification", "claim", "receive",
	"received", "withdraw", "withdrawal", "accept", "payment", "pay", "code", "fee", "fees", "protect", "protection",
	"hold", "held", "pending", "xacnhan", "nopphi", "nhan")

// shopActs are the demands that act on money or an account (not a
// shop's ordinary words: payment, protection, code).
var shopActs = setOf("release", "released", "confirm", "verify", "verification", "claim", "receive", "received",
	"withdraw", "withdrawal", "accept", "xacnhan", "nopphi")

// shopPlain are the words of a buyer's and a seller's world that say
// nothing alone: a buyer, a seller, a marketplace, an item, shipping.
var shopPlain = setOf("buyer", "buyers", "seller", "sellers", "market", "marketplace", "item", "shipping", "courier",
	"delivery", "shipment", "insurance", "don", "hang")

// shopTraders are the plain words that name who deals: beside one a
// soft subject is read on any ending (market-pickup-secure.com).
var shopTraders = setOf("buyer", "buyers", "seller", "sellers", "market", "marketplace")

// shopFillers are the padding such a name has: secure, safe, a center.
var shopFillers = setOf("secure", "safe", "center", "centre", "online", "portal", "my", "your", "official", "service",
	"support", "hub", "desk", "now", "today", "ngay", "vn")

// shopTrades are words that say a site is a trade's, a guide's or a
// tool's, not a notice (escrow-calculator, order-tracker, cod-logistics,
// refund-policy-generator): the name is not read.
var shopTrades = setOf("calculator", "tracker", "guide", "guides", "tips", "blog", "news", "law", "lawyer", "attorney",
	"software", "app", "apps", "tool", "tools", "api", "logistics", "freight", "movers", "agency", "services", "company",
	"group", "inc", "llc", "ltd", "policy", "generator", "template", "templates", "academy", "course", "review",
	"reviews", "forum", "community", "wiki", "jobs", "careers", "bank", "title", "realty", "homes", "home", "property",
	"mortgage", "loan", "loans", "legal", "pizza", "food", "restaurant", "cafe", "taxi", "grill", "kitchen", "bakery",
	"curbside", "grocery", "flowers", "florist")

// shopApart are a notice's Vietnamese words written apart by a hyphen
// (don-hang, hoan-tien), and the one word shopKind knows them by.
var shopApart = map[string]string{"don-hang": "donhang", "hoan-tien": "hoantien", "giao-lai": "giaolai",
	"phi-cod": "phicod", "phi-giao": "phigiao", "kho-hang": "khohang", "hai-quan": "haiquan", "thong-quan": "thongquan",
	"nhan-tien": "nhantien", "nhan-hang": "nhanhang", "thanh-toan": "thanhtoan", "xac-nhan": "xacnhan",
	"nop-phi": "nopphi", "safe-pay": "safepay", "safe-deal": "safedeal", "pick-up": "pickup"}

// shopKind says what a word of such a name is: 't' a trade's, 's' a
// subject, 'd' a demand, 'p' a plain word, 'f' a filler, 0 none.
func shopKind(w string) byte {
	switch {
	case shopTrades[w]:
		return 't'
	case shopSubjects[w]:
		return 's'
	case shopDemands[w]:
		return 'd'
	case shopPlain[w]:
		return 'p'
	case shopFillers[w]:
		return 'f'
	}
	return 0
}

// shopWords counts what shopName found in a name.
type shopWords struct {
	subjects, demands, plain, unknown, words int
	hot, acts, strong                        bool
	// trader: a buyer's, a seller's or a market's word among the
	// plain ones
	trader          bool
	subject, demand string
}

// count adds the word w of kind k.
func (sw *shopWords) count(w string, k byte) {
	sw.words++
	switch k {
	case 's':
		sw.subjects++
		sw.hot = sw.hot || shopHot[w]
		sw.strong = sw.strong || !shopSoft[w]
		if sw.subject == "" {
			sw.subject = w
		}
	case 'd':
		sw.demands++
		sw.acts = sw.acts || shopActs[w]
		if sw.demand == "" {
			sw.demand = w
		}
	case 'p':
		sw.plain++
		sw.trader = sw.trader || shopTraders[w]
	case 'f':
	default:
		sw.unknown++
	}
}

// shopName returns the subject and the demand of a registrable label
// (site.Label()) made for a buyer's, a seller's or a parcel's notice, as
// the comment at the top says, and whether it is one. suffix is the
// name's public suffix.
func shopName(label, suffix string) (subject, demand string, ok bool) {
	if len(label) > 60 || strings.IndexByte(label, '-') < 0 || vnEnding(suffix) {
		return "", "", false
	}
	var sw shopWords
	// held: an unknown part kept, at label[heldAt:], to be read with
	// the next as one word written apart (don-hang: shopApart)
	held, heldAt, at := "", 0, 0
	for part := range strings.SplitSeq(label, "-") {
		if part == "" {
			return "", "", false
		}
		start := at
		at += len(part) + 1
		if held != "" {
			if w := shopApart[label[heldAt:at-1]]; w != "" {
				held = ""
				sw.count(w, shopKind(w))
				continue
			}
			sw.count(held, shopKind(held))
			held = ""
		}
		k := shopKind(part)
		if k == 't' {
			return "", "", false
		}
		if k != 's' && k != 'd' {
			// perhaps the first half of a word written apart
			held, heldAt = part, start
			continue
		}
		sw.count(part, k)
	}
	if held != "" {
		sw.count(held, shopKind(held))
	}
	w, tld := abusedTLDOf(suffix)
	cheap := w >= 0.15 || creatorCheapEndings[tld]
	known := sw.subjects + sw.demands
	switch {
	case sw.unknown > 1 || sw.subjects == 0 && (sw.plain == 0 || !cheap):
		return "", "", false
	case sw.subjects == 0:
		if sw.unknown > 0 || sw.demands == 0 || !sw.acts && sw.demands < 2 {
			return "", "", false
		}
		// a buyer's or a seller's plain word and what the page asks,
		// on a cheap ending (buyer-protection-center.online,
		// buyer-payment-received.site)
	case known >= 2 && sw.unknown == 0 && (cheap || sw.strong && (sw.words >= 3 || sw.acts || sw.hot && sw.subjects >= 2)):
		// what it is about and what it asks, or two subjects, in three
		// words, on a cheap ending or with a demand that acts on money
		// (safe-deal-escrow.com, seller-funds-verify.com,
		// giao-lai-don-hang.online)
	case known >= 2 && sw.unknown == 1 && cheap && (sw.acts || sw.hot) && sw.words >= 3:
		// the same beside one word of its own on a cheap ending
		// (xacnhan-donhang-<word>.online)
	case sw.unknown == 0 && sw.plain > 0 && (cheap || sw.words >= 3 && (sw.strong || sw.trader)) && known >= 1:
		// a subject beside a buyer's, a seller's or a market's plain
		// word (market-pickup-secure.com, safepay-marketplace.online)
	case cheap && sw.hot && sw.unknown == 0:
		// a fee or money held only a courier or a seller's escrow
		// asks for, on a cheap ending (phigiaohang-online.site)
	default:
		return "", "", false
	}
	if sw.subject == "" {
		sw.subject = sw.demand
	}
	if sw.demand == "" {
		sw.demand = sw.subject
	}
	return sw.subject, sw.demand, true
}

func init() {
	for k, v := range map[string][2]string{
		"shop_name": {
			"%[1]s is named for a notice sent to a buyer, a seller or a parcel's addressee (%[2]s, %[3]s), as the sites of fake escrow, safe-deal, payout, order-refund and parcel-fee pages are",
			"%[1]s được đặt tên theo một thông báo gửi người mua, người bán hay người nhận hàng (%[2]s, %[3]s), như các trang lừa đảo giữ tiền trung gian, nhận tiền bán hàng, hoàn tiền đơn hàng và thu phí giao hàng"},
	} {
		englishDetails[k], vietnameseDetails[k] = v[0], v[1]
	}
}
