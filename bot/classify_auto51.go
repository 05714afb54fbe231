package bot

import "strings"

// Brandless names made for a car's, a driver's or a pet's notice
// (auto51). Car scams sell a VIN or history report, book a recall's
// repair, approve a car loan with no credit check, hold a buyer's money
// in a fake escrow or a seller's payout; parking and charging scams
// fine an unpaid session; driver scams promise a bonus or hold earnings
// until documents are sent; pet scams take a puppy's or a kitten's
// deposit, then a shipping, crate, customs or quarantine fee; in
// Vietnamese xe thanh lý (cars sold off cheap), trả góp 0 đồng
// (instalments with nothing down), duyệt vay (a loan approved), đăng
// kiểm (an inspection's booking and fee), tài xế nhận thưởng (a
// driver's bonus), chó/mèo thuần chủng (purebred dogs and cats), kiểm
// dịch, vận chuyển (quarantine, shipping). Their sites are named so with
// no company's name (vin-report-instant, recall-notice-booking,
// autoloan-approved-today, parking-fine-unpaid, driver-bonus-claim,
// puppy-shipping-crate, xethanhly-gia-re, taixe-thuong-tet,
// kiemdich-vanchuyen-pet), words the other builders' names do not read
// together. autoName reads such a registrable name at run time,
// hand-weighted outside the trainer's view: a subject of a car, a
// driver or a pet notice (autoSubjects) beside what it asks
// (autoDemands), in three words, on a cheap ending or with a subject
// only such a notice names (autoHot); a trade's word (autoNameTrades:
// forum, review, dealer, parts, rescue, grooming, decoder) leaves the
// name unread, and no name under Vietnam's ending is read (vnEnding).
// Only a label with a hyphen is read: a label without one pays one byte
// search.

// wAutoName: a name made for a car, a driver or a pet notice warns
// alone, as a notice's name does (wNoticeName).
const wAutoName = wNoticeName

// autoSubjects are what such a notice is about: a car, a vehicle, a
// VIN, a recall, a car loan, charging, parking, a permit, a driver, a
// rideshare, a puppy, a kitten, a pet, a breeder, a kennel, and breeds
// sold so; in Vietnamese xe, ô tô, xe máy, tài xế, thú cưng, chó, mèo.
var autoSubjects = setOf("car", "cars", "auto", "vehicle", "vehicles", "vin", "recall", "recalls", "carloan",
	"autoloan", "ev", "charging", "charger", "parking", "permit", "driver", "drivers", "rideshare", "dasher",
	"rider", "puppy", "puppies", "kitten", "kittens", "pet", "pets", "dog", "dogs", "cat", "cats", "breeder",
	"breeders", "kennel", "maltipoo", "pomeranian", "frenchie", "yorkie", "corgi", "goldendoodle", "cavapoo",
	"cockapoo", "husky", "bulldog", "dachshund", "poodle", "retriever", "sphynx", "ragdoll", "bengal", "shihtzu",
	"chihuahua", "labrador", "doodle", "maltese", "pomsky", "teacup", "shepherd", "batu",
	"xe", "oto", "xemay", "xethanhly", "taixe", "thucung", "cho", "meo", "anh", "long", "ngan", "alaska", "husky")

// autoHot are the subjects only a car, a driver or a pet notice names
// whatever stands beside them on a cheap ending or in three words: a
// VIN, a recall, a car loan, a puppy, a kitten, a breeder, a kennel, a
// driver's platform's words, xe thanh lý, tài xế, thú cưng.
var autoHot = setOf("vin", "recall", "recalls", "carloan", "autoloan", "rideshare", "dasher", "puppy", "puppies",
	"kitten", "kittens", "breeder", "breeders", "kennel", "xethanhly", "taixe", "thucung", "teacup")

// autoDemands are what such a notice says or asks: a report, a
// history, a check, an instant offer, an escrow, a payout, a release, a
// deposit, shipping, delivery, transport, a crate, customs, quarantine,
// a fee, a loan approved, a booking, a repair, a refund, a bonus,
// earnings, documents, a claim, a payment, an unpaid charge, a fine, a
// penalty; in Vietnamese thanh lý, giá rẻ, trả góp, 0 đồng, duyệt vay,
// đăng kiểm, nộp phí, lịch hẹn, thưởng, nhận thưởng, tuyển, hải quan,
// kiểm dịch, vận chuyển, đặt cọc, hoàn tiền, chiết khấu, thuần chủng.
var autoDemands = setOf("report", "history", "check", "instant", "offer", "escrow", "payout", "release", "hold",
	"deposit", "shipping", "delivery", "transport", "crate", "customs", "quarantine", "clearance", "fee", "fees",
	"loan", "approved", "preapproved", "preapproval", "approval", "booking", "schedule", "notice", "repair", "refund",
	"bonus", "earnings", "documents", "claim", "pay", "payment", "unpaid", "fine", "penalty", "violation",
	"thanhly", "giare", "tragop", "0dong", "duyetvay", "vay", "dangkiem", "nopphi", "lichhen", "thuong",
	"nhanthuong", "tuyen", "haiquan", "kiemdich", "vanchuyen", "datcoc", "hoantien", "chietkhau", "thuanchung")

