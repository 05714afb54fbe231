package bot

import "strings"

// Brandless names made for a travel notice (trip49). Travellers are sent
// notices and offers that name no protected brand: an e-visa or a
// travel authorisation (ETIAS, ESTA, eTA) to apply for or pay, a visa
// appointment slot, a passport renewed fast, an airport fast track,
// tickets cheap or at cost, miles or points about to expire, a refund or
// a compensation for a flight, a boarding pass or a check-in; in
// Vietnamese a passport (hộ chiếu) issued fast (cấp nhanh), a visa
// applied for (xin visa), air, train or coach tickets (vé máy bay, vé
// tàu, vé xe) cheap (giá rẻ) or at cost (giá gốc), a refunded ticket
// (hoàn vé), miles redeemed (đổi dặm). Their sites are named so
// (etias-travel-permit, esta-usa-form, visa-slot-express,
// hochieu-cap-nhanh, vexe-tet-gia-goc, flight-refund-claim), words no
// lure list, scam44's notices, lure47's or work48's knew. tripName reads
// such a registrable name at run time, hand-weighted outside the
// trainer's view: a travel paper (tripPapers) beside what it asks
// (tripDemands); travel goods (tripGoods) beside a demand that acts on
// a booking or an account (tripActs), or two of their words on a cheap
// ending. A word that says the site is a trade's, a guide's or a
// tracker's (tripTrades: visa-guide, flight-status-tracker,
// points-and-miles-blog, cheap-flights-news) leaves the name unread, and
// no name under Vietnam's ending is read (vnEnding: a Vietnamese
// agency's own site is named so there, ve-may-bay-gia-re.vn). Only a
// name written with a hyphen is read: a name run together
// (cheapflights, visaguide) is a firm's as often as not, and the reading
// costs a name without a hyphen nothing.

// wTripName: a name made for a travel notice warns alone, as a notice's
// name does (wNoticeName)
const wTripName = wNoticeName

// tripPapers are the papers a border asks for, as a notice's site names
// them: an e-visa, a visa, a travel authorisation (ETIAS, ESTA, eTA,
// K-ETA), a permit, a passport; in Vietnamese hộ chiếu (passport),
// thị thực (visa).
var tripPapers = setOf("evisa", "visa", "visas", "eta", "keta", "etias", "esta", "permit", "authorization",
	"authorisation", "travelauthorization", "travelauthorisation", "passport", "passports", "immigration",
	"hochieu", "thithuc")

// tripEPapers are the electronic travel authorisations a government
// issues online (an e-visa, ETIAS, ESTA, eTA, K-ETA), which middlemen
// resell: beside what a notice asks they are read with a country's or a
// portal's word as the third (evisa-vietnam-express). A visa, a
// passport or a permit is a paper agencies help with openly
// (vietnam-visa-express, thailand-visa-application, permit-application-
// portal): beside a demand it needs three words of a notice's own or a
// cheap ending.
var tripEPapers = setOf("evisa", "eta", "keta", "etias", "esta", "travelauthorization", "travelauthorisation")

// tripGoods are what a traveller buys or holds, as a notice's site names
// it: tickets, flights, a boarding pass, a check-in, miles, points, a
// voucher, a hotel booking; in Vietnamese vé máy bay, vé tàu, vé xe
// (air, train, coach tickets), vé, đặt phòng (a room booked), khách sạn
// (hotel), tour, du lịch (travel).
var tripGoods = setOf("ticket", "tickets", "flight", "flights", "airfare", "airfares", "boardingpass", "checkin",
	"miles", "points", "frequentflyer", "voucher", "vouchers", "hotel", "hotels", "vemaybay", "vetau", "vexe", "ve",
	"datphong", "datve", "khachsan", "tour", "dulich", "maybay")

// tripDemands are what a travel notice asks or offers: apply, an
// application, a form, a renewal, express, fast, urgent, a slot, an
// appointment, a fee, a claim, a redemption, an expiry, a refund, a
// compensation, cheap, at cost, free, a discount, a deal; in Vietnamese
// nhanh (fast), cấp (issue), làm (make), xin (apply for), gia hạn
// (renew), hoàn vé (refund a ticket), hoàn tiền (money back), đổi dặm
// (redeem miles), giá rẻ, giá gốc (cheap, at cost), khuyến mãi, ưu đãi
// (a deal), miễn phí (free).
var tripDemands = setOf("apply", "application", "applications", "form", "forms", "renewal", "renew", "express",
	"fast", "fasttrack", "urgent", "slot", "slots", "appointment", "appointments", "fee", "fees", "claim", "redeem",
	"redemption", "expire", "expiring", "expiry", "expired", "refund", "refunds", "compensation", "cheap", "free",
	"discount", "deal", "deals", "pay", "payment", "confirm", "confirmation", "verify", "checkin", "nhanh", "cap",
	"lam", "xin", "giahan", "hoanve", "hoantien", "doidam", "doidiem", "giare", "giagoc", "khuyenmai", "uudai",
	"mienphi", "tangve")

