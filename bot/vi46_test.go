package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
	lurepkg "github.com/immunebot/immune/bot/lure"
)

// TestViPublisherSites (vi46): a member sending the group to a game
// publisher's own top-up or account site (Garena's napthe.vn, deleted on
// main b240361: the link model and the domain words read "napthe" as a
// top-up scam's name) is allowed, while top-up scams' names built on the
// same stem stay flagged.
func TestViPublisherSites(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range []string{
		"Nạp kim cương FF ở trang chính thức cho chắc: https://napthe.vn/app/100067/idlogin",
		"Khuyến mãi nạp thẻ Garena, nạp ở napthe.vn cho an toàn",
		"Nạp thẻ game ở https://shop.vnggames.com/vn nhé",
		"Mua Vcoin ở https://vtcgame.vn",
	} {
		if j := judgeText(c, bot.Telegram, text); j.Verdict.Level != bot.Allow {
			t.Errorf("%q: %v (%.2f), want allowed: %v", text, j.Verdict.Level, j.Verdict.Score, j.Verdict.Reasons)
		}
	}
	for _, text := range []string{
		"https://napthe-ff.vn nạp kim cương giá rẻ",
		"https://napkimcuong-freefire.com nhận ngay kim cương",
		"shopnapthe24h.xyz nạp thẻ giảm 50%",
		"Nạp thẻ Garena x2 kim cương tại https://napthe.vn.garena-event.com",
	} {
		if j := judgeText(c, bot.Telegram, text); j.Verdict.Level == bot.Allow {
			t.Errorf("%q: allowed (%.2f), want flagged", text, j.Verdict.Score)
		}
	}
}

// TestPlainSupport (vi46): "support" said as a verb and "urgent" before a
// question are no lure words ("does the new version still support my
// board?", warned on main beside a project's page on a free host), while
// an impersonator's "Support team", "contact support" and an urgent
// notice stay lures.
func TestPlainSupport(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		text string
		cat  lurepkg.Category
		want bool
	}{
		{"does the new version still support my board?", lurepkg.Staff, false},
		{"it doesn't support ARM", lurepkg.Staff, false},
		{"they dropped support for armv7", lurepkg.Staff, false},
		{"urgent question about klipper", lurepkg.AccountLock, false},
		{"contact support to restore access", lurepkg.Staff, true},
		{"reach out to support now", lurepkg.Staff, true},
		{"urgent: verify now", lurepkg.AccountLock, true},
	} {
		f := lurepkg.Find(tc.text)
		if got := f[tc.cat].Weight > 0; got != tc.want {
			t.Errorf("%q: %v found %v, want %v", tc.text, tc.cat, got, tc.want)
		}
	}
	c := bot.NewClassifier(bot.ClassifierConfig{})
	text := "urgent question about Marlin myprinter-docs.firebaseapp.com — does the new version still support my board?"
	if j := judgeText(c, bot.Telegram, text); j.Verdict.Level != bot.Allow {
		t.Errorf("%q: %v (%.2f), want allowed: %v", text, j.Verdict.Level, j.Verdict.Score, j.Verdict.Reasons)
	}
}

// TestViSmishing46 (vi46): Vietnamese smishing allowed on main b240361 —
// a bank's notice signed with no bank's name beside a shortener, a
// wallet's or a shop's prize in a short link's name or in the text, a
// publisher's name with a game event's word on a stranger's name, an
// investment's return promised by the day — is flagged with the finding
// that reads it, in English and in Vietnamese.
func TestViSmishing46(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range []struct{ text, key, vi string }{
		{"Ngân hàng thông báo khóa tài khoản của quý khách, xác minh ngay: bit.ly/3xKq9Pz",
			"opens as a bank's notice", "mở đầu như thông báo của ngân hàng"},
		{"[ViettelMoney] Quà tặng 500.000đ cho thuê bao của bạn, nhận ngay: https://bit.ly/vtmoney-qua500",
			"joins vtmoney to qua", "ghép vtmoney với qua"},
		{"Shopee hoàn tiền 250.000đ cho đơn hàng của bạn, bấm vào: https://shorturl.at/shp250k",
			"speaks for shopee and holds out a refund", "nhân danh shopee"},
		{"Đăng nhập nhận quà sự kiện: https://ff-sukien.vnggames-event.com",
			"joins vnggames to event", "ghép vnggames với event"},
		{"App đầu tư chứng khoán lãi 3%/ngày, tải app tại https://vnstock-invest.com",
			"return (3%) by the day", "lợi nhuận đầu tư (3%)"},
		// no lure word of the lists beside them: read all the same
		{"Viettel Money lì xì 200K cho thuê bao của bạn, bấm nhận: https://t.ly/vtmoney-lixi",
			"joins vtmoney to lixi", "ghép vtmoney với lixi"},
		{"Sàn chứng khoán quốc tế cam kết lãi 20%/tháng, đăng ký: https://bit.ly/san-ck-vip",
			"return (20%)", "lợi nhuận đầu tư (20%)"},
	} {
		wantFlaggedWithDetail(t, c, tc.text, tc.key, tc.vi)
	}
}

// TestViSmishing46NotRead (vi46): a member of their own bank account, a
// warning about the scam, a referral link, a shop's sale, a publisher's
// own event site, a stock's move and a card's late fee by the day are
// not read by vi46's rules.
func TestViSmishing46NotRead(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range []string{
		"Ngân hàng của mình bị khóa tài khoản do nhập sai, ai biết xác minh lại thế nào không? bit.ly/hd-mokhoa",
		"Cảnh báo lừa đảo: Ngân hàng không gửi link xác minh tài khoản, đừng bấm bit.ly/abc123",
		"Ngân hàng hướng dẫn cập nhật thông tin sinh trắc học trước 1/1, xem bit.ly/hd-sinhtrac",
		"MoMo tặng bạn 100K khi mở ví bằng link giới thiệu của mình nè: https://bit.ly/momo-moi-ban",
		"Shopee sale 12.12 hoàn tiền 100K, voucher ở đây: https://bit.ly/shopee1212",
		"Sự kiện Liên Quân tháng này: https://lienquan.garena.vn/su-kien",
		"Cổ phiếu FPT tăng trần 7%/ngày hai phiên liền, bài phân tích đầu tư: https://f319.com/threads/fpt.123",
		"Thẻ tín dụng phạt lãi chậm trả 0,05%/ngày, đầu tư gì cũng phải trả nợ trước: https://bit.ly/the-tin-dung",
		"Bài tập tài chính: tính lãi 1%/ngày trong 30 ngày cho khoản đầu tư 10 triệu https://bit.ly/bt-taichinh",
		"Sự kiện offline VNG ở Sài Gòn, đăng ký tại https://vng-event-hcm.vn",
	} {
		j := judgeText(c, bot.Telegram, text)
		for _, r := range j.Verdict.Reasons {
			if k, _ := r.Explanation(); k == "short_bank" || k == "short_vi_prize" || k == "short_vi_prize_text" ||
				k == "vi_event_name" || k == "vi_invest" {
				t.Errorf("%q: read (%.2f): %v", text, j.Verdict.Score, r.Detail)
			}
		}
	}
}
