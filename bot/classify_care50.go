package bot

import "strings"

// Brandless names made for a patient's, an insured's or a donor's notice
// (care50). Patients are sent notices that name no hospital, lab or
// pharmacy: lab or test results ready to view, a report, a prescription
// to refill, a telehealth visit to join, a patient portal to sign in to,
// a bill overdue; the insured a claim to reimburse, a payout, an
// explanation of benefits, a premium refunded, a policy's coverage to
// renew; donors an appeal for the victims of a flood, a typhoon, an
// earthquake or a wildfire; in Vietnamese kết quả xét nghiệm (test
// results), tra cứu (look up), đặt lịch khám (book a visit), đơn thuốc
// (a prescription), bảo hiểm (insurance), bồi thường, chi trả (a claim
// paid), đáo hạn (a policy maturing), ủng hộ, quyên góp (donate), cứu
// trợ (relief), từ thiện (charity) beside bão lũ, lũ lụt (storm and
// flood), miền Trung (central Vietnam). Their sites are named so
// (lab-report-ready, rx-refill-pending, insurance-claim-payout,
// typhoon-relief-donate, ketqua-xetnghiem-online, ungho-baolu-mientrung),
// words no lure list, scam44's notices, work48's, trip49's or shop49's
// names read together. careName reads such a registrable name at run
// time, hand-weighted outside the trainer's view: a care subject
// (careSubjects) beside what its notice asks (careDemands) on a cheap
// ending, or in three words of their own with a demand that acts on an
// account or money (careActs); a disaster (careDisasters) beside a
// giving word (careGiving) on a cheap ending or in three words. A word
// that says the site is a trade's, a guide's, a clinic's or a charity's
// own (careTrades: lab-results-explained, flood-relief-foundation,
// claim-lawyer) leaves the name unread, as one unknown word does off a
// cheap ending; no name under Vietnam's ending is read (vnEnding: a
// clinic's own site is named so there, dat-lich-kham.vn). Only a label
// with a hyphen is read: a name without one pays one byte search.

// wCareName: a name made for a care, claim or relief notice warns alone,
// as a notice's name does (wNoticeName)
const wCareName = wNoticeName

// careSubjects are what a patient's or an insured's notice is about: a
// lab, a test, a prescription, a pharmacy, a telehealth visit, a
// patient's record, an insurance policy, its coverage and premium, an
// explanation of benefits; in Vietnamese xét nghiệm (a test), đơn thuốc
// (a prescription), thuốc (medicine), bảo hiểm (insurance), bệnh viện
// (a hospital), khám (bệnh) (a visit), nhà thuốc (a pharmacy), viện
// phí (a hospital's fee).
var careSubjects = setOf("lab", "labs", "labresult", "labresults", "test", "tests", "covid", "vaccine",
	"vaccination", "prescription", "prescriptions", "rx", "pharmacy", "medication", "meds", "telehealth",
	"telemedicine", "patient", "medical", "health", "healthcare", "hospital", "eob", "insurance", "coverage", "premium",
	"policy", "medicare", "dental", "xetnghiem", "donthuoc", "thuoc", "baohiem", "benhvien", "kham", "khambenh",
	"nhathuoc", "vienphi", "claim", "claims")

// careDemands are what such a notice asks or says: results or a report
// ready to view, access, a sign-in, a refill, a renewal, a claim, a
// reimbursement, a payout, a refund, an appointment, a visit to join, a
// payment overdue, a statement; in Vietnamese kết quả (results), tra
// cứu (look up), đặt lịch (book), chi trả, bồi thường (pay a claim),
// đáo hạn (maturity), nhận tiền (receive money), xác nhận (confirm),
// hoàn tiền (money back).
var careDemands = setOf("results", "result", "report", "reports", "ready", "view", "viewer", "access", "login",
	"signin", "verify", "verification", "confirm", "confirmation", "pending", "refill", "refills", "renew", "renewal",
	"reimburse", "reimbursement", "claim", "claims", "payout", "refund", "refunds", "approved", "expire", "expiring",
	"expired", "update", "download", "schedule", "reschedule", "appointment", "visit", "join", "pay", "payment",
	"overdue", "billing", "statement", "enroll", "enrollment", "cancel", "suspended", "hold", "ketqua", "tracuu",
	"datlich", "chitra", "boithuong", "daohan", "nhantien", "xacnhan", "hoantien")

// careActs are the careDemands that act on an account or money, not a
// clinic's or an insurer's ordinary words (results, report, appointment,
// coverage): off a cheap ending a care name is read only with one.
var careActs = setOf("login", "signin", "verify", "verification", "confirm", "pending", "reimburse",
	"reimbursement", "payout", "refund", "refunds", "approved", "expire", "expiring", "expired", "pay", "payment",
	"overdue", "suspended", "hold", "chitra", "boithuong", "daohan", "nhantien", "xacnhan", "hoantien")

