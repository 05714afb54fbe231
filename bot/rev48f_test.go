package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// rev48fCase is a message and whether lure48's finding must be on it.
type rev48fCase struct {
	text string
	read bool
}

// checkLure48Read judges each case on Telegram and holds lure48's
// finding (lure48Found) to the case's read.
func checkLure48Read(t *testing.T, cases []rev48fCase) {
	t.Helper()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range cases {
		j := judgeText(c, bot.Telegram, tc.text)
		if got := lure48Found(j.Verdict); got != tc.read {
			t.Errorf("%q: lure48 read %v, want %v (%s %.2f %v)", tc.text, got, tc.read, j.Verdict.Level, j.Verdict.Score, j.Verdict.Reasons)
		}
	}
}

// TestRev48fJobFromHome: a real remote job's or a shop's post says "work
// from home" with its wage or its commission, on the business's own
// hyphenated name; lure48 read it on main cdf8e80. A job from home is now
// read only with easy money's words or a rate by the day or the task.
func TestRev48fJobFromHome(t *testing.T) {
	t.Parallel()
	checkLure48Read(t, []rev48fCase{
		{"Remote customer support role, work from home, $21/hour, benefits. Details: https://maple-dental-group.com/careers", false},
		{"Shop tuyển CTV bán hàng online làm tại nhà, hoa hồng 10%, đăng ký https://thoi-trang-mina.com/ctv", false},
		{"Apply now: customer service from home, earn $19/hr with benefits https://sunny-side-insurance.com/careers", false},
		{"Tiệm bánh tuyển nhân viên, làm việc tại nhà 2 buổi, lương 25k/giờ https://banh-ngot-co-ba.com/tuyen-dung", false},
		// the scam's own: easy work, pay by the day, a phone all it needs
		{"Hi, we are hiring part time, earn $300 a day from home, no experience https://jobs-remote-now.com", true},
		{"Lam viec tai nha, thu nhap 500k/ngay, dang ky ngay https://vieclam-online-24.com", true},
		{"Earn $45/hr from home, simple data entry, start today https://dataentry-remote-now.com", true},
	})
}

// TestRev48fCollection: a class's or friends' collection for a third
// person it names (a classmate's mother, a colleague) beside a stranger's
// hyphenated page or a shortener was read as a relative's emergency on
// main cdf8e80; the scam, which speaks as the relative or to the reader's
// own, still is.
func TestRev48fCollection(t *testing.T) {
	t.Parallel()
	checkLure48Read(t, []rev48fCase{
		{"Mẹ bạn mình bị tai nạn đang nằm viện, ai giúp được thì chuyển khoản theo thông tin trên trang https://tu-thien-viet.org/hoan-canh/123", false},
		{"Bố bạn Nam nhập viện cấp cứu, lớp mình gửi tiền giúp nhé, link danh sách https://tinyurl.com/lop12a-giup-ban", false},
		{"Cô giáo chủ nhiệm nằm viện, ai muốn đóng góp thì chuyển khoản, danh sách ở https://bit.ly/lop-10a-dong-gop", false},
		{"Our neighbor's house burned down and he is in hospital, transfer what you can to the fund https://elm-street-neighbors.org/fund", false},
		{"Our colleague Dan was in a car accident, we are collecting to send to his family https://dan-recovery-fund.com", false},
		{"Me oi con bi tai nan dang o benh vien, chuyen gap cho con 10 trieu https://vienphi-online.net", true},
		{"Urgent: your son is in the ER after a crash, wire $2,000 for surgery https://er-payment-center.com", true},
	})
}

// TestRev48fSubdomain: a hyphenated name beneath a subdomain of its own
// (careers., payroll., ais.) is an organisation's service, not a page
// made for one message; lure48 read it on main cdf8e80. Bare or under www
// it still is.
func TestRev48fSubdomain(t *testing.T) {
	t.Parallel()
	checkLure48Read(t, []rev48fCase{
		{"Visa fee went up to $185, pay the fee at https://ais.usvisa-info.com/en-vn/niv", false},
		{"The interview invitation is in your email, log in to the portal https://careers.acme-widgets.com", false},
		{"Your payslip for May is ready, log in to view your payslip https://payroll.smith-jones-accounting.com", false},
		{"Your payslip for May is ready, log in to view your payslip https://smith-jones-payroll.com", true},
		{"Your payslip for May is ready, log in to view your payslip https://www.smith-jones-payroll.com", true},
	})
}

// TestRev48fSocialShortener: friends share their photos and clips through
// shorteners; a friend's "pics of you" beside one was read on main
// cdf8e80. An emergency beside a shortener still is (TestLure48LinkShape).
func TestRev48fSocialShortener(t *testing.T) {
	t.Parallel()
	checkLure48Read(t, []rev48fCase{
		{"Here's the photos from Sunday, pics of you and the kids https://tinyurl.com/picnic-sunday", false},
		{"lol the clip of you falling at the wedding is on the family page https://bit.ly/wedding-fall-2026", false},
		{"pics of u going around, look https://pics-gossip.top/t/9", true},
	})
}

// TestRev48fPhrasings: the same intents in words lure48's lists missed
// on main cdf8e80 ("ur in this video", "your pic is on", recovery
// agents) are read.
func TestRev48fPhrasings(t *testing.T) {
	t.Parallel()
	checkLure48Read(t, []rev48fCase{
		{"lol ur in this video https://clip-viewer.top/v/221", true},
		{"bro ur pic is on this site lmao https://pic-leaks.top", true},
		{"ur photo is on this page now https://photo-leak-now.com/p/2", true},
		{"Lost crypto to a scam? our recovery agents get it back https://crypto-back-now.com", true},
		{"We help you get your money back from trading platforms that will not pay out https://funds-back-desk.com", true},
	})
}

// TestRev48fEdges: lure48's reading takes an empty message, a bare link,
// marks and emoji, a name at DNS's length and a number longer than any
// sum without a panic or a finding.
func TestRev48fEdges(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("a-", 31) + "b." + strings.Repeat("c", 60) + ".com"
	checkLure48Read(t, []rev48fCase{
		{"", false},
		{"https://clip-watch-now.net/v/1", false},
		{"😂😂 https://clip-watch-now.net/v/1 🙏", false},
		{"nạp " + strings.Repeat("9", 400) + " nhận 1 https://nap-rut-nhanh.site", false},
		{"xem https://" + long + "/" + strings.Repeat("x", 3000), false},
		{strings.Repeat("làm tại nhà ", 500) + "https://viec-tai-nha.com", false},
	})
}
