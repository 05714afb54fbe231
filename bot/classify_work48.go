package bot

import "strings"

// Brandless names made for a work notice (work48). Job seekers,
// employees and contractors are sent notices that name no protected
// brand: an offer letter to accept, onboarding or new-hire papers, a
// payslip or a pay stub to view, a W-2, a 1099, a P60 to download, a
// direct deposit to change, a salary adjustment, a benefits enrollment,
// an I-9 or a background check's fee, an interview slot to book; in
// Vietnamese a confirmation (xác nhận) of an interview (phỏng vấn), a
// candidate's (ứng viên) file (hồ sơ), a job to take (nhận việc), pay to
// collect (nhận lương). Their sites are named so (offer-acceptance-
// portal, payslip-viewer, i9-verification-desk, xacnhan-phongvan-
// ungvien, nhanviec-ngay), words no lure list, scam44's notices or
// lure47's creator notices knew. workName reads such a registrable name
// at run time, hand-weighted outside the trainer's view: two of a work
// notice's subjects (workSubjects), or one beside what it asks
// (workDemands), or one on a cheap ending; a word that says the site is
// a trade's, a guide's or a tool's (workTrades: payroll-calculator,
// offer-letter-template, interview-prep) leaves the name unread, and no
// name under Vietnam's ending is read (vnEnding: a firm's own hiring
// site is named so there, tuyendung-acme.vn).

// wWorkName: a name made for a work notice warns alone, as a notice's
// name does (wNoticeName)
const wWorkName = wNoticeName

// workSubjects are what a work notice is about, as its site's name
// writes it: an offer, onboarding, a new hire's papers, a payslip, a pay
// stub, a tax form (w2, 1099, p60), a direct deposit, a salary, payroll,
// benefits, an I-9, a background check, an interview, a timesheet; in
// Vietnamese phỏng vấn, lịch phỏng vấn, hồ sơ, nhận việc, nhận lương,
// lương, tuyển dụng.
var workSubjects = setOf("offer", "offerletter", "onboarding", "newhire", "payslip", "payslips", "paystub", "paystubs",
	"paycheck", "w2", "w4", "1099", "1099nec", "p60", "p45", "i9", "directdeposit", "salary", "payroll", "benefits",
	"backgroundcheck", "interview", "interviews", "timesheet", "employment", "hiring", "phongvan", "lichphongvan",
	"hoso", "nhanviec", "nhanluong", "luong", "tuyendung")

// workHot are the subjects a scam's name is made of whatever stands
// beside them on a cheap ending (payslip-<word>.online,
// nhanviec-<word>.top): papers and pay only an employer's own site
// hands out.
var workHot = setOf("payslip", "payslips", "paystub", "paystubs", "w2", "1099", "p60", "i9", "directdeposit",
	"offerletter", "nhanviec", "nhanluong", "lichphongvan")

// workDemands are what a work notice asks or says: accept, sign,
// confirm, verify, view, download, access, update, change, adjust,
// increase, enroll, book, schedule, a slot, a fee, a sign-in, a claim,
// a release, a review, an approval, the papers; in Vietnamese xác nhận
// (confirm), xác minh (verify), đăng nhập (sign in), đăng ký (register).
var workDemands = setOf("acceptance", "accept", "signing", "sign", "esign", "confirm", "confirmation", "verify",
	"verification", "viewer", "view", "download", "access", "update", "change", "adjustment", "increase",
	"enrollment", "enroll", "booking", "book", "schedule", "slot", "slots", "fee", "login", "signin", "claim",
	"release", "review", "approval", "docs", "documents", "letter", "form", "forms", "invite", "invitation",
	"xacnhan", "xacminh", "dangnhap", "dangky")

// workSoftDemands are the workDemands that are a trade's or a guide's
// ordinary words too (offer-letter, salary-review, benefits-enrollment,
// interview-booking), and access a vendor's or a programme's name
// (benefits-access, payroll-access, employment-access; rev48e): beside a
// subject they make a notice's name only in three words or on a cheap
// ending.
var workSoftDemands = setOf("access", "letter", "review", "enrollment", "enroll", "booking", "book", "schedule", "slot", "slots",
	"form", "forms", "docs", "documents", "update", "change", "increase", "adjustment", "invite", "invitation", "fee",
	"release", "dangky")

