package bot

import (
	"slices"
	"strings"

	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
)

// Malware aimed at people handling taxes, fines, bills, claims and health
// (mal50). A stealer reaches a taxpayer, a driver, a patient or a
// claimant as a paper of the notice in hand or as the program that
// handles it:
//
//   - a notice's paper (civicPaperWord: a tax form, a summons, a fine, a
//     citation, a bill, a statement, an EOB, a claim, a lab report, a
//     prescription, a pension or benefit letter; Vietnamese hóa đơn, tờ
//     khai, quyết định, biên bản, giấy mời, kết quả xét nghiệm, thông
//     báo phạt nguội …) as a program, a script or a disk image where
//     anyone puts files (uploadPath, a share's download, a bucket) or on
//     a stranger's site (hyphenated or found suspect): deletes
//     (wImpostorFile: no agency, court, utility, insurer or hospital
//     sends one so); as an archive where anyone puts files: warns
//     (wWorkFile); as a picture or a page that runs a script in the
//     browser (.svg, .shtml, .mht, .xhtml: "view your bill") there:
//     warns (wKindSite);
//   - a share's download naming no file (a file host's page by an id, a
//     Drive or OneDrive download, WeTransfer) whose id names such a paper
//     (gofile.io/d/ClaimPacket, we.tl/t-JurySummonsDoc) or beside one in
//     the message (civicLurePhrases: "jury summons", "lab results",
//     "biên bản vi phạm" …): warns (wShareBait); with an archive's
//     password besides, deletes;
//   - a tax, accounting, payroll, medical-billing or civic program
//     cracked on a code forge, SourceForge or an Internet Archive item
//     (civicCrack: a program's or a trade's word — turbotax, taxact,
//     quickbooks, peachtree, lacerte, medisoft, tax, payroll, medicare,
//     dmv, toll … — beside a crack's — crack, keygen, activator; unlocked,
//     patched, serial beside a vendor's program only — in the project's or
//     the item's name, or, serving a program, beside two of a pirated
//     build's words — full, portable, pro, premium, a year — or one beside
//     a vendor's program): warns (wKindSite), on the project's page too
//     when the crack is said outright.
//
// A forge's project named for the paper is passed (projectNamed); an
// agency's real forms are documents (PDF) and read by nothing here. All
// readings run at run time only.

// civicPaperWords are the words of a notice's paper a lure's file is
// named with (lower case, one word as file names are written;
// Vietnamese joined without its marks).
var civicPaperWords = setOf("summons", "subpoena", "citation", "citations", "fine", "fines", "penalty", "violation",
	"violations", "notice", "notices", "bill", "bills", "statement", "statements", "eob", "claim", "claims",
	"claimform", "labreport", "labresults", "labresult", "results", "prescription", "prescriptions", "pension",
	"benefit", "benefits", "refund", "taxform", "taxreturn", "toll", "tolls", "registration", "renewal", "medicare",
	"medicaid", "insurance", "copay", "arrears", "overdue", "disconnection", "jury", "warrant", "ticket", "tickets",
	"w2", "1099", "1040", "invoice", "invoices",
	// Vietnamese (hóa đơn, tờ khai, quyết định, biên bản, giấy mời, kết
	// quả, xét nghiệm, thông báo, phạt nguội, xử phạt, bảo hiểm, đơn
	// thuốc, toa thuốc, bệnh án, viện phí, giấy báo nợ, tiền điện, tiền
	// nước, triệu tập, vi phạm), joined
	"hoadon", "tokhai", "quyetdinh", "bienban", "giaymoi", "ketqua", "xetnghiem", "thongbao", "phatnguoi", "xuphat",
	"baohiem", "bhxh", "bhyt", "donthuoc", "toathuoc", "benhan", "vienphi", "giaybaono", "tiendien", "tiennuoc",
	"trieutap", "vipham")

// civicPaperPairs are two words of such a paper's name that say it
// together (lab report, jury summons; Vietnamese written apart).
var civicPaperPairs = map[string]string{"lab": "report", "court": "summons", "tax": "form", "decision": "letter",
	"hoa": "don", "to": "khai", "quyet": "dinh", "bien": "ban", "giay": "moi", "ket": "qua", "xet": "nghiem",
	"thong": "bao", "phat": "nguoi", "xu": "phat", "bao": "hiem", "don": "thuoc", "toa": "thuoc", "benh": "an",
	"vien": "phi", "vi": "pham", "trieu": "tap", "tien": "dien"}

