package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
)

// Shopping, travel and study words in the free-form part of a link on a
// host anyone can use (host49). slug47's slugName reads a shortened
// link's name, a form's, a file's or an upload's id, a file host's
// fragment and a hosting platform's site name for a brand's notice, a
// bait or a crack; the impostor pages of bookings, parcels, visas and
// scholarships name themselves with other words
// (guestreservationupdate.netlify.app, forms.gle/VisaFeeRefund2026,
// cutt.ly/DonHangXacNhan, mega.nz/…#Final_Exam_Answers_Leaked), and
// read low. The same reader now knows two more kinds of word, as bits
// beside a word's class in slugAnchors.vocab, so that no lookup is added
// per piece:
//
//   - themeObjects: what such a notice is about (a booking, a guest's
//     stay, a boarding pass, a visa, a parcel, an order, a voucher, a
//     tuition's bill, a scholarship, an exam; Vietnamese syllables run
//     together: donhang, giaohang, vandon, hocbong, hocphi, vemaybay,
//     taikhoan; ve and tk as 2-letter words);
//   - themeActs: what it asks or says befell it (confirm, verify,
//     redeliver, reschedule, refund, claim, fee, unpaid, hold, cancel,
//     answers leaked; xacnhan, hoantien, hoanve, thanhtoan, thatbai, huy,
//     khoa).
//
// An object beside an act, and no word the reader does not know (a
// topic: a guide's, a schedule's, a checklist's), warns (slug_theme,
// wSlugBait); with a protected brand's name beside them (vcb, tpb, ghtk,
// shopee) it deletes (wSlugNotice). A brand beside an act alone counts
// as an object, but for the acts guides are named by (viSlugGuide:
// thanhtoan, capnhat, xacnhan). What is read is slug47's, and three
// parts more: a site builder's tenant whose platform is an ordinary
// domain (carrd.co, weebly.com, wixsite.com, squarespace.com: model.Site
// reads them) and a Linktree handle, read as hosting platforms' names
// are; an IPFS upload's file name when its content id holds no word; a
// cloud bucket's name and its page's file name. A tenant's or a handle's
// name written with hyphens only is read for these words alone (the
// hyphen readings, brand_in_domain and domain_words, do not know them).
const (
	slugThemeObj byte = 0x40 // a theme's object, a bit beside the class
	slugThemeAct byte = 0x80 // a theme's act
	slugClass    byte = 0x3f // the class bits
)

// themeObjects are what a shopping, travel or study notice is about.
var themeObjects = setOf("booking", "bookings", "reservation", "reservations", "checkin", "boarding", "boardingpass",
	"itinerary", "flight", "flights", "airline", "airlines", "ticket", "tickets", "eticket", "baggage", "luggage",
	"hotel", "hotels", "stay", "guest", "guests", "host", "room", "resort", "trip", "visa", "visas", "evisa",
	"passport", "customs", "parcel", "parcels", "package", "packages", "shipment", "shipping", "delivery", "courier",
	"order", "orders", "voucher", "vouchers", "coupon", "coupons", "giftcard", "label", "tuition", "scholarship",
	"scholarships", "grant", "student", "students", "exam", "exams", "admission", "admissions", "enrollment",
	"enrolment", "transcript", "diploma", "portal", "result", "results", "travel", "application", "applications", "stays",
	// Vietnamese syllables run together (đơn hàng, giao hàng, vận đơn,
	// kiện hàng, bưu kiện, học bổng, học phí, vé máy bay, đặt phòng,
	// hộ chiếu, thị thực, nhập học, tuyển sinh, điểm thi, sinh viên,
	// tài khoản, hành lý, chuyến bay, khách sạn)
	"donhang", "giaohang", "vandon", "kienhang", "buukien", "hocbong", "hocphi", "vemaybay", "ve", "datphong",
	"hochieu", "thithuc", "nhaphoc", "tuyensinh", "diemthi", "sinhvien", "taikhoan", "tk", "hanhly", "chuyenbay",
	"khachsan")

