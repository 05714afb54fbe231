package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// Message lures the lure lists do not know, beside a stranger's link made
// for the message (lure48). The lure reader (bot/lure) finds a message's
// intent from fixed phrases, and the fitted combiner weighs them low
// beside a link the link model does not doubt (issue #9: shops and banks
// write lure words beside their own links). Many phrasings of the same
// intents pass it: "was that really you in this clip??", "you have a new
// voicemail from HR, listen", "reply to chats from home, $55/hr", "con
// bị tai nạn đang ở viện, cần chuyển gấp 15 triệu". judgeLure48 reads
// twelve intents (lure48Intents), each as what the message is about and
// what it asks, or as a phrase that is the lure by itself:
//
//   - social: is that really you, look who's in this, pics of you,
//     people are talking about you, your video went viral;
//   - emergency: a relative in hospital, in an accident or arrested, and
//     money to send at once (chuyển gấp, viện phí, bail);
//   - job: a task from home or on a phone (likes, reviews, chats, apps
//     to optimise), and pay by the hour, the day or the task (a rate
//     that is money: $55/hr, 300k/ngày) or a commission (hoa hồng);
//   - invest: a return by the day or the week (2% daily, 25% weekly), a
//     deposit returned half as much again or more (nạp 500k nhận 1
//     triệu), a monthly return promised;
//   - document: a file shared with the reader, a voice message, a fax, a
//     paper to review and sign, and the ask to open it;
//   - deletion: the reader's account or files deleted or closed for
//     inactivity, and the ask to confirm or keep them;
//   - refund: a refund, a tax settlement, a customs or an apartment fee,
//     and card or bank details asked or money to pay;
//   - recovery: a lost wallet or scammed money recovered for a fee or a
//     phrase;
//   - papers: a scholarship, a visa, a grant or work abroad, and a fee;
//   - hr: an offer letter, a payslip, the payroll's deposit details, a
//     shortlisted application, and the ask to view, sign or update;
//   - withdrawal: money held until a fee or a tax is paid;
//   - payment: a freelancer's payment waiting, and the ask to accept it;
//   - romance (family51): a dating app's match or an insider relative's
//     or mentor's platform, and an exchange to register on or deposit to.
//
// It counts only beside a stranger's link that looks made for the
// message (madeForLure48: a hyphenated name, a cheap ending, a site on a
// free host, a storage bucket, a shortener, a bare address; the
// money-asking intents also beside a form or a page anyone publishes,
// judgeLure48Published): a lure beside a reputable or well-known site is
// trusted and not read here, and a small business's own one-word site is
// not read either. The hand weight
// warns alone; beside a link suspect on its own the score goes on to a
// delete. A member's warning or question (scamTalk, creatorWordsAsked),
// a defanged quote, and a writer's talk of their own (lure48Own) are not
// read. Run time only, outside the trainer's view.

// wLure48 is the weight of a message's lure read beside a stranger's link
// made for it: it warns alone.
const wLure48 = 0.5

// lure48Intent is one intent: phrases that are the lure by themselves
// (alone), or a topic and an ask both said; rate reads a pay rate or a
// return rate (lure48Rate) as the ask; youWord asks for a word speaking to
// the reader (you, your, bạn).
type lure48Intent struct {
	name          string
	alone         []string
	topics, asks  []string
	rate, youWord bool
	// percent: the text must hold a % sign (a return's rate) unless a
	// deposit's return is read (lure48Deposit); not: folded words that
	// mean an institution's notice or a member's telling, not the lure
	percent bool
	not     []string
}