// civicPaperForms are the words of a paper's form, its place and its date
// a lower-case paper's name holds besides (w2_forms_2025, claim-packet).
var civicPaperForms = setOf("print", "copy", "pdf", "doc", "docs", "document", "documents", "details", "detail", "info",
	"your", "my", "form", "forms", "online", "scan", "number", "no", "new", "final", "and", "of", "for", "the", "packet",
	"photos", "evidence", "unpaid", "due", "view", "letter", "report", "tax", "traffic", "parking", "speeding",
	"medical", "lab", "court", "utility", "water", "electric", "hospital", "health", "cua", "thang", "nam", "so",
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "v", "e")

// civicPapers reads a notice's paper's name (civicPaperWord).
var civicPapers = paperNames{words: civicPaperWords, pairs: civicPaperPairs, forms: civicPaperForms, digits: true, others: 3}

// civicPaperWord returns the word of a notice's paper a file's name is
// made of, or "" (paperNames.word: a capitalised name may hold three
// other words, a lower-case one only the papers' words and their forms).
func civicPaperWord(file string) string { return civicPapers.word(file) }

// civicLurePhrases are an enforcer's papers a message (folded) offers a
// share's download as: summonses, fines, tickets, tolls, violation
// records and debt notices, which courts, police and toll agencies send
// by post or on their portals and nobody hands on as a file host's
// download.
var civicLurePhrases = []string{"jury summons", "court summons", "summons documents", "traffic fine", "traffic ticket",
	"speeding ticket", "parking ticket", "toll invoice", "toll notice", "unpaid toll", "bien ban vi pham",
	"quyet dinh xu phat", "thong bao phat nguoi", "phat nguoi", "giay trieu tap", "giay bao no",
	// the same papers said otherwise (rev50a)
	"traffic citation", "parking citation", "traffic violation", "parking violation", "toll violation", "subpoena",
	"arrest warrant", "vi pham giao thong", "nop phat"}

// civicPeerPhrases are the papers people hand on to each other as a
// share's download too (rev50a): an accountant's client's tax return, an
// adjuster's claim form, a family's lab results or bill, a school's
// invitation (giấy mời). Beside one a Drive's, a OneDrive's, a Dropbox's
// or a WeTransfer's download is read only with an archive's password
// besides; an anonymous file host's page by an id is read alone.
var civicPeerPhrases = []string{"lab results", "lab report", "eob statement", "explanation of benefits", "claim form",
	"claim packet", "insurance claim", "prescription renewal", "pension statement", "benefit letter",
	"benefits letter", "tax form", "tax return", "tax bill", "property tax", "utility bill", "medical bill",
	"hospital bill", "hospital invoice", "giay moi", "ket qua xet nghiem", "to khai thue", "hoa don dien",
	"hoa don tien dien", "hoa don tien nuoc", "don thuoc", "ho so bao hiem"}

// civicShareDomain is the cheap look before the share reading: a file
// host's or a share's registrable domain (shareDomain's, and the file
// shares it does not spell: LimeWire's, SendGB's).
func civicShareDomain(d string) bool {
	return shareDomain(d) || d == "limewire.com" || d == "sendgb.com"
}

// civicScriptPage reports a picture or a page that runs a script in the
// browser when opened from a download: .svg, .shtml, .mht, .mhtml,
// .xhtml ("view your bill" pages).
func civicScriptPage(f string) bool {
	i := strings.LastIndexByte(f, '.')
	if i <= 0 || len(f)-i > 6 {
		return false
	}
	var b [5]byte
	n := copy(b[:], f[i+1:])
	for k := range n {
		b[k] |= 0x20
	}
	switch string(b[:n]) {
	case "svg", "shtml", "mht", "mhtml", "xhtml":
		return true
	}
	return false
}

