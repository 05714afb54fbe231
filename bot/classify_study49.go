package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
)

// Brandless names made for a student's notice (study49). Students are
// sent notices that name no protected brand: a school mailbox over its
// quota, a password or an Office 365 licence expiring, an account to be
// deactivated, a registrar's hold, a tuition payment, an exam's result
// or a score to look up, a transcript or a diploma, a scholarship and
// its fee; in Vietnamese học phí (tuition), đăng ký học phần (course
// registration), tuyển sinh and xét tuyển (admissions), điểm thi (exam
// scores), học bổng (a scholarship), du học (study abroad), sinh viên (a
// student). Their sites are named so (campus-webmail-quota,
// registrar-hold-verify, toeic-score-lookup, hocbong-toanphan,
// tuyensinh-som-2026), often beside a school's short name
// (neu-dangkyhocphan), words no lure list, scam44's notices or work48's
// knew. studyName reads such a registrable name at run time,
// hand-weighted outside the trainer's view, as workName reads a work
// notice's: two of a study notice's words (a subject and what it asks,
// or two subjects), or one subject only a school sends beside a
// student's plain word or on a cheap ending; a word that says the site
// is a school's, a teacher's, a guide's or a shop's (studyTrades:
// scholarship-guide, exam-prep, ielts-tips, tuition-centre) leaves the
// name unread, and no name under Vietnam's ending or a school's or a
// government's (edu, ac, gov) is read.
//
// studyDress reads a label that fakes an academic ending in front of
// another (hcmus-edu.vn for hcmus.edu.vn, oxford-ac.uk for ox.ac.uk,
// stanford-edu.com, hust-edu-vn.com): a school's short name and "edu",
// "ac" or "edu" and a country's code as the label's last words. Schools
// are registered under those endings and nowhere else; a hyphen in their
// place is a name a stranger registered.

// wStudyName: a name made for a student's notice warns alone, as a
// notice's name does (wNoticeName)
const wStudyName = wNoticeName

// wStudyDress: a label that fakes an academic ending warns alone, as a
// government's dress does (wGovName)
const wStudyDress = wGovName

// studySubjects are what a student's notice is about, as its site's name
// writes it: a student, a school mailbox, Office 365, a campus, the
// registrar, an enrolment, tuition, a scholarship, an exam, a result, a
// score, a transcript, a grade, a diploma, admissions, financial aid, a
// student loan, a library, a thesis, a journal's article-processing
// charge (apc), a manuscript, a publication; in Vietnamese học phí, học phần,
// đăng ký học phần, tuyển sinh, xét tuyển, điểm thi, học bổng, du học,
// sinh viên, thí sinh, nhập học, tốt nghiệp, văn bằng.
var studySubjects = setOf("student", "students", "studentid", "webmail", "o365", "office365", "eduroam", "campus",
	"registrar", "enrolment", "enrollment", "enrolments", "tuition", "scholarship", "scholarships", "bursary",
	"exam", "exams", "examination", "transcript", "transcripts", "grade", "grades", "gradebook", "diploma",
	"admission", "admissions", "financialaid", "studentaid", "studentloan", "fafsa", "library", "thesis",
	"semester", "toeic", "toefl", "ielts", "sat", "gre", "gmat", "hsk", "jlpt", "topik", "vstep", "aptis",
	"apc", "manuscript", "publication", "hocphi", "hocphan", "dangkyhocphan", "tuyensinh", "xettuyen", "diemthi", "hocbong", "duhoc", "sinhvien",
	"thisinh", "nhaphoc", "totnghiep", "vanbang", "bangcap", "chungchi", "diem")

// studyHot are the subjects a scam's name is made of whatever stands
// beside them on a cheap ending (hocphi-<word>.online,
// studentid-<word>.top): what only a school or an exam board sends.
var studyHot = setOf("studentid", "webmail", "o365", "office365", "registrar", "tuition", "transcript",
	"transcripts", "hocphi", "dangkyhocphan", "hocphan", "xettuyen", "diemthi", "hocbong", "tuyensinh", "nhaphoc",
	"studentaid", "financialaid", "scholarship", "scholarships", "enrolment", "enrollment")