// workPlain are the words of a worker's world that say nothing alone:
// an employee, a candidate, a job, HR; in Vietnamese ứng viên
// (candidate), việc (job), ngay (now).
var workPlain = setOf("employee", "employees", "staff", "candidate", "candidates", "applicant", "applicants", "job",
	"hr", "worker", "workers", "new", "tax", "open", "ungvien", "viec", "ngay", "onl")

// workTrades are words that say a site is a trade's, a guide's or a
// tool's, not a notice (payroll-calculator, offer-letter-template,
// interview-prep, benefits-insurance, salary-survey): the name is not
// read.
var workTrades = setOf("calculator", "calc", "template", "templates", "guide", "guides", "tips", "prep", "blog", "news",
	"law", "lawyer", "lawyers", "attorney", "software", "app", "tool", "tools", "academy", "course", "courses",
	"school", "coach", "coaching", "agency", "consulting", "solutions", "services", "service", "group", "inc", "llc",
	"insurance", "bank", "cpa", "accounting", "survey", "data", "report", "jobs", "careers", "board", "network",
	"partners", "company", "co", "corp", "university", "college", "questions", "practice", "simulator", "advice",
	"kit", "magazine", "podcast", "wiki", "forum", "community", "club", "events", "expo", "fair", "solution",
	"tintuc", "khoahoc", "mau")

// workFillers are the padding a work notice's name has: a portal, a
// desk, a center, a page.
var workFillers = setOf("portal", "desk", "center", "centre", "hub", "online", "secure", "official", "page", "site",
	"web", "now", "today", "my", "your", "team", "dept", "department", "system", "access")

// workKind says what a word of a work notice's name is: 't' a trade's,
// 's' a subject, 'd' a demand, 'p' a plain word, 'f' a filler, 0 none.
func workKind(w string) byte {
	switch {
	case workTrades[w]:
		return 't'
	case workSubjects[w]:
		return 's'
	case workDemands[w]:
		return 'd'
	case workPlain[w]:
		return 'p'
	case workFillers[w]:
		return 'f'
	}
	return 0
}

// workWords counts what workName found in a name.
type workWords struct {
	subjects, demands, plain, fillers, unknown int
	words                                      int
	// hot: a subject of workHot; acts: a demand that acts on an
	// account (not workSoftDemands)
	hot, acts                  bool
	subject, demand, plainWord string
}

// count adds the word w of kind k.
func (ww *workWords) count(w string, k byte) {
	ww.words++
	switch k {
	case 's':
		ww.subjects++
		ww.hot = ww.hot || workHot[w]
		if ww.subject == "" {
			ww.subject = w
		}
	case 'd':
		ww.demands++
		ww.acts = ww.acts || !workSoftDemands[w]
		if ww.demand == "" {
			ww.demand = w
		}
	case 'p':
		ww.plain++
		if ww.plainWord == "" {
			ww.plainWord = w
		}
	case 'f':
		ww.fillers++
	default:
		ww.unknown++
	}
}

// workSplit splits a part made of two words of a work notice's name run
// together (payslipviewer, offeracceptance, xacnhanphongvan), each of
// two letters or more, and reports them.
func workSplit(p string) (a, b string, ok bool) {
	if len(p) < 5 || len(p) > 30 {
		return "", "", false
	}
	for i := 2; i <= len(p)-2; i++ {
		if k := workKind(p[:i]); k == 0 || k == 't' {
			continue
		}
		if k := workKind(p[i:]); k != 0 && k != 't' {
			return p[:i], p[i:], true
		}
	}
	return "", "", false
}

// workApart are a work notice's words of two written apart by a hyphen,
// as Vietnamese writes its syllables and English its compounds
// (xac-nhan-phong-van, nhan-viec-online, direct-deposit-update,
// w-2-download), and the one word workKind knows them by (rev48e).
var workApart = map[string]string{"xac-nhan": "xacnhan", "xac-minh": "xacminh", "phong-van": "phongvan",
	"ung-vien": "ungvien", "tuyen-dung": "tuyendung", "ho-so": "hoso", "nhan-viec": "nhanviec",
	"nhan-luong": "nhanluong", "dang-nhap": "dangnhap", "dang-ky": "dangky", "direct-deposit": "directdeposit",
	"new-hire": "newhire", "offer-letter": "offerletter", "pay-slip": "payslip", "pay-stub": "paystub",
	"w-2": "w2", "w-4": "w4", "i-9": "i9", "background-check": "backgroundcheck"}

