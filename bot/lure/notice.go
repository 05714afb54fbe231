package lure

import "strings"

// Notice is a kind of official notice that scams copy: a fine to pay, a
// benefit to withdraw, a tax refund or debt, a power or water bill, a
// government portal or identity to update. Real offices send such notices
// too, and people pass them on and talk about them: the words are read
// apart from the lures (FindNotice) and count only beside a link that is
// not the office's own site (bot's notice rule).
type Notice uint8

// The notice kinds.
const (
	Fine    Notice = iota // a traffic, toll or parking fine
	Benefit               // social insurance paid out, an allowance, a benefit refunded
	Tax                   // a tax refund, a tax debt, a tax code to fix
	Bill                  // a power or water bill unpaid, a supply cut
	Portal                // a government portal, an electronic identity, a licence, a domain's renewal
	NumNotices
)

var noticeNames = [NumNotices]string{"fine", "benefit", "tax", "bill", "portal"}

// String names the notice kind.
func (n Notice) String() string { return noticeNames[n] }

// NoticeFound holds the hits of one text, by notice kind. A Strong hit is
// the notice's demand (nộp phạt, pay the toll, rút BHXH một lần, hoàn
// thuế); a Mild one only names its subject (phạt nguội, VNeID, tiền điện).
type NoticeFound [NumNotices]Hit

// Any reports whether any kind was found.
func (f *NoticeFound) Any() bool {
	for _, h := range f {
		if h.Weight > 0 {
			return true
		}
	}
	return false
}

// Strongest returns the kind of the strongest hit (the first of equals)
// and false when there is none.
func (f *NoticeFound) Strongest() (Notice, bool) {
	best, ok := Notice(0), false
	for n, h := range f {
		if h.Weight > 0 && (!ok || h.Weight > f[best].Weight) {
			best, ok = Notice(n), true
		}
	}
	return best, ok
}

type noticePhrase struct {
	text   string
	kind   Notice
	weight float64
}

// notices maps a phrase's first word to the notice phrases that start
// with it; noticeFirst is a filter of its keys (wordFilter), so that most
// words of a text are passed over without hashing them.
var (
	notices     = map[string][]noticePhrase{}
	noticeFirst wordFilter
)

func addNotice(kind Notice, weight float64, phrases ...string) {
	for _, p := range phrases {
		first, _, _ := strings.Cut(p, " ")
		notices[first] = append(notices[first], noticePhrase{text: p, kind: kind, weight: weight})
		noticeFirst.add(first)
	}
}