// lure48Intents are the intents judgeLure48 reads, in folded words (no
// marks, no punctuation, apostrophes dropped).
var lure48Intents = [...]lure48Intent{
	{name: "social",
		alone: []string{"look whos in this", "look who is in this",
			"guess whos in this", "pics of you", "pics of u", "pictures of u", "photos of u", "clip of you",
			"clips of you", "this video is about you", "a video about you", "people are talking about you",
			"everyone is talking about you", "theyre talking about you", "they are talking about you",
			"everyone talking about you", "people talking about you", "posting about you", "spreading photos", "spreading pics", "spreading videos", "leaked photos of",
			"someone posted your", "posted photos of you", "posted a video of you", "in your profile pic",
			"in your profile picture", "your video went viral", "your clip went viral", "your post went viral",
			"your photo went viral", "youre famous now", "you are famous now", "sharing this clip of you",
			"this clip of you", "this video of you", "ban tan ve ban", "noi xau ve ban", "dang noi ve ban", "anh cua ban len",
			"dang anh cua ban", "anh ban bi dang", "clip ve ban", "video ve ban", "video cua ban dang viral",
			"ban dang noi tieng", "ban noi tieng roi", "youre in this video", "ur in this video", "u in this video",
			"youre in this clip", "ur in this clip", "ur in this vid", "u in this vid", "is this u in", "is this you in",
			"your pic is on", "ur pic is on", "your photo is on", "ur photo is on", "ban trong video nay",
			"ban trong clip nay"}},
	// "really you?" is what a friend says too: read only beside a clip's,
	// a photo's or a post's word (not "is that really you in the 2010
	// yearbook")
	{name: "social",
		topics: []string{"really you", "really u", "actually you", "co phai ban that", "phai ban that khong",
			"nhin giong ban", "giong ban qua"},
		asks: []string{"clip", "clips", "video", "vid", "videos", "photo", "photos", "pic", "pics", "picture", "pictures",
			"posted", "leaked", "uploaded", "hinh anh", "buc anh", "trong anh", "anh nay", "dang len", "livestream"}},
	// not: a hospital's notice, and a group's collection for a third
	// person it names (a classmate's, a colleague's, a friend's parent):
	// the scam speaks as the relative or to the reader's own
	{name: "emergency", not: []string{"benh nhan", "nguoi benh", "quy khach", "patients", "thong bao",
		"visiting hours", "lich kham", "ban minh", "ban cua minh", "lop minh", "lop ta", "dong nghiep", "hang xom",
		"my friend", "our friend", "a friend", "classmate", "classmates", "colleague", "colleagues", "coworker",
		"coworkers", "neighbor", "neighbors", "neighbour", "neighbours",
		"tu thien", "hoan canh", "charity"},
		topics: []string{"in hospital", "at the hospital", "in the hospital", "car accident", "an accident", "been arrested",
			"was arrested", "got arrested", "in jail", "police station", "surgery", "emergency room", "tai nan", "cap cuu",
			"nam vien", "o vien", "nhap vien", "dang mo", "phau thuat", "vien phi", "bi bat", "tam giu", "bi cong an",
			"o don", "benh vien"},
		asks: []string{"send money", "send me", "send it", "wire", "transfer", "bail", "pay the", "need money", "urgently",
			"chuyen gap", "chuyen giup", "chuyen khoan", "chuyen tien", "chuyen vao", "chuyen qua", "gui tien",
			"can gap", "can tien", "nop phat", "bao lanh", "dong vien phi", "dong tien", "ung truoc"}},
	{name: "job", rate: true,
		// the generic places (lure48JobPlaces) last: a job "from home"
		// alone is read only with easy money's words (lure48EasyWork)
		topics: []string{"from phone", "on your phone",
			"chi can dien thoai", "like video", "like videos", "like tiktok", "rate products",
			"review products", "short reviews", "reply to chats", "answer customer chats", "answer chats",
			"nhap lieu online", "danh may online", "nhap lieu tai nha", "nhiem vu", "viec nhe", "simple tasks",
			"easy tasks", "like and comment", "like and follow", "comment on posts", "like posts", "follow accounts",
			"watch ads", "xem quang cao", "danh gia san pham", "optimize apps", "app optimization", "data optimization",
			"boost products", "product boosting", "complete tasks", "grab orders", "order grabbing", "giat don",
			"chot don", "lam nhiem vu", "from home", "lam tai nha", "lam viec tai nha"},
		asks: []string{"hoa hong", "kiem tien", "rut tien ngay"}},
	{name: "invest", rate: true, percent: true, not: []string{"thats not", "not how", "is it real", "too good to be",
		"co that khong", "khong co that"},
		topics: []string{"invest", "investment", "trading", "deposit", "usdt", "returns", "profit", "profits", "pool",
			"dau tu", "loi nhuan", "lai suat", "nap", "quy", "san"},
		asks: []string{"double your money", "x2 tai khoan"}},
	{name: "document",
		topics: []string{"shared a file with you", "shared a document with you", "has shared a", "sent you a document",
			"sent you a file", "document was sent", "secure document", "new voicemail", "a voicemail from",
			"voicemail from", "new voice message", "voice message from", "missed a call", "missed call", "new fax",
			"fax received", "unheard voicemail", "voicemail waiting", "voicemails waiting", "pending voicemail",
			"voice message waiting", "received a voicemail", "received a voice message", "left you a voicemail",
			"left you a voice message", "chia se voi ban", "gui cho ban tai lieu", "tai lieu quan trong",
			"review and sign the attached", "review and sign the document", "review and sign the nda",
			"review and sign the agreement", "review and sign the contract", "tin nhan thoai", "da chia se tai lieu", "chia se tai lieu voi ban"},
		asks: []string{"listen", "play", "view", "open", "review", "sign", "download", "access", "nghe", "xem",
			"mo", "tai ve"}},
	{name: "deletion", youWord: true,
		topics: []string{"account will be deleted", "will be permanently deleted", "permanently deleted",
			"files will be deleted", "photos will be deleted", "data will be deleted", "storage will be deleted",
			"account will be closed", "will be closed in", "membership will be cancelled", "membership will be canceled",
			"due to inactivity", "mailbox inactive", "account inactive", "inactive account", "se bi xoa",
			"xoa vinh vien", "do khong hoat dong", "bi khoa va xoa"},
		asks: []string{"confirm", "verify", "keep", "respond", "update", "reactivate", "log in", "sign in", "click",
			"xac nhan", "xac minh", "dang nhap", "giu lai"}},
	{name: "refund",
		topics: []string{"tax refund", "flight refund", "your refund", "refund of", "refund approved",
			"refund is ready", "you are owed", "youre owed", "hoan tien ve", "hoan thue", "duoc hoan",
			"quyet toan thue", "customs fee", "phi hai quan", "phi quan ly", "release fee", "compensation of",
			"boi thuong"},
		asks: []string{"claim your", "claim it", "your card", "card details", "bank details", "confirm bank",
			"to receive", "to release", "dien thong tin", "nhan lai", "nhan tai", "thanh toan", "pay"}},
	{name: "recovery",
		alone: []string{"wallet recovery", "recover your wallet", "recover lost funds", "recover your funds", "fund recovery",
			"funds recovery", "recovery team", "recovery service", "recovery experts", "recover your hacked",
			"restore your wallet", "lost access to your wallet",
			"recovery agents", "recovery agent", "get your money back", "recover your money",
			"recover your crypto", "recover stolen", "recover scammed", "lay lai tien bi lua", "thu hoi tien bi lua",
			"lay lai tien", "lay lai tai khoan bi hack", "ho tro lay lai"}},
	{name: "papers", not: []string{"waived", "fee waiver", "no fee", "mien phi", "khong mat phi", "mien le phi"},
		topics: []string{"scholarship", "visa", "grant", "green card", "hoc bong", "du hoc", "xuat khau lao dong",
			"xkld", "dinh cu", "work permit"},
		asks: []string{"release fee", "pay the", "pay a", "dat coc", "nop phi", "dong phi", "dong le phi", "nop le phi",
			"bao dau", "guaranteed", "100 dam bao"}},
	// work and money (session 48's theme): an offer letter, a payslip, a
	// salary change or the payroll's bank details behind a stranger's
	// sign-in; a shortlisted application's next step
	{name: "hr", youWord: true,
		topics: []string{"offer letter", "payslip", "pay slip", "payslips", "salary adjustment", "salary increase",
			"salary review", "bonus statement", "payroll update", "direct deposit", "shortlisted", "interview invitation",
			"employment contract", "onboarding documents", "onboarding form", "phieu luong", "bang luong", "dieu chinh luong",
			"tang luong", "thu moi phong van", "trung tuyen", "hop dong lao dong"},
		asks: []string{"view your", "open your", "review your", "sign your", "download your", "confirm your",
			"update your", "verify your", "complete your", "log in", "sign in", "login", "xem chi tiet", "xac nhan",
			"dang nhap", "cap nhat", "ky hop dong", "hoan tat"}},
	// a freelancer's or a seller's payment waiting on a stranger's page
	{name: "payment", youWord: true,
		topics: []string{"sent you a payment", "sent you money", "payment is pending", "payment pending", "pending payment",
			"received a payment", "incoming payment", "funds have been sent", "payment has been sent", "payment on hold",
			"nhan duoc mot khoan", "khoan tien dang cho", "giao dich dang cho"},
		asks: []string{"accept", "verify", "confirm", "claim", "log in", "sign in", "to receive", "release", "xac nhan",
			"xac minh", "dang nhap", "nhan tien"}},
	// money held on a platform until a fee or a tax is paid
	{name: "withdrawal",
		topics: []string{"withdrawal is pending", "withdrawal pending", "withdrawal on hold", "withdrawal is on hold",
			"withdrawal is frozen", "funds are frozen", "account is frozen", "unlock your funds", "unlock your withdrawal",
			"to withdraw your", "rut tien that bai", "khong the rut", "bi dong bang", "de rut tien", "de rut"},
		asks: []string{"pay the", "pay a", "fee", "tax", "deposit", "nop phi", "dong phi", "nop thue", "dong thue",
			"phi rut", "nap them", "nop them"}},
	// a romance's investment (family51): a match on a dating app or an
	// insider relative's or mentor's platform, and an exchange to
	// register on or deposit to ("we matched on Hinge, my uncle's
	// trading platform, start with $100"; "quen nhau trên Tinder, sàn
	// đầu tư của chú em"); a member's warning about it is not read
	{name: "romance", not: []string{"scam", "scams", "scammer", "scammers", "pig butchering", "beware", "careful",
		"warning", "lua dao", "canh bao", "coi chung", "be careful"},
		topics: []string{"we matched", "matched on", "met on tinder", "met on hinge", "met on bumble", "met on the app",
			"met on a dating", "met on dating", "met on facebook dating", "met on okcupid", "met on grindr",
			"from tinder", "from hinge", "from bumble", "my uncle", "my uncles", "my aunt", "my aunts", "my mentor",
			"my mentors", "quen nhau tren", "quen qua tinder", "quen tren tinder", "quen qua app", "quen tren app",
			"app hen ho", "chu em", "cau em", "mentor cua em", "san em dang choi", "em dang choi san"},
		asks: []string{"trading platform", "crypto platform", "investment platform", "exchange", "usdt", "open an account",
			"start with", "register here", "sign up here", "deposit", "san dau tu", "san nay", "dang ky", "nap tien",
			"nap 5", "nap 10", "loi nhuan", "lai 30", "lai lam"}},
}