// judgeMal50 finds a notice's paper as a program, an archive or a
// scripted page, a share's download offered as one, or a civic program
// cracked on a forge (see Malware aimed at people handling taxes, fines,
// bills, claims and health above), and adds one finding, when no other
// reading said as much of a file.
func judgeMal50(rs *reasons, j *Judgement, k *knowledge) {
	for i := range j.Links {
		l := &j.Links[i]
		if l.Defanged || l.Domain == "" || len(l.Path) < 3 {
			continue
		}
		if crackHost(l.Domain) {
			if judgeCivicCrack(rs, l) {
				return
			}
		}
		dotted := strings.IndexByte(l.Path, '.') >= 0
		shared := civicShareDomain(l.Domain)
		if !dotted {
			if shared && judgeCivicShare(rs, l, k) {
				return
			}
			if !shared && strings.IndexByte(l.Query, '.') < 0 {
				continue
			}
		}
		upload := uploadPath(l)
		share := !upload && shareHosts(l.Host) && shareDownload(l)
		place := upload || share || mayBucket(l.Host) && bucketName(l) != ""
		if !place {
			// a stranger's site: a file's name that runs, the cheap looks first
			if f := l.File(); strings.IndexByte(f, '.') <= 0 || pageEnding(f) && !civicScriptPage(f) ||
				!slices.Contains(j.Suspect, i) && !mayNameImpostor(l) {
				continue
			}
		}
		f := linkFile(l)
		if strings.IndexByte(f, '.') <= 0 {
			if shared && judgeCivicShare(rs, l, k) {
				return
			}
			continue
		}
		if judgeCivicPaper(rs, l, f, place) {
			return
		}
	}
}

// judgeCivicPaper reads a file named as a notice's paper
// (civicPaperWord) where anyone puts files (place) or on a stranger's
// site, and reports whether it added a finding.
func judgeCivicPaper(rs *reasons, l *linkx.Link, f string, place bool) bool {
	page := civicScriptPage(f)
	var fd filetype.Finding
	if !page {
		if pageEnding(f) {
			return false
		}
		fd = filetype.Check(f, "")
	}
	runs := !page && runsOnPC(f, fd) && !siteAsset(f, fd, place)
	if !page && !runs && !(place && (fd.Kind == filetype.Archive || fd.Dangerous())) {
		return false
	}
	w, key := civicPaperWord(f), "civic_paper"
	if w == "" {
		// a household's paper (mal51: classify_mal51.go); photos are
		// delivered as archives, read only as a program
		var photos bool
		if w, photos = homePaperWord(f); photos && !runs && !page {
			return false
		}
		key = "home_paper"
	}
	if w == "" || !place && withinWord(l.Label(), w) {
		return false // a site's own program named for it (optifine.net's OptiFine_….jar)
	}
	if place && key == "civic_paper" && civicWeak[w] && civicWords(f) < 2 {
		return false // FineTuned_Model.zip, Benchmark_Results.zip: a plain word alone where anyone puts files
	}
	if place {
		if owner, repo := forgeParts(l); owner != "" && (projectNamed(owner, repo, w) || fd.Kind == filetype.Archive ||
			nameWords(f, civicTools, nil) > 0 || key == "home_paper" && !homeStrong[w]) {
			// a project named for the paper (someone/claims-intake), a
			// project's archive (its data, its sources), a program for
			// the paper (PensionCalculator-Setup.exe, EOB-Viewer: rev50a),
			// a project's release named by a household's plain words
			// (ReportCard.exe: mal51)
			return false
		}
		if fd.Kind == filetype.Archive && nameWords(f, civicData, nil) > 0 {
			return false // a data set's archive (traffic_violations.csv.zip, claims_sample.zip: rev50a)
		}
	}
	if saidFile(rs) {
		return true
	}
	weight, kind := wWorkFile, fd.Kind.String()
	switch {
	case page:
		weight, kind = wKindSite, "page"
	case runs:
		weight = wImpostorFile // no agency, court, utility, insurer or hospital sends its paper as a program
	}
	d := say2(key, linkx.Defang(l.Unicode), f, w)
	rs.add(Reason{Code: CodeDangerousFile, Weight: weight, Subject: f, File: kind, text: d, Detail: d.inEnglish()})
	return true
}

// withinWord reports a word found in a site's label only inside a longer
// word (optifine holds fine), not as one of its hyphenated parts
// (paperless-statement holds statement: an impostor's name for the
// paper).
func withinWord(label, w string) bool {
	if !containsFold(label, w) {
		return false
	}
	for label != "" {
		var part string
		part, label, _ = strings.Cut(label, "-")
		if strings.EqualFold(part, w) {
			return false
		}
	}
	return true
}

