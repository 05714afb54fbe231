package bot

import "strings"

// Brandless names made for a family's, a couple's or a parent's notice
// (family51). Daters, couples, parents and children are sent notices
// that name no app: a dating profile or an age to verify, a match to
// unlock; a private photo or video leaked, its proof (sextortion); a
// wedding's RSVP, its photo gallery, a registry's gift; tuition, a
// school fee, a lunch balance to top up, a raffle; "Hi Mum, new phone",
// a child in hospital, a surgery's deposit; free Robux or V-Bucks from a
// generator; in Vietnamese hẹn hò (dating), kết bạn (befriend), người
// yêu (a lover), ảnh nóng, clip nóng (intimate photos, clips), bằng
// chứng (proof), phát tán (spread), thiệp cưới, ảnh cưới (a wedding's
// card and photos), học phí (tuition), phụ huynh (parents), nhà trường
// (the school), cấp cứu (an emergency), viện phí (a hospital's fee), mổ
// gấp (urgent surgery), đầu tư cùng em (invest with me), nạp (top up),
// giá rẻ (cheap). Their sites are named so (private-video-leak,
// wedding-photos-gallery, school-lunch-balance, hi-mum-new-phone,
// anh-nong-phat-tan, capcuu-vienphi-gap, dautu-cungem), words no lure
// list, scam44's notices or care50's names read together. familyName
// reads such a registrable name at run time, hand-weighted outside the
// trainer's view: a family subject (familySubjects) beside what its
// notice asks (familyDemands), with a demand that acts on an account,
// money or a secret (familyActs) or in three words, on a cheap ending;
// off one only with an act in three words. A word that says the site is
// a trade's, a guide's, a school's or a studio's own (familyTrades:
// wedding-photos-studio, school-lunch-menu, romance-scam-help) leaves
// the name unread, as one unknown word does off a cheap ending; no name
// under Vietnam's ending is read (vnEnding: a school's or a studio's own
// site is named so there, hoc-phi.edu.vn). Only a label with a hyphen
// is read: a name without one pays one byte search, and the reading runs
// once per host, after every other brandless name's.

// wFamilyName: a name made for a family's, a couple's or a parent's
// notice warns alone, as a notice's name does (wNoticeName)
const wFamilyName = wNoticeName

// familySubjects are what such a notice is about: dating, a match, a
// profile, a lover; a private photo, video or clip; a wedding, its
// invitation, its guests; tuition, a school, lunch, parents, a PTA,
// daycare; a mum, a dad, a son, a daughter, a child, a hospital, a
// surgery, an accident; a game's currency; in Vietnamese hẹn hò, người
// yêu, ảnh nóng, clip nóng, thiệp cưới, ảnh cưới, tiệc cưới, phụ huynh,
// nhà trường, cấp cứu, mổ gấp, đầu tư, kim cương.
var familySubjects = setOf("dating", "date", "singles", "match", "matches", "profile", "lover", "hookup", "private",
	"video", "videos", "clip", "clips", "photo", "photos", "pics", "nudes", "webcam", "wedding", "bride", "invitation",
	"invite", "guest", "guests", "tuition", "school", "lunch", "parent", "parents", "pta", "daycare", "childcare",
	"classroom", "mum", "mom", "mummy", "mommy", "mama", "dad", "daddy", "son", "daughter", "child", "kid",
	"hospital", "surgery", "accident", "robux", "vbucks", "minecoins", "gems", "henho", "nguoiyeu", "anhnong",
	"clipnong", "videonong", "thiepcuoi", "anhcuoi", "tieccuoi", "phuhuynh", "nhatruong", "capcuu", "mogap", "dautu",
	"kimcuong", "rsvp", "hocphi", "vienphi", "raffle", "fundraiser", "mogap")

// familyDemands are what such a notice asks or says: verify, an age
// check, unlock, reveal, likes, premium, sign in; a leak, proof,
// evidence, to view, watch or download, a gallery; a gift, a fund, a
// deposit, a fee, to pay, a balance, a top-up, a refund, to donate, to
// enrol, to approve, a purchase, a ticket; free, a generator, a
// giveaway, a claim; a new number, a new phone, urgent, help; in
// Vietnamese xác minh, đăng nhập (sign in), bằng chứng, phát tán, xem
// ảnh, thanh toán (pay), hoàn (tiền) (refunded), nạp, rút, chuyển tiền
// (top up, withdraw, send money), miễn phí, giá rẻ, gấp (urgent), cùng
// em (with me), kết bạn. An RSVP, tuition, a hospital's fee, a raffle and
// a fundraiser are subjects and demands at once, and mổ gấp (urgent
// surgery) is.
var familyDemands = setOf("verify", "verification", "verified", "age", "agecheck", "unlock", "reveal", "likes",
	"premium", "login", "signin", "confirm", "leak", "leaked", "proof", "evidence", "exposed", "view", "watch",
	"download", "gallery", "gift", "fund", "deposit", "fee", "fees", "pay", "payment", "balance", "topup", "refund",
	"donate", "enroll", "enrol", "approve", "purchase", "ticket", "tickets", "free", "generator", "giveaway", "claim",
	"new", "number", "phone", "newnumber", "newphone", "urgent", "help", "registry", "xacminh", "dangnhap",
	"bangchung", "phattan", "xemanh", "thanhtoan", "hoan", "hoantien", "nap", "naptien", "ruttien", "chuyentien",
	"mienphi", "giare", "gap", "cungem", "ketban", "rsvp", "hocphi", "vienphi", "raffle", "fundraiser", "mogap")