// lure48JobPlaces are the job intent's generic places: a real remote
// job says "work from home" and its wage too ("support role, work from
// home, $21/hour"; a shop's "CTV làm tại nhà, hoa hồng 10%"), so beside
// no task of a scam's they are read only with lure48EasyWork.
var lure48JobPlaces = setOf("from home", "lam tai nha", "lam viec tai nha")

// lure48EasyWork are the folded words of easy money a job scam adds to
// "from home": no experience or interview, simple or light work, pay by
// the day, earning, a phone all the work needs.
var lure48EasyWork = []string{"no experience", "no interview", "simple", "easy", "start today", "paid daily",
	"daily pay", "daily payout", "make money", "phone", "khong can kinh nghiem", "viec nhe", "luong cao",
	"kiem tien", "kiem them", "nhan luong ngay", "tra luong ngay", "luong theo ngay", "dien thoai",
	"khong can phong van"}

// lure48TaskPeriods are the periods of a rate a job scam pays by (the
// day, the task, the like), not a wage's hour.
var lure48TaskPeriods = setOf("day", "daily", "ngay", "lan", "like", "review", "task", "tasks", "don")

// lure48EasyJob reports a job from home that promises easy money: its
// words (lure48EasyWork) or its rate by the day or the task (rate, from
// lure48Rate: its last word is the period).
func lure48EasyJob(folded []byte, rate string) bool {
	if i := strings.LastIndexByte(rate, ' '); i >= 0 && lure48TaskPeriods[rate[i+1:]] {
		return true
	}
	return containsAnyWords(folded, lure48EasyWork)
}