// careDisasters are what a relief appeal is for: a flood, a storm, a
// typhoon, a hurricane, a cyclone, an earthquake, a tsunami, a wildfire,
// a disaster's victims; in Vietnamese bão (lũ) (storm), lũ lụt (flood),
// miền Trung (central Vietnam), thiên tai (a disaster).
var careDisasters = setOf("flood", "floods", "storm", "typhoon", "hurricane", "cyclone", "quake", "earthquake",
	"tsunami", "wildfire", "wildfires", "bushfire", "landslide", "disaster", "victims", "baolu", "lulut", "mientrung",
	"thientai", "bao", "lu")

// careGiving are what a relief appeal asks: donate, a donation, relief,
// aid, an appeal, a fund, a fundraiser; in Vietnamese ủng hộ, quyên góp
// (donate), cứu trợ (relief), từ thiện (charity).
var careGiving = setOf("donate", "donation", "donations", "relief", "aid", "appeal", "fund", "funds", "fundraiser",
	"giving", "give", "ungho", "quyengop", "cuutro", "tuthien")

// careTrades are words that say a site is a trade's, a guide's, a
// clinic's, an agent's or a charity's own, not a notice
// (lab-results-explained, claim-lawyer, flood-relief-foundation,
// insurance-quotes-compare): the name is not read.
var careTrades = setOf("news", "blog", "guide", "guides", "tips", "review", "reviews", "info", "wiki", "forum",
	"explained", "faq", "jobs", "careers", "law", "lawyer", "lawyers", "attorney", "attorneys", "agency", "agent",
	"agents", "broker", "brokers", "quote", "quotes", "compare", "comparison", "calculator", "software", "app", "api",
	"data", "research", "study", "journal", "academy", "school", "university", "college", "volunteer", "volunteers",
	"museum", "map", "tracker", "foundation", "society", "association", "network", "coalition", "alliance", "project",
	"institute", "church", "ministry", "rotary", "club", "inc", "llc", "ltd", "group", "partners", "reminder",
	"scheduler", "template", "templates", "tintuc", "camnang", "hoidap", "kienthuc")

// careFillers are the padding of such a name: a portal, online, secure,
// a centre, a service, now, a country's word.
var careFillers = setOf("portal", "online", "secure", "my", "your", "now", "today", "center", "centre", "service",
	"services", "official", "vn", "us", "usa", "uk", "global", "ngay", "hub", "desk", "team", "page", "site", "web",
	"new", "help", "support", "care", "emergency", "children", "kids", "family", "families", "member", "members",
	"benh", "xe", "nhantho")

// careApart are a care notice's Vietnamese words written apart syllable
// by syllable (ket-qua, xet-nghiem, dat-lich, bao-hiem, ung-ho, bao-lu),
// and the one word careKind knows them by.
var careApart = map[string]string{"ket-qua": "ketqua", "xet-nghiem": "xetnghiem", "dat-lich": "datlich",
	"kham-benh": "khambenh", "don-thuoc": "donthuoc", "bao-hiem": "baohiem", "boi-thuong": "boithuong",
	"chi-tra": "chitra", "dao-han": "daohan", "ung-ho": "ungho", "quyen-gop": "quyengop", "cuu-tro": "cuutro",
	"tu-thien": "tuthien", "bao-lu": "baolu", "lu-lut": "lulut", "mien-trung": "mientrung", "tra-cuu": "tracuu",
	"nhan-tien": "nhantien", "hoan-tien": "hoantien", "benh-vien": "benhvien", "nha-thuoc": "nhathuoc",
	"thien-tai": "thientai", "xac-nhan": "xacnhan", "vien-phi": "vienphi"}

// careStarts are the first halves of careApart's words: a part that is
// one is held to be read with the next.
var careStarts = func() map[string]bool {
	m := map[string]bool{}
	for k := range careApart {
		m[k[:strings.IndexByte(k, '-')]] = true
	}
	return m
}()

// careKind says what a word of a care notice's name is: 't' a trade's,
// 'b' a subject that is a demand too (claim), 's' a subject, 'd' a
// demand, 'x' a disaster, 'g' a giving word, 'f' a filler, 0 none.
func careKind(w string) byte {
	switch {
	case careTrades[w]:
		return 't'
	case careSubjects[w] && careDemands[w]:
		return 'b'
	case careSubjects[w]:
		return 's'
	case careDemands[w]:
		return 'd'
	case careDisasters[w]:
		return 'x'
	case careGiving[w]:
		return 'g'
	case careFillers[w]:
		return 'f'
	}
	return 0
}

