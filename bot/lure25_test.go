package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestMoneyLures: a bonus, rewards or a refund held out beside a link the
// link model half suspects tips it over, as a prize or a reward does. On
// 7456297 the first two were allowed, the next two warned (0.65, 0.70),
// and the Vietnamese refund warned with less weight (0.59, now 0.78).
func TestMoneyLures(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range []struct {
		text string
		want bot.Level
	}{
		// model36: allowed at 0.32, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"collect your rewards https://oakmeadowtrading.com/badge/st.html", bot.Allow},
		{"Your refund is ready, get it here https://drive.google.com/file/d/1xQ8aZpLmN3vR7tY2uW9kE4bH6cJ0fGdS", bot.Warn},
		{"daily rewards are live kelvara.top", bot.Delete},
		{"tax refund available, submit at harbourline-logistics.com", bot.Delete},
		{"Bạn được hoàn tiền 500.000đ, nhận tại cloudsyncpays.online", bot.Warn},
	} {
		if v := judgeText(c, bot.Telegram, tc.text).Verdict; v.Level < tc.want {
			t.Errorf("%q: %s (%.2f) %v, want %s", tc.text, v.Level, v.Score, v.Reasons, tc.want)
		}
	}
	// the same words in a shop's or a bank's own message stay allowed
	for _, text := range []string{
		"[Techbank] Ưu đãi hoàn tiền 10% khi thanh toán thẻ tại siêu thị, xem chi tiết https://techcombank.com/khach-hang-ca-nhan/uu-dai",
		"the refund policy is at https://www.apple.com/shop/help/returns_refund",
		"bonus: the docs at https://go.dev/doc explain it",
		"Starbucks rewards page https://www.starbucks.com/rewards is down for me",
	} {
		if v := judgeText(c, bot.Telegram, text).Verdict; v.Level != bot.Allow {
			t.Errorf("%q: %s (%.2f) %v, want allow", text, v.Level, v.Score, v.Reasons)
		}
	}
}
