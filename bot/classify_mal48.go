package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
)

// Malware aimed at workers, job seekers and small businesses (mal48).
// A stealer reaches them as a paper of their work or a tool of it: a
// payslip, a CV, an offer letter, a W-2 or an invoice that is an archive
// or a program; a skills test, a timeclock, a device agent or a VPN
// client from a site named for it; a tax refund calculator or a payroll
// script from a code forge's account named for the trade; a trading
// bot's Expert Advisor (a MetaTrader program, .ex4/.ex5) from a file
// host. mal47 read a brand deal's papers (dealPaperWords); the papers
// and tools of a job were missing, and so were the links that name no
// file at all (a Drive download by id, a OneDrive or WeTransfer
// download, gofile.io/d/ID) beside a message offering a payslip or a CV.
// Four readings, each warning alone (wWorkFile) and deleting with a
// second tell:
//
//   - a file named as a work paper or a work tool (workFileWord: its
//     words, split as docLureWord splits them, hold a paper's word of a
//     job's — payroll, payslip, resume, cv, offer letter, w2, timesheet,
//     hồ sơ, bảng lương … — or a trading tool's — EA, expert advisor,
//     scalper, indicator) served as an archive, a disk image, a program,
//     a script or an EA from a place anyone puts files (uploadPath, a
//     storage bucket, a share's download): an archive warns, the rest
//     deletes (no employer's paper is a program);
//   - a share's download that names no file (a Drive or OneDrive
//     download by id, 1drv.ms/u/, a WeTransfer download, a file host's
//     page) beside the words of a work paper in the message or in the
//     link's own path (workLurePhrases): warns; with an archive's
//     password or a request to run it as administrator besides,
//     deletes. A Drive file's page (/file/d/ID/view: a preview, how
//     people share their own CV) and a shared document are not read;
//   - a program, an archive or a script on a code forge under an
//     account of two words or more one of which names a work's or a
//     trading's trade (workAccountWords: payroll-sync-team,
//     irs-tax-refund-tools, fx-gold-signals), the file named for a work
//     paper or tool too, or fetched and run: warns (wForgeImpostor);
//     deletes when the account names an agency or a vendor
//     (workBrandWords) or the script is run;
//   - a Windows program or script from a stranger's hyphenated site one
//     of whose words names a work tool (workToolWords:
//     staffhub-timeclock.net, employee-device-agent.com): warns
//     (wKindSite); deletes when the site names a vendor or a notice
//     (workBrandWords, workNoticeWords).
//
// Real vendors' installers on their own domains (zoom.us, slack.com),
// real projects' releases (a project's build is named for itself), a CV
// shared as a Drive preview or a PDF, and a payslip template in a shared
// spreadsheet are none of these.

// wWorkFile weighs a work paper's or tool's file served where anyone
// puts files, or a share's download beside a work paper's words: warns.
const wWorkFile = 0.6

// workPaperWords are the words of a job's papers and tools, and of a
// trader's tools, a lure's file is named with (lower case, one word as
// file names are written; Vietnamese joined without its marks).
var workPaperWords = setOf("payroll", "payslip", "payslips", "paystub", "paystubs", "paycheck", "salary",
	"salaries", "wages", "bonus", "bonuses", "timesheet", "timesheets", "timeclock", "resume", "resumes", "cv", "cvs",
	"portfolio", "employment", "employee", "onboarding", "recruitment", "hiring", "interview", "assessment",
	"skilltest", "remittance", "invoice", "invoices", "contract", "agreement", "w2", "w9", "i9", "1099", "tax",
	"taxes", "taxform", "refund", "irs", "benefits", "severance", "appraisal", "jobdescription", "offerletter",
	"deviceagent", "timetracker",
	// a trader's tools: an Expert Advisor is a MetaTrader program
	"ea", "scalper", "expertadvisor", "tradingbot", "forexrobot",
	// Vietnamese (hồ sơ, hợp đồng, bảng lương, phiếu lương, hóa đơn,
	// chấm công, ứng viên, tuyển dụng, phỏng vấn, nhân viên), joined
	"hoso", "hopdong", "bangluong", "phieuluong", "hoadon", "chamcong", "ungvien", "tuyendung", "phongvan",
	"nhanvien")