// familyActs are the familyDemands that act on an account, money or a
// secret, not a planner's, a school's or a photographer's ordinary words
// (gallery, view, ticket, new): off a cheap ending a family name is read
// only with one, in three words.
var familyActs = setOf("verify", "verification", "agecheck", "unlock", "reveal", "login", "signin", "leak", "leaked",
	"proof", "evidence", "exposed", "deposit", "fee", "fees", "pay", "payment", "topup", "refund", "purchase", "free",
	"generator", "giveaway", "claim", "newnumber", "newphone", "urgent", "xacminh", "dangnhap", "bangchung",
	"phattan", "xemanh", "thanhtoan", "hoan", "hoantien", "nap", "naptien", "ruttien", "chuyentien", "mienphi",
	"giare", "gap", "cungem", "mogap")

// familyTrades are words that say a site is a trade's, a guide's, a
// school's, a studio's, a shop's or a help line's own, not a notice
// (wedding-photos-studio, school-lunch-menu, dating-profile-tips,
// romance-scam-help, in-thiep-cuoi): the name is not read.
var familyTrades = setOf("news", "blog", "guide", "guides", "tips", "review", "reviews", "info", "wiki", "forum",
	"faq", "jobs", "careers", "law", "lawyer", "lawyers", "attorney", "agency", "planner", "planners",
	"photographer", "photographers", "photography", "studio", "studios", "ideas", "template", "templates", "maker",
	"shop", "store", "boutique", "dress", "dresses", "cake", "cakes", "flowers", "florist", "academy", "foundation",
	"association", "club", "church", "district", "isd", "usd", "k12", "elementary", "middle", "high", "primary",
	"montessori", "college", "university", "menu", "calendar", "software", "music", "band", "dj", "film", "films",
	"movie", "movies", "tv", "therapy", "counseling", "safety", "scam", "scams", "fraud", "awareness", "stop",
	"prevent", "calculator", "codes", "values", "tracker", "stats", "coach", "coaching", "advice", "quotes",
	"tintuc", "camnang", "kinhnghiem", "hoidap", "mau", "in", "chup", "aocuoi", "dichvu", "cuoihoi", "nhac")

// familyFillers are the padding of such a name: hi, online, secure, my,
// your, now, a portal, a page, a check, a card, a country's word.
var familyFillers = setOf("hi", "hey", "online", "secure", "my", "your", "our", "now", "today", "portal", "official",
	"vn", "us", "usa", "uk", "au", "the", "app", "web", "site", "page", "check", "service", "center", "centre", "team",
	"ngay", "nhanh", "safe", "live", "hd", "full", "card", "cards", "and", "for", "of", "me", "xem")

// familyApart are a family notice's Vietnamese words written apart
// syllable by syllable (hen-ho, anh-nong, hoc-phi, cap-cuu, vien-phi),
// and the one word familyKind knows them by.
var familyApart = map[string]string{"hen-ho": "henho", "ket-ban": "ketban", "nguoi-yeu": "nguoiyeu",
	"anh-nong": "anhnong", "clip-nong": "clipnong", "video-nong": "videonong", "bang-chung": "bangchung",
	"phat-tan": "phattan", "thiep-cuoi": "thiepcuoi", "anh-cuoi": "anhcuoi", "tiec-cuoi": "tieccuoi",
	"hoc-phi": "hocphi", "phu-huynh": "phuhuynh", "nha-truong": "nhatruong", "cap-cuu": "capcuu",
	"vien-phi": "vienphi", "mo-gap": "mogap", "dau-tu": "dautu", "nap-tien": "naptien", "rut-tien": "ruttien",
	"chuyen-tien": "chuyentien", "gia-re": "giare", "mien-phi": "mienphi", "xem-anh": "xemanh", "xac-minh": "xacminh",
	"dang-nhap": "dangnhap", "thanh-toan": "thanhtoan", "hoan-tien": "hoantien", "cung-em": "cungem",
	"kim-cuong": "kimcuong", "age-check": "agecheck", "new-number": "newnumber", "new-phone": "newphone"}

// familyStarts are the first halves of familyApart's words: a part that
// is one is held to be read with the next.
var familyStarts = func() map[string]bool {
	m := map[string]bool{}
	for k := range familyApart {
		m[k[:strings.IndexByte(k, '-')]] = true
	}
	return m
}()

