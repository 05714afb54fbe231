package lure

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Category is a kind of lure.
type Category uint8

// The lure categories.
const (
	AccountLock Category = iota // your account is locked, act within 24 hours
	Login                       // log in, verify, confirm your details
	Prize                       // you have won
	Gift                        // free Nitro, gift cards, giveaways
	Crypto                      // airdrops, wallets, seed phrases
	Staff                       // "I'm a Discord moderator", bank staff
	Photo                       // "is this you in this photo?"
	Install                     // download, install, patch, cheat
	Parcel                      // a parcel held, a delivery failed, a fee to pay
	Job                         // easy pay for tasks, likes or orders at home
	Loan                        // a quick loan with no checks
	Gambling                    // betting, card games, a deposit bonus
	Authority                   // the police or a court: your account is tied to a case
	Vote                        // a friend asks for a vote or for the code just sent
	NumCategories
)

var categoryNames = [NumCategories]string{"account_lock", "login", "prize", "gift", "crypto", "staff", "photo", "install", "parcel", "job", "loan", "gambling", "authority", "vote"}

// String names the category.
func (c Category) String() string { return categoryNames[c] }

// Hit is the strongest phrase found for one category.
type Hit struct {
	Phrase string  // the folded phrase matched
	Weight float64 // 0 when the category was not found
}

// Found holds the hits of one text, by category.
type Found [NumCategories]Hit

// Any reports whether any category was found.
func (f *Found) Any() bool {
	for _, h := range f {
		if h.Weight > 0 {
			return true
		}
	}
	return false
}

// Strong and mild are the weights of a specific lure phrase and of a word
// that is only suspicious in company.
const (
	Strong = 0.5
	Mild   = 0.2
)

type phrase struct {
	text   string // folded words joined by single spaces
	shown  string // text in lower case, as a finding names it
	cat    Category
	weight float64
}

// index maps a phrase's first word to the phrases that start with it.
var index = map[string][]phrase{}

// firstWords is a filter of the keys of index: a word it rules out starts
// no phrase.
var firstWords wordFilter

// wordFilter is a set of words folded into bits by their length and
// first, second and last bytes: may is false for a word surely not added.
type wordFilter [1024]uint64

func filterBit[T string | []byte](w T) uint32 {
	if len(w) == 0 {
		return 0
	}
	second := byte(0)
	if len(w) > 1 {
		second = w[1]
	}
	k := uint32(len(w))<<24 ^ uint32(w[0])<<16 ^ uint32(second)<<8 ^ uint32(w[len(w)-1])
	return (k * 2654435761) >> 16
}

func (f *wordFilter) add(w string) {
	b := filterBit(w)
	f[b>>6] |= 1 << (b & 63)
}

func (f *wordFilter) may(w []byte) bool {
	b := filterBit(w)
	return f[b>>6]&(1<<(b&63)) != 0
}

func add(cat Category, weight float64, phrases ...string) {
	for _, p := range phrases {
		first, _, _ := strings.Cut(p, " ")
		index[first] = append(index[first], phrase{text: p, shown: strings.ToLower(p), cat: cat, weight: weight})
	}
}