// civicWeak are the papers' words that are plain words too (a fine-tuned
// model, a test's results, Bill, a ticket of a tracker): read where
// anyone puts files only beside another paper's word or a notice's
// context (civicContext: Traffic_Fine, ClaimPacket, PropertyTaxBill).
var civicWeak = setOf("fine", "fines", "bill", "bills", "notice", "notices", "statement", "statements", "results",
	"claim", "claims", "benefit", "benefits", "refund", "toll", "tolls", "registration", "renewal", "insurance",
	"ticket", "tickets", "penalty", "violation", "violations", "jury", "warrant", "invoice", "invoices", "overdue",
	"citation", "citations")

// civicContext are a notice's context words a weak paper's word is read
// beside (traffic fine, medical bill, claim form, claim packet).
var civicContext = setOf("traffic", "parking", "speeding", "medical", "lab", "court", "tax", "property", "unpaid",
	"due", "water", "electric", "electricity", "hospital", "health", "utility", "form", "forms", "packet", "letter",
	"decision", "summary", "dmv", "irs", "eob")

// civicWords counts a name's words that are papers' (civicPaperWords)
// or a notice's context (civicContext).
func civicWords(s string) int { return nameWords(s, civicPaperWords, civicContext) }

// civicTools are the words of a program made for a paper (a calculator,
// a viewer, a screener), not of the paper: a project's release so named
// is its program (rev50a).
var civicTools = setOf("viewer", "reader", "calculator", "calc", "tracker", "screener", "checker", "manager", "planner",
	"estimator", "generator", "filler", "converter", "parser", "editor", "client", "simulator", "sim", "validator",
	"builder", "importer", "exporter", "sync", "tool", "tools", "toolkit", "helper", "assistant", "app", "cli", "gui",
	"server", "desktop", "studio")

// civicData are the words of a data set's archive (a sample, fixtures,
// an export, a table's format), not of a notice's paper (rev50a).
var civicData = setOf("data", "dataset", "datasets", "sample", "samples", "synthetic", "fixture", "fixtures", "csv",
	"tsv", "json", "jsonl", "ndjson", "sql", "parquet", "xml", "records", "export", "exports", "dump", "benchmark",
	"opendata", "test", "tests", "mock", "stats", "statistics", "analysis", "model", "schema")

// nameWords counts a name's words in a or b (b may be nil), its words
// split at marks, at digits and where a capital follows a small letter,
// lowered; a word longer than 64 letters is read by its first 64.
func nameWords(s string, a, b map[string]bool) int {
	var buf [64]byte
	count := 0
	for i := 0; i < len(s); {
		if !isASCIILetter(s[i]) && !(s[i] >= '0' && s[i] <= '9') {
			i++
			continue
		}
		j := i + 1
		digit := s[i] >= '0' && s[i] <= '9'
		for j < len(s) && (isASCIILetter(s[j]) || s[j] >= '0' && s[j] <= '9') && (s[j] >= '0' && s[j] <= '9') == digit &&
			!(s[j] >= 'A' && s[j] <= 'Z' && s[j-1] >= 'a' && s[j-1] <= 'z') {
			j++
		}
		n := 0
		for _, c := range []byte(s[i:min(j, i+len(buf))]) {
			buf[n] = c | 0x20
			if digit {
				buf[n] = c
			}
			n++
		}
		i = j
		if a[string(buf[:n])] || b[string(buf[:n])] {
			count++
		}
	}
	return count
}

// civicIDWord returns the word of a notice's paper a share's id names
// (ClaimPacket, t-JurySummonsDoc, 1GiayMoi_CongAn), or "": the id's words
// split at marks, digits and capitals, read as a paper's name is.
func civicIDWord(s string) string {
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
		if n >= 3 && civicPaperWords[string(b)] && string(b) != "jury" {
			return string(b)
		}
		if prev != "" && civicPaperPairs[prev] == string(b) {
			return prev + " " + string(b)
		}
		prev = ""
		if _, ok := civicPaperPairs[string(b)]; ok {
			prev = string(b)
		}
	}
	return ""
}