// familyKind says what a word of a family notice's name is: 't' a
// trade's, 'b' a subject that is a demand too (rsvp, hocphi), 's' a
// subject, 'd' a demand, 'f' a filler, 0 none.
func familyKind(w string) byte {
	switch {
	case familyTrades[w]:
		return 't'
	case familySubjects[w] && familyDemands[w]:
		return 'b'
	case familySubjects[w]:
		return 's'
	case familyDemands[w]:
		return 'd'
	case familyFillers[w]:
		return 'f'
	}
	return 0
}

// familyWords counts what familyName found in a name.
type familyWords struct {
	subjects, demands, unknown, words, fills int
	acts                                     bool
	subject, demand                          string
}

// count adds the word w of kind k.
func (fw *familyWords) count(w string, k byte) {
	fw.words++
	switch k {
	case 's', 'b':
		fw.subjects++
		if fw.subject == "" {
			fw.subject = w
		}
		if k != 'b' {
			return
		}
		fallthrough
	case 'd':
		fw.demands++
		fw.acts = fw.acts || familyActs[w]
		if fw.demand == "" || fw.demand == fw.subject {
			fw.demand = w
		}
	case 'f':
		fw.fills++
	default:
		fw.unknown++
	}
}

// familySplit splits a part made of two words of a family notice's name
// run together (hocphiphuhuynh, privatevideo, vienphigap), each of two
// letters or more, and reports them.
func familySplit(p string) (a, b string, ok bool) {
	if len(p) < 5 || len(p) > 30 {
		return "", "", false
	}
	for i := 2; i <= len(p)-2; i++ {
		if k := familyKind(p[:i]); k == 0 || k == 't' || k == 'f' {
			continue
		}
		if k := familyKind(p[i:]); k != 0 && k != 't' && k != 'f' {
			return p[:i], p[i:], true
		}
	}
	return "", "", false
}

// familyName returns the subject and the demand of a registrable label
// (site.Label()) made for a family's, a couple's or a parent's notice,
// as the comment at the top says, and whether it is one. suffix is the
// name's public suffix.
func familyName(label, suffix string) (subject, demand string, ok bool) {
	if len(label) > 60 || len(label) < 5 || strings.IndexByte(label, '-') < 0 || vnEnding(suffix) {
		return "", "", false
	}
	w, tld := abusedTLDOf(suffix)
	cheap := w > 0 || creatorCheapEndings[tld]
	var fw familyWords
	held, heldAt, at := "", 0, 0
	for part := range strings.SplitSeq(label, "-") {
		if part == "" || fw.unknown > 1 || fw.unknown == 1 && !cheap {
			return "", "", false
		}
		start := at
		at += len(part) + 1
		if held != "" {
			if w := familyApart[label[heldAt:at-1]]; w != "" {
				held = ""
				fw.count(w, familyKind(w))
				continue
			}
			if familyKind(held) == 't' {
				return "", "", false
			}
			fw.count(held, familyKind(held))
			held = ""
		}
		if familyStarts[part] {
			held, heldAt = part, start
			continue
		}
		k := familyKind(part)
		switch k {
		case 't':
			return "", "", false
		case 0:
			if a, b, ok := familySplit(part); ok {
				fw.count(a, familyKind(a))
				fw.count(b, familyKind(b))
				continue
			}
		}
		fw.count(part, k)
	}
	if held != "" {
		if familyKind(held) == 't' {
			return "", "", false
		}
		fw.count(held, familyKind(held))
	}
	meant := fw.words - fw.fills - fw.unknown
	switch {
	case fw.unknown > 1 || fw.unknown == 1 && (!cheap || !fw.acts):
		return "", "", false
	case fw.subjects == 0 || fw.demands == 0 || meant < 2:
		return "", "", false
	case cheap && (fw.acts || meant >= 3):
		// a family subject and what its notice asks, on a cheap
		// ending, with an act or in three words
		// (private-video-leak.top, hi-mum-new-phone.top,
		// capcuu-vienphi-gap.online, dautu-cungem.top)
	case fw.acts && meant >= 3:
		// off a cheap ending, an act in three words
		// (school-fee-pay-online.com; not wedding-rsvp.com)
	default:
		return "", "", false
	}
	return fw.subject, fw.demand, true
}

func init() {
	for k, v := range map[string][2]string{
		"family_name": {
			"%[1]s is named for a notice sent to daters, couples or parents (%[2]s, %[3]s), as the sites of fake dating verifications, leaked-video threats, wedding invitations, school fees and \"new number\" family emergencies are",
			"%[1]s được đặt tên theo một thông báo gửi người hẹn hò, cô dâu chú rể hoặc phụ huynh (%[2]s, %[3]s), như các trang lừa đảo xác minh hẹn hò, dọa phát tán ảnh nóng, thiệp cưới, học phí và \"con đổi số\" cấp cứu"},
	} {
		englishDetails[k], vietnameseDetails[k] = v[0], v[1]
	}
}