// themeActs are what such a notice asks of its reader, or says befell
// what it is about.
var themeActs = setOf("confirm", "confirmation", "reconfirm", "verify", "verification", "validate", "redeliver",
	"redelivery", "reschedule", "reissue", "refund", "refunds", "claim", "renewal", "renew", "release", "unpaid",
	"overdue", "payment", "fee", "fees", "update", "cancel", "cancelled", "canceled", "cancellation", "failed",
	"hold", "held", "pending", "approval", "redeem", "expires", "expiring", "expired", "answers", "leaked",
	"appeal", "disbursement", "reprint", "rebook", "rebooking",
	// xác nhận, xác minh, xác thực, hoàn tiền, hoàn phí, hoàn trả, hoàn
	// vé, thanh toán, cập nhật, giao lại, hủy (đơn), khóa, mở khóa, nộp
	// phí, đóng phí, thất bại, giữ lại, kích hoạt
	"xacnhan", "xacminh", "xacthuc", "hoantien", "hoanphi", "hoantra", "hoanve", "thanhtoan", "capnhat", "giaolai",
	"huy", "huydon", "khoa", "mokhoa", "nopphi", "dongphi", "thatbai", "giulai", "kichhoat")

// themeWeakActs are themeActs that name a price or news as often as a
// demand (rev49e): tuition-fees-2026, visa-fee, travel-update and
// flight-update are a school's, a consulate's or a group's pages. They
// are a notice's act beside a parcel's object (customs-fee,
// parcel-update), a protected brand's name, a stronger act
// (visa-fee-refund) or in an id no one names.
var themeWeakActs = setOf("update", "fee", "fees")

// themeCarried are the themeObjects of what a courier carries: a fee
// or an update beside them is the redelivery scam's (parcelcustomsfee).
var themeCarried = setOf("parcel", "parcels", "package", "packages", "customs", "shipment", "shipping", "delivery",
	"courier", "label", "kienhang", "buukien", "giaohang", "vandon")

// themeInfo are the words of a page of facts about a booking, a visa, a
// fee or an exam (visa-fee-info, exam-schedule-update, booking-policy,
// hocphi-thongtin, scholarship-rsvp; rev49e): beside them a theme's
// object and act are its topic, not a notice, but for a protected
// brand's name.
var themeInfo = setOf("info", "information", "schedule", "schedules", "policy", "policies", "faq", "faqs",
	"rsvp", "signup", "rates", "pricing", "prices", "price", "calendar", "deadline", "deadlines", "requirements",
	"checklist", "brochure", "handbook", "news", "announcement", "timetable", "syllabus", "thongtin", "lichthi",
	"huongdan", "quydinh", "bieuphi",
	// hướng (dẫn), cách, lịch: a guide's, a how-to's and a calendar's
	// syllables written apart (huong-dan-kekhai-thue, lich-nop-thue; host50)
	"huong", "cach", "lich")

// themeBrandActs are themeActs that are acts only beside a protected
// brand's name (tpbKhoaTK): khoa is a faculty's and a course's word too
// (hocbong-khoa-cntt), and mở khóa tài khoản a guide's (mo-khoa-tk).
var themeBrandActs = setOf("khoa", "mokhoa")

// themeVocab adds the theme's bits to the vocabulary slugReader.word
// reads: a word of no class of its own is known by its bits alone.
func themeVocab(v map[string]byte) {
	for w := range themeObjects {
		v[w] |= slugThemeObj
	}
	for w := range themeActs {
		v[w] |= slugThemeAct
	}
	for w := range themeInfo {
		if v[w] == 0 {
			v[w] = slugInfo // no lookup more per word (rev49e)
		}
	}
	for w := range themeFillers {
		if v[w] == 0 {
			v[w] = slugFiller
		}
	}
	civicVocab(v) // public services', bills', clinics' and charities' words (host50)
	homeVocab(v)  // homes', cars', families' and relationships' words (host51)
}

