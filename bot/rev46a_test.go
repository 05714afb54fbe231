package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
	lurepkg "github.com/immunebot/immune/bot/lure"
)

// TestSupportToYou (rev46a): vi46 took "support" after "no longer",
// "will", "it" … for a member's verb, so "we no longer support your
// current login, sign in again at …" and "IT support: … your mailbox"
// lost their Staff word ("we no longer support your current login"
// beside a page on a free host, warned on main b240361, was allowed).
// "support" before "you" or "your" and "IT support" with no auxiliary
// before "it" are read as before; a member's "does it support my
// board?" is not.
func TestSupportToYou(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"we no longer support your current login sign in again", true},
		{"telegram will no longer support your account", true},
		{"we still support you", true},
		{"it support please re validate your mailbox", true},
		{"contact it support to unlock your mailbox", true},
		{"does it support my board", false},
		{"will it support windows on arm", false},
		{"it doesnt support klipper yet", false},
		{"we no longer support python 2", false},
	} {
		f := lurepkg.Find(tc.text)
		if got := f[lurepkg.Staff].Weight > 0; got != tc.want {
			t.Errorf("%q: staff found %v, want %v", tc.text, got, tc.want)
		}
	}
	c := bot.NewClassifier(bot.ClassifierConfig{})
	text := "We no longer support your current login, sign in again at https://portal-7731.netlify.app"
	if j := judgeText(c, bot.Telegram, text); j.Verdict.Level == bot.Allow {
		t.Errorf("%q: allowed (%.2f), want flagged: %v", text, j.Verdict.Score, j.Verdict.Reasons)
	}
}

// TestViSmishing46Benign (rev46a): messages of a busy Vietnamese group
// that vi46's rules warned — a shop's affiliate offer with its terms
// (tối đa, lấy mã, đơn đầu, khi mở thẻ) beside a shortener, with or
// without the shop's name in the short link's, a member passing a
// bank's notice on to the group ("mọi người xem hướng dẫn"), a member
// warning the group off a return by the day ("đừng tham gia"), a bond's
// or an insurer's guaranteed rate by the year ("cam kết lợi nhuận
// 9%/năm") — are not read by them.
func TestViSmishing46Benign(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range []string{
		"Shopee hoàn tiền 15% tối đa 100K cho đơn đầu tiên, lấy mã ở đây nhé: https://bit.ly/3kXyZpQ",
		"Lazada tặng bạn mới 100K khi mua đơn đầu, lấy mã tại https://bit.ly/lzd-newuser",
		"Tiki hoàn tiền 200K khi mở thẻ tín dụng liên kết, chi tiết https://bit.ly/tiki-the-td",
		"Lazada hoàn tiền 10% tối đa 200K cho người dùng mới, nhập mã ở link này https://bit.ly/lzd-hoan10",
		"Ngân hàng thông báo: từ 1/7 tài khoản chưa cập nhật sinh trắc học sẽ bị tạm dừng giao dịch online, mọi người xem hướng dẫn https://bit.ly/sinhtrachoc-huongdan",
		"Ai rủ đầu tư lãi 1%/ngày thì đừng tham gia nhé, toàn lừa cả đấy, đọc bài này: https://vietstock-blog.com/bai-hoc-dau-tu",
		"Trái phiếu doanh nghiệp cam kết lợi nhuận 9%/năm, đăng ký mua tại https://traiphieu-abc.com.vn/dang-ky",
	} {
		j := judgeText(c, bot.Telegram, text)
		if j.Verdict.Level != bot.Allow {
			t.Errorf("%q: %v (%.2f), want allowed: %v", text, j.Verdict.Level, j.Verdict.Score, j.Verdict.Reasons)
		}
		for _, r := range j.Verdict.Reasons {
			if k, _ := r.Explanation(); k == "short_bank" || k == "short_vi_prize" || k == "short_vi_prize_text" || k == "vi_invest" {
				t.Errorf("%q: read (%.2f): %v", text, j.Verdict.Score, r.Detail)
			}
		}
	}
}

// TestViEventNameEventFirst (rev46a): a game event's name run together
// with the event's word first (eventgarena.com, as the training lists'
// eventlienquanvn.com), allowed on main d8f5be6, is read by
// vi_event_name as garenaevent.com is.
func TestViEventNameEventFirst(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	text := "Nhận quà sự kiện Liên Quân cuối tuần, đăng nhập tại https://eventgarena.com"
	j := judgeText(c, bot.Telegram, text)
	read := false
	for _, r := range j.Verdict.Reasons {
		if k, _ := r.Explanation(); k == "vi_event_name" {
			read = true
		}
	}
	if j.Verdict.Level == bot.Allow || !read {
		t.Errorf("%q: %v (%.2f), want flagged with vi_event_name: %v", text, j.Verdict.Level, j.Verdict.Score, j.Verdict.Reasons)
	}
}
