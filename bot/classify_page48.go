package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// Scam recruitment and forms on platform pages and short links (page48).
// Job-task, investment-group and payroll or bonus scams send people to a
// page anyone can make on a platform (a Telegram group or invite, a Zalo
// group, a Facebook page, a Google Sites, Weebly or Wix site), to a form
// (Google Forms, Microsoft Forms, Typeform, Jotform) or a doc published to
// the web, or behind a shortener whose name says the lure
// (tinyurl.com/payslip-nov-2026). The platforms are read as reputable, so
// such links passed unless their path held a brand's or a login's word.
//
// platformLure reads three things, only for links on those hosts:
//
//   - a platform page's name (the Telegram handle or invite, the Facebook
//     page's or group's slug, the Sites/Weebly/Wix site's name) against
//     pageWords, words of task jobs, easy money, investment groups and
//     loans, English and Vietnamese syllables joined (viecnhe, lamonline,
//     ctv, nhandon, hoahong, dautu, signal, vip): two points warn;
//   - the message's words (msgRead): a job's word beside a money's rate
//     (việc nhẹ, làm online, CTV, nhận đơn, tasks beside mỗi ngày 400k,
//     $50/day, hoa hồng, thu nhập), an investment's beside a profit's
//     (đầu tư, coin, signal beside lãi 3%/ngày, profit), and a fee or a
//     deposit asked (phí, cọc, nạp, deposit); a job's or investment's
//     lure warns beside a platform page, deletes when the page's name
//     speaks too or the message asks for a fee;
//   - beside a form or a published doc, what the message asks the reader
//     to give (formAsks): a password, a work email's sign-in, bank
//     details, an SSN or a citizen's card, a bonus's, payroll's or
//     benefit's claim, a mailbox's re-validation: one warns, two delete;
//   - a shortened link's name (shortLure) naming a payslip, payroll, a
//     W-2, a tax refund, a bonus, a salary, a refund, an invoice or an
//     offer letter (luong, thuong, hoantien): warns.
//
// A message that warns of scams (lừa đảo, cảnh báo, scam, fraud) is not
// read, nor a shortened link's name that is a guide's or a talk's topic
// (template, guide, slides). Hosts are matched by a switch on the
// registrable domain first, so every other link costs one comparison.
const (
	// wPageLure: a platform page or a form beside a lure warns
	wPageLure = 0.6
	// wPageLureStrong: with more signs it deletes
	wPageLureStrong = 0.8
)

// Kinds of platform page.
const (
	platNone  = iota
	platPage  // a group, a channel, a page or a site anyone makes
	platForm  // a form or a doc published to the web
	platShort // a shortened link
)