func init() {
	add(AccountLock, Strong,
		"account has been suspended", "account will be suspended", "account has been locked", "account will be locked",
		"account has been disabled", "account will be disabled", "account will be deleted", "account will be banned",
		"account has been banned", "account is under review", "account was reported", "reported your account",
		"accidentally reported", "avoid suspension", "avoid being banned", "permanently banned", "permanently suspended",
		"unusual activity", "suspicious activity", "unusual sign in", "restore access", "restore your account",
		"verify your identity", "within 24 hours", "within 48 hours", "account suspended", "account locked",
		"account disabled", "under review",
		// vi
		"tai khoan cua ban bi khoa", "tai khoan bi khoa", "tai khoan da bi khoa", "bi tam khoa", "tam khoa", "bi khoa",
		"khoa tai khoan", "mo khoa", "vo hieu hoa", "bi dinh chi", "trong vong 24 gio", "trong vong 24h",
		"khoi phuc tai khoan", "bi bao cao", "bi phong toa", "neu khong phai quy khach", "neu khong phai qk", "neu khong phai ban",
		"se bi cat dien", "tranh bi cat dien", "tranh cat dien", "if this wasnt you")
	// What a software team's services are made to say to the reader when
	// an account is in trouble (saas43): a payout held, an account
	// restricted, a store or an app suspended, a domain or a
	// subscription about to lapse, a mailbox full. A team's chat says
	// "our payouts are on hold" and "the domain expires" of its own; the
	// notice says "your".
	add(AccountLock, Strong,
		"your payout is on hold", "your payouts are on hold", "your payouts are paused", "your funds are on hold",
		"release your funds", "your account has been restricted", "your account is restricted",
		"your account was restricted", "your account will be restricted", "your account was suspended",
		"your account was disabled", "your account has been deactivated", "your account will be deactivated",
		"your account will be terminated", "your store has been suspended", "your site was suspended",
		"your app was suspended", "your app was removed", "your domain expires", "your domain has expired",
		"your domain is expiring", "your domain will expire", "your subscription has expired", "your mailbox is full",
		"your storage is full", "your password expires", "your payment failed", "your payment was declined",
		"your plan could not be renewed", "your ad account was disabled")
	// A service's ask to fix its billing or prove a business. A
	// document shared or sent for a signature ("shared a document with
	// you") is left out: a teammate says it beside the document's link.
	add(Login, Strong,
		"update your card", "update your payment method", "confirm your bank details", "verify your business",
		"confirm ownership of")
	add(AccountLock, Mild, "suspended", "locked", "banned", "unlock", "terminated", "urgent", "immediately",
		"khoa", "khan cap", "ngay lap tuc", "canh bao", "het han")
	add(Login, Strong,
		"verify your account", "confirm your account", "log in to your account", "login to your account",
		"sign in to your account", "confirm your identity", "update your payment", "update your billing",
		"confirm your number", "confirm your phone", "enter your password", "verify here", "login here", "log in here",
		"sign in here", "scan the qr", "scan this qr", "verification code", "2fa code", "your login details",
		"verify your wallet", "wallet validation", "validate your",
		// vi
		"xac minh tai khoan", "xac thuc tai khoan", "xac nhan tai khoan", "dang nhap de", "cap nhat thong tin",
		"xac nhan giao dich", "nhap ma otp", "cung cap ma otp", "cung cap ma", "xac minh danh tinh", "xac thuc thong tin",
		"xac minh tai", "xac nhan tai", "xac thuc tai", "kich hoat tai", "kich hoat ngay tai",
		"cap nhat sinh trac hoc", "xac thuc sinh trac hoc",
		// asked for a card or account number: no bank or shop does it
		// through a link
		"nhap so the", "nhap thong tin the", "so the ngan hang", "nhap thong tin ngan hang", "xac nhan so tai khoan",
		"nhap so tai khoan", "thong tin the ngan hang", "thong tin the tin dung", "ma cvv", "enter your card", "card details")
	add(Login, Mild, "login", "log in", "sign in", "signin", "verify", "verification", "confirm", "validate",
		"validation", "password", "credentials", "authenticate", "recover",
		"xac minh", "xac thuc", "xac nhan", "dang nhap", "mat khau", "otp", "ma otp",
		// how a school or an office writes too: "Đăng nhập tại ... để xem
		// điểm", "thông tin thẻ sinh viên" (thẻ, thể and thế fold alike),
		// "thông tin ngân hàng để chuyển khoản quỹ lớp"
		"dang nhap tai", "thong tin the", "thong tin ngan hang")
	add(Prize, Strong,
		"you have won", "youve won", "you won", "you are the winner", "claim your prize", "claim your reward",
		"congratulations you", "selected as a winner", "lucky winner", "you have been selected", "youve been selected",
		// vi
		"chuc mung ban da trung", "chuc mung ban trung", "trung thuong", "nhan thuong", "trung giai", "phan thuong", "ban da duoc chon",
		"nguoi may man", "quay so trung", "tri an khach hang",
		// a prize given to a "lucky" customer or subscriber, or in a
		// program of thanks (tri ân) to customers or users: how prize
		// scams are worded; a class's gift of thanks to its teachers
		// (quà tri ân thầy cô) is not
		"khach hang may man", "quy khach may man", "thue bao may man", "nguoi dung may man", "chu the may man",
		"chuong trinh tri an", "tri an nguoi dung", "tri an thue bao", "tri an chu the", "ban da trung", "khach da trung",
		"duoc chon nhan", "duoc lua chon nhan", "thu tuc nhan giai", "lucky customer", "selected to receive",
		// money held out to the reader: a bonus, rewards or a refund to
		// claim (a refund told of, "got my refund", is mild)
		"claim your bonus", "claim your refund", "claim your rewards", "collect your bonus", "collect your rewards",
		"your refund is ready", "eligible for a refund", "refund has been approved", "pending refund")
	add(Prize, Mild, "congratulations", "winner", "prize", "reward", "lucky", "claim", "won", "chuc mung",
		"giai thuong", "may man", "thuong",
		// every shop and bank offers them too (ưu đãi hoàn tiền 10 %):
		// mild, weighed only beside a link that is judged. A bonus alone
		// is not even that: security talk names the "bonus scam" it
		// quotes (a claimed bonus is strong above)
		"rewards", "refund", "refunds", "hoan tien")
	add(Gift, Strong,
		"free nitro", "nitro for free", "free discord nitro", "nitro giveaway", "steam gift", "free robux",
		"free skins", "free vbucks", "free v bucks", "gift card", "giftcard", "free gift", "im giving away",
		"giving away", "months of nitro", "month of nitro", "nitro drop", "free steam", "claim nitro",
		// vi
		"nhan qua mien phi", "qua tang mien phi", "tha tim", "nhan code", "code free")
	// Everyday shop and bank words: "ưu đãi", "miễn phí", "khuyến mãi",
	// "voucher", "nhận ngay" are in every real promotion.
	add(Gift, Mild, "gift", "giveaway", "free", "nitro", "skins", "robux", "drop", "giveaways", "gifts", "tang", "tang qua",
		"nhan qua", "qua tang", "mien phi", "nhan ngay", "voucher", "khuyen mai", "uu dai")
	add(Crypto, Strong,
		"seed phrase", "recovery phrase", "secret phrase", "private key", "connect your wallet", "connect wallet",
		"sync your wallet", "airdrop", "claim airdrop", "double your", "free crypto", "free btc", "free eth",
		"free usdt", "mint now", "free mint", "wallet validation",
		// vi
		"nhan airdrop", "dau tu sinh loi", "loi nhuan cao", "ket noi vi")
	add(Crypto, Mild, "wallet", "crypto", "usdt", "bitcoin", "btc", "eth", "nft", "mint", "token", "metamask",
		"investment", "profit", "vi dien tu", "dau tu", "loi nhuan")
	add(Staff, Strong,
		"im a discord moderator", "i am a discord moderator", "im a moderator", "i am a moderator", "discord staff",
		"discord team", "discord support", "support team", "trust and safety", "trust safety", "hypesquad",
		"official moderator", "moderator academy", "staff member", "from the discord team", "telegram support",
		"steam support", "security team", "admin team", "yahoo staff", "yahoo team", "bank staff",
		// vi
		"nhan vien ngan hang", "bo phan ho tro", "quan tri vien", "ban quan tri", "tong dai vien", "cham soc khach hang")
	add(Staff, Mild, "moderator", "staff", "official", "admin", "support", "ngan hang", "cong an", "ho tro")
	// The lure asks about the reader (is this you, có phải bạn); a member
	// sharing their own photos says "in this video" or "xem ảnh nè" too,
	// so those words alone are mild.
	add(Photo, Strong,
		"is this you", "is that you", "this you in", "you in this photo", "you in this video", "you in this picture",
		"u in this video", "photo of you", "video of you", "pictures of you", "look what i found", "is it you", "your photo",
		"you in the video", "is this u",
		// vi
		"anh cua ban", "co phai ban", "day co phai la ban", "phai ban khong", "video cua ban", "hinh cua ban",
		"anh nong", "clip nong", "clip cua ban", "giong ban qua", "ai dang clip", "ai dang anh",
		"bi dang len", "ban trong video nay", "ban trong anh nay", "ban trong clip nay",
		"trong video nay khong", "trong anh nay khong", "trong clip nay khong")
	add(Photo, Mild, "xem anh", "xem video", "anh nay", "photo", "photos", "pic", "pics",
		"in this photo", "in this video", "in this picture", "xem anh ne", "trong video nay", "trong anh nay", "trong clip nay")
	add(Install, Mild, "download", "install", "setup", "update", "patch", "crack", "cheat", "cheats", "hack",
		"mod menu", "tai app", "cai dat", "tai ve", "cap nhat", "ban va", "tai ung dung")
	add(Parcel, Strong, "your parcel", "your package", "delivery failed", "failed delivery", "redelivery",
		"customs fee", "shipping fee", "package is on hold", "parcel is on hold", "delivery attempt",
		"bi giu lai", "buu pham cua ban", "buu kien cua ban", "don hang cua ban", "giao hang that bai",
		"phi van chuyen", "phi hai quan", "cap nhat dia chi", "khong the giao")
	add(Parcel, Mild, "parcel", "package", "delivery", "buu pham", "buu kien", "don hang", "giao hang")
	// The schemes Vietnamese smishing runs besides fake banks and shops:
	// paid tasks, loans with no checks, betting sites, threats in the
	// name of the police, and a hijacked friend asking for a vote or a
	// code. Real employers, lenders and lotteries use the mild words
	// (tuyển dụng, vay, xổ số) too; the strong ones are how the schemes
	// put it.
	add(Job, Strong, "viec nhe luong cao", "lam nhiem vu", "nhan nhiem vu", "nhiem vu hoa hong", "khong can von",
		"don ao", "tang don", "Tang don", "chot don ao", "mua hang ao", "hoan tien goc", "hoan von", "rut tien ngay", "xem quang cao",
		"like video", "lam viec online tai nha", "kiem tien online",
		"thu nhap moi ngay", "thu nhap moi Ngay", "work from home", "daily income", "earn money online")
	add(Job, Mild, "tuyen ctv", "tuyen cong tac vien", "hoa hong", "thu nhap", "lam viec tai nha",
		"khong can kinh nghiem", "nhiem vu", "tuyen dung", "viec lam online", "lam viec online")
	add(Loan, Strong, "vay tien nhanh", "vay nhanh", "khong tham dinh", "khong can the chap", "khong the chap",
		"no xau van vay", "chi can cccd", "giai ngan trong", "duyet ho so trong", "vay tin chap online",
		"khoan vay da duoc duyet", "duoc duyet khoan vay", "xac nhan giai ngan", "quick loan", "instant loan")
	add(Loan, Mild, "vay online", "vay tien", "vay von", "giai ngan", "khoan vay", "tin chap", "han muc")
	add(Gambling, Strong, "nha cai", "tai xiu", "game bai doi thuong", "ca cuoc", "ca do", "keo nha cai",
		"nap rut", "nap dau", "no hu", "xoc dia", "ban ca doi thuong", "casino", "sportsbook",
		"free spins", "deposit bonus")
	add(Gambling, Mild, "game bai", "doi thuong", "soi keo", "tan thu", "code tan thu")
	add(Authority, Strong, "lien quan den vu an", "lien quan vu an", "lien quan toi vu an", "duong day rua tien",
		"vu an rua tien", "lien quan den rua tien", "hop tac dieu tra", "co lenh bat", "toa an trieu tap",
		"phong toa tai khoan", "arrest warrant", "involved in money laundering")
	// the words of the law, news and training alone: lệnh bật (a command
	// to turn on) folds as lệnh bắt; phòng chống rửa tiền, anti-money
	// laundering, viện kiểm sát and giấy triệu tập họp are everyday
	add(Authority, Mild, "vu an", "dieu tra", "thanh tra", "trieu tap", "rua tien", "money laundering", "lenh bat",
		"vien kiem sat", "giay trieu tap")
	add(Vote, Strong, "binh chon giup", "vote giup", "binh chon cho be", "binh chon cho minh", "bau chon giup",
		"ma xac nhan zalo", "ma zalo", "gui giup minh ma", "gui lai giup minh ma", "ma vua gui", "ma otp vua gui",
		"vua gui ve may", "vote for my",
		"vote for me", "send me the code")
	add(Vote, Mild, "binh chon", "bau chon", "vote", "cuoc thi")
	add(Install, Strong, "run this", "open this file", "run the file", "disable your antivirus", "turn off antivirus",
		"tat diet virus", "cai ngay")
	for first := range index {
		firstWords.add(first)
	}
}