// lure48Own are the folded words by which a writer speaks of their own
// or a member asks or warns: "no fee", a donation drive, "my", "our".
var lure48Own = []string{"no fee", "free to apply", "khong mat phi", "khong thu phi", "quyen gop", "ung ho",
	"dong gop", "quy lop", "lop truong", "donate", "fundraiser", "our team", "our podcast", "my recording", "i recorded", "i uploaded", "we recorded"}

// lure48Asked are the folded words by which a member asks about, warns of
// or points to a guide to a lure (creatorWordsAsked), but for "hướng
// dẫn" alone: a lure tells its reader to send "theo hướng dẫn" (as
// instructed); a guide is "hướng dẫn cách", "bài hướng dẫn".
var lure48Asked = func() []string {
	var ws []string
	for _, w := range creatorWordsAsked {
		if w != "huong dan" {
			ws = append(ws, w)
		}
	}
	return append(ws, "huong dan cach", "bai huong dan", "huong dan tranh", "huong dan nhan biet")
}()

// lure48RecoveryWarned are the folded words warning of a recovery
// service (scamTalk without the scam's own name, which the offer says).
var lure48RecoveryWarned = []string{"gia mao", "mao danh", "thu doan", "canh giac", "coi chung", "dung tin", "chieu lua",
	"recovery scam", "recovery scams"}