// platformPage returns the kind of platform page l is, and the name of
// the page (the handle, slug or site's name; "" when it has none that
// reads).
func platformPage(l *linkx.Link, info *hostInfo) (kind int, name string) {
	switch l.Domain {
	case "t.me", "telegram.me", "telegram.dog":
		s1, s2 := pathSegs(l.Path)
		if s1 == "joinchat" || s1 == "s" {
			return platPage, s2
		}
		return platPage, strings.TrimPrefix(s1, "+")
	case "fb.me", "m.me", "messenger.com", "wa.me":
		// Facebook's short names and Messenger's and WhatsApp's chats
		// (rev48h): m.me/viecnhe, wa.me/<number>
		s1, s2 := pathSegs(l.Path)
		if s1 == "t" {
			return platPage, s2
		}
		return platPage, s1
	case "zalo.me":
		s1, _ := pathSegs(l.Path)
		if s1 == "g" {
			return platPage, ""
		}
		return platPage, s1
	case "facebook.com", "fb.com":
		if l.Host != "facebook.com" && l.Host != "www.facebook.com" && l.Host != "m.facebook.com" &&
			l.Host != "web.facebook.com" && l.Host != "fb.com" && l.Host != "www.fb.com" {
			return platNone, ""
		}
		s1, s2 := pathSegs(l.Path)
		switch s1 {
		case "groups", "pages", "people":
			return platPage, s2
		case "", "profile.php", "share", "sharer.php", "sharer", "watch", "events", "marketplace", "photo.php",
			"story.php", "permalink.php", "login", "login.php", "help", "reel", "photo", "video.php", "policies",
			"business", "gaming", "ads", "privacy":
			return platPage, ""
		}
		return platPage, s1
	case "google.com":
		switch l.Host {
		case "sites.google.com":
			s1, s2 := pathSegs(l.Path)
			if s1 == "view" || s1 == "site" {
				return platPage, s2
			}
			return platPage, ""
		case "docs.google.com":
			if strings.HasPrefix(l.Path, "/forms/") || strings.Contains(l.Path, "/d/e/") && strings.Contains(l.Path, "/pub") {
				return platForm, ""
			}
		}
		return platNone, ""
	case "forms.gle", "typeform.com", "jotform.com":
		return platForm, ""
	case "office.com", "microsoft.com":
		if strings.HasPrefix(l.Host, "forms.") {
			return platForm, ""
		}
		return platNone, ""
	}
	switch l.Suffix {
	case "weebly.com", "weeblysite.com", "wixsite.com", "mystrikingly.com", "jimdosite.com", "godaddysites.com", "carrd.co", "site123.me":
		if i := strings.IndexByte(l.Host, '.'); i > 0 && l.Host[:i] != "www" {
			return platPage, l.Host[:i]
		}
		return platNone, ""
	}
	switch l.Domain {
	case "weebly.com", "weeblysite.com", "wixsite.com", "mystrikingly.com", "jimdosite.com", "godaddysites.com", "carrd.co", "site123.me":
		if i := strings.IndexByte(l.Host, '.'); i > 0 && l.Host[:i] != "www" {
			return platPage, l.Host[:i]
		}
		return platNone, ""
	}
	if info.signals[model.SigShortener] > 0 {
		return platShort, strings.Trim(l.Path, "/")
	}
	return platNone, ""
}

// pathSegs returns a path's first two segments.
func pathSegs(p string) (s1, s2 string) {
	p = strings.TrimPrefix(p, "/")
	i := strings.IndexByte(p, '/')
	if i < 0 {
		return p, ""
	}
	s1, p = p[:i], p[i+1:]
	if j := strings.IndexByte(p, '/'); j >= 0 {
		p = p[:j]
	}
	return s1, p
}

// pageWords are the words of a task job, easy money, an investment
// group or a loan in a platform page's name, with their points; -1 is a
// word of another trade or of a warning (news, scam, canhbao), which
// leaves the name unread.
var pageWords = func() map[string]int {
	m := map[string]int{}
	add := func(p int, ws string) {
		for _, w := range strings.Fields(ws) {
			m[w] = p
		}
	}
	// Vietnamese syllables joined: việc nhẹ, làm online, kiếm tiền,
	// cộng tác viên, nhận/chốt đơn, đánh máy, nhập liệu, hoa hồng,
	// nhiệm vụ, đầu tư, lãi suất, lợi nhuận, thu nhập, lương cao, giải
	// ngân, vay tiền/vốn
	add(2, `viecnhe lamonline kiemtien ctv congtacvien nhandon chotdon danhmay nhaplieu hoahong nhiemvu dautu
		laisuat loinhuan thunhap luongcao giaingan vaytien vayvon kiemtienonline viecnhaluongcao
		forex invest investment investing investor profit profits earn earning earnings task tasks wfh
		workfromhome dailypay paidaily income hyip cashloan`)
	add(1, `tainha vieclam tuyendung online job jobs hiring parttime luong nhanluong signal signals vip coin coins
		crypto bitcoin btc usdt trading trade trader money cash passive remote loan loans daily
		lamviec tuyen`)
	add(0, `group groups team club channel page official vn vietnam hcm hn hanoi saigon the my new 2026 nhom cong
		dong hoi kenh sinhvien hocsinh`)
	add(-1, `news blog scam scams fraud canhbao luadao alert dev developer developers golang python rust java
		js react devops linux coder coding code it tech engineer engineers careers career academy school
		university edu hoc`)
	return m
}()