// judgeCivicShare reads a share's download naming no file (a file host's
// page by an id, a Drive or OneDrive download, WeTransfer's short link)
// whose id names a notice's paper or beside one in the message, and
// reports whether it added a finding.
func judgeCivicShare(rs *reasons, l *linkx.Link, k *knowledge) bool {
	anon := fileHosts[l.Domain] || l.Domain == "limewire.com" || l.Domain == "sendgb.com"
	if !anon && !(shareHosts(l.Host) && shareDownload(l)) {
		return false
	}
	id := l.Path
	if i := strings.LastIndexByte(id, '/'); i >= 0 && len(id)-i > 4 {
		id = id[i+1:]
	}
	if strings.IndexByte(id, '.') > 0 {
		return false // a file's name: judgeCivicPaper's
	}
	w, key := civicIDWord(id), "civic_share"
	if w != "" && civicWeak[w] && civicWords(id) < 2 {
		w = "" // FineTunedWeights: a plain word alone
	}

	if w == "" && l.Query != "" {
		if w = civicIDWord(l.Query); w != "" && civicWeak[w] && civicWords(l.Query) < 2 {
			w = ""
		}
	}
	if w == "" {
		// a household's paper (mal51: classify_mal51.go)
		if w = homeIDWord(id); w == "" && l.Query != "" {
			w = homeIDWord(l.Query)
		}
		if w != "" {
			key = "home_share"
		}
	}
	folded := k.folded()
	peer := false
	if w == "" {
		if w = firstPhrase(folded, civicLurePhrases); w == "" {
			if w = firstPhrase(folded, civicPeerPhrases); w == "" {
				return false
			}
			peer = true
		}
	}
	p := passwordGiven(folded)
	if peer && p == "" && !anon {
		return false // "your tax return is ready", "claim form and photos" on a Drive, a Dropbox, a WeTransfer: a paper people hand on
	}
	if saidFile(rs) {
		return true
	}
	weight, tells := wShareBait, "\""+w+"\""
	if p != "" {
		tells += ", \"" + p + "\""
		if !peer {
			weight = wShareBaitTwo
		}
	}
	shown := linkx.Defang(l.Host) + l.Path
	d := say2(key, shown, linkx.Defang(l.Host), tells)
	rs.add(Reason{Code: CodeDangerousFile, Weight: weight, Subject: shown, File: "shared_file", text: d, Detail: d.inEnglish()})
	return true
}

// crackHost is the cheap look before the crack reading: a code forge,
// SourceForge or the Internet Archive.
func crackHost(d string) bool {
	switch d {
	case "github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "sourceforge.net", "archive.org":
		return true
	}
	return false
}

// civicPrograms are tax, accounting, payroll, medical-billing and civic
// programs sold by a vendor, one word as projects' names are written: a
// pirated build of one is named with it.
var civicPrograms = setOf("turbotax", "taxact", "hrblock", "taxslayer", "taxwise", "lacerte", "proseries", "ultratax",
	"draketax", "quickbooks", "peachtree", "sage50", "misa", "htkk", "medisoft", "eclinicalworks", "kareo",
	"drake", "ezpass", "sunpass")

// civicTrades are the trades' and agencies' words such a program is
// named with (tax-filer-2025-full, medicare-plan-finder-pro).
var civicTrades = setOf("tax", "taxes", "irs", "hmrc", "efile", "payroll", "accounting", "bookkeeping", "ketoan",
	"thue", "medicare", "medicaid", "dmv", "toll", "tolls", "pension", "emr", "ehr")

// civicCracks are a crack's words, said outright; civicLoose a crack's
// words that are plain words too (a serial port, a patched fork, unlocked
// data: rev50a), a crack only beside a vendor's program (taxact-unlocked)
// and a pirated build's word otherwise; civicBuilds a pirated build's
// (full, portable, pro), a year aside.
var (
	civicCracks = setOf("crack", "cracked", "cracks", "kracked", "craked", "keygen", "activator", "nulled", "licensekey",
		"preactivated", "bekhoa")
	civicLoose  = setOf("unlocked", "patched", "serial", "serials", "activated")
	civicBuilds = setOf("full", "portable", "pro", "premium", "premier", "deluxe", "enterprise", "professional",
		"repack", "banquyen")
)

// civicCrackWords holds civicPrograms', civicTrades', civicCracks',
// civicLoose's and civicBuilds' words with their kind: one lookup a word.
var civicCrackWords = map[string]byte{}

// The kinds of civicCrackWords' words.
const (
	civicProgram byte = 1 + iota
	civicTrade
	civicCrackWord
	civicLooseWord
	civicBuild
)

