package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestBizNames (bizword48): a bare name made of the scam economy's words
// with no brand in it (an investment or mining platform, a task job, an
// instant loan, a prize wheel, in English or Vietnamese syllables) is
// flagged; the six bare names were allowed on main f926295 (the
// Vietnamese task lure was deleted there by its words, and its name
// defanged in a warning below stays allowed). A firm's own name
// run together (signalfx, personalcapital), a name beside a word of
// another trade (news, blog, calculator, a warning about scams), a
// community's job board and an exchange's earn page are not, nor such a
// name defanged in a warning.
func TestBizNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"yield-farm-profit.com", bot.Warn},
		{"stable-roi-invest.net", bot.Warn},
		{"usdt-order-task.com", bot.Warn},
		{"quick-payday-loans-online.com", bot.Warn},
		{"remote-typing-jobs-daily.com", bot.Warn},
		{"lucky-wheel-prize.top", bot.Delete},
		{"lam nhiem vu nhan hoa hong moi ngay tai https://kiem-tien-nhanh.com", bot.Delete},
		{"signalfx.com", bot.Allow},
		{"personalcapital.com", bot.Allow},
		{"crypto-news-daily.com", bot.Allow},
		{"job-scam-alert.org", bot.Allow},
		{"remote-jobs-blog.dev", bot.Allow},
		{"mortgage-loan-calculator.com", bot.Allow},
		{"northwind-capital.com", bot.Allow},
		{"elixir-jobs.org", bot.Allow},
		{"https://earn.nexo.com/", bot.Allow},
		{"warning: kiem-tien-nhanh[.]com is a task scam, do not join", bot.Allow},
	})
}