// boardWords are pageWords' words a real job board's or vacancy
// group's name is made of (vieclam, tuyendung, jobs, remote, daily):
// they count toward a page's points beside a lure's words, not alone.
var boardWords = setOf("vieclam", "tuyendung", "job", "jobs", "hiring", "parttime", "remote", "daily", "lamviec", "tuyen")

// pageLongest is the longest word of pageWords.
const pageLongest = 16

func pageKnown(w string) bool {
	_, ok := pageWords[w]
	return ok
}

// pagePoints returns the points of a platform page's name: the sum of
// its distinct pageWords' words, read at dots, underscores, hyphens and
// digits, a run of two or three pieces joined (viec.nhe) and a piece
// wholly split into the words; -1 when a word of another trade stands
// in it. lure is the points of words other than a job board's
// (boardWords): a board's name (remotejobsdaily, vieclamthem_hn,
// tuyendungvieclam) is an ordinary group's (rev48h).
func pagePoints(name string) (points, lure int) {
	if name == "" || len(name) > 80 {
		return 0, 0
	}
	name = strings.ToLower(name)
	var parts [10]string
	n := 0
	for i := 0; i < len(name); {
		for i < len(name) && !isLowerLetter(name[i]) {
			i++
		}
		j := i
		for j < len(name) && isLowerLetter(name[j]) {
			j++
		}
		if j > i {
			if n == len(parts) {
				return 0, 0
			}
			parts[n] = name[i:j]
			n++
		}
		i = j
	}
	var seen [12]string
	ns := 0
	note := func(w string) bool {
		p := pageWords[w]
		if p < 0 {
			return false
		}
		if !boardWords[w] {
			lure += p
		}
		for _, s := range seen[:ns] {
			if s == w {
				return true
			}
		}
		if ns < len(seen) {
			seen[ns] = w
			ns++
		}
		points += p
		return true
	}
	var split [8]string
	var joined [48]byte
	for i := 0; i < n; {
		j := i + 1
		for k := min(n, i+3); k > i+1; k-- {
			b := joined[:0]
			for _, p := range parts[i:k] {
				b = append(b, p...)
			}
			if len(b) <= pageLongest {
				if _, ok := pageWords[string(b)]; ok {
					if !note(string(b)) {
						return -1, 0
					}
					j = k
					break
				}
			}
		}
		if j > i+1 {
			i = j
			continue
		}
		p := parts[i]
		i++
		if _, ok := pageWords[p]; ok {
			if !note(p) {
				return -1, 0
			}
			continue
		}
		if k, ok := splitRunInto(p, split[:], 0, pageKnown, pageLongest); ok && len(p) >= 5 {
			for _, w := range split[:k] {
				if !note(w) {
					return -1, 0
				}
			}
		}
	}
	return points, lure
}

func isLowerLetter(c byte) bool { return c >= 'a' && c <= 'z' }

// msgRead is what a message's words say for platformLure.
type msgRead struct {
	work, money, invest, fee, warns bool
	sells                           bool // a shop's own trade (bán hàng, mỹ phẩm chính hãng): a seller's recruitment
	strong                          bool // a phrase that is a lure alone (kiếm tiền online, easy money)
	signIn                          bool // a sign-in's or a verification's word (log in, verify, đăng nhập)
	asks, more                      int  // distinct kinds of what a form asks for (formAsks)
	ask                             string
}

// lure reports a job's or an investment's lure.
func (m *msgRead) lure() bool { return m.strong || m.money && (m.work || m.invest) }

// msgTokens splits the folded text into at most len(toks) words,
// lower-cased in place of a capital (Ngay, Thuong), into buf; the words
// are slices of one string made once (one allocation per message read,
// not one per word: rev48h).
func msgTokens(folded []byte, toks *[96]string, buf *[512]byte) int {
	var ends [96][2]uint16
	n, b := 0, 0
	for i := 0; i < len(folded) && n < len(toks); {
		for i < len(folded) && folded[i] == ' ' {
			i++
		}
		j := i
		for j < len(folded) && folded[j] != ' ' {
			j++
		}
		if j > i && b+(j-i) <= len(buf) {
			start := b
			for _, c := range folded[i:j] {
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf[b] = c
				b++
			}
			ends[n] = [2]uint16{uint16(start), uint16(b)}
			n++
		}
		i = j
	}
	if n == 0 {
		return 0
	}
	all := string(buf[:b])
	for i, e := range ends[:n] {
		toks[i] = all[e[0]:e[1]]
	}
	return n
}

