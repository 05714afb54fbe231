package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestOfficialNotices: a traffic fine, a social-insurance payout, a tax
// refund, a power bill or a government portal's notice beside a site that
// is not the office's — named after the office or the notice, dressed as
// a government's, or a shortened link when the notice demands something —
// is flagged, and so is an office's word in front of another domain; the
// same notices beside the offices' own sites and news
// pages, and the same words beside ordinary sites, are not. Made-up hosts,
// none in the measurement sets.
func TestOfficialNotices(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"CSGT: xe 29A-111.22 vi phạm tốc độ, chưa nộp phạt. Nộp phạt tại https://csgt-nopphat.com", true},
		{"Thong bao phat nguoi bien so 30F-123.45, tra cuu tai https://tracuu-phatnguoi.net", true},
		{"Hồ sơ rút BHXH một lần đã duyệt, nhận tiền tại https://bhxh-nhantien.com", true},
		{"Ban co khoan hoan thue TNCN chua nhan, dang nhap tai https://hoanthue-canhan.com", true},
		{"Tiền điện tháng này chưa thanh toán, sẽ bị cắt điện, thanh toán tại https://tiendien-online.net", true},
		{"Nộp phạt vi phạm giao thông qua https://bit.ly/3xYzAbc trước ngày 20", true},
		{"Unpaid toll notice: pay $3.95 at https://ezpass-billing.com to avoid a late fee", true},
		{"You have an unpaid parking ticket, pay online at https://parking-pay-online.com", true},
		{"VETC thông báo: tài khoản giao thông của bạn bị trừ phí sai 320.000đ, nhận hoàn tiền tại https://vetc-hoantra.com", true},
		// a government's dress alone
		{"https://dichvucong.gov-vn.online/ho-so", true},
		{"Cập nhật tài khoản định danh tại https://vneid.portal-gov.com", true},
		{"https://thuedientu.hoanthue-online.com/login", true},
		{"https://csgt.tracuu-vipham.net", true},
		// the offices' own sites, the news, and other sites
		{"Tra cứu phạt nguội ở đây nhé https://www.csgt.vn/tra-cuu-phuong-tien-vi-pham.html", false},
		{"Nộp phạt online trên https://dichvucong.gov.vn/p/home/dvc-trang-chu.html", false},
		{"https://baohiemxahoi.gov.vn/tracuu/Pages/tra-cuu-ho-gia-dinh.aspx", false},
		{"Cảnh báo lừa đảo nộp phạt nguội qua tin nhắn https://vnexpress.net/canh-bao-lua-dao-4800000.html", false},
		{"My E-ZPass balance is low again, topped up at https://www.e-zpassny.com", false},
		{"sunpass app info https://www.sunpass.com/en/index.shtml", false},
		{"Nạp tiền tài khoản giao thông VETC qua app nhé https://vetc.com.vn", false},
		// toll offices whose own sites are named after their service
		{"Got a text about unpaid tolls, checked my account at https://www.ezpassnj.com and it's fake", false},
		{"Unpaid toll notice came in the mail, paid at https://www.ezpassva.com", false},
		{"Paid the toll violation on https://www.bayareafastrak.org", false},
		{"paying the toll bill at https://www.thetollroads.com/pay-toll", false},
		{"Tài khoản giao thông bị trừ phí sai thì khiếu nại ePass tại https://epass-vdtc.com.vn", false},
		// and a name that only starts like theirs is not theirs
		{"E-ZPass: unpaid toll of $4.35, pay now at https://ezpassnj-tolls.com", true},
		// a private lookup site named after the subject, beside the
		// subject only: not warned alone
		{"Tra cứu phạt nguội nhanh ở https://checkphatnguoi.vn", false},
		{"Cho thuê nhà nguyên căn, tiền thuê 5 triệu, xem ảnh https://batdongsan.com.vn/cho-thue-nha-rieng-ha-noi", false},
		{"Parking near the venue is $10, map here https://venue-parking-map.com", false},
		{"gov-img.site holds the pictures https://gov-img.site/a.png", false},
		// a notice's single word inside a firm's name is not the
		// notice's name
		{"Got a speeding ticket on the way to the concert lol, tickets were from https://www.ticketmaster.com", false},
		{"Paid my utility bill at https://www.utilitywarehouse.co.uk", false},
		{"My tax refund finally came, used https://www.refundtracker.com to check", false},
		{"Your tax refund is pending, verify your identity at https://refund-status-check.com", true},
		{"Speeding ticket unpaid, pay the fine at https://ticket-payment.net", true},
		// vet clinics are not VETC, the toll service
		{"https://vetconnect.idexx.com", false},
		{"booked the dog in https://vetcare.petsmart.com/appointments", false},
		{"our clinic's booking page https://vetclinic.simplybook.me", false},
		{"VETC: tài khoản giao thông của bạn bị trừ phí sai, nhận hoàn tiền tại https://vetc.hoantra-online.com", true},
		{"Tax season guide for freelancers https://freelancer-tax-guide.com/2024", false},
		// a club's or a class's fines for being late, in a sheet to
		// read: a document takes no payment (a form still counts)
		{"Danh sách nộp phạt đi trễ tháng 11 https://docs.google.com/spreadsheets/d/1abcXYZ/edit", false},
		{"Quỹ lớp: ai chưa nộp phạt vắng họp thì xem file https://docs.google.com/spreadsheets/d/1abcXYZ/edit", false},
		{"Xe bạn bị phạt nguội, chưa nộp phạt sẽ bị tước bằng, nộp tại https://docs.google.com/forms/d/e/1FAIpQLSx/viewform", true},
		{"I got a refund of my deposit, see https://bit.ly/3abcDef", false},
	})
}