// Find reports the lure language in text.
func Find(text string) Found {
	var stack [512]byte
	return FindFolded(Fold(text, stack[:0]))
}

// FindFolded reports the lure language in text already folded by Fold.
// Several strong phrases of one category add up, to at most Cap. Words
// written in leetspeak (nh4n t1en, fr33 n1tr0, cl41m) are read a second
// time with their digits as the letters they stand for.
func FindFolded(buf []byte) Found {
	found, leet := findFoldedIn(buf, &firstWords)
	if !leet {
		return found
	}
	var stack [512]byte
	again := findFolded(unleet(append(stack[:0], buf...)))
	for c := range found {
		if again[c].Weight > found[c].Weight {
			found[c] = again[c]
		}
	}
	return found
}

// leetLetter maps the digits written for letters to them: 4 for a, 1 for
// i, 3 for e, 0 for o, 5 for s, 7 for t; 0 for any other byte.
var leetLetter = [256]byte{'0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't'}

// leetWord reports whether a folded word is letters written partly as
// digits: it starts with a letter, holds two letters or more, and every
// digit in it is one that stands for a letter (fr33, nh4n, cl41m; not
// 24h, h264, usdt100).
func leetWord(w []byte) bool {
	if len(w) < 3 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	letters, digits := 0, 0
	for _, c := range w {
		switch {
		case c >= 'a' && c <= 'z':
			letters++
		case leetLetter[c] != 0:
			digits++
		default:
			return false
		}
	}
	return letters >= 2 && digits > 0
}

// hasLeet reports whether folded text holds a leetspeak word.
func hasLeet(buf []byte) bool {
	// A leetspeak word holds a digit written for a letter: text without
	// one (most) is passed over byte by byte, not word by word.
	k := 0
	for k < len(buf) && leetLetter[buf[k]] == 0 {
		k++
	}
	if k == len(buf) {
		return false
	}
	for i := 0; i < len(buf); {
		j := i
		for j < len(buf) && buf[j] != ' ' {
			j++
		}
		if leetWord(buf[i:j]) {
			return true
		}
		i = j + 1
	}
	return false
}

// unleet writes the digits of the leetspeak words of folded text as the
// letters they stand for, in place.
func unleet(buf []byte) []byte {
	for i := 0; i < len(buf); {
		j := i
		for j < len(buf) && buf[j] != ' ' {
			j++
		}
		if leetWord(buf[i:j]) {
			for k := i; k < j; k++ {
				if l := leetLetter[buf[k]]; l != 0 {
					buf[k] = l
				}
			}
		}
		i = j + 1
	}
	return buf
}

// Phrases returns how many different phrases of the lists, of any
// category and weight, text already folded by Fold holds, counting to
// at most max (at most 8). A phrase's words are not read again for a
// shorter one ("in this photo" is one, not two with "photo"), a phrase
// written twice is one, and leetspeak is read as FindFolded reads it.
// Found keeps one phrase a category: "password", "verify" and "login"
// are three phrases and one mild hit of Login.
func Phrases(buf []byte, max int) int {
	n := phrases(buf, max)
	if n < max && hasLeet(buf) {
		var stack [512]byte
		n = phrases(unleet(append(stack[:0], buf...)), max)
	}
	return n
}

// phrases is Phrases without the second reading of leetspeak.
func phrases(buf []byte, max int) int {
	var seen [8]string
	max = min(max, len(seen))
	n := 0
	for i := 0; i < len(buf) && n < max; {
		j := i
		for j < len(buf) && buf[j] != ' ' {
			j++
		}
		next := j + 1
		if firstWords.may(buf[i:j]) {
			longest := ""
			for _, p := range index[string(buf[i:j])] {
				if !phraseAt(buf, i, p.text) {
					continue
				}
				if len(p.text) > len(longest) {
					longest = p.text
				}
			}
			if longest == "free" && costFree(buf, i, i+len(longest)) {
				longest = "" // said of a reading's or a plan's cost (costFree)
			}
			if plainUse(longest, buf, i, i+len(longest)) {
				longest = "" // "still support", "urgent question" (plain46.go)
			}
			if longest != "" {
				next = i + len(longest) + 1
				known := false
				for _, s := range seen[:n] {
					known = known || s == longest
				}
				if !known {
					seen[n] = longest
					n++
				}
			}
		}
		i = next
	}
	return n
}

func findFolded(buf []byte) Found {
	found, _ := findFoldedIn(buf, &firstWords)
	return found
}

// findFoldedIn is findFolded asking only the words filter may hold (every
// word when filter is nil) in the index. It also reports hasLeet(buf),
// read in the same walk over the words (speed50d: FindFolded walked the
// text a second time for it).
func findFoldedIn(buf []byte, filter *wordFilter) (Found, bool) {
	var found Found
	var seen [NumCategories]int
	var until [NumCategories]int // end of the last strong phrase counted
	leet := false
	for i := 0; i < len(buf); {
		// buf holds words separated by single spaces
		j := i
		digit := byte(0) // non-zero when the word holds a digit written for a letter
		for j < len(buf) && buf[j] != ' ' {
			digit |= leetLetter[buf[j]]
			j++
		}
		if digit != 0 && !leet {
			leet = leetWord(buf[i:j])
		}
		if filter != nil && !filter.may(buf[i:j]) {
			i = j + 1
			continue // starts no phrase: no need to hash it for the map
		}
		for _, p := range index[string(buf[i:j])] {
			end := i + len(p.text)
			if !phraseAt(buf, i, p.text) {
				continue
			}
			if p.text == "free" && costFree(buf, i, end) {
				continue // the dsp guide is free, free online, free tier
			}
			if plainUse(p.text, buf, i, end) {
				continue // does it still support, urgent question (plain46.go)
			}
			h := &found[p.cat]
			switch {
			case p.weight == Strong:
				if i < until[p.cat] {
					continue // overlaps a phrase already counted
				}
				until[p.cat] = end
				seen[p.cat]++
				if seen[p.cat] == 1 || h.Weight < Strong {
					h.Phrase = p.shown
				}
				h.Weight = min(Cap, 1-pow(1-Strong, seen[p.cat]))
			case h.Weight < p.weight:
				*h = Hit{Phrase: p.shown, Weight: p.weight}
			}
		}
		if j-i == 4 && string(buf[i:j]) == "your" && i >= until[AccountLock] {
			// a trouble notice in words of its own (trouble.go)
			if end, shown := troubleNotice(buf, i); end > 0 && !listed(buf, i+5, end) {
				h := &found[AccountLock]
				until[AccountLock] = end
				seen[AccountLock]++
				if seen[AccountLock] == 1 || h.Weight < Strong {
					h.Phrase = shown
				}
				h.Weight = min(Cap, 1-pow(1-Strong, seen[AccountLock]))
			}
		}
		i = j + 1
	}
	return found, leet
}

// phraseAt reports whether folded text holds the words of phrase at i,
// ending at the end of a word: the bytes after the phrase's end (a space
// or the text's end) and its last byte are read before the whole phrase
// is compared (speed50d: most of a first word's phrases end elsewhere).
func phraseAt(buf []byte, i int, phrase string) bool {
	end := i + len(phrase)
	if end > len(buf) || end < len(buf) && buf[end] != ' ' {
		return false
	}
	if end > i && buf[end-1] != phrase[len(phrase)-1] {
		return false
	}
	return string(buf[i:end]) == phrase
}

// Cap is the most one category of lure can weigh.
const Cap = 0.7

func pow(x float64, n int) float64 {
	r := 1.0
	for ; n > 0; n-- {
		r *= x
	}
	return r
}

// Fold appends text to dst lower-cased, with diacritics removed, with every
// run of characters other than letters and digits written as one space and
// apostrophes dropped; an @ or $ after a letter and before a letter or
// the word's end is written as the a or s it stands for (nh@n, cla$h).
// A combining mark (Vietnamese typed decomposed, its tones apart from
// their letters) is part of its word: it folds as the word written whole.
// A Vietnamese word whose marks make it another word than the lure word
// it folds to (tăng "rise" and tặng "give", thường "usual" and thưởng
// "reward", ngày "day" and ngay "at once", áo "shirt" and ảo "fake")
// keeps its first letter
// upper-case (apart): only a phrase written so matches it (Tang don,
// tăng đơn, "boost orders").
func Fold(text string, dst []byte) []byte {
	// Fold writes no more bytes than it reads (a letter's bytes make one,
	// a run of other characters' one space), so once dst has room for
	// what is left of text, its bytes are written in place, with no
	// append's test of room and no copy a run (speed51a). Room is made,
	// when the caller's buffer is too small, at the start of a word.
	n := len(dst)
	out := dst[:cap(dst)]
	space := true
	word, from := n, 0 // where the current word starts in out and in text
	marked := false    // the current word has a letter outside ASCII
	for i := 0; i < len(text); {
		c := text[i]
		if lowerAlnum[c] {
			// a lower-case letter or a digit, written as it stands
			// with the rest of its run
			if space {
				if len(out)-n < len(text)-i {
					out = grown(out, n, len(text)-i)
				}
				word, from, marked, space = n, i, false, false
			}
			out[n] = c
			n++
			for i++; i < len(text) && lowerAlnum[text[i]]; i++ {
				out[n] = text[i]
				n++
			}
			continue
		}
		at := i
		var o byte
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'A' && c <= 'Z':
				o = c + 'a' - 'A'
			case c == '\'':
				continue
			case (c == '@' || c == '$') && !space && isASCIILetter(out[n-1]) &&
				(i == len(text) || !isASCIIAlnum(text[i]) || isASCIILetter(text[i])):
				// after a letter, inside or at the end of a word,
				// written for a or s: nh@n, qu@, cla$h (not 500$,
				// 5@6 or bob@2x)
				o = 'a'
				if c == '$' {
					o = 's'
				}
			}
		} else {
			r, size := decodeRune(text, i)
			i += size
			if r == '’' || r == 'ʼ' {
				continue
			}
			if r >= 0x300 && r < 0x370 {
				// a combining mark (decomposed text: a tone typed
				// apart from its letter) belongs to the letter
				// before it and does not end the word
				marked = marked || !space
				continue
			}
			o = Base(r)
		}
		if o == 0 {
			if !space {
				if marked {
					apart(out[word:n], text[from:at])
				}
				out[n] = ' '
				n++
				space = true
			}
			continue
		}
		if space {
			if len(out)-n < len(text)-at {
				out = grown(out, n, len(text)-at)
			}
			word, from, marked, space = n, at, false, false
		}
		marked = marked || c >= utf8.RuneSelf
		out[n] = o
		n++
	}
	if !space && marked {
		apart(out[word:n], text[from:])
	}
	if n > 0 && out[n-1] == ' ' {
		n--
	}
	return out[:n]
}