// msgPhrases are the message's words and pairs that read, with their
// kind: w a job's, y money's, i an investment's, f a fee's, s a lure
// alone, x a warning of scams.
var msgPhrases = func() map[string]byte {
	m := map[string]byte{}
	add := func(k byte, ws string) {
		for _, w := range strings.Split(ws, ",") {
			if w = strings.TrimSpace(w); w != "" {
				m[w] = k
			}
		}
	}
	add('w', `viec nhe, lam online, tai nha, ctv, cong tac, nhan don, chot don, danh may, nhap lieu, nhan viec,
		task, tasks, work from, wfh, part time, parttime, no experience, kinh nghiem, tha tim, like video, nhiem vu,
		online job, online jobs, job online, viec online, remote job, tuyen ctv, viec lam online, lam them, data entry, typing job, typing jobs`)
	add('y', `hoa hong, thu nhap, kiem tien, earn, earning, earnings, commission, daily pay, paid daily, luong cao,
		income, per day, a day, per hour, an hour, moi ngay, 1 ngay, mot ngay, ngay, day, hour, gio, lai suat,
		loi nhuan, profit, profits, returns, per week, moi tuan`)
	add('i', `dau tu, coin, crypto, forex, signal, signals, vip, bitcoin, usdt, trading, invest, investment,
		nhom vip, keo, x2, x3, nhan doi, double`)
	add('f', `phi, coc, dat coc, nap, nap tien, deposit, fee, fees, registration fee, ky quy, dong tien, chuyen khoan truoc,
		pay first, upfront, activation fee`)
	add('s', `kiem tien online, easy money, viec nhe luong cao, make money, fast money, earn money, thu nhap thu dong,
		passive income`)
	add('b', `ban hang, chinh hang, my pham, san pham, cua hang, thoi trang`)
	add('x', `calculator, charts, lua dao, canh bao, scam, scams, scammer, scammers, fraud, warning, beware, report, phishing, gia mao`)
	return m
}()

// rateWords are a rate's time words: a number before them (400k mỗi
// ngày, 3%/ngày, $50/day) is a money's rate.
var rateWords = setOf("ngay", "day", "daily", "hour", "gio", "h", "week", "tuan", "moi")

// readMsg reads the message's tokens for platformLure.
func readMsg(toks []string) msgRead {
	var m msgRead
	for i, t := range toks {
		k := msgPhrases[t]
		if i+1 < len(toks) {
			var two [64]byte
			b := append(append(append(two[:0], t...), ' '), toks[i+1]...)
			if k2, ok := msgPhrases[string(b)]; ok {
				k = k2
			}
			if i+2 < len(toks) {
				b = append(append(b, ' '), toks[i+2]...)
				if k3, ok := msgPhrases[string(b)]; ok {
					k = k3
				}
			}
		}
		switch k {
		case 'w':
			m.work = true
		case 'y':
			if t == "ngay" || t == "day" || t == "hour" || t == "gio" {
				// a time's word alone is money only after a number
				if i > 0 && numberish(toks[i-1]) {
					m.money = true
				}
			} else {
				m.money = true
			}
		case 'i':
			m.invest = true
		case 'f':
			m.fee = true
		case 's':
			m.strong = true
		case 'x':
			m.warns = true
		case 'b':
			m.sells = true
		}
		if t == "lai" && i+1 < len(toks) && numberish(toks[i+1]) {
			// lãi 3%: interest, not lại (again)
			m.money, m.invest = true, true
		}
		if numberish(t) && i+1 < len(toks) && rateWords[toks[i+1]] {
			m.money = true
		}
	}
	return m
}

