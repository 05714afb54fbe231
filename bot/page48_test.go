package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestPlatformLures (page48): a platform page named for a task job or an
// investment group, or sent beside such a lure (a job's words with a
// money's rate, a fee asked), a form beside a work email's sign-in, a
// mailbox's re-validation or a bonus's claim, and a shortened link named
// for a payslip or a tax refund are flagged; all of them were allowed
// on main c4cbfc4 (the mailbox form warned by its words alone). Clubs',
// developers' and shops' groups and pages, a class's form, a survey, a
// scholarship's form asking for a bank account, a warning about a
// group, and a talk's or a guide's short link are not.
func TestPlatformLures(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"Nhận việc qua Telegram, mỗi ngày 400-800k: https://t.me/+viecnhe2026", bot.Delete},
		{"Tuyển 30 bạn làm online tại nhà, inbox page https://www.facebook.com/viec.lam.online.tai.nha.88", bot.Delete},
		{"Nhóm đầu tư coin lãi 3%/ngày: https://t.me/dautu_coin_vip_group", bot.Delete},
		{"fill in this form to receive your year-end bonus: https://docs.google.com/forms/d/e/1FAIpQLSe9xYz/viewform", bot.Warn},
		{"Tai lieu huong dan CTV: https://sites.google.com/view/ctv-nhan-don-2026", bot.Warn},
		{"nhan viec danh may tai nha: https://viec-danh-may.weebly.com/", bot.Warn},
		{"https://tinyurl.com/payslip-nov-2026", bot.Warn},
		{"https://is.gd/taxrefund2026", bot.Warn},
		{"IT department: re-validate your mailbox with your work email https://forms.office.com/r/Xk29aLmP", bot.Delete},
		{"Earn $300 a day with simple tasks, message our page https://www.facebook.com/quickcash.tasks.online", bot.Warn},
		{"Tham gia nhóm Golang Việt Nam: https://t.me/golangvn", bot.Allow},
		{"Shop mình freeship, ưu đãi 20% nè https://www.facebook.com/shopthoitrang.abc", bot.Allow},
		{"Đăng ký CLB Tin học tại đây https://forms.gle/AbC123", bot.Allow},
		{"Form nhận học bổng: số tài khoản ngân hàng để trường chuyển tiền https://forms.gle/HocBong2", bot.Allow},
		{"Slides from the talk: https://bit.ly/payroll-talk-slides", bot.Allow},
		{"Please RSVP for the team dinner: https://forms.office.com/r/Rsvp26", bot.Allow},
		{"Cảnh báo: trang https://www.facebook.com/viec.lam.online.tai.nha.88 lừa đảo việc nhẹ, đừng tin", bot.Allow},
		{"The Go jobs channel for Vietnam https://t.me/golang_jobs_vn", bot.Allow},
	})
}