// studyDemands are what a student's notice asks or says: a quota, a
// verification, a sign-in, a renewal, an update, a hold, a deactivation,
// an upgrade, MFA, a look-up, a check, a result, a score, an appeal, a
// claim, an application, a fee, a payment, a refund, a confirmation, a
// reset, access; in Vietnamese xác nhận, xác minh, đăng nhập, đăng ký,
// tra cứu, kết quả, thanh toán, nộp, hoàn tiền, nhận.
var studyDemands = setOf("quota", "verify", "verification", "validate", "login", "signin", "logon", "sso", "renewal",
	"renew", "update", "hold", "deactivation", "deactivate", "deactivated", "suspended", "suspension", "expire",
	"expired", "expiring", "expiry", "reactivate", "reactivation", "upgrade", "mfa", "2fa", "lookup", "check",
	"checker", "result", "results", "score", "scores", "appeal", "claim", "apply", "application", "fee", "fees",
	"payment", "pay", "refund", "confirm", "confirmation", "reset", "password", "unlock", "access", "restore",
	"award", "awarded", "grant", "release", "storage", "full", "limit", "licence", "license", "status",
	"xacnhan", "xacminh", "dangnhap", "dangky", "tracuu", "ketqua", "thanhtoan", "nop", "hoantien", "nhan",
	"capnhat", "kichhoat")

// studySoftDemands are the studyDemands that are a school's, an exam
// board's or a guide's ordinary words too (exam-results, scholarship-
// application, ielts-score, library-access, student-status): beside a
// subject they make a notice's name only in three words or on a cheap
// ending.
var studySoftDemands = setOf("result", "results", "score", "scores", "apply", "application", "access", "status",
	"award", "awarded", "check", "lookup", "fee", "fees", "payment", "pay", "update", "grant", "release",
	"dangky", "tracuu", "ketqua", "nhan", "login", "signin", "sso", "license", "licence", "full", "storage",
	"checker")

// studyPlain are the words of a student's world that say nothing alone:
// a campus's people, a term, a year's number, free, full, early; in
// Vietnamese sớm (early), toàn phần (full), trực tuyến (online), năm
// (year), mới (new).
var studyPlain = setOf("new", "free", "full", "fully", "funded", "early", "online", "intl", "international",
	"global", "annual", "spring", "fall", "autumn", "summer", "winter", "term", "id", "account", "portal",
	"som", "toanphan", "tructuyen", "nam", "moi", "onl", "ngay")

// studyTrades are words that say a site is a school's, a teacher's, a
// guide's, a shop's or a community's, not a notice
// (scholarship-guide, exam-prep, ielts-tips, tuition-centre,
// student-union, library-catalog), or a tool's or a skill's
// (ielts-writing-checker, exam-results-dataset, grade-book-template):
// the name is not read.
var studyTrades = setOf("prep", "practice", "tips", "tip", "guide", "guides", "blog", "news", "tutor", "tutors",
	"tutoring", "teacher", "teachers", "coach", "coaching", "academy", "centre", "center", "course", "courses",
	"class", "classes", "lesson", "lessons", "school", "schools", "college", "university", "uni", "institute",
	"foundation", "fund", "trust", "society", "association", "union", "council", "club", "community", "forum",
	"magazine", "press", "journal", "book", "books", "shop", "store", "market", "rental", "housing", "hostel",
	"catalog", "catalogue", "archive", "archives", "museum", "project", "projects", "tracker", "app", "apps",
	"calculator", "planner", "simulator", "software", "tool", "tools", "api", "data", "stats", "search", "finder",
	"hub", "wiki", "list", "lists", "agency", "consulting", "consultant", "services", "service", "group", "network",
	"travel", "tours", "mock", "sample", "samples", "bank", "questions", "answers", "notes", "review", "reviews",
	"writing", "speaking", "reading", "listening", "vocabulary", "vocab", "grammar", "essay", "essays", "dataset",
	"datasets", "template", "templates", "demo", "clone", "generator", "solver", "scraper", "extension",
	"luyenthi", "ontap", "trungtam", "khoahoc", "tuvan", "giasu", "tintuc", "dethi", "tailieu", "congty")

// studyFillers are the padding a student's notice's name has: a portal,
// a desk, a centre's page, a mailbox, "my", "your".
var studyFillers = setOf("desk", "secure", "official", "page", "site", "web", "now", "today", "my",
	"your", "team", "dept", "department", "system", "office", "mail", "email", "services", "info", "helpdesk",
	"it", "congthongtin", "cong")

