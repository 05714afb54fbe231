package brand

// Work are the platforms people find work, hire, get paid and keep their
// pay through (work48): job boards, freelancer marketplaces, HR and
// payroll platforms, expense and corporate-card platforms,
// money-transfer apps, brokerages, the work tools an interview or a
// team runs on, and Vietnam's job boards. Their impostors name a page
// after the platform and what its notice to a worker is about: an offer
// or an interview, onboarding papers, a payslip, a W-2, a direct
// deposit to change, funds held or released, a withdrawal, an account
// to verify (indeed-offer-letter, upwork-payment-release,
// adp-direct-deposit-update, gusto-portal-access, topcv-xacnhan), or
// misspell its name by a slip of the hand (indeedd, paychexx, robinhod,
// revoult). They are protected at run time, as Runtime's brands are (the
// trainer reads links without them), and joined to Runtime when the
// package starts.
//
// Every one is a Tool brand: people name their scrapers, integrations,
// calculators and guides after them (indeed-scraper, workday-
// integration-examples, zoom-sdk-demo), so the name is read only in a
// stranger's registrable name. Names that are words of English or
// people's or places' names (indeed, monster, freelancer, contra,
// workday, adp, gusto, deel, remote, rippling, ramp, wise, fidelity,
// vanguard, square, zoom, asana, monday, topdev) are Beside brands: read
// only whole beside a notice's words (Match.NoticeName), never alone or
// inside another word (indeedjobs, monstercat, contrastsecurity,
// squarespace, zoominfo, remoteok, wisdom, rampart, mondaymorning); the
// long ones are read misspelt as a whole label too (workNear: indeedd,
// monsterr). Brands already protected (PayPal with venmo.com, LinkedIn,
// Revolut, Zelle, QuickBooks, Xero, Payoneer) are not repeated; their
// names take the work notice's words (workBrands) and Revolut's and
// Zelle's their slips (workNear). Their Domains are where the brand
// alone serves its sign-in and pages; the hosts a company's own page
// gets a name under (acme.bamboohr.com, acme.wd5.myworkday.com,
// acme.zoom.us) are subdomains of them and stay trusted.
var Work = []Brand{
	// job boards
	{Name: "Indeed", Domains: []string{"indeed.com", "indeed.jobs", "indeed.co.uk", "indeed.ca", "indeed.de", "indeed.fr", "indeed.co.in", "indeed.com.au", "indeed.nl", "indeed.es", "indeed.it", "indeed.com.sg", "indeed.com.ph", "indeed.co.jp", "indeed.net", "hiringlab.org", "indeedflex.com", "indeedassessments.com"}, Words: []string{"indeed"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Glassdoor", Domains: []string{"glassdoor.com", "glassdoor.co.uk", "glassdoor.ca", "glassdoor.de", "glassdoor.fr", "glassdoor.co.in", "glassdoor.com.au", "glassdoor.sg"}, Words: []string{"glassdoor"}, AnyCountry: true, Tool: true},
	{Name: "ZipRecruiter", Domains: []string{"ziprecruiter.com", "ziprecruiter.co.uk"}, Names: []string{"ziprecruiter"}, Tool: true},
	{Name: "Monster", Domains: []string{"monster.com", "monster.co.uk", "monster.de", "monster.fr", "monster.ca", "monster.nl", "monster.se", "monster.ie", "monsterindia.com", "foundit.in"}, Words: []string{"monster"}, Tool: true, Beside: true},
	{Name: "Wellfound", Domains: []string{"wellfound.com", "angel.co", "angellist.com"}, Names: []string{"wellfound"}, Words: []string{"angellist"}, Tool: true},
	{Name: "CareerBuilder", Domains: []string{"careerbuilder.com", "careerbuilder.vn", "careerviet.vn"}, Words: []string{"careerbuilder", "careerviet"}, Tool: true},
	{Name: "JobStreet", Domains: []string{"jobstreet.com", "jobstreet.vn", "jobstreet.com.my", "jobstreet.com.sg", "jobstreet.co.id", "jobstreet.com.ph"}, Words: []string{"jobstreet"}, AnyCountry: true, Tool: true},
	{Name: "SimplyHired", Domains: []string{"simplyhired.com"}, Words: []string{"simplyhired"}, Tool: true},
	// freelancer marketplaces
	{Name: "Upwork", Domains: []string{"upwork.com", "odesk.com", "elance.com"}, Words: []string{"upwork"}, Tool: true},
	{Name: "Fiverr", Domains: []string{"fiverr.com"}, Words: []string{"fiverr"}, Tool: true},
	{Name: "Toptal", Domains: []string{"toptal.com", "toptal.io"}, Words: []string{"toptal"}, Tool: true},
	{Name: "Freelancer", Domains: []string{"freelancer.com", "freelancer.co.uk", "freelancer.in", "freelancer.ca", "freelancer.com.au"}, Words: []string{"freelancer"}, Tool: true, Beside: true},
	{Name: "Contra", Domains: []string{"contra.com"}, Words: []string{"contra"}, Tool: true, Beside: true},
	{Name: "PeoplePerHour", Domains: []string{"peopleperhour.com"}, Words: []string{"peopleperhour"}, Tool: true},
	// HR and payroll platforms
	{Name: "Workday", Domains: []string{"workday.com", "myworkday.com", "myworkdayjobs.com", "myworkdaysite.com", "workdaycdn.com"}, Words: []string{"myworkday", "myworkdayjobs"}, Tool: true},
	{Name: "Workday", Domains: []string{"workday.com", "myworkday.com"}, Words: []string{"workday"}, Tool: true, Beside: true},
	{Name: "ADP", Domains: []string{"adp.com", "adp.ca", "adp.co.uk", "adp.de", "adp.fr", "adp.com.au", "workforcenow.adp.com", "adpworld.com", "mykplan.com"}, Words: []string{"adp", "workforcenow"}, Tool: true, Beside: true},
	{Name: "Gusto", Domains: []string{"gusto.com"}, Words: []string{"gusto"}, Tool: true, Beside: true},
	{Name: "Deel", Domains: []string{"deel.com", "letsdeel.com"}, Words: []string{"deel", "letsdeel"}, Tool: true, Beside: true},
	{Name: "Remote", Domains: []string{"remote.com"}, Words: []string{"remote"}, Tool: true, Beside: true},
	{Name: "Rippling", Domains: []string{"rippling.com"}, Words: []string{"rippling"}, Tool: true, Beside: true},
	{Name: "BambooHR", Domains: []string{"bamboohr.com"}, Names: []string{"bamboohr"}, Tool: true},
	{Name: "Paychex", Domains: []string{"paychex.com", "paychexflex.com", "myapps.paychex.com"}, Words: []string{"paychexflex"}, Names: []string{"paychex"}, Tool: true},
	{Name: "Paylocity", Domains: []string{"paylocity.com"}, Names: []string{"paylocity"}, Tool: true},
	{Name: "Paycom", Domains: []string{"paycom.com", "paycomonline.net"}, Words: []string{"paycom", "paycomonline"}, Tool: true},
	{Name: "Justworks", Domains: []string{"justworks.com"}, Words: []string{"justworks"}, Tool: true},
	{Name: "TriNet", Domains: []string{"trinet.com"}, Words: []string{"trinet"}, Tool: true, Beside: true},
	// expense and corporate-card platforms
	{Name: "Expensify", Domains: []string{"expensify.com"}, Words: []string{"expensify"}, Tool: true},
	{Name: "Ramp", Domains: []string{"ramp.com"}, Words: []string{"ramp"}, Tool: true, Beside: true},
	{Name: "Brex", Domains: []string{"brex.com"}, Words: []string{"brex"}, Tool: true},
	// money-transfer apps
	{Name: "Wise", Domains: []string{"wise.com", "transferwise.com"}, Words: []string{"transferwise", "wise"}, Tool: true, Beside: true},
	{Name: "Venmo", Domains: []string{"venmo.com"}, Names: []string{"venmo"}, Tool: true},
	{Name: "Cash App", Domains: []string{"cash.app", "cash.me"}, Words: []string{"cashapp"}, Tool: true},
	{Name: "Remitly", Domains: []string{"remitly.com"}, Words: []string{"remitly"}, Tool: true},
	{Name: "Western Union", Domains: []string{"westernunion.com", "wu.com"}, Words: []string{"westernunion"}, Tool: true},
	{Name: "MoneyGram", Domains: []string{"moneygram.com"}, Words: []string{"moneygram"}, Tool: true},
	{Name: "Skrill", Domains: []string{"skrill.com"}, Words: []string{"skrill"}, Tool: true},
	// brokerages
	{Name: "eToro", Domains: []string{"etoro.com"}, Names: []string{"etoro"}, Tool: true},
	{Name: "Robinhood", Domains: []string{"robinhood.com"}, Words: []string{"robinhood"}, Tool: true},
	{Name: "Interactive Brokers", Domains: []string{"interactivebrokers.com", "ibkr.com", "interactivebrokers.co.uk", "ibkr.info"}, Words: []string{"interactivebrokers", "ibkr"}, Tool: true},
	{Name: "Charles Schwab", Domains: []string{"schwab.com", "schwabplan.com", "aboutschwab.com"}, Words: []string{"charlesschwab", "schwab"}, Tool: true},
	{Name: "Fidelity", Domains: []string{"fidelity.com", "fidelityinvestments.com", "netbenefits.com"}, Words: []string{"fidelityinvestments", "fidelity", "netbenefits"}, Tool: true, Beside: true},
	{Name: "Vanguard", Domains: []string{"vanguard.com", "investor.vanguard.com"}, Words: []string{"vanguard"}, Tool: true, Beside: true},
	{Name: "Webull", Domains: []string{"webull.com"}, Words: []string{"webull"}, Tool: true},
	{Name: "Wealthsimple", Domains: []string{"wealthsimple.com"}, Words: []string{"wealthsimple"}, Tool: true},
	// the tools an interview, a shop's payroll or a team runs on
	{Name: "Square", Domains: []string{"squareup.com", "square.com", "squarecdn.com"}, Words: []string{"squareup", "square"}, Tool: true, Beside: true},
	{Name: "Zoom", Domains: []string{"zoom.us", "zoom.com", "zoomgov.com"}, Words: []string{"zoomus", "zoom"}, Tool: true, Beside: true},
	{Name: "Trello", Domains: []string{"trello.com"}, Words: []string{"trello"}, Tool: true},
	{Name: "Asana", Domains: []string{"asana.com"}, Words: []string{"asana"}, Tool: true, Beside: true},
	{Name: "monday.com", Domains: []string{"monday.com"}, Words: []string{"monday"}, Tool: true, Beside: true},
	// Vietnam's job boards
	{Name: "TopCV", Domains: []string{"topcv.vn", "topcv.com.vn"}, Names: []string{"topcv"}, Tool: true},
	{Name: "VietnamWorks", Domains: []string{"vietnamworks.com", "vietnamworks.vn"}, Words: []string{"vietnamworks"}, Tool: true},
	{Name: "ITviec", Domains: []string{"itviec.com", "itviec.vn"}, Words: []string{"itviec"}, Tool: true},
	{Name: "TopDev", Domains: []string{"topdev.vn"}, Words: []string{"topdev"}, Tool: true, Beside: true},
}

// workOld are the brands protected before work48 that workers are paid,
// hired or sent money through: beside their names the work notice's
// words are a notice's too (workBrands).
var workOld = []string{"PayPal", "LinkedIn", "Revolut", "Zelle", "QuickBooks", "Xero", "Payoneer"}

func init() {
	// a name read whole run together with a notice's word reads as the
	// name (indeedoffer, robinhoodlogin: Brand.Trade)
	for i := range Work {
		Work[i].Trade = workTrade
	}
	Runtime = append(Runtime, Work...)
}

// workTrade are the words a work platform's impostors run its name
// together with in one label (indeedoffer, gustopayroll, wiselogin).
var workTrade = []string{"offer", "offers", "hiring", "hire", "onboarding", "payroll", "payslip", "paystub", "login",
	"signin", "verify", "verification", "portal", "sso", "payout", "payouts", "withdraw", "withdrawal", "funds",
	"release", "interview", "recruit", "recruiting", "careers", "benefits", "deposit", "wallet", "support"}

// workBrands are the brands a worker is hired, paid or sent money by
// (Work's and workOld): beside their names the work notice's words
// (workNotice) are a notice's.
var workBrands = func() map[string]bool {
	m := map[string]bool{}
	for _, b := range Work {
		m[b.Name] = true
	}
	for _, n := range workOld {
		m[n] = true
	}
	return m
}()

// workNotice are what a work platform's notice to a worker is about: an
// offer, an interview or its slot, onboarding and a new hire's papers, a
// payslip, a pay stub, a W-2 or an I-9 (digits trimmed: w, i), a 401k, a
// direct deposit, a salary, benefits, a contract, money held, pending,
// released or withdrawn, a milestone, a balance, a card; in Vietnamese
// xác nhận (confirm), phỏng vấn (interview), ứng viên (candidate),
// tuyển dụng (hiring), hồ sơ (file), nhận việc (take the job), lương
// (pay), đăng nhập (sign in), xác minh (verify).
var workNotice = setOfWords("offer", "offers", "interview", "interviews", "onboarding", "onboard", "newhire", "hiring",
	"payslip", "payslips", "paystub", "paystubs", "paycheck", "w", "i", "deposit", "directdeposit", "salary", "wage",
	"wages", "benefits", "contract", "contracts", "funds", "fund", "pending", "release", "released", "withdraw",
	"withdrawal", "withdrawl", "milestone", "balance", "earnings", "escrow", "reimbursement", "transfer", "hold",
	"payroll", "timesheet", "candidate", "applicant", "recruiter", "card", "tax", "retirement", "401k",
	"xacnhan", "phongvan", "lichphongvan", "ungvien", "tuyendung", "hoso", "nhanviec", "luong", "dangnhap", "xacminh")

// workFiller are a worker's words beside a work platform's name that say
// nothing alone: who the worker is and the platform's products.
var workFiller = setOfWords("jobs", "job", "hr", "employee", "employees", "staff", "seller", "sellers", "client",
	"clients", "talent", "flex", "letter", "docs", "form", "forms", "schedule", "slot", "slots", "download", "view",
	"meeting", "join", "invite", "business", "pay", "money", "contractor", "freelancer", "freelancers", "work",
	"workforce", "now", "people", "team", "online")

// workKind says what w, a part of a stranger's registrable name beside
// the brand b's name, is for a work platform: 'n' a notice's word, 'f' a
// filler, 0 neither (or b is none of workBrands).
func workKind(b *Brand, w string) byte {
	switch {
	case !workBrands[b.Name]:
		return 0
	case workNotice[w]:
		return 'n'
	case workFiller[w]:
		return 'f'
	}
	return 0
}

// workJoined reports whether rest, what follows a work platform's name
// run together in one label, is one word of its notice (indeedoffer,
// paychexlogin, gustopayroll).
func workJoined(b *Brand, rest string) bool {
	return workBrands[b.Name] && (workNotice[rest] || noticeTrouble[rest] || accountWords[rest])
}

// workNearMin is the fewest letters a work platform's name read only
// whole needs to be read misspelt (workNear): indeed, remote and square
// have six.
const workNearMin = 6

// workNear reports whether the name n is one WordTypo reads misspelt
// though its brand is no Tool brand read alone: a work platform's name
// read only whole, of workNearMin letters or more, Beside or not
// (indeedd, monsterr, robinhod), and Revolut's and Zelle's (revoult).
func workNear(n *name) bool {
	switch n.brand.Name {
	case "Revolut", "Zelle":
		return true
	}
	return workBrands[n.brand.Name] && len(n.word) >= workNearMin && n.brand.Tool
}

// workBeside reports whether name, the brand b's name matched, is a work
// platform's name that is an ordinary word of the work and money trade
// itself (workWordNames 'g': remote, freelancer, square, wise, monday,
// monster, contra, fidelity, vanguard). Such a name is an ordinary word
// beside a work notice's words in thousands of real names
// (remote-hiring, remote-payroll, freelancer-contract, square-tax,
// monday-offer, wise-retirement, vanguard-contract): beside it
// NoticeName reads a work notice's subject only with a word that acts on
// an account or its money (noticeTrouble's and accountWords' but
// workCommonWords, and workActs: remote-payroll-login,
// wise-transfer-verify, freelancer-withdraw) or beside two of its words
// (wise-transfer-hold) (rev48e).
func workBeside(b *Brand, name string) bool {
	return workWordNames[name] == 'g' && b.Beside && workBrands[b.Name]
}

// workWordNames are Work's Beside names that are ordinary words of
// English: 'g' those of the work and money trade's own talk (remote
// work, a freelancer's contract, a square deal, wise money, a monday
// offer, a monster sale, fidelity and vanguard firms' names), 'c' those
// that only make ordinary compounds with workCommonWords (a zoom lens's
// desktop app, a ramp's plus model). Gusto, Rippling, Indeed and
// Workday beside a worker's words are nearly always the platform, and
// adp, deel, trinet, asana and topdev are no words: they read as before.
var workWordNames = map[string]byte{"remote": 'g', "freelancer": 'g', "square": 'g', "wise": 'g', "monday": 'g',
	"monster": 'g', "contra": 'g', "fidelity": 'g', "vanguard": 'g', "zoom": 'c', "ramp": 'c'}

// workActs are the work notice's words (workNotice) that act on a
// worker's account or money, not a trade's subject: a payslip, a pay
// stub, a W-2 or an I-9 to view, a deposit to change, funds to withdraw
// or release, escrow; in Vietnamese xác nhận, xác minh, đăng nhập, nhận
// việc. Beside a workBeside name a work notice is read only with one of
// them or an account's word (rev48e).
var workActs = setOfWords("payslip", "payslips", "paystub", "paystubs", "paycheck", "w", "i", "deposit",
	"directdeposit", "withdraw", "withdrawal", "withdrawl", "release", "released", "escrow", "xacnhan", "xacminh",
	"dangnhap", "nhanviec")

// workCommonWords are the words of a notice (noticeTrouble, accountWords)
// that make an ordinary compound with a word-like work platform's name
// (remote-desktop, remote-key, remote-storage, remote-unlock,
// square-security, vanguard-alert, zoom-free, monday-premium, deel-review,
// ramp-plus): beside a name of workWordNames they say nothing (rev48e).
var workCommonWords = setOfWords("desktop", "download", "downloads", "free", "plus", "premium", "unlimited",
	"storage", "security", "key", "keys", "license", "licence", "review", "alert", "alerts", "warning", "update",
	"updates", "upgrade", "lock", "locked", "unlock", "restore", "recovery", "reset", "setup", "installer",
	"giveaway", "limit", "quota", "share", "shared", "file", "files", "drive", "workspace", "admin", "console",
	"dashboard", "doc", "docs", "document", "documents", "notice", "notification",
	"access", "activation", "activate", "abuse", "copyright", "compliance", "renew", "renewal", "renewals")

// workCommon reports whether w, beside the brand b's name matched
// (name), is one of workCommonWords and the name one of workWordNames.
func workCommon(b *Brand, name, w string) bool {
	return workCommonWords[w] && workWordNames[name] != 0 && b.Beside && workBrands[b.Name]
}