// autoActs are the demands that act on a buyer's, a driver's or an
// owner's money or papers, not a shop's or a guide's ordinary words
// (report, history, check, booking, delivery, notice, an instant
// offer's instant: instant-car-offer.com is a dealer's; rev51a).
var autoActs = setOf("escrow", "payout", "release", "hold", "deposit", "crate", "customs", "quarantine",
	"clearance", "fee", "fees", "approved", "preapproved", "preapproval", "refund", "bonus", "claim",
	"unpaid", "fine", "penalty", "violation", "thanhly", "tragop", "0dong", "duyetvay", "nopphi",
	"thuong", "nhanthuong", "haiquan", "kiemdich", "datcoc", "hoantien", "chietkhau", "dangkiem")

// autoFillers are the padding such a name has: now, today, online,
// secure, your, home, a fast one; in Vietnamese ngay, nhanh, cũ (used),
// ngân hàng (a bank's), Tết; and how a pet seller says the animal
// travels (an airline, an airport, express).
var autoFillers = setOf("now", "today", "online", "center", "centre", "portal", "secure", "your", "my", "official",
	"home", "fast", "new", "nhanh", "ngay", "cu", "nganhang", "tet", "gia", "re", "congnghe", "lich",
	"for", "sale", "available", "the", "vn", "uk", "us",
	// how a pet seller says the animal travels (pet-airline-crate)
	"airline", "airport", "express", "travel")

// autoNameTrades are words that say a site is a trade's, a guide's or a
// tool's, not a notice (vin-decoder, car-repair-shop, puppy-training,
// dog-rescue, ev-charging-map, parking-lot-design): the name is not
// read.
var autoNameTrades = setOf("forum", "forums", "club", "community", "review", "reviews", "news", "blog", "guide",
	"guides", "tips", "wiki", "parts", "accessories", "dealer", "dealers", "dealership", "shop", "store", "supply",
	"supplies", "food", "grooming", "groomer", "training", "trainer", "rescue", "shelter", "adoption", "hospital",
	"clinic", "vet", "vets", "insurance", "quote", "quotes", "compare", "calculator", "wash", "detailing", "rental",
	"rentals", "hire", "school", "driving", "lesson", "lessons", "museum", "show", "racing", "garage", "api", "sdk",
	"app", "apps", "github", "project", "map", "maps", "locator", "finder", "station", "stations", "network",
	"software", "system", "data", "decoder", "lookup", "design", "sitting", "walker", "walking", "photo", "photos",
	"art", "toys", "toy", "bed", "beds", "gear", "club", "association", "society", "foundation", "jobs", "law",
	"lawyer", "attorney", "diendan", "tintuc", "danhgia", "phutung", "suachua", "baoduong", "rua", "cuuho", "spa",
	"cattia", "thuy", "benhvien", "phongkham", "cuahang", "thue")

// autoApart are a notice's words written apart by a hyphen and the
// one word autoWordKind knows them by.
var autoApart = map[string]string{"xe-thanhly": "xethanhly", "thanh-ly": "thanhly", "gia-re": "giare",
	"tra-gop": "tragop", "0-dong": "0dong", "duyet-vay": "duyetvay", "dang-kiem": "dangkiem", "nop-phi": "nopphi",
	"lich-hen": "lichhen", "tai-xe": "taixe", "nhan-thuong": "nhanthuong", "hai-quan": "haiquan",
	"kiem-dich": "kiemdich", "van-chuyen": "vanchuyen", "dat-coc": "datcoc", "hoan-tien": "hoantien",
	"chiet-khau": "chietkhau", "thu-cung": "thucung", "thuan-chung": "thuanchung", "xe-may": "xemay",
	"car-loan": "carloan", "french-bulldog": "bulldog", "english-bulldog": "bulldog", "golden-retriever": "retriever",
	"shih-tzu": "shihtzu", "german-shepherd": "shepherd", "ba-tu": "batu", "anh-long": "anh", "auto-loan": "autoloan", "pre-approved": "preapproved", "ride-share": "rideshare",
	"o-to": "oto",
	// a breed's two halves (golden-doodle-puppies.site; rev51a)
	"golden-doodle": "goldendoodle", "yorkshire-terrier": "yorkie", "siberian-husky": "husky"}

// autoWordKind says what a word of such a name is: 't' a trade's, 's'
// a subject, 'd' a demand, 'f' a filler, 0 none.
func autoWordKind(w string) byte {
	switch {
	case autoNameTrades[w]:
		return 't'
	case autoSubjects[w]:
		return 's'
	case autoDemands[w]:
		return 'd'
	case autoFillers[w]:
		return 'f'
	}
	return 0
}