// careWords counts what careName found in a name.
type careWords struct {
	subjects, demands, disasters, givings, unknown, words, fills int
	acts                                                         bool
	subject, demand                                              string
}

// count adds the word w of kind k.
func (cw *careWords) count(w string, k byte) {
	cw.words++
	switch k {
	case 's', 'b', 'x':
		if k == 'x' {
			cw.disasters++
		} else {
			cw.subjects++
		}
		if cw.subject == "" {
			cw.subject = w
		}
		if k != 'b' {
			return
		}
		fallthrough
	case 'd', 'g':
		if k == 'g' {
			cw.givings++
		} else {
			cw.demands++
		}
		cw.acts = cw.acts || careActs[w]
		if cw.demand == "" || cw.demand == cw.subject {
			cw.demand = w
		}
	case 'f':
		cw.fills++
	default:
		cw.unknown++
	}
}

// careSplit splits a part made of two words of a care notice's name run
// together (ketquaxetnghiem, labresult, ungholulut), each of two letters
// or more, and reports them.
func careSplit(p string) (a, b string, ok bool) {
	if len(p) < 5 || len(p) > 30 {
		return "", "", false
	}
	for i := 2; i <= len(p)-2; i++ {
		if k := careKind(p[:i]); k == 0 || k == 't' || k == 'f' {
			continue
		}
		if k := careKind(p[i:]); k != 0 && k != 't' {
			return p[:i], p[i:], true
		}
	}
	return "", "", false
}

// careName returns the subject and the demand of a registrable label
// (site.Label()) made for a care, claim or relief notice, as the comment
// at the top says, and whether it is one. suffix is the name's public
// suffix.
func careName(label, suffix string) (subject, demand string, ok bool) {
	if len(label) > 60 || len(label) < 5 || strings.IndexByte(label, '-') < 0 || vnEnding(suffix) {
		return "", "", false
	}
	w, tld := abusedTLDOf(suffix)
	cheap := w > 0 || creatorCheapEndings[tld]
	var cw careWords
	held, heldAt, at := "", 0, 0
	for part := range strings.SplitSeq(label, "-") {
		if part == "" || cw.unknown > 1 || cw.unknown == 1 && !cheap {
			return "", "", false
		}
		start := at
		at += len(part) + 1
		if held != "" {
			if w := careApart[label[heldAt:at-1]]; w != "" {
				held = ""
				cw.count(w, careKind(w))
				continue
			}
			if careKind(held) == 't' {
				return "", "", false
			}
			cw.count(held, careKind(held))
			held = ""
		}
		if careStarts[part] {
			held, heldAt = part, start
			continue
		}
		k := careKind(part)
		switch k {
		case 't':
			return "", "", false
		case 0:
			if a, b, ok := careSplit(part); ok {
				cw.count(a, careKind(a))
				cw.count(b, careKind(b))
				continue
			}
		}
		cw.count(part, k)
	}
	if held != "" {
		if careKind(held) == 't' {
			return "", "", false
		}
		cw.count(held, careKind(held))
	}
	switch {
	case cw.unknown > 1 || cw.unknown == 1 && (!cheap || !cw.acts):
		return "", "", false
	case cw.subjects > 0 && cw.demands > 0 && (cheap || cw.acts && cw.words-cw.fills >= 3):
		// a care subject and what its notice asks, on a cheap ending
		// or in three words with an act (lab-report-ready.online,
		// rx-refill-pending.top, insurance-claim-payout.com,
		// ketqua-xetnghiem-online.top; not lab-results-portal.com)
	case cw.disasters > 0 && cw.givings > 0 && (cheap || cw.words >= 3):
		// a disaster and a giving word, on a cheap ending or in three
		// words (flood-relief-donate.top, typhoon-relief-donate.org,
		// ungho-baolu-mientrung.online; not flood-relief.org)
	default:
		return "", "", false
	}
	if cw.demand == "" {
		cw.demand = cw.subject
	}
	return cw.subject, cw.demand, true
}

func init() {
	for k, v := range map[string][2]string{
		"care_name": {
			"%[1]s is named for a notice sent to patients, the insured or donors (%[2]s, %[3]s), as the sites of fake lab results, prescriptions, insurance claims and disaster-relief appeals are",
			"%[1]s được đặt tên theo một thông báo gửi bệnh nhân, người mua bảo hiểm hoặc nhà hảo tâm (%[2]s, %[3]s), như các trang lừa đảo trả kết quả xét nghiệm, đơn thuốc, chi trả bảo hiểm và kêu gọi ủng hộ bão lũ"},
	} {
		englishDetails[k], vietnameseDetails[k] = v[0], v[1]
	}
}