// workPaperPairs are two words of a work paper's name that say it
// together (offer letter, skills test, pay slip; Vietnamese ho so, bang
// luong …).
var workPaperPairs = map[string]string{"offer": "letter", "skills": "test", "skill": "test", "pay": "slip",
	"salary": "slip", "job": "offer", "expert": "advisor", "trading": "bot", "forex": "robot", "time": "clock",
	"ho": "so", "hop": "dong", "bang": "luong", "phieu": "luong", "hoa": "don", "cham": "cong", "ung": "vien",
	"tuyen": "dung", "phong": "van", "nhan": "vien"}

// workPaperForms are the words of a paper's form, kind and date a
// lower-case work paper's name holds besides (payslip_nov, cv_final).
var workPaperForms = setOf("signed", "final", "draft", "copy", "doc", "docs", "documents", "document", "pdf",
	"docx", "new", "revised", "full", "and", "for", "of", "the", "form", "forms", "details", "info", "my", "your",
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "q", "v", "pro", "test",
	"tool", "tools", "setup", "kit", "pack", "letter", "update", "statement", "report", "scan", "thang", "t")

// workFileWord returns the word of a work paper or tool a file's name is
// made of, or "": a name written as a clerk writes one (capitalised) may
// hold three words besides (a person's name, a company's, a month), a
// lower-case one only the papers' words and their forms (payslip_nov,
// cv-final), as a project's invoice-generator.zip is no paper. Numbers
// are words of its name (v2, t11, 2026q3, 1099).
func workFileWord(file string) string { return workPapers.word(file) }

// workPapers reads a work paper's or tool's name (workFileWord).
var workPapers = paperNames{words: workPaperWords, pairs: workPaperPairs, forms: workPaperForms, digits: true, others: 3}

// eaFile reports a MetaTrader program (an Expert Advisor or an
// indicator compiled: .ex4, .ex5), which runs inside the trader's
// terminal and may load a library of its own.
func eaFile(f string) bool {
	i := strings.LastIndexByte(f, '.')
	return i >= 0 && (strings.EqualFold(f[i:], ".ex4") || strings.EqualFold(f[i:], ".ex5"))
}

// workLurePhrases are a work paper's or a trader's tool's words a
// message (folded) offers a share's download with. A business's papers
// to view (invoice, remittance, hóa đơn) are mal35b's, read beside a word
// of viewing (sharePaperWords); words that name a share's title as often
// as a lure (onboarding, bonus, portfolio) are left out: "Docs for
// onboarding.zip" beside a gofile link is a title (rev41c).
var workLurePhrases = []string{"payroll", "payslip", "payslips", "pay slip", "pay slips", "paystub", "paystubs",
	"pay stub", "paycheck", "paychecks", "paycheque", "paycheques", "pay cheque", "pay check", "salary letter",
	"salary revision", "salary certificate", "increment letter", "salary slip", "salary statement", "salary adjustment", "salary increase", "salary review",
	"my cv", "the cv", "our cv", "cv and", "cv for", "resume", "curriculum vitae", "offer letter",
	"job offer", "employment contract", "employment documents", "employment papers", "contract to sign",
	"w 2", "w2", "w2s", "1099", "tax form", "tax forms", "tax return", "tax refund", "tax documents",
	"timesheet", "timesheets", "assessment", "skills test", "skill test",
	"coding test", "job description", "hr documents", "hr docs", "expert advisor", "trading bot", "forex robot",
	"scalper", "gold ea", "forex ea", "ea free", "mt4 ea", "mt5 ea", "ea mt4", "ea mt5", "mt4 indicator",
	"mt5 indicator",
	// Vietnamese, folded
	"ho so", "hop dong", "bang luong", "phieu luong", "cham cong", "thong bao luong", "to khai thue", "ho so ung vien", "mo ta cong viec",
	"tuyen dung", "luong thang"}

// workLureWord returns the first of workLurePhrases folded holds as
// words, or "".
func workLureWord(folded []byte) string {
	return firstPhrase(folded, workLurePhrases)
}

