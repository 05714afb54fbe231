package bot

import (
	"slices"
	"strings"

	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
)

// Malware aimed at students, shoppers and travellers (mal49). A stealer
// reaches them as a tool of their errand or a paper of their trip:
//
//   - a cheat or study tool, or a shopping bot: a quiz solver, an
//     auto-answer bot, a proctoring or lockdown browser's bypass, a
//     Chegg unlocker, an XP farmer; a ticket, sneaker or price bot, a
//     coupon or voucher hunter, a gift card generator, a deal finder
//     (cheatToolName: a topic's word — quiz, exam, canvas, turnitin,
//     ticket, sneaker, amazon, coupon, deal, fare … — beside a tool's —
//     solver, bot, bypass, unlocker, farmer, generator, grabber, finder …
//     — in the file's name, in a code forge's owner and repository, or
//     in the name of a stranger's site, hyphenated or found suspect),
//     served as a program, a script or a disk image from a place anyone
//     puts files (uploadPath, a share's download, a bucket) or from such
//     a site: warns
//     (wKindSite); a cheat's strong word (bypass, unlocker, solver,
//     generator, hack …) lets an archive be read too;
//   - a paper of a trip or an order (errandPaperWord: a boarding pass,
//     an e-ticket, a booking confirmation, an itinerary, a visa form, a
//     voucher, a shipping label, tracking details, a customs
//     declaration, a receipt; Vietnamese vé máy bay, xác nhận đặt
//     phòng, lịch trình, thị thực, vận đơn, phiếu giao hàng …) served as
//     a program, a script or a disk image from a stranger's site
//     (hyphenated or found suspect):
//     deletes (wImpostorFile: no airline, hotel, consulate or courier
//     sends one so); as an archive from a place anyone puts files:
//     warns (wWorkFile);
//   - a share's download that names no file (a file host's page by an
//     id, a Drive or OneDrive download) beside a trip's, an order's or
//     an exam's paper in the message (errandLurePhrases: "boarding pass",
//     "booking confirmation", "exam answers", "vé máy bay" …): warns
//     (wShareBait); with an archive's password besides, deletes.
//
// A code forge's project named for the paper or the tool (someone's
// boarding-pass-generator) is passed over, as projectNamed passes mal48's.
// Browser extensions' packages (.crx, .xpi) are programs already
// (filetype.Installer); Java Web Start's launchers (.jnlp) are read as
// scripts now (filetype). All readings run at run time only.

// errandPaperWords are the words of a trip's, an order's or a parcel's
// paper a lure's file is named with (lower case, one word as file names
// are written; Vietnamese joined without its marks).
var errandPaperWords = setOf("boardingpass", "boardingpasses", "eticket", "etickets", "ticket", "tickets", "itinerary",
	"itineraries", "booking", "bookings", "bookingconfirmation", "reservation", "reservations", "confirmation",
	"voucher", "vouchers", "visa", "evisa", "passport", "waybill", "airwaybill", "awb", "trackinginfo",
	"trackingdetails", "shipment", "parcel", "redelivery", "customs", "declaration", "receipt", "receipts", "order",
	"orders", "shippinglabel", "checkin", "baggage", "luggage", "giftcard", "coupon", "coupons",
	// Vietnamese (vé máy bay, vé điện tử, đặt phòng, xác nhận, lịch
	// trình, thị thực, hộ chiếu, vận đơn, giao hàng, đơn hàng, biên lai,
	// hành lý), joined
	"vemaybay", "vedientu", "datphong", "xacnhan", "lichtrinh", "thithuc", "hochieu", "vandon", "giaohang", "donhang",
	"bienlai", "hanhly", "phieugiaohang",
	// a student's papers (rev49d): a scholarship's or an admission's
	// letter, a transcript, kết quả (thi), học bổng
	"scholarship", "admission", "transcript", "ketqua", "hocbong")

// errandPaperPairs are two words of such a paper's name that say it
// together (boarding pass, e ticket, shipping label; Vietnamese written
// apart).
var errandPaperPairs = map[string]string{"boarding": "pass", "e": "ticket", "shipping": "label", "tracking": "details",
	"gift": "card", "check": "in", "xac": "nhan", "dat": "phong", "lich": "trinh", "thi": "thuc", "ho": "chieu",
	"van": "don", "giao": "hang", "don": "hang", "bien": "lai", "hanh": "ly", "ve": "may", "ket": "qua", "hoc": "bong"}