// workName returns the subject and the demand of a registrable label
// (site.Label()) made for a work notice, as the comment at the top says,
// and whether it is one. suffix is the name's public suffix.
func workName(label, suffix string) (subject, demand string, ok bool) {
	if len(label) > 60 || len(label) < 5 || vnEnding(suffix) {
		return "", "", false
	}
	var ww workWords
	parts := 0
	// held: an unknown part kept, at label[heldAt:], to be read with the
	// next as one word written apart (xac-nhan, direct-deposit: workApart)
	held, heldAt, at := "", 0, 0
	for part := range strings.SplitSeq(label, "-") {
		if part == "" {
			return "", "", false
		}
		parts++
		start := at
		at += len(part) + 1
		if held != "" {
			w := workApart[label[heldAt:at-1]]
			if w != "" {
				held = ""
				ww.count(w, workKind(w))
				continue
			}
			ww.count(held, 0)
			held = ""
		}
		k := workKind(part)
		switch k {
		case 't':
			return "", "", false
		case 0:
			if a, b, ok := workSplit(part); ok {
				ww.count(a, workKind(a))
				ww.count(b, workKind(b))
				continue
			}
			held, heldAt = part, start
			continue
		}
		ww.count(part, k)
	}
	if held != "" {
		ww.count(held, 0)
	}
	w, tld := abusedTLDOf(suffix)
	cheap := w > 0 || creatorCheapEndings[tld]
	known := ww.subjects + ww.demands
	switch {
	case ww.unknown > 1:
		return "", "", false
	case ww.subjects == 0:
		if !cheap || ww.unknown > 0 || ww.plain == 0 || ww.demands == 0 {
			return "", "", false
		}
		// a worker's plain words and a demand on a cheap ending
		// (new-employee-docs.top, candidate-verify.online)
	case known >= 2 && (ww.unknown == 0 || cheap || known >= 3 || ww.acts && ww.words >= 3) && (cheap || ww.words >= 3 || ww.acts):
		// two of a notice's words: what it is about and what it asks,
		// or two subjects, in three words, on a cheap ending or with a
		// demand that acts on an account (offer-acceptance-portal,
		// payslip-viewer.online, xacnhan-phongvan-<word>.net,
		// i9-verify.com; not salary-review.com, offer-letter.com,
		// benefits-enrollment.com: a firm's or a guide's names)
	case cheap && ww.unknown == 0 && ww.plain > 0:
		// a subject and a worker's plain word on a cheap ending
		// (employee-payroll.online; not a filler's alone: myoffer.pro
		// is a shop's)
	case ww.unknown == 0 && ww.hot && ww.plain > 0 && ww.fillers+ww.demands > 0:
		// papers or pay only an employer hands out, beside a worker's
		// plain word and a portal's or a demand's, on any ending
		// (employee-payslip-portal.us, employee-w2-portal.com)
	case cheap && ww.hot:
		// papers or pay only an employer hands out, on a cheap ending
		// (nhanviec-<word>.online, paystub-<word>.top)
	default:
		return "", "", false
	}
	if ww.subject == "" {
		ww.subject = ww.plainWord
	}
	if ww.demand == "" {
		ww.demand = ww.subject
	}
	return ww.subject, ww.demand, true
}

func init() {
	for k, v := range map[string][2]string{
		"work_name": {
			"%[1]s is named for a notice sent to job seekers or employees (%[2]s, %[3]s), as the sites of fake job offers, payslips, tax forms and direct-deposit changes are",
			"%[1]s được đặt tên theo một thông báo gửi người tìm việc hay nhân viên (%[2]s, %[3]s), như các trang lừa đảo mời nhận việc, phiếu lương, giấy tờ thuế và đổi tài khoản nhận lương"},
	} {
		englishDetails[k], vietnameseDetails[k] = v[0], v[1]
	}
}