// themeFillers are the words a page's file or a bucket's path is named
// by that say nothing (index.html, /web/main.html): known, no topic.
var themeFillers = setOf("index", "default", "home", "main", "web", "site", "public", "static", "assets",
	"your", "now", "today", "here", "please",
	// chờ, bị, đã, của, ngay, tại, bạn, quý khách: a Vietnamese
	// notice's little words, written apart or run together
	"cho", "bi", "da", "cua", "ngay", "tai", "ban", "quykhach", "cuaban")

// themeAnchors returns the theme's words slugHasAnchor looks for.
func themeAnchors() []map[string]bool {
	return []map[string]bool{themeObjects, themeActs, civicObjects, civicActs, civicWhole, homeObjects, slugHomeActs}
}

// noteTheme notes a theme's object or act read.
func (r *slugReader) noteTheme(w string, v byte) {
	if v&slugThemeObj != 0 && civicObjects[w] {
		r.civicObjs++ // host50: civicAlone
	}
	if v&slugThemeObj != 0 && (r.themeObj == "" || owedTheme(w) && !owedTheme(r.themeObj)) {
		// the first object, or the first owed one (court-summons-notice:
		// a weak act beside it is a demand; host50)
		r.themeObj = strings.Clone(w)
		if v&slugThemeAct != 0 && (r.themeAct == "" || weakTheme(r.themeAct)) {
			r.themeAct = r.themeObj // an act on its object in one word (hoanthue, khoasim; host50)
		}
	} else if themeBrandActs[w] {
		if r.themeLock == "" {
			r.themeLock = strings.Clone(w)
		}
	} else if v&slugThemeAct != 0 && w != r.themeObj && (r.themeAct == "" || weakTheme(r.themeAct) && !weakTheme(w)) {
		r.themeAct = strings.Clone(w) // a strong act before a weak one (rev49e)
	}
}

// theme reports whether the words read make a theme's notice: an object
// (or a protected brand's name) beside an act, and no topic.
func (r *slugReader) theme() bool {
	if r.themeAct == "" && r.named != nil {
		r.themeAct = r.themeLock // khóa beside a bank's name
	}
	if r.themeJoined {
		return true
	}
	topics := r.topics - r.themeTopics
	switch {
	case topics > r.unknown || r.unknown > 1:
		// a guide's, a schedule's or a checklist's topic the bot
		// knows, or two words it does not
		return false
	case r.themeInfo > 0 && r.named == nil:
		// a page of facts about the object (visa-fee-info,
		// exam-schedule-update, booking-policy-refund; rev49e)
		return false
	case r.themeObj != "" && r.themeAct != "":
		// one word it does not know may stand beside them: a brand
		// not protected (expedia-trip-confirm), an id's last word
		// (#Exam_Answers_Final); a weak act (update, fee) only beside
		// a parcel's object, a brand's name, or in an id no one names
		return (!weakTheme(r.themeAct) || r.named != nil || r.forged || weakBeside(r.themeAct, r.themeObj)) && civicGuided(r)
	case r.unknown > 0 || topics > 0:
		return false
	case r.themeAct != "":
		return r.named != nil && !viSlugGuide[r.themeAct] && !civicWeakActs[r.themeAct]
	}
	// an upload's page named for the object alone (…/ipfs/<cid>/checkin.html),
	// a long object's word in an id no one names (a Drive file's
	// …BoardingPassHAN): random ids hold no word of 7 letters
	return r.themeObj != "" && (r.upload || r.forged && len(r.themeObj) >= 7) && civicAlone(r) && homeAlone(r)
}