func init() {
	addNotice(Fine, Strong, "nop phat", "dong phat", "nop tien phat", "thanh toan tien phat", "quyet dinh xu phat",
		"bien ban vi pham", "chua nop phat", "qua han nop phat", "tuoc gplx", "tuoc bang lai", "giay moi len lam viec",
		"unpaid toll", "unpaid tolls", "toll balance", "outstanding toll", "toll invoice", "toll violation", "toll bill",
		"unpaid parking", "parking ticket", "parking citation", "parking violation", "parking fine", "traffic fine",
		"traffic violation", "speeding ticket", "pay the fine", "pay your fine", "unpaid fine", "unpaid fines", "penalty notice",
		"parking summons", "outstanding citation", "unpaid citation", "traffic ticket", "unpaid ticket", "registration hold",
		"registration will be suspended", "license suspension", "license will be suspended",
		// Vietnam's electronic tolls (VETC, ePass) and road fees
		"tai khoan giao thong", "tru phi sai", "thu phi sai", "phi duong bo", "no phi duong bo")
	addNotice(Fine, Mild, "phat nguoi", "vi pham giao thong", "csgt", "canh sat giao thong", "bien so", "muc phat",
		"xu phat", "toll", "tolls", "e zpass", "ezpass", "sunpass", "fastrak", "parking", "late fee", "vetc", "epass",
		"dang kiem", "cuc dang kiem", "thu phi")
	addNotice(Benefit, Strong, "rut bhxh", "rut bao hiem xa hoi", "bhxh mot lan", "rut bhxh mot lan", "nhan tro cap",
		"tro cap that nghiep", "hoan tien bhyt", "hoan tien bhxh", "huong che do", "so bhxh cua ban", "chi tra tro cap",
		"unclaimed benefits", "stimulus payment", "benefit payment", "social security benefits")
	addNotice(Benefit, Mild, "bhxh", "bhyt", "bao hiem xa hoi", "bao hiem y te", "vssid", "tro cap", "social security")
	// thuế (tax) and thuê (rent) fold alike: "tiền thuê nhà" is rent, so
	// the word alone and "tiền thuế" are left out
	addNotice(Tax, Strong, "hoan thue", "no thue", "nop thue", "ma so thue", "quyet toan thue", "thue tncn",
		"thue dien tu", "tax refund", "tax return", "tax debt", "owe taxes", "back taxes")
	addNotice(Tax, Mild, "cuc thue", "tong cuc thue", "irs", "hmrc", "tax")
	addNotice(Bill, Strong, "tien dien chua thanh toan", "hoa don tien dien", "hoa don tien nuoc", "cat dien",
		"tam ngung cap dien", "ngung cap dien", "tam ngung cap nuoc", "ngung cap nuoc", "hoan tien dien", "no tien dien",
		"no tien nuoc", "electricity bill", "power bill", "water bill", "utility bill", "power will be disconnected",
		"service will be disconnected")
	addNotice(Bill, Mild, "tien dien", "tien nuoc", "dien luc", "cap nuoc", "evn", "electricity")
	addNotice(Portal, Strong, "dinh danh muc 2", "tai khoan dinh danh", "kich hoat vneid", "cap nhat vneid",
		"dong bo vneid", "cap nhat thong tin cu tru", "cap doi gplx", "cap doi giay phep lai xe", "ho so cua ban bi tra lai",
		"cong dich vu cong", "dich vu cong quoc gia",
		// a domain's renewal and the national trust mark, as small
		// businesses' owners are told their site will be deleted or
		// blocked (vi45): tên miền hết hạn, sẽ bị xóa, thu hồi; phí duy
		// trì; đăng ký tín nhiệm mạng
		"ten mien da het han", "ten mien sap het han", "ten mien se bi xoa", "ten mien se bi thu hoi", "ten mien bi thu hoi",
		"ten mien bi khoa", "ten mien cua ban da het han", "ten mien cua quy khach da het han", "ten mien cua ban sap het han",
		"ten mien cua quy khach sap het han", "ten mien cua ban se bi", "ten mien cua quy khach se bi",
		"phi duy tri ten mien", "chua dang ky tin nhiem mang", "xac thuc tin nhiem mang")
	addNotice(Portal, Mild, "vneid", "dinh danh", "dich vu cong", "cong an", "bo cong an", "gplx", "giay phep lai xe",
		"cu tru", "cccd", "can cuoc")
}

// FindNotice reports the words of official notices in text already
// folded by Fold.
func FindNotice(buf []byte) NoticeFound {
	var found NoticeFound
	for i := 0; i < len(buf); {
		j := i
		for j < len(buf) && buf[j] != ' ' {
			j++
		}
		if !noticeFirst.may(buf[i:j]) {
			i = j + 1
			continue
		}
		for _, p := range notices[string(buf[i:j])] {
			if !phraseAt(buf, i, p.text) {
				continue
			}
			// the strongest phrase, and the longest of equals (rút BHXH
			// một lần, not rút BHXH)
			if h := &found[p.kind]; p.weight > h.Weight || p.weight == h.Weight && len(p.text) > len(h.Phrase) {
				*h = Hit{Phrase: p.text, Weight: p.weight}
			}
		}
		i = j + 1
	}
	return found
}