// shareDownload reports a share's link that downloads its file by an
// id, naming none: a Drive or Docs download (uc?export=download), a
// OneDrive download or a 1drv.ms share of a file that is no Office
// document (/u/), a WeTransfer download, a Dropbox link asking the file
// (dl=1); a file host's page (fileHosts) is read where uploadPath is. A
// Drive file's page (/file/d/ID/view) is a preview.
func shareDownload(l *linkx.Link) bool {
	switch l.Host {
	case "drive.google.com", "docs.google.com", "drive.usercontent.google.com":
		return strings.HasPrefix(l.Path, "/uc") || strings.HasPrefix(l.Path, "/download")
	case "onedrive.live.com":
		return strings.HasPrefix(l.Path, "/download")
	case "1drv.ms":
		return strings.HasPrefix(l.Path, "/u/")
	case "wetransfer.com", "www.wetransfer.com":
		return strings.HasPrefix(l.Path, "/downloads/")
	case "we.tl":
		return len(l.Path) > 2
	case "dropbox.com", "www.dropbox.com", "dl.dropbox.com", "dl.dropboxusercontent.com":
		return strings.Contains(l.Query, "dl=1") || l.Host != "dropbox.com" && l.Host != "www.dropbox.com"
	}
	return false
}

// shareHosts reports the hosts shareDownload reads (not the file hosts,
// which uploadPath knows).
func shareHosts(host string) bool {
	switch host {
	case "drive.google.com", "docs.google.com", "drive.usercontent.google.com", "onedrive.live.com", "1drv.ms",
		"wetransfer.com", "www.wetransfer.com", "we.tl", "dropbox.com", "www.dropbox.com", "dl.dropbox.com",
		"dl.dropboxusercontent.com":
		return true
	}
	return false
}

// workAccountWords are the words of a code forge's account named for a
// work's or a trading's trade (payroll-sync-team, fx-gold-signals).
var workAccountWords = setOf("payroll", "payslip", "salary", "tax", "taxes", "refund", "irs", "hiring", "recruit",
	"recruiting", "recruitment", "recruiter", "hr", "onboarding", "invoice", "invoices", "invoicing", "timeclock",
	"timesheet", "assessment", "employee", "employees", "forex", "fx", "trading", "trader", "signals", "scalper",
	"profit", "profits", "ea", "w2", "1099")

// workBrandWords are agencies and vendors of work, pay and trading a
// work site or account is named for to pass for theirs: with one, a
// reading deletes.
var workBrandWords = setOf("irs", "hmrc", "adp", "paychex", "gusto", "workday", "quickbooks", "intuit", "turbotax",
	"hrblock", "zoom", "teams", "slack", "upwork", "fiverr", "linkedin", "indeed", "glassdoor", "metatrader", "mt4",
	"mt5", "binance", "coinbase", "paypal", "stripe", "docusign", "microsoft", "office365", "outlook", "webex",
	"bamboohr", "rippling", "deel", "payoneer", "xero", "sage")

// workNoticeWords are a notice's words a work tool's site is named with
// besides (employee-vpn-update.com): with one, a reading deletes.
var workNoticeWords = setOf("update", "updates", "required", "secure", "security", "verify", "verification",
	"portal", "official", "support", "helpdesk", "login", "signin")

// workToolWords are the words of a work tool a stranger's site serving a
// Windows program is named with (staffhub-timeclock.net).
var workToolWords = setOf("timeclock", "timesheet", "timesheets", "timetracker", "assessment", "assessments",
	"skills", "skilltest", "hiring", "recruit", "recruiting", "recruitment", "onboarding", "payroll", "payslip",
	"employee", "employees", "staff", "workforce", "hr", "vpn", "meeting", "meetings", "interview", "candidate",
	"candidates", "careers", "invoice", "invoices", "tax", "w2", "paystub", "trading", "forex", "indicator",
	"signals", "agent", "chamcong", "nhanvien", "tuyendung", "hoadon", "bangluong")

// workFileAt returns the work paper's word a link's file is named with
// and the file, when it is served as an archive, a disk image, a
// program, a script or an EA from a place anyone puts files (place), or
// "", "".
func workFileAt(l *linkx.Link, place bool) (string, string, filetype.Finding) {
	if !place || strings.IndexByte(l.Path, '.') < 0 && strings.IndexByte(l.Query, '.') < 0 {
		return "", "", filetype.Finding{}
	}
	f := linkFile(l)
	if strings.IndexByte(f, '.') <= 0 {
		return "", "", filetype.Finding{}
	}
	fd := filetype.Check(f, "")
	if !fd.Dangerous() && fd.Kind != filetype.Archive && fd.Kind != filetype.DiskImage && !eaFile(f) {
		return "", "", filetype.Finding{}
	}
	w := workFileWord(f)
	if w == "" && eaFile(f) {
		w = "ea" // a MetaTrader program, whatever its name
	}
	return w, f, fd
}

