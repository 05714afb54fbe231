package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestLookalikeBracketLinks: a link whose dots are written inside one of
// Unicode's lookalike brackets (［.］, 〔.〕, ⁅.⁆, （.）, ｛.｝, 【.】) or
// as a wide dot inside brackets ([。]) is judged as the same link written
// with [.]: on 7456297 each was not read as a link at all and passed.
// Chinese, Japanese and Vietnamese text with those brackets and full
// stops holds no link and passes.
func TestLookalikeBracketLinks(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	shapes := []string{
		"claim at binance-airdrop%sorg before it ends",
		"verify now: metamask-verify%sio",
		"Tài khoản của bạn bị khóa, xác minh tại vietcombank-xacminh%scom",
		"free nitro for everyone discord-gift%sru/claim",
	}
	for _, shape := range shapes {
		want := judgeText(c, bot.Telegram, strings.Replace(shape, "%s", "[.]", 1)).Verdict
		if want.Level == bot.Allow {
			t.Fatalf("%q with [.] is allowed", shape)
		}
		for _, dot := range []string{"［.］", "〔.〕", "⁅.⁆", "（.）", "｛.｝", "【.】", "[。]", "［．］", " ［.］ "} {
			text := strings.Replace(shape, "%s", dot, 1)
			v := judgeText(c, bot.Telegram, text).Verdict
			if v.Level != want.Level || !hasReason(v, bot.CodeDisguised) {
				t.Errorf("%q: %s (%.2f) %v, want %s with disguised_link as [.] reads", text, v.Level, v.Score, v.Reasons, want.Level)
			}
		}
	}
	for _, text := range []string{
		"请看文档（第3节）。谢谢大家【通知】明天放假。",
		"今日はいい天気ですね。ファイル（.）txtを開いて",
		"Cảm ơn bạn（nhiều）。Giá ［tạm tính］ 100k, tỷ số 3（.）2",
		"the result［.］was fine, see section（2）.",
	} {
		if v := judgeText(c, bot.Telegram, text).Verdict; v.Level != bot.Allow || len(v.Reasons) > 0 {
			t.Errorf("%q: %s %v, want a clean allow", text, v.Level, v.Reasons)
		}
	}
}

// hasReason reports whether a verdict gives a reason of the code.
func hasReason(v bot.Verdict, code bot.Code) bool {
	for _, r := range v.Reasons {
		if r.Code == code {
			return true
		}
	}
	return false
}