func init() {
	for kind, set := range map[byte]map[string]bool{civicProgram: civicPrograms, civicTrade: civicTrades,
		civicCrackWord: civicCracks, civicLooseWord: civicLoose, civicBuild: civicBuilds} {
		for w := range set {
			civicCrackWords[w] = kind
		}
	}
}

// crackProject returns the project's name a forge's, SourceForge's or
// the Internet Archive's link names (OWNER and NAME, projects/NAME,
// download/ITEM), or "".
func crackProject(l *linkx.Link) (string, string) {
	p := strings.TrimPrefix(l.Path, "/")
	switch l.Domain {
	case "sourceforge.net":
		p, ok := strings.CutPrefix(p, "projects/")
		if !ok {
			return "", ""
		}
		name, _, _ := strings.Cut(p, "/")
		return "", name
	case "archive.org":
		for _, pre := range []string{"download/", "details/"} {
			if rest, ok := strings.CutPrefix(p, pre); ok {
				name, _, _ := strings.Cut(rest, "/")
				return "", name
			}
		}
		return "", ""
	}
	owner, rest, ok := strings.Cut(p, "/")
	if !ok {
		return "", ""
	}
	name, _, _ := strings.Cut(rest, "/")
	return owner, name
}

// civicCrackName reads a project's name's words: the program's or the
// trade's word, whether the word is a vendor's program, whether a crack
// is said, how many of a pirated build's words it holds (a year aside),
// and how many of civicLoose's. The words are split at marks, where
// letters meet digits and where a capital follows a small letter, and
// each is read joined to the one before it too (quick-books, hr-block,
// turbotax2025crack, license-key, pre-activated: rev50a); a word longer
// than any of theirs is passed over (a long word appended hides none).
// The topic is the name's own spelling of the word (no copy).
func civicCrackName(s string) (topic string, program, crack, year bool, builds, loose int) {
	var buf [64]byte // the word before, then the word
	pn, ps := 0, 0   // the word before's length and start in s
	for i := 0; i < len(s); {
		c := s[i]
		if !isASCIILetter(c) && !(c >= '0' && c <= '9') {
			i++
			continue
		}
		digit := c >= '0' && c <= '9'
		j := i + 1
		for j < len(s) && (isASCIILetter(s[j]) || s[j] >= '0' && s[j] <= '9') && (s[j] >= '0' && s[j] <= '9') == digit &&
			!(s[j] >= 'A' && s[j] <= 'Z' && s[j-1] >= 'a' && s[j-1] <= 'z') {
			j++
		}
		if j-i > 32 {
			i, pn = j, 0
			continue
		}
		n := 0
		for _, c := range []byte(s[i:j]) {
			if c >= 'A' && c <= 'Z' {
				c |= 0x20
			}
			buf[pn+n] = c
			n++
		}
		b := buf[pn : pn+n]
		kind := civicCrackWords[string(b)]
		word := s[i:j]
		if pn > 0 {
			if k := civicCrackWords[string(buf[:pn+n])]; k != 0 && k != kind {
				kind, word = k, s[ps:j]
			}
		}
		switch kind {
		case civicProgram:
			if !program {
				topic, program = word, true
			}
		case civicTrade:
			if topic == "" {
				topic = word
			}
		case civicCrackWord:
			crack = true
		case civicLooseWord:
			loose++
		case civicBuild:
			builds++
		}
		if n == 4 && (b[0] == '2' && b[1] == '0' || b[0] == '1' && b[1] == '9') && b[2] >= '0' && b[2] <= '9' && b[3] >= '0' && b[3] <= '9' {
			year = true
		}
		copy(buf[:n], b)
		pn, ps, i = n, i, j
	}
	return topic, program, crack, year, builds, loose
}