// tripActs are the tripDemands that act on a booking, an account or
// money (not a shop's or a guide's ordinary words): a claim, a
// redemption, an expiry, a refund, a compensation, a payment to verify;
// in Vietnamese hoàn vé, hoàn tiền, đổi dặm, đổi điểm, tặng vé.
var tripActs = setOf("claim", "redeem", "redemption", "expire", "expiring", "expiry", "expired", "refund",
	"refunds", "compensation", "pay", "payment", "confirm", "confirmation", "verify", "hoanve", "hoantien", "doidam",
	"doidiem", "tangve")

// tripCarries are the Vietnamese demands that name their goods too:
// hoàn vé (refund a ticket), đổi dặm, đổi điểm (redeem miles, points),
// tặng vé (a free ticket); each counts as goods as well
// (doi-dam-bay.online, hoan-ve-online.top).
var tripCarries = setOf("hoanve", "doidam", "doidiem", "tangve")

// tripTrades are words that say a site is a trade's, a guide's, a
// tracker's or a firm's, not a notice (visa-guide, flight-status-tracker,
// points-and-miles-blog, passport-photo-studio, visa-lawyer): the name
// is not read.
var tripTrades = setOf("guide", "guides", "blog", "news", "tips", "review", "reviews", "tracker", "tracking",
	"status", "radar", "map", "maps", "info", "forum", "community", "club", "wiki", "law", "lawyer", "lawyers",
	"attorney", "consulting", "consultant", "photo", "photos", "studio", "school", "academy", "magazine",
	"podcast", "calculator", "compare", "comparison", "search", "engine", "api", "app", "software", "data",
	"university", "college", "jobs", "careers", "insurance", "tintuc", "kinhnghiem", "review", "camnang")

// tripFillers are the padding of a travel notice's name: a portal, a
// desk, a centre, a service, online, official, travel, airport, a
// country's or a region's name.
var tripFillers = setOf("portal", "desk", "center", "centre", "service", "services", "online", "official", "secure",
	"gov", "travel", "trip", "airport", "airline", "airlines", "air", "bay", "tet", "usa", "us", "uk", "eu", "europe",
	"european", "schengen", "vietnam", "vn", "canada", "australia", "japan", "korea", "india", "thailand",
	"china", "turkey", "uae", "dubai", "global", "international", "intl", "now", "today", "my", "your", "page",
	"site", "web", "hub", "team", "request", "requests", "onl", "ngay", "gia", "re", "goc")

// tripApart are a travel notice's words of two written apart by a
// hyphen, as Vietnamese writes its syllables and English its compounds
// (ho-chieu, hoan-ve, gia-re, fast-track, boarding-pass, check-in), and
// the one word tripKind knows them by.
var tripApart = map[string]string{"ho-chieu": "hochieu", "thi-thuc": "thithuc", "hoan-ve": "hoanve",
	"hoan-tien": "hoantien", "doi-dam": "doidam", "doi-diem": "doidiem", "gia-re": "giare", "gia-goc": "giagoc",
	"gia-han": "giahan", "khuyen-mai": "khuyenmai", "uu-dai": "uudai", "mien-phi": "mienphi", "tang-ve": "tangve",
	"dat-phong": "datphong", "dat-ve": "datve", "khach-san": "khachsan", "du-lich": "dulich", "may-bay": "maybay",
	"ve-tau": "vetau", "ve-xe": "vexe", "fast-track": "fasttrack", "boarding-pass": "boardingpass",
	"check-in": "checkin", "frequent-flyer": "frequentflyer", "e-visa": "evisa", "k-eta": "keta"}

// tripKind says what a word of a travel notice's name is: 't' a trade's,
// 'p' a paper, 'g' goods, 'd' a demand, 'f' a filler, 0 none.
func tripKind(w string) byte {
	switch {
	case tripTrades[w]:
		return 't'
	case tripPapers[w]:
		return 'p'
	case tripGoods[w]:
		return 'g'
	case tripDemands[w]:
		return 'd'
	case tripFillers[w]:
		return 'f'
	}
	return 0
}

// tripWords counts what tripName found in a name.
type tripWords struct {
	papers, goods, demands, unknown, words int
	fills                                  int // fillers among words
	epapers                                int // tripEPapers among papers
	acts                                   bool
	subject, demand                        string
}

// count adds the word w of kind k.
func (tw *tripWords) count(w string, k byte) {
	tw.words++
	switch k {
	case 'p', 'g':
		if k == 'p' {
			tw.papers++
			if tripEPapers[w] {
				tw.epapers++
			}
		} else {
			tw.goods++
		}
		if tw.subject == "" {
			tw.subject = w
		}
	case 'd':
		if tripCarries[w] {
			// hoàn vé, đổi dặm: the goods are in the word
			tw.goods++
			if tw.subject == "" {
				tw.subject = w
			}
		}
		tw.demands++
		tw.acts = tw.acts || tripActs[w]
		if tw.demand == "" {
			tw.demand = w
		}
	case 'f':
		tw.fills++
	default:
		tw.unknown++
	}
}