// autoWords counts what autoName found in a name.
type autoWords struct {
	subjects, demands, unknown, words int
	hot, acts                         bool
	// coined: a hot subject that is no English word (taixe, thucung,
	// xethanhly, vin; rev51a)
	coined                 bool
	subject, demand, other string
}

// count adds the word w of kind k.
func (aw *autoWords) count(w string, k byte) {
	aw.words++
	switch k {
	case 's':
		aw.subjects++
		if autoHot[w] {
			aw.hot = true
			aw.coined = aw.coined || !englishWord(w)
		}
		if aw.subject == "" {
			aw.subject = w
		} else if aw.other == "" {
			// the second subject, shown for a name of subjects
			// only (ragdoll-kittens.online; rev51a)
			aw.other = w
		}
	case 'd':
		aw.demands++
		aw.acts = aw.acts || autoActs[w]
		if aw.demand == "" {
			aw.demand = w
		}
	case 'f':
	default:
		aw.unknown++
	}
}

// autoName returns the subject and the demand of a registrable label
// (site.Label()) made for a car's, a driver's or a pet's notice, as the
// comment at the top says, and whether it is one. suffix is the name's
// public suffix.
func autoName(label, suffix string) (subject, demand string, ok bool) {
	if len(label) > 60 || strings.IndexByte(label, '-') < 0 || vnEnding(suffix) {
		return "", "", false
	}
	var aw autoWords
	// held: a part kept, at label[heldAt:], to be read with the next as
	// one word written apart (tra-gop: autoApart)
	held, heldAt, at := "", 0, 0
	for part := range strings.SplitSeq(label, "-") {
		if part == "" {
			return "", "", false
		}
		start := at
		at += len(part) + 1
		if held != "" {
			if w := autoApart[label[heldAt:at-1]]; w != "" {
				held = ""
				aw.count(w, autoWordKind(w))
				continue
			}
			if autoWordKind(held) == 't' {
				return "", "", false
			}
			aw.count(held, autoWordKind(held))
			held = ""
		}
		held, heldAt = part, start
	}
	if held != "" {
		if autoWordKind(held) == 't' {
			return "", "", false
		}
		aw.count(held, autoWordKind(held))
	}
	if aw.subjects == 0 || aw.unknown > 1 {
		return "", "", false
	}
	w, tld := abusedTLDOf(suffix)
	cheap := w >= 0.15 || creatorCheapEndings[tld]
	switch {
	case aw.demands == 0:
		if aw.unknown != 0 || !cheap || !(aw.hot && aw.subjects >= 2 || aw.subjects >= 3) {
			return "", "", false
		}
		// subjects only on a cheap ending: a breed's puppies, a
		// cat's breed (maltipoo-puppies-home.site,
		// meo-anh-long-ngan.site)
	case aw.unknown == 0 && cheap && (aw.acts || aw.hot):
		// what it is about and what it asks on a cheap ending
		// (vin-report-instant.xyz, puppy-shipping-crate.online)
	case aw.unknown == 0 && aw.acts && (aw.words-aw.subjects >= 2 || aw.coined):
		// the same beside a second word of its own
		// (kennel-deposit-secure.com) or beside a subject only such a
		// notice names that is no English word (taixe-nhanthuong.com);
		// not two English words alone on an ordinary ending, which a
		// shop's or a guide's name is (puppy-crate.com,
		// recall-refund.com, kennel-fees.co.uk), nor two subjects
		// beside one act (ev-charging-fees.com, dang-kiem-xe-oto.com;
		// rev51a)
	case aw.unknown == 0 && aw.hot && aw.words >= 3:
		// a subject only such a notice names beside two of its words
		// (recall-notice-booking.com)
	case aw.unknown == 0 && cheap && aw.demands >= 2:
		// a subject beside two of its words on a cheap ending
		// (car-history-report.shop)
	case aw.unknown == 1 && cheap && aw.acts && aw.hot:
		// the same beside one word of its own on a cheap ending
	default:
		return "", "", false
	}
	if aw.demand == "" {
		return aw.subject, aw.other, true
	}
	return aw.subject, aw.demand, true
}

func init() {
	for k, v := range map[string][2]string{
		"auto_name": {
			"%[1]s is named for a car's, a driver's or a pet's notice (%[2]s, %[3]s), as the sites of fake VIN reports, recalls, car loans, parking fines, driver bonuses and puppy deposits and shipping fees are",
			"%[1]s được đặt tên theo một thông báo về xe, tài xế hay thú cưng (%[2]s, %[3]s), như các trang lừa đảo xe thanh lý, trả góp, đăng kiểm, thưởng tài xế, đặt cọc và vận chuyển thú cưng"},
	} {
		englishDetails[k], vietnameseDetails[k] = v[0], v[1]
	}
}