// errandPaperForms are the words of a paper's form, its place and its date
// a lower-case paper's name holds besides (boarding_pass_print,
// eticket-copy).
var errandPaperForms = setOf("print", "copy", "pdf", "doc", "docs", "document", "documents", "details", "detail", "info",
	"your", "my", "form", "forms", "online", "scan", "number", "no", "new", "final", "and", "of", "for", "the",
	"application", "confirm", "confirmed", "bay", "dien", "tu", "phong", "hang", "khach", "san", "jan", "feb", "mar",
	"apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "v", "e")

// errandPapers reads a trip's or an order's paper's name (errandPaperWord).
var errandPapers = paperNames{words: errandPaperWords, pairs: errandPaperPairs, forms: errandPaperForms, digits: true, others: 3}

// errandPaperWord returns the word of a trip's or an order's paper a
// file's name is made of, or "" (see paperNames.word: a capitalised name
// may hold three other words, a city's or an airline's code, a lower-case
// one only the papers' words and their forms).
func errandPaperWord(file string) string { return errandPapers.word(file) }

// cheatTopics are the words of what a cheat, a study tool or a shopping
// bot is for: an exam, a learning platform, a proctor, a shop, a ticket,
// a deal (lower case).
var cheatTopics = setOf("quiz", "quizzes", "quizlet", "exam", "exams", "canvas", "moodle", "blackboard", "homework",
	"hw", "assignment", "assignments", "gradescope", "kahoot", "blooket", "gimkit", "duolingo", "chegg", "coursehero",
	"quillbot", "turnitin", "grammarly", "proctor", "proctorio", "proctoru", "honorlock", "respondus", "lockdown",
	"ldb", "examsoft", "ielts", "toeic", "toefl", "brainly", "mathway", "photomath", "symbolab", "plagiarism",
	"essay", "edpuzzle", "mylab", "aleks", "webassign", "answer", "answers", "xp",
	"amazon", "amz", "shopee", "lazada", "tiki", "ebay", "walmart", "aliexpress", "temu", "shein", "bestbuy",
	"nike", "snkrs", "adidas", "sneaker", "sneakers", "ticket", "tickets", "ticketmaster", "concert", "fare",
	"fares", "errorfare", "deal", "deals", "price", "prices", "coupon", "coupons", "voucher", "vouchers", "promo",
	"giftcard", "flashsale", "checkout", "restock", "stockx", "san", "sanma", "giamgia", "magiamgia")

// cheatTools are the words of what such a tool does (lower case);
// strongCheats the ones that say a cheat outright, read for an archive
// too.
var (
	cheatTools = setOf("bot", "bots", "solver", "solve", "autosolve", "autosolver", "autoanswer", "autofill",
		"autofiller", "filler", "grabber", "sniper", "snipe", "farmer", "farm", "autofarm", "bypass", "unlocker",
		"unlock", "unblur", "spoofer", "generator", "gen", "autobuy", "autocheckout", "cop", "finder", "hunter",
		"hack", "hacks", "hacker", "cheat", "cheats", "injector", "helper", "tool", "tools",
		// rev49d: a sneaker bot's all-in-one, a queue's or a video's
		// skipper, an auto-clicker, a crack
		"aio", "skipper", "autoclicker", "clicker", "crack", "cracked")
	strongCheats = setOf("solver", "autosolve", "autosolver", "autoanswer", "bypass", "unlocker", "unblur",
		"spoofer", "generator", "gen", "hack", "hacks", "cheat", "cheats", "injector", "skipper", "crack", "cracked")
	// projectTools are the tool's words a forge's own projects are named
	// with (moodle-tools, amazon-tools): on a forge they say no cheat
	// unless a word that says what the tool does is beside them (rev49d;
	// helper, farm, finder and hunter were tried too and cost eval21's
	// malware 2 forge releases so named: kept read).
	projectTools = setOf("tool", "tools")
	// teachTopics are a teacher's papers a generator makes (a quiz, an
	// exam, homework, an essay's prompt): a quiz generator is a
	// teacher's tool, not a cheat (rev49d).
	teachTopics = setOf("quiz", "quizzes", "exam", "exams", "homework", "hw", "assignment", "assignments", "essay")
)

// forgeNamed reports a name a forge's own project bears (moodle-tools,
// amazon-tools, TicketsBot: Discord's support-ticket bots): no word of
// it says what the tool does but a bot's or a tool's, a bot's only
// beside a ticket, and none names a quiz's or an exam's answers
// (QuizTools is a cheat) (rev49d).
func (c *cheatName) forgeNamed() bool {
	return c.act == "" && !c.answers && (projectTools[c.tool] || c.topic == "ticket" || c.topic == "tickets")
}

// teaching reports a name read as a teacher's generator (ExamGenerator,
// quiz-gen): its only strong word the generator, its topic a teacher's
// paper (rev49d).
func (c *cheatName) teaching() bool {
	return (c.tool == "generator" || c.tool == "gen") && (c.strong == "" || c.strong == c.tool) && teachTopics[c.topic]
}

// cheatName reads the words of a name (a file's stem, an owner's, a
// repository's or a site's label): whether one is a topic's and one a
// tool's (cheatTools), and the strong one if any. A word that joins a
// topic to a tool (quizbot, ticketbot, xpfarmer) counts as both.
type cheatName struct {
	topic, tool, strong string
	// act is the first tool's word that says what the tool does (a
	// solver, a grabber, a helper), not only that it is one (a bot, a
	// tool: forgeNamed) (rev49d)
	act string
	// answers is whether a word names what a cheat answers (a quiz, an
	// exam, answers): a tool of it is a cheat (rev49d)
	answers bool
}

// read adds the words of s, cut at marks, digits and where a capital
// follows a small letter, to c. It does not allocate: the words are
// looked up through a buffer.
func (c *cheatName) read(s string) {
	var buf [32]byte
	for i := 0; i < len(s); {
		if !isASCIILetter(s[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isASCIILetter(s[j]) && !(s[j] >= 'A' && s[j] <= 'Z' && s[j-1] >= 'a' && s[j-1] <= 'z') {
			j++
		}
		if j-i <= len(buf) {
			n := 0
			for k := i; k < j; k++ {
				buf[n] = s[k] | 0x20
				n++
			}
			c.word(buf[:n])
		}
		i = j
	}
}

// word reads one lower-case word (see read).
func (c *cheatName) word(b []byte) {
	if t, ok := cheatTopicKey(string(b)); ok {
		if c.topic == "" {
			c.topic = t
		}
		switch t {
		case "quiz", "quizzes", "exam", "exams", "answer", "answers":
			c.answers = true
		}
	}
	if t, ok := cheatToolKey(string(b)); ok {
		if c.tool == "" {
			c.tool = t
		}
		if strongCheats[t] && c.strong == "" {
			c.strong = t
		}
		if c.act == "" && !projectTools[t] && t != "bot" && t != "bots" {
			c.act = t
		}
	}
	if c.topic != "" && c.tool != "" || len(b) < 5 {
		return
	}
	for k := 2; k <= len(b)-2; k++ { // quizbot, ticketbot, xpfarmer, dealfinder
		if t, ok := cheatTopicKey(string(b[:k])); ok {
			if x, ok := cheatToolKey(string(b[k:])); ok {
				if c.topic == "" {
					c.topic = t
				}
				switch t {
				case "quiz", "quizzes", "exam", "exams", "answer", "answers":
					c.answers = true
				}
				if c.tool == "" {
					c.tool = x
				}
				if strongCheats[x] && c.strong == "" {
					c.strong = x
				}
				if c.act == "" && !projectTools[x] && x != "bot" && x != "bots" {
					c.act = x
				}
				return
			}
		}
	}
}

// cheatTopicKey and cheatToolKey return the tables' own key for a word
// (a string that outlives the caller's buffer), and whether it is one.
func cheatTopicKey(w string) (string, bool) { return tableKey(cheatTopicList, w) }

func cheatToolKey(w string) (string, bool) { return tableKey(cheatToolList, w) }

// cheatTopicList and cheatToolList are the tables' keys, for tableKey.
var cheatTopicList, cheatToolList = sortedKeys(cheatTopics), sortedKeys(cheatTools)

// tableKey returns the key of a sorted list equal to w, and whether
// there is one (a binary search: no allocation).
func tableKey(list []string, w string) (string, bool) {
	lo, hi := 0, len(list)
	for lo < hi {
		m := (lo + hi) / 2
		if list[m] < w {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(list) && list[lo] == w {
		return list[lo], true
	}
	return "", false
}

// found reports a name read as a cheat's or a shopping bot's.
func (c *cheatName) found() bool { return c.topic != "" && c.tool != "" }

// mal49File returns a link's file and what it is, when the link names a
// file that runs (a program, a script, a shortcut, a disk image) or an
// archive; else "".
func mal49File(l *linkx.Link) (string, filetype.Finding) {
	f := linkFile(l)
	if strings.IndexByte(f, '.') <= 0 {
		return "", filetype.Finding{}
	}
	fd := filetype.Check(f, "")
	if !fd.Dangerous() && fd.Kind != filetype.Archive && fd.Kind != filetype.DiskImage {
		return "", filetype.Finding{}
	}
	return f, fd
}

// shareDomain is the cheap look before fileHosts' and shareHosts': a
// registrable domain of a file host or of a share's download (a switch,
// which costs a link on no such domain less than a set's hashing).
func shareDomain(d string) bool {
	switch d {
	case "mediafire.com", "mega.nz", "gofile.io", "pixeldrain.com", "sendspace.com", "4shared.com",
		"uploadhaven.com", "krakenfiles.com", "workupload.com", "catbox.moe", "anonfiles.com", "file.io", "transfer.sh",
		"solidfiles.com", "userscloud.com", "uploadrar.com", "zippyshare.com", "dosya.co", "send.cm",
		"temp.sh", "bashupload.com", "qu.ax", "uguu.se", "tmpfiles.org", "0x0.st", "x0.at", "oshi.at", "filebin.net",
		"files.fm", "bayfiles.com", "easyupload.io", "upload.ee", "ufile.io", "filetransfer.io", "buzzheavier.com",
		"google.com", "live.com", "1drv.ms", "wetransfer.com", "we.tl", "dropbox.com", "dropboxusercontent.com":
		return true
	}
	return false
}

// pageEnding reports a site's file by an ending of a page, a picture, a
// style or a document (post.html, logo.png, main.css, paper.pdf): none a
// program, a script or an archive — the cheap look before filetype's on
// a stranger's site, whose files are mostly its pages.
func pageEnding(f string) bool {
	i := strings.LastIndexByte(f, '.')
	if i < 0 || len(f)-i > 6 {
		return false
	}
	var b [5]byte
	n := copy(b[:], f[i+1:])
	for k := range n {
		b[k] |= 0x20
	}
	switch string(b[:n]) {
	case "html", "htm", "pdf", "png", "jpg", "jpeg", "gif", "webp", "svg", "css",
		"txt", "xml", "json", "md", "mp4", "mp3", "ico", "woff", "woff2":
		return true
	}
	return false
}

// mayBucket is the cheap look before bucketName's: a host under one of
// the storage services' names it reads.
func mayBucket(h string) bool {
	return strings.HasSuffix(h, "amazonaws.com") || strings.HasSuffix(h, "googleapis.com") ||
		strings.HasSuffix(h, "digitaloceanspaces.com") || strings.HasSuffix(h, "backblazeb2.com") ||
		strings.HasSuffix(h, ".windows.net") || strings.HasSuffix(h, ".r2.dev")
}

// runsOnPC reports a file that runs on the reader's computer when
// opened: a Windows program, an installer, a shortcut, a script that is
// no server's page, a disk image.
func runsOnPC(f string, fd filetype.Finding) bool {
	return windowsProgram(fd) || fd.Kind == filetype.Script && !pageScript(f) || fd.Kind == filetype.DiskImage
}

// siteAsset reports a lower-case .js file on a site: a page's own script
// (/js/booking.js, /static/tickets.js), not a paper's name a clerk
// capitalises (Itinerary_BKK_HKT.js).
func siteAsset(f string, fd filetype.Finding, place bool) bool {
	return !place && fd.Ext == "js" && f[0] >= 'a' && f[0] <= 'z'
}

// judgeMal49 finds a cheat's or a shopping bot's program, a trip's or an
// order's paper as a program or an archive, or a share's download
// offered as such a paper (see Malware aimed at students, shoppers and
// travellers above), and adds one finding, when no other reading said as
// much of a file.
func judgeMal49(rs *reasons, j *Judgement, k *knowledge) {
	for i := range j.Links {
		l := &j.Links[i]
		if l.Defanged || l.Domain == "" && !l.IP.IsValid() {
			continue
		}
		if strings.IndexByte(l.Path, '.') < 0 {
			// no file's name in the path: a share's page, or a file
			// named in a suspect link's or a share's query
			// (download?file=…) — the cheap looks first
			shared := len(l.Path) > 2 && shareDomain(l.Domain)
			if !shared && !slices.Contains(j.Suspect, i) || strings.IndexByte(l.Query, '.') < 0 {
				if shared && (fileHosts[l.Domain] || shareHosts(l.Host)) && judgeErrandShare(rs, l, k) {
					return
				}
				continue
			}
		}
		upload := uploadPath(l)
		share := !upload && shareHosts(l.Host) && shareDownload(l)
		place := upload || share || mayBucket(l.Host) && bucketName(l) != ""
		site := !place && (mayNameImpostor(l) || slices.Contains(j.Suspect, i))
		if !place && (!site || pageEnding(l.File())) {
			continue
		}
		f, fd := mal49File(l)
		if f == "" {
			if share || upload && fileHosts[l.Domain] {
				if judgeErrandShare(rs, l, k) {
					return
				}
			}
			continue
		}
		owner, repo := "", ""
		if upload {
			owner, repo = forgeParts(l)
		}
		if judgeErrandPaper(rs, l, f, fd, place, owner, repo) || judgeCheatTool(rs, l, f, fd, place, owner, repo) {
			return
		}
	}
}

// judgeErrandPaper reads a file named as a trip's or an order's paper
// (errandPaperWord) and reports whether it added a finding: a program, a
// script or a disk image anywhere a stranger serves it deletes, an
// archive where anyone puts files warns.
func judgeErrandPaper(rs *reasons, l *linkx.Link, f string, fd filetype.Finding, place bool, owner, repo string) bool {
	runs := runsOnPC(f, fd) && !siteAsset(f, fd, place)
	if !runs && !(place && (fd.Kind == filetype.Archive || fd.Dangerous())) {
		return false
	}
	w := errandPaperWord(f)
	if w == "" || owner != "" && projectNamed(owner, repo, w) {
		return false
	}
	if saidFile(rs) {
		return true
	}
	weight := wWorkFile
	if runs {
		weight = wImpostorFile // no airline, hotel, consulate or courier sends its paper as a program
	}
	d := say2("trip_paper", linkx.Defang(l.Unicode), f, w)
	rs.add(Reason{Code: CodeDangerousFile, Weight: weight, Subject: f, File: fd.Kind.String(), text: d, Detail: d.inEnglish()})
	return true
}

// judgeCheatTool reads a file named as a cheat, a study tool or a
// shopping bot (cheatName), or served by a forge's account or a
// stranger's hyphenated site so named, and reports whether it added a
// finding.
func judgeCheatTool(rs *reasons, l *linkx.Link, f string, fd filetype.Finding, place bool, owner, repo string) bool {
	runs := runsOnPC(f, fd) && !siteAsset(f, fd, place)
	if !runs && fd.Kind != filetype.Archive {
		return false
	}
	var c cheatName
	stem := f
	if i := strings.IndexByte(stem, '.'); i > 0 {
		stem = stem[:i]
	}
	c.read(stem)
	switch {
	case owner != "":
		c.read(owner)
		c.read(repo)
	case !place:
		c.read(l.Label())
	}
	if !c.found() && runs && fd.Ext == "jar" && hackClientJar(l.Host, stem) {
		// a hack client's jar handed around Discord (mal51: classify_mal51.go)
		if !saidFile(rs) {
			d := say2("hack_jar", linkx.Defang(l.Unicode), f, stem)
			rs.add(Reason{Code: CodeDangerousFile, Weight: wKindSite, Subject: f, File: fd.Kind.String(), text: d, Detail: d.inEnglish()})
		}
		return true
	}
	if !c.found() || !runs && (c.strong == "" || owner != "") {
		return false // an archive is read for a cheat's strong word only, and not on a forge (a project's sources)
	}
	if c.teaching() || gameCheatWeak(&c) || owner != "" && (fd.Kind != filetype.Script || fd.Ext == "jar") && c.forgeNamed() {
		return false // a teacher's generator anywhere; a project's released tools, helper or finder on its own forge, not a raw script to run (rev49d)
	}
	if saidFile(rs) {
		return true
	}
	shown := linkx.Defang(l.Unicode)
	if owner != "" {
		shown = linkx.Defang(l.Host) + "/" + owner + "/" + repo
	}
	d := say2("cheat_tool", shown, f, c.topic+" "+c.tool)
	rs.add(Reason{Code: CodeDangerousFile, Weight: wKindSite, Subject: f, File: fd.Kind.String(), text: d, Detail: d.inEnglish()})
	return true
}

// errandLurePhrases are a trip's, an order's or an exam's paper a message
// (folded) offers a share's download as.
var errandLurePhrases = []string{"boarding pass", "boarding passes", "booking confirmation", "reservation confirmation",
	"e ticket", "etickets", "eticket", "itinerary", "travel itinerary", "visa application", "visa form", "visa approval",
	"visa letter", "evisa", "e visa", "shipping label", "tracking details", "tracking info", "customs form",
	"customs declaration", "waybill", "order confirmation", "hotel voucher", "travel voucher", "exam answers",
	"answer key", "test bank", "quiz answers", "lockdown browser", "ve may bay", "ve dien tu", "xac nhan dat phong",
	"lich trinh", "thi thuc", "van don", "phieu giao hang", "dap an", "bien lai"}

// judgeErrandShare reads a share's download naming no file (a file host's
// page by an id, a Drive or OneDrive download) beside a trip's, an
// order's or an exam's paper in the message (errandLurePhrases), and
// reports whether it added a finding.
func judgeErrandShare(rs *reasons, l *linkx.Link, k *knowledge) bool {
	if fileHosts[l.Domain] {
		if len(l.Path) <= 2 {
			return false
		}
	} else if !shareDownload(l) {
		return false
	}
	folded := k.folded()
	w := firstPhrase(folded, errandLurePhrases)
	if w == "" {
		return false
	}
	if saidFile(rs) {
		return true
	}
	weight, tells := wShareBait, "\""+w+"\""
	if p := passwordGiven(folded); p != "" {
		weight, tells = wShareBaitTwo, tells+", \""+p+"\""
	}
	shown := linkx.Defang(l.Host) + l.Path
	d := say2("trip_share", shown, linkx.Defang(l.Host), tells)
	rs.add(Reason{Code: CodeDangerousFile, Weight: weight, Subject: shown, File: "shared_file", text: d, Detail: d.inEnglish()})
	return true
}

// The readings' findings, in English and Vietnamese (kept here, beside
// the readings, as mal48's are).
func init() {
	for k, v := range map[string][2]string{
		"trip_paper": {
			"%s serves %s, named as a trip's or an order's paper (%q) but an archive, a program or a script: airlines, hotels, consulates, shops and couriers send boarding passes, bookings, visas, vouchers and labels as documents or pages, and a wrapped one is how stealers reach travellers and shoppers",
			"%s phát tán %s, đặt tên như giấy tờ chuyến đi hay đơn hàng (%q) nhưng là tệp nén, chương trình hoặc kịch bản: hãng bay, khách sạn, lãnh sự quán, cửa hàng và đơn vị vận chuyển gửi thẻ lên máy bay, xác nhận đặt chỗ, thị thực, phiếu và nhãn dưới dạng tài liệu hoặc trang web, và một tệp bị đóng gói là cách mã độc đánh cắp dữ liệu tiếp cận người đi du lịch và người mua sắm"},
		"cheat_tool": {
			"%s serves %s, a cheat, a study tool or a shopping bot (%q) handed out as a program: quiz solvers, proctoring bypasses, unlockers, ticket and sneaker bots, coupon hunters and gift card generators from strangers are how stealers reach students and shoppers",
			"%s phát tán %s, một công cụ gian lận, học tập hay bot mua sắm (%q) dưới dạng chương trình: công cụ giải bài, vượt phần mềm giám sát thi, mở khóa, bot săn vé, săn giày, săn mã giảm giá và tạo thẻ quà tặng từ người lạ là cách mã độc đánh cắp dữ liệu tiếp cận học sinh, sinh viên và người mua sắm"},
		"trip_share": {
			"the link %[1]s downloads a file shared on %[2]s by an id, with no name to judge it by, offered as %[3]s: boarding passes, bookings, visas, labels and exam answers handed over as a file host's download are how stealers reach travellers, shoppers and students",
			"liên kết %[1]s tải về một tệp chia sẻ trên %[2]s bằng mã, không có tên để xét, được mời dưới dạng %[3]s: vé máy bay, xác nhận đặt chỗ, thị thực, vận đơn và đáp án thi gửi qua dịch vụ lưu trữ tệp là cách mã độc đánh cắp dữ liệu tiếp cận người đi du lịch, người mua sắm và học sinh, sinh viên"},
	} {
		englishDetails[k], vietnameseDetails[k] = v[0], v[1]
	}
}