// roleWords are the folded words of a trade a real vacancy names;
// taskWords those of the work a task scheme pays for, which leave a
// trade's name unread (rev48h).
var (
	roleWords = []string{"developer", "engineer", "designer", "teacher", "tutor", "giao vien", "gia su", "ke toan",
		"accountant", "barista", "phuc vu", "thu ngan", "sieu thi", "quan cafe", "nha hang", "restaurant", "driver",
		"drivers", "tai xe", "translator", "translators", "bien dich", "phien dich", "nurse", "y ta", "bao ve", "ky su",
		"lap trinh", "backend", "frontend", "tester", "warehouse", "phu bep", "dau bep", "chef", "cashier", "receptionist",
		"le tan", "giao hang", "shipper", "shippers"}
	taskWords = []string{"viec nhe", "nhiem vu", "task", "tasks", "like", "likes", "tha tim", "review", "reviews",
		"danh gia", "khong can kinh nghiem", "no experience", "easy", "simple", "rut tien", "withdraw", "nap", "deposit",
		"moi don", "per order", "hoa hong", "commission", "chot don", "nhan don", "nhap lieu", "danh may", "data entry",
		"typing", "ctv"}
)

// namesRole reports folded text naming a trade (roleWords) and none of
// taskWords.
func namesRole(folded []byte) bool {
	role := false
	for _, w := range roleWords {
		if containsWords(folded, w) {
			role = true
			break
		}
	}
	if !role {
		return false
	}
	for _, w := range taskWords {
		if containsWords(folded, w) {
			return false
		}
	}
	return true
}

// numberish reports a number, with a thousand's or a million's letter
// (400k, 800k, 5tr, 2m).
func numberish(t string) bool {
	d := 0
	for d < len(t) && t[d] >= '0' && t[d] <= '9' {
		d++
	}
	if d == 0 {
		return false
	}
	switch t[d:] {
	case "", "k", "tr", "m", "usd", "trieu", "xu", "h":
		return true
	}
	return false
}

// formAskKinds are what a form's message asks the reader to give that
// judgeForm (classify_notice.go) does not read: a work email's sign-in,
// a mailbox's re-validation, an identity's number (primary: one warns);
// and what a class's or a club's form asks too (a bank account for a
// scholarship, a citizen's card, a password in "never share your
// password"), which counts only beside a primary one.
var formAskKinds = func() map[string]string {
	m := map[string]string{}
	add := func(k, ws string) {
		for _, w := range strings.Split(ws, ",") {
			if w = strings.TrimSpace(w); w != "" {
				m[w] = k
			}
		}
	}
	add("work email sign-in", `work email, corporate email, company email, email cong ty, business email, office 365, microsoft 365, staff email, employee email`)
	add("mailbox re-validation", `mailbox, hop thu, revalidate, re validate, quota, email storage`)
	add("payroll details", `direct deposit, payroll update, payroll details, payroll verification, payroll information, update payroll, payroll account`)
	add("identity number", `ssn, social security, national insurance number`)
	add("+password", `password, passwords, passcode, mat khau, otp, username, ten dang nhap, credentials`)
	add("+bank details", `bank account, bank details, account number, routing number, so tai khoan, stk, card number, iban, banking details`)
	add("+identity card", `cccd, cmnd, can cuoc, passport number, tax id`)
	return m
}()

// asksSignIn reports folded text asking to sign in or verify.
func asksSignIn(folded []byte) bool {
	for _, w := range [...]string{"log in", "login", "sign in", "signin", "verify", "validate", "revalidate", "dang nhap",
		"xac minh", "xac thuc", "authenticate", "confirm your"} {
		if containsWords(folded, w) {
			return true
		}
	}
	return false
}

// claimVerbs and claimObjects: a claim of money owed (receive your
// year-end bonus, nhận thưởng).
var (
	claimVerbs   = setOf("receive", "claim", "collect", "get", "redeem", "nhan", "lanh", "release")
	claimObjects = setOf("bonus", "payroll", "salary", "benefit", "benefits", "thuong", "luong", "refund", "stipend",
		"allowance", "payout", "compensation", "13th", "paycheck")
)