// lure48You are the folded words speaking to the reader.
var lure48You = []string{"you", "your", "u", "ur", "ban", "cua ban"}

// lure48Periods are the folded words a pay's or a return's period is
// written with after its number (55 hr, 300k 500k ngay, 2 daily).
var lure48Periods = setOf("hr", "hour", "hours", "h", "day", "daily", "ngay", "gio", "lan", "like", "review",
	"task", "tasks", "week", "weekly", "tuan", "don")

// lure48InvestPeriods are the periods of a return (daily, weekly).
var lure48InvestPeriods = setOf("day", "daily", "ngay", "week", "weekly", "tuan")

// lure48MonthPeriods are the periods of a monthly return.
var lure48MonthPeriods = setOf("thang", "month", "monthly")

// lure48Promised are the folded words of a return promised.
var lure48Promised = []string{"cam ket", "guaranteed", "dam bao", "bao dam", "chac chan"}

// lure48Rate returns a number followed by a period of periods, with
// only units and per words between (55 hr, 300k 500k ngay, 2 per day,
// 1 trieu ngay, 25 weekly), or ""; the number's word starts with a digit.
func lure48Rate(folded []byte, periods map[string]bool) string {
	at := -1 // where the number last read starts, while only units and per words follow it
	for i := 0; i < len(folded); {
		j := i
		for j < len(folded) && folded[j] != ' ' {
			j++
		}
		w := folded[i:j]
		switch {
		case len(w) > 0 && w[0] >= '0' && w[0] <= '9':
			if at < 0 {
				at = i
			}
		case at >= 0 && periods[string(w)]:
			return string(folded[at:j])
		case at >= 0 && lure48RateGlue[string(w)]:
			// "2 per day", "1 trieu ngay", "50k moi lan", "30 usd a day"
		default:
			at = -1
		}
		i = j + 1
	}
	return ""
}

// lure48Money reports a rate (lure48Rate) that is a sum of money: the
// text holds a currency's sign ($55/hr, €30 a day), or the rate a
// thousand's or a million's mark or a currency's name (300k ngay, 1 trieu
// ngay, 30 usd a day).
func lure48Money(text, rate string) bool {
	if strings.ContainsAny(text, "$€£₫") {
		return true
	}
	for w := range strings.FieldsSeq(rate) {
		if w[0] >= '0' && w[0] <= '9' && (strings.HasSuffix(w, "k") || strings.HasSuffix(w, "tr")) ||
			w[0] > '9' && lure48RateGlue[w] && w != "per" && w != "a" && w != "an" && w != "moi" && w != "mot" {
			return true
		}
	}
	return false
}

// lure48RateGlue are the folded words that stand between a rate's number
// and its period: per, a, mỗi, một, and units of money.
var lure48RateGlue = setOf("per", "a", "an", "moi", "mot", "trieu", "tr", "k", "usd", "dollars", "vnd", "d", "dong",
	"nghin", "ngan", "usdt")