// themeSite returns the name of a tenant's site on a site builder whose
// domain is an ordinary one (carrd.co, weebly.com, squarespace.com) and
// its page's first segment, or a Linktree handle; ok is false for any
// other link. squarespace.com is read besides model.Site's platforms
// (its tenants are not sites of their own there). slugName calls it for
// a host with a subdomain or linktr.ee only; www pays a comparison more.
func themeSite(l *linkx.Link) (label, page string, ok bool) {
	if len(l.Host) <= len(l.Domain)+1 || l.Domain == "" || !l.ICANN {
		if l.Host == "linktr.ee" {
			s, _ := pathSegs(l.Path)
			return s, "", s != ""
		}
		return "", "", false
	}
	if !themeBuilder(l.Domain) {
		return "", "", false
	}
	sub := l.Host[:len(l.Host)-len(l.Domain)-1]
	label = sub[strings.LastIndexByte(sub, '.')+1:]
	if label == "www" {
		return "", "", false
	}
	page, _ = pathSegs(l.Path)
	return label, page, true
}

// rejoinTheme reads a site's name again with its hyphens taken out
// (ve-may-bay-hoan-tien: vemaybay, hoantien), as rejoin does a shortened
// link's, and keeps the reading of a theme's notice only: the name's
// other readings are the hyphen readings' (brand_in_domain).
func (r *slugReader) rejoinTheme(part string) {
	var again slugReader
	again.bm, again.own, again.buf = r.bm, r.own, r.buf
	again.rejoin(part)
	if again.joined && again.themeObj != "" && (again.themeAct != "" || again.named != nil && again.themeLock != "") &&
		again.topics == again.themeTopics && again.theme() {
		r.themeObj, r.themeAct, r.themeJoined = again.themeObj, again.themeAct, true
		if r.named == nil {
			r.named = again.named
		}
	}
}

// themeBuilder reports a site builder on an ordinary domain whose
// tenants' sites are NAME.DOMAIN (model.Site reads most of them as
// hosting platforms; squarespace.com besides): a switch, no map lookup,
// for every link with a subdomain. Blog hosts (wordpress.com,
// blogspot.com, tumblr.com) are not among them: a blog is named for its
// subject, a trip's or a visa's too.
func themeBuilder(domain string) bool {
	switch domain {
	case "carrd.co", "weebly.com", "weeblysite.com", "wixsite.com", "squarespace.com", "square.site",
		"mystrikingly.com", "strikingly.com", "jimdosite.com", "jimdofree.com", "site123.me", "webnode.page",
		"webnode.com", "godaddysites.com", "glitch.me", "tilda.ws", "yolasite.com", "000webhostapp.com",
		"webflow.io", "framer.website", "framer.app", "notion.site", "super.site", "softr.app", "typedream.app",
		"wuaze.com", "rf.gd", "epizy.com", "infinityfreeapp.com", "mybluehost.me":
		return true
	}
	return false
}

// themeBucketHost is bucketHost behind a look at the host's last
// letters: a bucket's host ends in s.com (amazonaws, googleapis,
// digitaloceanspaces), b2.com, .net or .dev; most hosts pay two byte
// comparisons.
func themeBucketHost(h string) bool {
	n := len(h)
	if n < 8 {
		return false
	}
	switch h[n-1] {
	case 'm':
		if h[n-5] != 's' && h[n-5] != '2' {
			return false
		}
	case 't', 'v':
	default:
		return false
	}
	return bucketHost(h)
}

// themeFile returns a page's path without its extension (an IPFS
// upload's checkin.html, a bucket's claim/confirm.html), "" when the
// path does not end in a web page's file.
func themeFile(path string) string {
	if !pageFile(path) {
		return ""
	}
	path = strings.TrimPrefix(path, "/")
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		path = path[:i]
	}
	return path
}

func init() {
	for k, v := range map[string][2]string{
		"slug_theme": {"%[1]s is named, in the words its address hides, for a booking's, a parcel's, an order's or a school's notice (%[2]s) on a host anyone can use; a real airline, shop, courier or school sends its own site's link",
			"%[1]s được đặt tên, bằng các từ giấu trong địa chỉ, theo một thông báo đặt phòng, vé, đơn hàng, bưu kiện hay học phí (%[2]s) trên một nền tảng ai cũng dùng được; hãng bay, cửa hàng, đơn vị giao hàng hay trường thật gửi liên kết trang của chính họ"},
	} {
		englishDetails[k], vietnameseDetails[k] = v[0], v[1]
	}
}