// TestNoticeReasonsNameWhatMatched: the notice finding and the
// government dress name the notice's words, the link and the word it is
// named after, and the form finding the whole of what was asked, in
// English and in Vietnamese.
func TestNoticeReasonsNameWhatMatched(t *testing.T) {
	t.Parallel()
	checkDetails(t, []detailCase{
		{"Điền số tài khoản, số thẻ và mã OTP tại https://docs.google.com/forms/d/e/1FAIpQLSx/viewform", bot.CodeFormRequest,
			[]string{"docs[.]google[.]com/forms/d/e/1FAIpQLSx/viewform", `"ma otp"`, "on a form"},
			[]string{"docs[.]google[.]com/forms/d/e/1FAIpQLSx/viewform", `"ma otp"`, "qua biểu mẫu"}},
		{"Hồ sơ rút BHXH một lần đã duyệt, nhận tiền tại https://bhxh-nhantien.com", bot.CodeNotice,
			[]string{"official notice", "a social-insurance or benefit payout", `"rut bhxh mot lan"`, "bhxh-nhantien[.]com", `"bhxh"`},
			[]string{"thông báo chính thức", "rút BHXH, trợ cấp", `"rut bhxh mot lan"`, "bhxh-nhantien[.]com", `"bhxh"`}},
		{"https://dichvucong.gov-vn.online/ho-so", bot.CodeGovName,
			[]string{"government site", `"gov-vn"`, "dichvucong[.]gov-vn[.]online"},
			[]string{"cơ quan nhà nước", `"gov-vn"`, "dichvucong[.]gov-vn[.]online"}},
	})
}

// detailCase is a text, the code of the finding expected about it, and
// the words its detail must hold in English and in Vietnamese.
type detailCase struct {
	text   string
	code   bot.Code
	en, vi []string
}