// lure48Deposit returns "nạp X nhận Y" when Y is half as much again as X
// or more (nap 500k nhan 1 trieu, nap 200k nhan 500k): a deposit that
// returns more than it takes, not a top-up's bonus (nạp 50k nhận 55k
// xu), or "".
func lure48Deposit(folded []byte) string {
	for i := 0; i+4 < len(folded); i++ {
		if string(folded[i:i+4]) != "nap " || i > 0 && folded[i-1] != ' ' {
			continue
		}
		x, n := lure48Amount(folded[i+4:])
		if n == 0 || x == 0 {
			continue
		}
		rest := folded[i+4+n:]
		if len(rest) < 6 || string(rest[:6]) != " nhan " {
			continue
		}
		if y, m := lure48Amount(rest[6:]); m > 0 && y*2 >= x*3 {
			return string(folded[i : i+4+n+6+m])
		}
	}
	return ""
}

// lure48Amount reads a sum of money at the start of folded words (500k,
// 1 trieu, 2tr, 300 nghin) and returns it and its length in bytes, or 0.
func lure48Amount(w []byte) (float64, int) {
	n, v := 0, 0.0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		v = v*10 + float64(w[n]-'0')
		n++
	}
	if n == 0 {
		return 0, 0
	}
	unit := w[n:]
	for _, u := range [...]struct {
		word string
		mult float64
	}{{"k", 1e3}, {"tr", 1e6}, {"m", 1e6}, {" k", 1e3}, {" nghin", 1e3}, {" ngan", 1e3}, {" trieu", 1e6},
		{" tr", 1e6}, {" cu", 1e6}} {
		if len(unit) >= len(u.word) && string(unit[:len(u.word)]) == u.word &&
			(len(unit) == len(u.word) || unit[len(u.word)] == ' ') {
			return v * u.mult, n + len(u.word)
		}
	}
	if len(unit) == 0 || unit[0] == ' ' {
		return v, n
	}
	return 0, 0
}

// lure48Trigger is a trigger word's bit of its own (lure48Words) and
// the bits of the intents (lure48Intents, by index) one of whose alone or
// topic phrases has it as its longest word.
type lure48Trigger struct {
	bit     uint8
	intents uint16
}

// lure48Words is a set of trigger words by their bits.
type lure48Words [4]uint64

func (w *lure48Words) has(bit uint8) bool { return w[bit>>6]&(1<<(bit&63)) != 0 }

// lure48Triggers maps the longest word of every alone and topic phrase
// of lure48Intents to its trigger: a message holds a phrase only if it
// holds its longest word, so only the intents whose trigger words a
// message holds are read, and of those only the phrases whose word it
// holds (lure48Need, by intent, list and phrase). lure48TriggerBits
// filters the words by their length and first, second and last bytes
// before the map's lookup (lure48Triggered).
var lure48Triggers, lure48TriggerBits, lure48Need = func() (map[string]lure48Trigger, [16]uint64, [len(lure48Intents)][2][]uint8) {
	m := map[string]lure48Trigger{}
	var f [16]uint64
	var need [len(lure48Intents)][2][]uint8
	for i := range lure48Intents {
		s := &lure48Intents[i]
		for li, list := range [2][]string{s.alone, s.topics} {
			for _, p := range list {
				longest := ""
				for w := range strings.FieldsSeq(p) {
					if len(w) > len(longest) {
						longest = w
					}
				}
				t, ok := m[longest]
				if !ok {
					t.bit = uint8(len(m))
				}
				t.intents |= 1 << i
				m[longest] = t
				need[i][li] = append(need[i][li], t.bit)
				b := creatorBit([]byte(longest))
				f[b>>6] |= 1 << (b & 63)
			}
		}
	}
	if len(lure48Intents) > 16 || len(m) > 64*len(lure48Words{}) {
		panic("lure48Triggers: more intents or words than the bits hold")
	}
	return m, f, need
}()

// lure48Triggered returns the bits of the intents whose trigger words
// (lure48Triggers) folded text holds, and the words' own bits, with no
// copy.
func lure48Triggered(folded []byte) (intents uint16, words lure48Words) {
	for i := 0; i < len(folded); {
		j := i
		for j < len(folded) && folded[j] != ' ' {
			j++
		}
		if w := folded[i:j]; len(w) >= 1 {
			if b := creatorBit(w); lure48TriggerBits[b>>6]&(1<<(b&63)) != 0 {
				if t, ok := lure48Triggers[string(w)]; ok {
					intents |= t.intents
					words[t.bit>>6] |= 1 << (t.bit & 63)
				}
			}
		}
		i = j + 1
	}
	return intents, words
}