// formAsks counts the distinct kinds a message asks for beside a form:
// m.asks the primary ones, m.more the others.
func formAsks(toks []string, m *msgRead) {
	var seen [8]string
	ns := 0
	note := func(k string) {
		for _, s := range seen[:ns] {
			if s == k {
				return
			}
		}
		if ns < len(seen) {
			seen[ns] = k
			ns++
		}
		if k[0] == '+' {
			m.more++
			return
		}
		m.asks++
		if m.ask == "" {
			m.ask = k
		}
	}
	for i, t := range toks {
		k := formAskKinds[t]
		if i+1 < len(toks) {
			var two [64]byte
			b := append(append(append(two[:0], t...), ' '), toks[i+1]...)
			if k2, ok := formAskKinds[string(b)]; ok {
				k = k2
			}
		}
		if k == "work email sign-in" && !m.signIn {
			// a work email as a form's field (an HR benefits form, a
			// company survey) is no sign-in (rev48h)
			k = "+work email"
		}
		if k != "" {
			note(k)
		}
		if claimVerbs[t] {
			for j := i + 1; j < len(toks) && j <= i+4; j++ {
				if claimObjects[toks[j]] {
					note("bonus or payroll claim")
					break
				}
			}
		}
	}
}

// shortWords are the work's and money's lures a shortened link's name
// says (1), those that need another such word or a number beside them
// (2: lương and thưởng are names too), a slug's filler (0), and a
// guide's or a talk's topic that leaves the name unread (-1).
var shortWords = func() map[string]int {
	m := map[string]int{}
	add := func(p int, ws string) {
		for _, w := range strings.Fields(ws) {
			m[w] = p
		}
	}
	add(1, `payslip payslips paystub paystubs payroll w2 taxrefund refund refunds bonus bonuses salary salaries invoice
		invoices offerletter hoantien bangluong phieuluong nhanluong nhanthuong thuongtet yearendbonus paycheck
		directdeposit severance`)
	add(2, `luong thuong tax offer letter`)
	add(1, `deposit`)
	add(0, `jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august
		september october november december q1 q2 q3 q4 your my new claim form view update pending year end
		yearend annual tet thang nam direct details info staff employee employees hr pdf doc file copy statement
		now here link`)
	add(-1, `template templates guide guides how tips calculator talk slides course webinar docs schedule example
		sample blog news policy faq help tutorial explained vs video podcast article
		survey surveys poll feedback results mau huongdan cachtinh khaosat baigiang khoahoc`)
	return m
}()

func shortKnown(w string) bool {
	_, ok := shortWords[w]
	return ok
}

// shortLure returns the lure word a shortened link's name says, "" when
// none.
func shortLure(slug string) string {
	if len(slug) < 3 || len(slug) > 64 || strings.IndexByte(slug, '/') >= 0 {
		return ""
	}
	slug = strings.ToLower(slug)
	var split [8]string
	lure, weak, unknown, number := "", "", 0, false
	for i := 0; i < len(slug); {
		for i < len(slug) && !isLowerLetter(slug[i]) {
			if slug[i] >= '0' && slug[i] <= '9' {
				number = true
			}
			i++
		}
		j := i
		for j < len(slug) && (isLowerLetter(slug[j]) || slug[j] >= '0' && slug[j] <= '9' && j > i && slug[j-1] == 'w') {
			j++
		}
		if j == i {
			break
		}
		p := slug[i:j]
		i = j
		k, ok := 0, false
		if _, whole := shortWords[p]; whole {
			split[0], k, ok = p, 1, true
		} else if len(p) >= 6 {
			k, ok = splitRunInto(p, split[:], 0, shortKnown, 14)
		}
		if !ok {
			if len(p) >= 4 {
				unknown++
			}
			continue
		}
		for _, w := range split[:k] {
			switch shortWords[w] {
			case -1:
				return ""
			case 1:
				if lure == "" {
					lure = w
				}
			case 2:
				if weak == "" {
					weak = w
				} else if lure == "" && w != weak {
					lure = weak + " " + w
				}
			}
		}
	}
	if unknown > 1 {
		return ""
	}
	if lure == "" && weak != "" && number && unknown == 0 && (weak == "luong" || weak == "thuong") {
		lure = weak
	}
	if lure == "w2" && !number && unknown > 0 {
		return ""
	}
	return lure
}