// saidFile reports a finding already made of a file, a download or a
// command of a warning's weight: the work readings add none beside it.
func saidFile(rs *reasons) bool {
	for _, r := range rs.items() {
		if (r.Code == CodeDangerousFile || r.Code == CodeDownloadName || r.Code == CodeRunCommand) && r.Weight >= wWorkFile {
			return true
		}
	}
	return false
}

// workPathWord returns the work paper's word a share's path or query
// holds, its words split at punctuation, digits and capitals
// (1Payroll_Nov, authkey=!Invoice_Remittance), or "".
func workPathWord(s string) string {
	var buf [64]byte
	prev := ""
	for i := 0; i < len(s); {
		if !isASCIILetter(s[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isASCIILetter(s[j]) && !(s[j] >= 'A' && s[j] <= 'Z' && s[j-1] >= 'a' && s[j-1] <= 'z') {
			j++
		}
		n := 0
		for _, c := range []byte(s[i:min(j, i+len(buf))]) {
			buf[n] = c | 0x20
			n++
		}
		b := buf[:n]
		i = j
		if n >= 3 && workPaperWords[string(b)] && string(b) != "tax" && string(b) != "ea" {
			return string(b)
		}
		if prev != "" && workPaperPairs[prev] == string(b) {
			return prev + " " + string(b)
		}
		prev = ""
		if _, ok := workPaperPairs[string(b)]; ok {
			prev = string(b)
		}
	}
	return ""
}

// judgeWorkLures finds malware offered to a worker as a work paper or
// tool (see Malware aimed at workers above) and adds one finding for the
// first such link, when no other reading said as much of a file.
// uploads is false when judgeMessageLinks found no link of the message
// on an upload path (uploadPath) or in a bucket (bucketName): then
// neither is asked again.
func judgeWorkLures(rs *reasons, clean string, j *Judgement, k *knowledge, uploads bool) {
	for i := range j.Links {
		l := &j.Links[i]
		if l.Defanged || l.Domain == "" && !l.IP.IsValid() {
			continue
		}
		upload := uploads && uploadPath(l)
		bucket, share := false, false
		switch {
		case upload:
			share = fileHosts[l.Domain] && len(l.Path) > 2 // a file host's page by an id
		case shareHosts(l.Host):
			share = shareDownload(l)
		default:
			bucket = uploads && bucketName(l) != ""
		}
		place := upload || bucket || share
		if !place {
			continue // the cheap looks first: most links are no upload
		}
		w, f, fd := workFileAt(l, place)
		if upload {
			if owner, repo := forgeParts(l); owner != "" {
				if judgeWorkAccount(rs, clean, l, owner, repo) {
					return
				}
				if w != "" && projectNamed(owner, repo, w) {
					continue // a project named for the paper (an invoice generator's, a CV template's)
				}
			}
		}
		if w != "" {
			if saidFile(rs) {
				return
			}
			weight := wWorkFile
			if fd.Dangerous() || fd.Kind == filetype.DiskImage {
				weight = wImpostorFile // a program, a script or a disk image: no paper is one
			}
			shown := linkx.Defang(l.Unicode)
			d := say2("work_paper", shown, f, w)
			rs.add(Reason{Code: CodeDangerousFile, Weight: weight, Subject: f, File: fd.Kind.String(), text: d, Detail: d.inEnglish()})
			return
		}
		if bucket {
			if judgeWorkBucket(rs, l) {
				return
			}
			continue
		}
		if !share || endsInDocument(l) {
			continue
		}
		w = workPathWord(l.Path)
		if w == "" && l.Query != "" {
			w = workPathWord(l.Query)
		}
		folded := k.folded()
		if w == "" {
			w = workLureWord(folded)
		}
		if w == "" {
			continue
		}
		if saidFile(rs) {
			return
		}
		weight := wShareBait
		tells := "\"" + w + "\""
		if p := passwordGiven(folded); p != "" {
			weight, tells = wShareBaitTwo, tells+", \""+p+"\""
		} else if a := firstPhrase(folded, shareAdminWords); a != "" {
			weight, tells = wShareBaitTwo, tells+", \""+a+"\""
		}
		shown := linkx.Defang(l.Host) + l.Path
		d := say2("work_share", shown, linkx.Defang(l.Host), tells)
		rs.add(Reason{Code: CodeDangerousFile, Weight: weight, Subject: shown, File: "shared_file", text: d, Detail: d.inEnglish()})
		return
	}
	judgeWorkSites(rs, j, k)
}

// projectNamed reports a forge's owner or repository whose name holds a
// work paper's word w (invoiceninja/invoiceninja, someone/resume,
// legal-vn/hop-dong, acme/Time-Sheet): a project of the paper, whose
// release is named for it. The names are compared as foldWord folds
// them (no case, hyphens, underscores or dots), as workFileWord reads a
// file's words apart from its punctuation (rev48d).
func projectNamed(owner, repo, w string) bool {
	w = strings.ReplaceAll(w, " ", "")
	return strings.Contains(foldWord(owner), w) || strings.Contains(foldWord(repo), w)
}

// endsInDocument reports a share's link whose file is named and is a
// document (resume.pdf, payslip.xlsx), not an archive or a program.
func endsInDocument(l *linkx.Link) bool {
	f := linkFile(l)
	if strings.IndexByte(f, '.') <= 0 {
		return false
	}
	fd := filetype.Check(f, "")
	if fd.Kind == filetype.Page && fileHosts[l.Domain] {
		return false // a file host's page of the file (4shared.com/rar/ID/NAME.html)
	}
	return !fd.Dangerous() && fd.Kind != filetype.Archive && fd.Kind != filetype.DiskImage && !eaFile(f)
}

// judgeWorkAccount reads a code forge's release or file under an
// account named for a work's or a trading's trade (workAccountWords),
// and reports whether it added a finding.
func judgeWorkAccount(rs *reasons, clean string, l *linkx.Link, owner, repo string) bool {
	ow := repoWords(owner)
	if len(ow) < 2 || !anyWord(ow, workAccountWords) {
		return false
	}
	f := linkFile(l)
	if strings.IndexByte(f, '.') <= 0 {
		return false
	}
	fd := filetype.Check(f, "")
	if !windowsProgram(fd) && fd.Kind != filetype.Script && fd.Kind != filetype.Archive && !eaFile(f) {
		return false
	}
	cmd, run := fetchedAndRun(clean, l)
	w := workFileWord(f)
	if w == "" && !run {
		return false
	}
	brand := anyWord(ow, workBrandWords)
	if saidFile(rs) {
		return true
	}
	shown := linkx.Defang(l.Host) + "/" + owner + "/" + repo
	if run {
		rs.add(handRule(CodeRunCommand, wImpostorFile, shown, say2("work_account_run", cmd, shown)))
		return true
	}
	weight := wForgeImpostor
	if brand {
		weight = wImpostorFile
	}
	d := say2("work_account", f, shown, w)
	rs.add(Reason{Code: CodeDangerousFile, Weight: weight, Subject: f, File: fd.Kind.String(), text: d, Detail: d.inEnglish()})
	return true
}

// judgeWorkBucket reads a storage bucket named for a work paper or tool
// (candidate-assessment-2026) serving an archive, a program or a script,
// and reports whether it added a finding.
func judgeWorkBucket(rs *reasons, l *linkx.Link) bool {
	name := bucketName(l)
	if !anyWord(repoWords(strings.ReplaceAll(name, ".", "-")), workAccountWords) && !anyWord(repoWords(name), workToolWords) {
		return false
	}
	f := linkFile(l)
	if strings.IndexByte(f, '.') <= 0 {
		return false
	}
	fd := filetype.Check(f, "")
	if !fd.Dangerous() && fd.Kind != filetype.Archive || saidFile(rs) {
		return false
	}
	shown := linkx.Defang(l.Host)
	if !strings.HasPrefix(l.Host, name+".") {
		shown += "/" + name // a bucket named in the path; one named in the host is shown once (rev48d)
	}
	d := say2("work_paper", shown, f, name)
	rs.add(Reason{Code: CodeDangerousFile, Weight: wWorkFile, Subject: f, File: fd.Kind.String(), text: d, Detail: d.inEnglish()})
	return true
}

// judgeWorkSites finds a suspect link to a stranger's hyphenated site
// named for a work tool (workToolWords) serving a Windows program or
// script: warns, and deletes when the site names a vendor or a notice.
func judgeWorkSites(rs *reasons, j *Judgement, k *knowledge) {
	for _, i := range j.Suspect {
		l := &j.Links[i]
		if l.Defanged || !mayNameImpostor(l) {
			continue
		}
		f := k.linkFile(l)
		if strings.IndexByte(f, '.') <= 0 {
			continue
		}
		fd := filetype.Check(f, "")
		if !windowsProgram(fd) && !(fd.Kind == filetype.Script && !pageScript(f)) && !eaFile(f) {
			continue
		}
		tool, more := "", false
		for label := l.Label(); label != ""; {
			var w string
			w, label, _ = strings.Cut(label, "-")
			switch {
			case tool == "" && workToolWords[w]:
				tool = w
			case workBrandWords[w] || workNoticeWords[w]:
				more = true
			}
		}
		if tool == "" {
			continue
		}
		if saidFile(rs) {
			return
		}
		weight := wKindSite
		if more {
			weight = wImpostorFile
		}
		shown := linkx.Defang(l.Unicode)
		rs.add(handRule(CodeDownloadName, weight, shown, say2("work_site", shown, tool, f)))
		return
	}
}

// The work readings' findings, in English and Vietnamese (mal48: kept
// here, beside the readings, rather than in details.go's tables).
func init() {
	for k, v := range map[string][2]string{
		"work_paper": {
			"%s serves %s, named as a work paper or tool (%q) but an archive, a program or a script: employers, payroll and tax offices send papers as documents, and a wrapped one is how stealers reach workers and job seekers",
			"%s phát tán %s, đặt tên như giấy tờ hay công cụ công việc (%q) nhưng là tệp nén, chương trình hoặc kịch bản: công ty, bộ phận lương và cơ quan thuế gửi giấy tờ dưới dạng tài liệu, và một tệp bị đóng gói là cách mã độc đánh cắp dữ liệu tiếp cận người đi làm và người tìm việc"},
		"work_share": {
			"the link %[1]s downloads a file shared on %[2]s by an id, with no name to judge it by, offered as %[3]s: payslips, CVs, contracts, tax forms and trading bots handed over as a file host's download are how stealers reach workers, job seekers and traders",
			"liên kết %[1]s tải về một tệp chia sẻ trên %[2]s bằng mã, không có tên để xét, được mời dưới dạng %[3]s: phiếu lương, CV, hợp đồng, giấy tờ thuế và bot giao dịch gửi qua dịch vụ lưu trữ tệp là cách mã độc đánh cắp dữ liệu tiếp cận người đi làm, người tìm việc và nhà giao dịch"},
		"work_account": {
			"the link downloads %[1]s from %[2]s, an account named for a work's or a trading's trade, not a project's own, and the file is named as a work paper or tool (%[3]q): how stealers reach workers, job seekers and traders",
			"liên kết tải về %[1]s từ %[2]s, một tài khoản đặt theo tên một nghề hay việc giao dịch, không phải của một dự án, và tệp được đặt tên như giấy tờ hay công cụ công việc (%[3]q): cách mã độc đánh cắp dữ liệu tiếp cận người đi làm, người tìm việc và nhà giao dịch"},
		"work_account_run": {
			"a pasted command (%s) fetches and runs a script from %s, an account named for a work's or a trading's trade, not a project's own",
			"một lệnh dán sẵn (%s) tải và chạy kịch bản từ %s, một tài khoản đặt theo tên một nghề hay việc giao dịch, không phải của một dự án"},
		"work_site": {
			"%s is a stranger's site named for a work tool (%q), not a vendor's own, and serves %s: how fake timeclocks, skills tests, device agents and VPN clients carrying stealers are handed to workers",
			"%s là trang của người lạ đặt theo một công cụ công việc (%q), không phải trang của nhà cung cấp, và phát tán %s: cách phát tán phần mềm chấm công, bài kiểm tra kỹ năng, phần mềm quản lý thiết bị và VPN giả kèm mã độc tới người đi làm"},
	} {
		englishDetails[k], vietnameseDetails[k] = v[0], v[1]
	}
}