// studyKind says what a word of a student's notice's name is: 't' a
// trade's, 's' a subject, 'd' a demand, 'p' a plain word, 'f' a filler,
// 0 none.
func studyKind(w string) byte {
	switch {
	case studyTrades[w]:
		return 't'
	case studySubjects[w]:
		return 's'
	case studyDemands[w]:
		return 'd'
	case studyPlain[w]:
		return 'p'
	case studyFillers[w]:
		return 'f'
	}
	return 0
}

// studyApart are a student's notice's words of two or more written apart
// by a hyphen, as Vietnamese writes its syllables and English its
// compounds (hoc-phi, dang-ky-hoc-phan, student-id, financial-aid), and
// the one word studyKind knows them by.
var studyApart = map[string]string{"hoc-phi": "hocphi", "hoc-phan": "hocphan", "hoc-bong": "hocbong",
	"tuyen-sinh": "tuyensinh", "xet-tuyen": "xettuyen", "diem-thi": "diemthi", "du-hoc": "duhoc",
	"sinh-vien": "sinhvien", "thi-sinh": "thisinh", "nhap-hoc": "nhaphoc", "tot-nghiep": "totnghiep",
	"van-bang": "vanbang", "bang-cap": "bangcap", "chung-chi": "chungchi", "xac-nhan": "xacnhan",
	"xac-minh": "xacminh", "dang-nhap": "dangnhap", "dang-ky": "dangky", "tra-cuu": "tracuu",
	"ket-qua": "ketqua", "thanh-toan": "thanhtoan", "hoan-tien": "hoantien", "cap-nhat": "capnhat",
	"kich-hoat": "kichhoat", "toan-phan": "toanphan", "truc-tuyen": "tructuyen", "student-id": "studentid", "financial-aid": "financialaid",
	"student-aid": "studentaid", "student-loan": "studentloan", "office-365": "office365",
	"look-up": "lookup", "article-processing": "apc", "processing-charge": "apc", "cong-thong-tin": "congthongtin", "thong-tin": "congthongtin"}

// studyWords counts what studyName found in a name.
type studyWords struct {
	subjects, demands, plain, fillers, unknown, schools int
	words                                               int
	// hot: a subject of studyHot; acts: a demand that acts on an
	// account (not studySoftDemands)
	hot, acts       bool
	subject, demand string
}

// count adds the word w of kind k.
func (sw *studyWords) count(w string, k byte) {
	sw.words++
	switch k {
	case 's':
		sw.subjects++
		sw.hot = sw.hot || studyHot[w]
		if sw.subject == "" {
			sw.subject = w
		}
	case 'd':
		sw.demands++
		sw.acts = sw.acts || !studySoftDemands[w]
		if sw.demand == "" {
			sw.demand = w
		}
	case 'p':
		sw.plain++
	case 'f':
		sw.fillers++
	case 'u':
		// a school's short name (vnSchools)
		sw.schools++
	default:
		sw.unknown++
	}
}

// studySplit splits a part made of two or three words of a student's
// notice's name run together (studentportal, dangkyhocphan is one word
// already, hocphionline, webmailquota, scoreslookup), each of two
// letters or more, and reports them.
func studySplit(p string) (a, b string, ok bool) {
	if len(p) < 5 || len(p) > 30 {
		return "", "", false
	}
	for i := 2; i <= len(p)-2; i++ {
		if k := studyPartKind(p[:i]); k == 0 || k == 't' {
			continue
		}
		if k := studyPartKind(p[i:]); k != 0 && k != 't' {
			return p[:i], p[i:], true
		}
	}
	return "", "", false
}

// studyPartKind is studyKind, and 'u' for a Vietnamese school's short
// name (vnSchools).
func studyPartKind(w string) byte {
	if k := studyKind(w); k != 0 {
		return k
	}
	if vnSchools[w] {
		return 'u'
	}
	return 0
}