// tripSplit splits a part made of two words of a travel notice's name
// run together (lamhochieu, vexetet, visaslot), each of two letters or
// more, and reports them.
func tripSplit(p string) (a, b string, ok bool) {
	if len(p) < 5 || len(p) > 30 {
		return "", "", false
	}
	for i := 2; i <= len(p)-2; i++ {
		if k := tripKind(p[:i]); k == 0 || k == 't' {
			continue
		}
		if k := tripKind(p[i:]); k != 0 && k != 't' {
			return p[:i], p[i:], true
		}
	}
	return "", "", false
}

// tripName returns the subject and the demand of a registrable label
// (site.Label()) made for a travel notice, as the comment at the top
// says, and whether it is one. suffix is the name's public suffix.
func tripName(label, suffix string) (subject, demand string, ok bool) {
	if len(label) > 60 || len(label) < 5 || strings.IndexByte(label, '-') < 0 || vnEnding(suffix) {
		return "", "", false
	}
	w, tld := abusedTLDOf(suffix)
	cheap := w > 0 || creatorCheapEndings[tld]
	var tw tripWords
	// held: an unknown part kept, at label[heldAt:], to be read with the
	// next as one word written apart (ho-chieu, fast-track: tripApart)
	held, heldAt, at := "", 0, 0
	for part := range strings.SplitSeq(label, "-") {
		if part == "" || tw.unknown > 1 || tw.unknown == 1 && !cheap {
			// an unknown word too many leaves the name unread
			// (below): the rest is not split nor looked up
			return "", "", false
		}
		start := at
		at += len(part) + 1
		if held != "" {
			if w := tripApart[label[heldAt:at-1]]; w != "" {
				held = ""
				tw.count(w, tripKind(w))
				continue
			}
			tw.count(held, tripKind(held))
			held = ""
		}
		if _, apart := tripStarts[part]; apart {
			held, heldAt = part, start
			continue
		}
		k := tripKind(part)
		switch k {
		case 't':
			return "", "", false
		case 0:
			if a, b, ok := tripSplit(part); ok {
				tw.count(a, tripKind(a))
				tw.count(b, tripKind(b))
				continue
			}
		}
		tw.count(part, k)
	}
	if held != "" {
		tw.count(held, tripKind(held))
	}
	switch {
	case tw.unknown > 1 || tw.unknown == 1 && !cheap:
		return "", "", false
	case tw.papers > 0 && tw.demands > 0 && (cheap || tw.words-tw.fills >= 3 || tw.words >= 3 && tw.epapers > 0):
		// a border's paper and what its notice asks, in three words or
		// on a cheap ending (esta-usa-form.top, visa-slot-express,
		// hochieu-cap-nhanh, passport-renewal-fast; not giahan-visa.com,
		// a forum's, nor visa-application.com, a guide's)
	case tw.papers >= 2 && (cheap || tw.words-tw.fills >= 3 || tw.words >= 3 && tw.epapers > 0) || tw.papers > 0 && cheap && tw.unknown == 0 && tw.words >= 2:
		// two papers (etias-travel-permit), or one with a country's or
		// a portal's word on a cheap ending (vietnam-evisa-online.site)
	case tw.goods > 0 && tw.acts && (tw.demands >= 2 || tw.words >= 3 || cheap):
		// travel goods and a demand that acts on a booking or money
		// (flight-refund-claim, miles-expiring-redeem,
		// hotel-voucher-claim.site)
	case tw.goods > 0 && tw.goods+tw.demands >= 2 && cheap && tw.unknown == 0:
		// two of a notice's words about travel goods on a cheap ending
		// (cheap-flight-tickets.top, ve-may-bay-gia-re.top,
		// boarding-pass-checkin.online)
	default:
		return "", "", false
	}
	if tw.demand == "" {
		tw.demand = tw.subject
	}
	return tw.subject, tw.demand, true
}

// tripStarts are the first halves of tripApart's words: a part that is
// one is held to be read with the next.
var tripStarts = func() map[string]struct{} {
	m := map[string]struct{}{}
	for k := range tripApart {
		m[k[:strings.IndexByte(k, '-')]] = struct{}{}
	}
	return m
}()

func init() {
	for k, v := range map[string][2]string{
		"trip_name": {
			"%[1]s is named for a notice sent to travellers (%[2]s, %[3]s), as the sites of fake e-visas, travel authorisations, visa slots, cheap tickets, refunds and expiring miles are",
			"%[1]s được đặt tên theo một thông báo gửi người đi du lịch (%[2]s, %[3]s), như các trang lừa đảo làm visa, hộ chiếu, bán vé giá rẻ, hoàn vé và đổi dặm bay"},
	} {
		englishDetails[k], vietnameseDetails[k] = v[0], v[1]
	}
}