// checkDetails judges each case on Telegram and checks that a finding of
// its code says each of its words in both languages.
func checkDetails(t *testing.T, cases []detailCase) {
	t.Helper()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range cases {
		v := judgeText(c, bot.Telegram, tc.text).Verdict
		var r *bot.Reason
		for i := range v.Reasons {
			if v.Reasons[i].Code == tc.code {
				r = &v.Reasons[i]
			}
		}
		if r == nil {
			t.Errorf("%q: no %s finding in %v", tc.text, tc.code, v.Reasons)
			continue
		}
		for _, w := range tc.en {
			if d := r.DetailIn(bot.English); !strings.Contains(d, w) {
				t.Errorf("%q: English detail %q lacks %q", tc.text, d, w)
			}
		}
		for _, w := range tc.vi {
			if d := r.DetailIn(bot.Vietnamese); !strings.Contains(d, w) {
				t.Errorf("%q: Vietnamese detail %q lacks %q", tc.text, d, w)
			}
		}
	}
}

// levelCase is a text and the level it must be judged at.
type levelCase struct {
	text string
	want bot.Level
}

// checkLevels judges each case on Telegram with the built-in brands. A
// case that wants Warn passes at Delete too when atLeastWarn.
func checkLevels(t *testing.T, atLeastWarn bool, cases []levelCase) {
	t.Helper()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range cases {
		v := judgeText(c, bot.Telegram, tc.text).Verdict
		if v.Level != tc.want && !(atLeastWarn && tc.want == bot.Warn && v.Level == bot.Delete) {
			t.Errorf("%q: %s (%.2f) %v, want %s", tc.text, v.Level, v.Score, v.Reasons, tc.want)
		}
	}
}

// TestFormRequests: a form anyone can make, in a message that asks for a
// password, an OTP, a bank card's number or a seed phrase in it, is
// deleted; one that gives a prize is warned about at least; forms for a trip, a
// survey, a scholarship's bank account or a student card are not flagged,
// nor a message that warns against giving a password or an OTP.
func TestFormRequests(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"Ngân hàng khảo sát, điền số tài khoản và mã OTP vào form https://docs.google.com/forms/d/e/1FAIpQLSx/viewform", bot.Delete},
		{"Verify your wallet: enter your seed phrase here https://forms.gle/AbCdEf123", bot.Delete},
		{"dien ten dang nhap va mat khau app ngan hang tai https://forms.office.com/r/AbC123", bot.Delete},
		{"Chúc mừng bạn trúng thưởng xe máy, điền form nhận thưởng https://docs.google.com/forms/d/1xYz/viewform", bot.Warn},
		{"Lớp mình điền form đi dã ngoại nhé https://docs.google.com/forms/d/e/1FAIpQLSy/viewform", bot.Allow},
		{"Form nhận học bổng: họ tên, MSSV, số tài khoản ngân hàng để trường chuyển tiền https://forms.gle/HocBong1", bot.Allow},
		{"Đăng ký BHYT sinh viên, ghi số thẻ BHYT cũ vào form https://forms.gle/Bhyt2024", bot.Allow},
		{"the otp docs are here https://docs.google.com/document/d/1abc/edit", bot.Allow},
		// a code sent to the phone, in other words
		{"Nhập số tài khoản và mã xác thực gửi về điện thoại vào https://forms.gle/AbCd123 để nhận tiền", bot.Delete},
		{"Enter your login and the 6-digit verification code we texted you at https://forms.gle/AbCd123", bot.Delete},
		{"Fill in card no., expiry and security code https://forms.gle/AbCd123", bot.Delete},
		// a warning against giving them, as banks and schools write
		// under a survey's form; a scam's "don't worry" is no warning
		{"Don't share your password with anyone! Survey: https://forms.gle/x1", bot.Allow},
		{"Tuyệt đối không cung cấp mật khẩu, mã OTP cho bất kỳ ai. Form góp ý: https://forms.gle/x1", bot.Allow},
		{"Không cần lo, điền mã OTP vào đây để nhận tiền https://forms.gle/x1", bot.Delete},
	})
}