// vnSchools are Vietnamese universities' and academies' short names, the
// first label of their own hosts under edu.vn (hust.edu.vn, neu.edu.vn,
// hcmus.edu.vn): beside a student's word in a stranger's name they stand
// for the school (neu-dangkyhocphan, hcmus-hocphi), not an unknown word.
var vnSchools = setOf("hust", "neu", "hcmus", "hcmut", "hcmute", "hcmue", "hcmuaf", "hcmulaw", "ueh", "uel", "uit",
	"ftu", "vnu", "vnuhcm", "ussh", "ulis", "uet", "hnue", "ptit", "tdtu", "hutech", "ufm", "tmu", "vnua", "ctu",
	"dut", "udn", "huce", "utc", "hmu", "ump", "haui", "epu", "hou", "iuh", "ntu", "dlu", "tnu",
	"vlu", "uef", "bav", "aof", "dav", "ajc", "humg", "tlu", "hvnh", "hvtc", "hvct", "uneti", "sgu",
	"hcmussh", "vju", "usth", "phenikaa", "duytan", "dtu", "fpt", "rmit", "buv", "vinuni", "ueb", "vnuhn",
	"huflit", "uth", "hcmup", "tvu", "agu", "hcmuns", "qnu", "vinhuni", "tnut", "husc", "hueuni")