// platformLure reads a link on a platform page, a form or a shortener
// beside the message's words (see the comment above wPageLure): kind
// and name are platformPage's reading of the link, not platNone. Its
// caller asks platformPage first, as most links are on no platform and
// need no Reason made and given back by value.
func platformLure(kind int, name string, l *linkx.Link, info *hostInfo, k *knowledge, shown func() string) (Reason, bool) {
	if kind == platShort {
		if w := shortLure(name); w != "" {
			return handRule(CodeShortener, wPageLure, shown(), say2("short_work_lure", shown()+l.Path, w)), true
		}
		return Reason{}, false
	}
	var toks [96]string
	var buf [512]byte
	n := msgTokens(k.folded(), &toks, &buf)
	m := readMsg(toks[:n])
	if m.warns {
		return Reason{}, false
	}
	if kind == platForm {
		m.signIn = asksSignIn(k.folded())
		formAsks(toks[:n], &m)
		switch {
		case m.asks >= 2, m.asks == 1 && m.more > 0:
			return handRule(CodeLurePage, wPageLureStrong, shown(), say2("form_asks", shown()+l.Path, m.ask)), true
		case m.asks == 1:
			return handRule(CodeLurePage, wPageLure, shown(), say2("form_asks", shown()+l.Path, m.ask)), true
		}
		return Reason{}, false
	}
	folded := k.folded()
	if !m.money && moneyPromise(folded) != "" {
		// money by the day or the week (classify_invite.go)
		m.money = true
	}
	if m.work && employerWage(folded) {
		// a wage for work at a place: an employer's post
		m.work = false
	}
	if m.work && !m.strong && !m.fee && namesRole(folded) {
		// a vacancy naming its trade (a React developer at $20/hr, an
		// English teacher online, weekend work at a supermarket) with
		// no task's or easy money's words (rev48h)
		m.work = false
	}
	p, lp := pagePoints(name)
	pageLure := lp >= 2
	msgLure := m.lure()
	if m.sells && !m.fee && !pageLure {
		// a shop recruiting sellers for its own goods on commission
		// (tuyển CTV bán hàng mỹ phẩm chính hãng, hoa hồng 15%)
		msgLure = false
	}
	if inviteLink(l) {
		// a group's invite beside a scheme's words is judgeInvite's
		// (classify_invite.go): here its own name, a task job's lure
		// and a fee asked beside a scheme are read
		msgLure = msgLure && (pageLure || m.work && m.money || m.fee)
	}
	switch {
	case (pageLure || msgLure) && m.fee && (m.work || m.invest || pageLure), p >= 1 && msgLure,
		pageLure && (m.work || m.invest):
		return handRule(CodeLurePage, wPageLureStrong, shown(), say2("platform_lure", shown()+l.Path)), true
	case pageLure || msgLure:
		return handRule(CodeLurePage, wPageLure, shown(), say2("platform_lure", shown()+l.Path)), true
	}
	return Reason{}, false
}

func init() {
	for k, v := range map[string][2]string{
		"platform_lure": {
			"%[1]s is a group, a page or a site anyone can make on a platform, named for or sent beside a task job's, easy money's or an investment group's lure, as recruitment scams' are",
			"%[1]s là nhóm, trang hoặc site ai cũng tạo được trên một nền tảng, mang tên hoặc đi kèm lời mời việc nhẹ, kiếm tiền dễ hay nhóm đầu tư, như các trang tuyển dụng lừa đảo",
		},
		"form_asks": {
			"%[1]s is a form or a published doc anyone can make, and the message asks to give it a %[2]s there",
			"%[1]s là biểu mẫu hoặc tài liệu ai cũng tạo được, và tin nhắn đòi điền vào đó %[2]s",
		},
		"short_work_lure": {
			"%[1]s is a shortened link named for a work's or money's paper (%[2]s): where it goes is hidden",
			"%[1]s là liên kết rút gọn mang tên giấy tờ lương, thưởng hay hoàn tiền (%[2]s): nơi nó dẫn tới bị giấu",
		},
	} {
		englishDetails[k], vietnameseDetails[k] = v[0], v[1]
	}
}
