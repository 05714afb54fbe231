package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestPrizeForms: a prize with a form and nothing else is warned about
// (the prize's words and the form's finding are one piece of evidence),
// a form that also asks for a secret is deleted; the Vietnamese prize
// wordings of "lucky customers" and programs of thanks are read as
// prizes, a class's gift of thanks to its teachers and a raffle still to
// come are not, and a form under "don't put your password in it" does
// not ask for one. Made-up form codes, none in the measurement sets.
func TestPrizeForms(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range []struct {
		text string
		want bot.Level
	}{
		{"Chúc mừng quý khách là khách hàng may mắn nhận phần quà tri ân, điền thông tin tại https://forms.gle/Kh4ch5ang", bot.Warn},
		{"Bạn được chọn nhận quà trong chương trình tri ân người dùng, đăng ký tại https://forms.gle/Tr1anNd", bot.Warn},
		{"Chúc mừng bạn đã trúng thưởng iPhone 15, điền form nhận quà https://forms.gle/Ip15Prize", bot.Warn},
		{"Congratulations, you were selected to receive a free gift card, claim it on https://forms.gle/GiftSel1", bot.Warn},
		{"Chúc mừng bạn trúng thưởng, điền số tài khoản và mã OTP vào form https://forms.gle/Otp9Prize", bot.Delete},
		{"Lớp mình góp quà tri ân thầy cô 20/11, mọi người điền form https://forms.gle/Lop20thang11", bot.Allow},
		{"Form đăng ký hội thao công ty, cuối buổi có bốc thăm trúng thưởng https://forms.gle/HoiThaoCty", bot.Allow},
		{"form for the guest wifi, don't put your current password in it https://forms.gle/GuestWifi1", bot.Allow},
	} {
		if v := judgeText(c, bot.Telegram, tc.text).Verdict; v.Level != tc.want {
			t.Errorf("%q: %s (%.2f) %v, want %s", tc.text, v.Level, v.Score, v.Reasons, tc.want)
		}
	}
}