// studyName returns the subject and the demand of a registrable label
// (site.Label()) made for a student's notice, as the comment at the top
// says, and whether it is one. suffix is the name's public suffix.
func studyName(label, suffix string) (subject, demand string, ok bool) {
	if len(label) > 60 || len(label) < 5 || studySkipped(suffix) {
		return "", "", false
	}
	var sw studyWords
	// held: an unknown part kept, at label[heldAt:], to be read with the
	// next (and the one after) as one word written apart (hoc-phi,
	// dang-ky, cong-thong-tin: studyApart)
	held, heldAt, at, heldParts := "", 0, 0, 0
	for part := range strings.SplitSeq(label, "-") {
		if part == "" {
			return "", "", false
		}
		start := at
		at += len(part) + 1
		if held != "" {
			if w := studyApart[label[heldAt:at-1]]; w != "" {
				held, heldParts = "", 0
				sw.count(w, studyKind(w))
				continue
			}
			if heldParts == 1 {
				if _, ok := studyApartStart[label[heldAt:at-1]]; ok {
					// the first two of three (cong-thong of
					// cong-thong-tin)
					heldParts++
					continue
				}
			}
			for h := range strings.SplitSeq(label[heldAt:start-1], "-") {
				sw.count(h, studyPartKind(h))
			}
			held, heldParts = "", 0
		}
		part = strings.TrimRight(part, "0123456789")
		if part == "" {
			// a year or a number (tuyensinh-2026)
			continue
		}
		k := studyPartKind(part)
		switch k {
		case 't':
			return "", "", false
		case 0:
			if a, b, ok := studySplit(part); ok {
				if studyKind(a) == 't' || studyKind(b) == 't' {
					return "", "", false
				}
				sw.count(a, studyPartKind(a))
				sw.count(b, studyPartKind(b))
				continue
			}
			held, heldAt, heldParts = part, start, 1
			continue
		}
		sw.count(part, k)
	}
	if held != "" {
		for h := range strings.SplitSeq(label[heldAt:], "-") {
			sw.count(strings.TrimRight(h, "0123456789"), 0)
		}
	}
	w, tld := abusedTLDOf(suffix)
	cheap := w > 0 || creatorCheapEndings[tld]
	known := sw.subjects + sw.demands + sw.schools
	switch {
	case sw.unknown > 1 || sw.subjects == 0 && sw.schools == 0:
		if sw.subjects == 0 && cheap && sw.unknown == 0 && sw.plain > 0 && sw.demands > 0 && sw.acts {
			// a student's plain words and a demand that acts on
			// an account, on a cheap ending (account-verify is
			// no student's: left to the other readers)
			break
		}
		return "", "", false
	case known >= 2 && (sw.unknown == 0 || cheap || known >= 3 || sw.acts && sw.words >= 3) && (cheap || sw.words >= 3 || sw.acts):
		// two of a notice's words: what it is about and what it asks,
		// two subjects or a school's short name and a subject, in
		// three words, on a cheap ending or with a demand that acts on
		// an account (campus-webmail-quota, registrar-hold-verify.com,
		// toeic-score-lookup.site, neu-dangkyhocphan.online; not
		// exam-results.com, scholarship-application.org: a board's
		// or a foundation's names)
	case cheap && sw.hot && sw.unknown <= 1:
		// what only a school sends, on a cheap ending
		// (hocbong-toanphan.online, tuyensinh-som-2026.top)
	case cheap && sw.unknown == 0 && sw.subjects > 0 && sw.plain+sw.fillers > 0:
		// a subject and a student's plain word on a cheap ending
		// (student-portal.online)
	case sw.unknown == 0 && sw.hot && sw.schools > 0:
		// a Vietnamese school's short name beside what only it sends,
		// on any ending but its own (hcmus-hocphi.com)
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

// studyApartStart are the first two syllables of studyApart's words of
// three (cong-thong of cong-thong-tin).
var studyApartStart = map[string]struct{}{"cong-thong": {}}

// studySkipped reports whether studyName leaves names under suffix
// alone: Vietnam's ending (registered with papers: a school's own sites
// are named so there), and governments', schools' and armies' endings
// (bizSkipped); studyDress reads .vn itself (hcmus-edu.vn), and leaves
// the rest.
func studySkipped(suffix string) bool {
	return bizSkipped(suffix)
}

// academicEndings are the country codes whose schools are registered
// under ac.CC (ox.ac.uk, u-tokyo.ac.jp, kaist.ac.kr): a label ending in
// "-ac" on one of them fakes that ending.
var academicEndings = setOf("uk", "jp", "kr", "nz", "za", "in", "id", "th", "at", "il", "ir", "cn", "ke", "ug", "tz",
	"lk", "bd", "cy", "be", "rw", "zw", "mw", "ma", "fj", "pg")

// studyFronts are short words in front of "-edu" that make an ordinary
// name of a learning business, not a school's short name (my-edu,
// vn-edu, e-edu, go-edu, kid-edu): studyDress leaves them.
var studyFronts = setOf("my", "vn", "e", "i", "go", "we", "us", "top", "pro", "net", "web", "hub", "all", "one", "new",
	"hi", "ok", "eco", "bio", "kid", "the", "ai", "it", "tech", "smart", "global", "online", "open", "free", "easy",
	"best", "next", "star", "sun", "vina", "viet", "asia", "world", "edu", "ed", "k12", "stem", "ielts", "toeic")

// studyDress returns the academic ending a registrable label fakes in
// front of its own (hcmus-edu.vn → hcmus.edu.vn, oxford-ac.uk →
// oxford.ac.uk, stanford-edu.com → stanford.edu, hust-edu-vn.com →
// hust.edu.vn), and whether it fakes one: the label's last word is
// "edu" on a country's own ending (not one sold to anyone) after a
// school's known short name (vnSchools, famousSchools), "eduvn",
// "edu" and a country's two letters, or "ac" on a country whose schools
// are under ac.CC (academicEndings), after one word of two to twelve
// letters that is no English word, no Vietnamese name and none of
// studyFronts; or "edu" on another ending after a school's known short
// name (vnSchools, famousSchools: stanford-edu.com, neu-edu.net). A
// famous school's name is read though it is a word (oxford, cambridge).
func studyDress(label, suffix string) (fake string, ok bool) {
	i := strings.IndexByte(label, '-')
	if i < 2 || i > 12 || suffix != "vn" && studySkipped(suffix) {
		return "", false
	}
	front, rest := label[:i], label[i+1:]
	tld := suffix[strings.LastIndexByte(suffix, '.')+1:]
	ccEnding := len(suffix) == 2 && !openCountryEndings[suffix]
	switch {
	case rest == "edu" && ccEnding && (vnSchools[front] || famousSchools[front] && !schoolPlaces[front]):
		// hcmus-edu.vn fakes hcmus.edu.vn (not on a country's
		// ending sold to anyone: x-edu.io fakes no edu.io); only a
		// school's known short name, for edu.CC is closed to the
		// learning businesses and publishers that register their
		// own name so instead (ivs-edu.vn, ksv-edu.vn, nxbgd-edu.vn:
		// rev49f), and a famous school named for its city or
		// country is a study-abroad agency's name there
		// (tokyo-edu.vn, seoul-edu.vn: schoolPlaces)
		fake = front + ".edu." + suffix
	case rest == "edu" && !ccEnding && (vnSchools[front] || famousSchools[front]):
		// stanford-edu.com, neu-edu.net: a school's known short name
		// before "edu" on another ending; a learning business's
		// own name is often written so (kidsmart-edu.com,
		// abc-edu.com)
		fake = front + ".edu"
	case rest == "eduvn":
		fake = front + ".edu.vn"
	case len(rest) == 6 && strings.HasPrefix(rest, "edu-") && isLetters(rest[4:]):
		// hust-edu-vn.com fakes hust.edu.vn
		fake = front + ".edu." + rest[4:]
	case rest == "ac" && suffix == tld && academicEndings[tld]:
		// oxford-ac.uk; not a firm's air conditioning under a
		// country's business ending (smith-ac.co.uk)
		fake = front + ".ac." + tld
	default:
		return "", false
	}
	if !isLetters(front) || studyFronts[front] || !famousSchools[front] && (englishWord(front) || !vnSchools[front] && brand.VietnameseName(front)) {
		return "", false
	}
	return fake, true
}

// famousSchools are the short names of universities known the world
// over that are words or places of their own (oxford, cambridge, yale):
// in front of a faked academic ending they are the school's.
var famousSchools = setOf("oxford", "cambridge", "harvard", "yale", "princeton", "stanford", "columbia", "berkeley",
	"cornell", "brown", "duke", "imperial", "durham", "warwick", "bath", "york", "leeds", "manchester", "bristol",
	"edinburgh", "glasgow", "monash", "melbourne", "sydney", "toronto", "mcgill", "tokyo", "kyoto", "seoul", "yonsei",
	"korea", "tsinghua", "peking", "fudan", "rmit", "deakin", "auckland", "otago", "mit", "ucla", "nyu", "usc", "cmu",
	"caltech", "ucl", "lse", "nus", "hku", "kaist", "anu", "ubc", "utoronto", "umich", "uchicago", "upenn", "gatech")

// schoolPlaces are the famous schools' short names that are a city's or
// a country's (tokyo, seoul, sydney): before "-edu" on a country's own
// ending they name the study-abroad agencies that send students there
// (tokyo-edu.vn, korea-edu.vn), no school (rev49f); before "-edu" on
// another ending (toronto-edu.com) and "-ac" they are still read.
var schoolPlaces = setOf("tokyo", "kyoto", "seoul", "korea", "sydney", "melbourne", "toronto", "auckland", "otago",
	"peking", "york", "bath", "durham", "warwick", "leeds", "manchester", "bristol", "edinburgh", "glasgow",
	"columbia", "berkeley")

// isLetters reports whether s is lower-case ASCII letters only.
func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}

func init() {
	for k, v := range map[string][2]string{
		"study_name": {
			"%[1]s is named for a notice sent to students (%[2]s, %[3]s), as the sites of fake school mailboxes, tuition payments, exam results and scholarships are",
			"%[1]s được đặt tên theo một thông báo gửi sinh viên, học sinh (%[2]s, %[3]s), như các trang lừa đảo giả hộp thư trường, đóng học phí, tra cứu điểm thi và học bổng"},
		"study_dress": {
			"%[1]s dresses up as a school's site (%[2]s) but is not under a school's ending (such as edu.vn, .edu or ac.uk)",
			"%[1]s giả dạng trang của một trường học (%[2]s) nhưng không nằm dưới đuôi tên miền của trường (như edu.vn, .edu hay ac.uk)"},
	} {
		englishDetails[k], vietnameseDetails[k] = v[0], v[1]
	}
}

// judgeStudyName notes a registrable name made for a student's notice
// (studyName) or dressed as a school's (studyDress), unless a reading
// before it already named the host's words.
func judgeStudyName(info *hostInfo, site *linkx.Link, shown string) {
	label := site.Label()
	if strings.IndexByte(label, '-') < 0 && len(label) < 8 {
		// no word beside another and no run-together name long
		// enough to hold two
		return
	}
	if fake, ok := studyDress(label, site.Suffix); ok {
		d := say2("study_dress", shown, fake)
		info.note(Reason{Code: CodeGovName, Subject: shown, Weight: wStudyDress, text: d})
		return
	}
	if subject, demand, ok := studyName(label, site.Suffix); ok {
		info.note(Reason{Code: CodeDomainWords, Subject: shown, Weight: wStudyName, text: say2("study_name", shown, subject, demand)})
	}
}