// lure48Phrase returns the first of phrases folded holds as words whose
// trigger word (need, by phrase) the message holds, or "".
func lure48Phrase(folded []byte, phrases []string, need []uint8, words *lure48Words) string {
	for i, p := range phrases {
		if words.has(need[i]) && containsWords(folded, p) {
			return p
		}
	}
	return ""
}

// lure48Message returns the intent a message's text (folded: its folded
// words) holds, with the words that show it, and whether it holds one.
func lure48Message(text string, folded []byte) (intent, topic, ask string, ok bool) {
	intents, words := lure48Triggered(folded)
	if intents == 0 {
		return "", "", "", false
	}
	for i := range lure48Intents {
		if intents&(1<<i) == 0 {
			continue
		}
		s := &lure48Intents[i]
		if p := lure48Phrase(folded, s.alone, lure48Need[i][0], &words); p != "" {
			return s.name, p, "", true
		}
		if s.topics == nil {
			continue
		}
		t := lure48Phrase(folded, s.topics, lure48Need[i][1], &words)
		if t == "" {
			continue
		}
		a := firstPhrase(folded, s.asks)
		if a == "" && s.rate {
			switch s.name {
			case "job":
				if a = lure48Rate(folded, lure48Periods); a != "" && !lure48Money(text, a) {
					a = "" // "from home 1 day a week": no pay
				}
			case "invest":
				if strings.IndexByte(text, '%') >= 0 {
					a = lure48Rate(folded, lure48InvestPeriods)
					if a == "" && containsAnyWords(folded, lure48Promised) {
						// a return by the month, promised (cam kết
						// lợi nhuận 30%/tháng); a yearly one is a
						// bond's or an insurer's
						a = lure48Rate(folded, lure48MonthPeriods)
					}
				}
				if a == "" {
					a = lure48Deposit(folded)
				}
			}
		}
		if a == "" || a == t {
			continue
		}
		if lure48JobPlaces[t] && !lure48EasyJob(folded, a) {
			continue // a job from home with its wage, and no easy money
		}
		if s.youWord && !containsAnyWords(folded, lure48You) || containsAnyWords(folded, s.not) {
			continue
		}
		return s.name, t, a, true
	}
	return "", "", "", false
}

// madeForLure48 returns the first of a judgement's suspect links that
// looks made for a message rather than a site of its own: a hyphenated
// registrable name (clip-watch-now.net), a cheap ending (abusedTLDOf,
// creatorCheapEndings), a site on a free host (model.Site), a storage
// bucket, a shortener's link (shortened) or a bare address. A defanged
// link is none: security talk quotes it.
func (c *Classifier) madeForLure48(j *Judgement, k *knowledge) (l *linkx.Link, shortened bool) {
	for _, i := range j.Suspect {
		l = &j.Links[i]
		if l.Defanged {
			continue
		}
		if l.IP.IsValid() || bucketHost(l.Host) {
			return l, false
		}
		if l.Domain == "" {
			continue
		}
		// the cheap looks first: each way below returns the link
		// a hyphenated name read bare or under www: beneath a subdomain
		// of its own (careers., payroll., ais.) it is an organisation's
		// own service, not a page made for one message
		if label, _, _ := strings.Cut(l.Domain, "."); strings.IndexByte(label, '-') > 0 && strings.TrimPrefix(l.Host, "www.") == l.Domain {
			return l, false
		}
		if w, tld := abusedTLDOf(l.Suffix); w > 0 || creatorCheapEndings[tld] {
			return l, false
		}
		if hosted := k.hosted(l); hosted {
			return l, false
		}
		if k.host(c, k.brands, l).signals[model.SigShortener] > 0 {
			return l, true
		}
	}
	return nil, false
}

// judgeLure48 weighs a message's intent (lure48Message) said beside a
// stranger's link made for it (madeForLure48), as the comment at the top
// says. It is not read when lure47's creator reading already weighed the
// message (added).
func (c *Classifier) judgeLure48(rs *reasons, text string, folded []byte, j *Judgement, k *knowledge) {
	if c.training || len(folded) < 8 || quotesDefanged(k.links) {
		return
	}
	l, shortened := c.madeForLure48(j, k)
	if l == nil {
		return
	}
	intent, topic, ask, ok := lure48Message(text, folded)
	// friends share their photos and clips through shorteners ("pics of
	// you and the kids https://tinyurl.com/…"): a friend's words beside
	// a shortened link are left to the link
	if !ok || shortened && intent == "social" || containsAnyWords(folded, lure48Asked) || containsAnyWords(folded, lure48Own) ||
		namesOwnSite(folded, k.links) {
		return
	}
	if lure48Warned(intent, folded) {
		return
	}
	rs.add(handRule(CodeLure, wLure48, "", say2("lure48", intent, lure48Shown(text, k.links, topic, ask), linkx.Defang(l.Unicode))))
}