// grown returns out with its first n bytes and room for more after
// them, out to its capacity.
func grown(out []byte, n, more int) []byte {
	out = slices.Grow(out[:n], more)
	return out[:cap(out)]
}

// decodeRune is utf8.DecodeRuneInString(text[i:]) for text[i] outside
// ASCII, with the runes of two bytes and of three (Vietnamese letters:
// U+00C0..U+01FF, U+1E00..U+1EFF) decoded where they are read, not in
// the library's general path. A lead byte of two bytes (C2..DF), or of
// three other than E0 and ED (whose second byte is held to a narrower
// range), followed by continuation bytes is always a valid rune.
func decodeRune(text string, i int) (rune, int) {
	c := text[i]
	switch {
	case c >= 0xC2 && c < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80:
		return rune(c&0x1F)<<6 | rune(text[i+1]&0x3F), 2
	case c >= 0xE1 && c < 0xF0 && c != 0xED && i+2 < len(text) && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80:
		return rune(c&0x0F)<<12 | rune(text[i+1]&0x3F)<<6 | rune(text[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(text[i:])
}

// apart upper-cases the first letter of a folded word (w) whose marks,
// as written (src), make it another word than the lure word it folds to:
// tăng, tầng (rise, floor) for tặng (give); thường, thương (usual, trade)
// for thưởng (reward); ngày (day) for ngay (at once); áo (a shirt) for ảo
// (fake). A word written with
// no marks at all is not passed here: it may be either.
func apart(w []byte, src string) {
	switch string(w) {
	case "tang", "thuong", "ngay", "ao":
	default:
		return
	}
	if !norm.NFC.IsNormalString(src) {
		src = norm.NFC.String(src) // its marks typed apart from their letters
	}
	var lure bool
	switch string(w) {
	case "tang":
		lure = strings.Contains(src, "ặ") || strings.Contains(src, "Ặ")
	case "thuong":
		lure = strings.Contains(src, "ở") || strings.Contains(src, "Ở")
	case "ngay":
		lure = false // ngay, at once, is written without marks
	case "ao":
		// ảo (fake, virtual: đơn ảo, tiền ảo), not áo (a shirt: đơn
		// áo, an order of shirts) or ào
		lure = strings.Contains(src, "ả") || strings.Contains(src, "Ả")
	default:
		return
	}
	if !lure {
		w[0] -= 'a' - 'A'
	}
}

// lowerAlnum marks the bytes Fold writes as they stand: a-z and 0-9.
var lowerAlnum = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	return t
}()

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isASCIIAlnum(c byte) bool { return isASCIILetter(c) || c >= '0' && c <= '9' }

// HasLeet reports whether folded text (Fold) holds a word written in
// leetspeak (fr33, t3st, r0bux): letters with digits for some of them.
func HasLeet(buf []byte) bool { return hasLeet(buf) }

// Unleet appends folded text to dst with the digits of its leetspeak
// words written as the letters they stand for (fr33 as free, t3st as
// test), as FindFolded reads them a second time.
func Unleet(dst, buf []byte) []byte { return unleet(append(dst, buf...)) }