// judgeCivicCrack reads a forge's project, a SourceForge project or an
// Internet Archive item named for a cracked tax, accounting, payroll,
// medical-billing or civic program, and reports whether it added a
// finding: a crack said outright is read on any page of it, a pirated
// build's words when it serves a program or a disk image (two of them,
// or a vendor's program with one). A crack's plain word (civicLoose)
// says a crack beside a vendor's program only (not on the vendor's own
// account), and in the owner's name (a person's or a company's:
// SerialLabs, patched-codes) it adds a build's word (rev50a).
func judgeCivicCrack(rs *reasons, l *linkx.Link) bool {
	owner, name := crackProject(l)
	if name == "" {
		return false
	}
	topic, program, crack, year, builds, loose := civicCrackName(name)
	if topic == "" {
		return false
	}
	vendor := false // the vendor's own account (taxact/taxact-api-serial-client)
	if !crack && owner != "" {
		_, p, c, _, b, o := civicCrackName(owner) // freetaxsoft-cracks/…, an owner's "full" builds
		vendor = p && b+o == 0 && !c
		program, builds = program || p, builds+b+o // SerialLabs, patched-codes: a plain word adds a build's
		crack = c                                  // freetaxsoft-cracks/tax-filer: a crack said outright in the account's name
	}
	if loose > 0 {
		if program && !vendor {
			crack = true // taxact-2025-unlocked
		} else {
			builds += loose // dmv-permit-test-pro-unlocked
		}
	}
	f, fd := "", filetype.Finding{}
	if !crack {
		n := builds
		if year {
			n++
		}
		if n == 0 {
			return false
		}
		f = linkFile(l)
		if strings.IndexByte(f, '.') <= 0 {
			return false
		}
		fd = filetype.Check(f, "")
		if !windowsProgram(fd) && fd.Kind != filetype.DiskImage && !(fd.Kind == filetype.Installer && fd.Ext == "apk") {
			return false
		}
		if n < 2 && (builds == 0 || !program) {
			return false // a year alone (quickbooks-export-2024), or one build's word beside a trade's own project's word (payroll-pro, medicare-plan-compare-pro: rev50a)
		}
	}
	if saidFile(rs) {
		return true
	}
	shown := linkx.Defang(l.Host) + "/"
	if owner != "" {
		shown += owner + "/"
	}
	shown += name
	subject, kind := shown, "page"
	if f != "" {
		subject, kind = f, fd.Kind.String()
	}
	d := say2("civic_crack", shown, topic)
	rs.add(Reason{Code: CodeDangerousFile, Weight: wKindSite, Subject: subject, File: kind, text: d, Detail: d.inEnglish()})
	return true
}

// The readings' findings, in English and Vietnamese (kept here, beside
// the readings, as mal48's and mal49's are).
func init() {
	for k, v := range map[string][2]string{
		"civic_paper": {
			"%s serves %s, named as a notice's paper (%q) but an archive, a program, a script or a page that runs a script: agencies, courts, utilities, insurers and hospitals send tax forms, summonses, fines, bills, statements, claims and lab results as documents or on their own portals, and a wrapped one is how stealers reach people handling them",
			"%s phát tán %s, đặt tên như giấy tờ của một thông báo (%q) nhưng là tệp nén, chương trình, kịch bản hoặc trang chạy kịch bản: cơ quan nhà nước, tòa án, điện nước, bảo hiểm và bệnh viện gửi tờ khai thuế, giấy triệu tập, quyết định xử phạt, hóa đơn, kết quả xét nghiệm dưới dạng tài liệu hoặc trên cổng của họ, và một tệp bị đóng gói là cách mã độc đánh cắp dữ liệu tiếp cận người nhận"},
		"civic_share": {
			"the link %[1]s downloads a file shared on %[2]s by an id, with no name to judge it by, offered as %[3]s: summonses, fines, bills, claims, lab results and tax forms handed over as a file host's download are how stealers reach people handling them",
			"liên kết %[1]s tải về một tệp chia sẻ trên %[2]s bằng mã, không có tên để xét, được mời dưới dạng %[3]s: giấy triệu tập, biên bản, hóa đơn, hồ sơ bảo hiểm, kết quả xét nghiệm và tờ khai thuế gửi qua dịch vụ lưu trữ tệp là cách mã độc đánh cắp dữ liệu tiếp cận người nhận"},
		"civic_crack": {
			"%s is a project named as a cracked or pirated build of a tax, accounting, payroll, medical or civic program (%q): their vendors and agencies do not publish them so, and such builds are how stealers reach the people who file, bill and claim",
			"%s là dự án đặt tên như bản bẻ khóa hoặc lậu của phần mềm thuế, kế toán, tiền lương, y tế hay dịch vụ công (%q): nhà phát hành và cơ quan nhà nước không phát hành như vậy, và những bản này là cách mã độc đánh cắp dữ liệu tiếp cận người khai thuế, lập hóa đơn và làm hồ sơ"},
	} {
		englishDetails[k], vietnameseDetails[k] = v[0], v[1]
	}
}