// lure48Shown returns a lure's topic and ask (lure48Message) as the
// message wrote them, for the finding's detail.
func lure48Shown(text string, links []linkx.Link, topic, ask string) string {
	shown := asWritten(text, links, topic)
	if ask != "" {
		shown += ", " + asWritten(text, links, ask)
	}
	return shown
}

func init() {
	englishDetails["lure48"] = "the message reads as a lure (%[1]s: %[2]s) beside a stranger's link made for it (%[3]s); real friends, employers, hospitals, banks and offices do not send it through such a site"
	vietnameseDetails["lure48"] = "tin nhắn có dấu hiệu dụ dỗ (%[1]s: %[2]s) kèm đường link lạ được dựng cho nó (%[3]s); người quen, nhà tuyển dụng, bệnh viện, ngân hàng và cơ quan thật không gửi qua trang như vậy"
}

// lure48FormIntents are the intents that ask for money or a secret,
// which no one asks on a form or a page anyone makes (forms.gle,
// docs.google.com/forms, sites.google.com, telegra.ph, a storage
// bucket): a relative's emergency, a return on a deposit, a refund or a
// fee, a recovery service, a scholarship's or a visa's fee, an account
// kept from deletion. A job's, a document's and a friend's words are
// left to the link: real employers and classes collect applications on
// forms, and friends share files on Google Drive.
var lure48FormIntents = setOf("emergency", "invest", "refund", "recovery", "papers", "deletion")

// lure48Published reports the trusted hosts where anyone publishes a page
// (userContent, less the document and file shares that members share
// their own work on: docs.google.com but for its forms, drive.google.com,
// OneDrive).
func lure48Published(host string) bool {
	switch host {
	case "sites.google.com", "script.google.com", "storage.googleapis.com", "firebasestorage.googleapis.com", "telegra.ph",
		"graph.org", "sway.office.com", "sway.cloud.microsoft":
		return true
	}
	return false
}

// lure48PublishedLink returns the first of links that is a form anyone
// makes (formLink), a page on lure48Published or in a storage bucket,
// not at its host's front page, or nil.
func lure48PublishedLink(links []linkx.Link) *linkx.Link {
	for i := range links {
		l := &links[i]
		if len(l.Path) <= 1 {
			continue // a front page, and no form's link
		}
		if formLink(l) || lure48Published(l.Host) || bucketHost(l.Host) {
			return l
		}
	}
	return nil
}

// judgeLure48Published weighs a message's intent (lure48Message) of
// lure48FormIntents beside a form or a page anyone publishes
// (lure48PublishedLink), which judgeLure48 never sees when the host is
// trusted. The words are folded only for a message that has such a
// link.
func judgeLure48Published(rs *reasons, j *Judgement, k *knowledge) {
	l := lure48PublishedLink(j.Links)
	if l == nil || quotesDefanged(k.links) {
		return
	}
	folded := k.folded()
	if len(folded) < 8 {
		return
	}
	text := k.text
	intent, topic, ask, ok := lure48Message(text, folded)
	if !ok || !lure48FormIntents[intent] || containsAnyWords(folded, lure48Asked) ||
		containsAnyWords(folded, lure48Own) || lure48Warned(intent, folded) {
		return
	}
	rs.add(handRule(CodeLure, wLure48, "", say2("lure48", intent, lure48Shown(text, k.links, topic, ask), linkx.Defang(l.Unicode)+l.Path)))
}

// lure48Warned reports a message that warns of the lure rather than sends
// it (scamTalk; for a recovery service, whose offer names the scam it
// undoes, lure48RecoveryWarned).
func lure48Warned(intent string, folded []byte) bool {
	if intent == "recovery" {
		return containsAnyWords(folded, lure48RecoveryWarned)
	}
	return scamTalk(folded)
}
