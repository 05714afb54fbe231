package linkx_test

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// extractTexts are what Extract reads in chat: plain English and
// Vietnamese, Chinese and Japanese with full-width punctuation (the runes
// refang looks at twice), a link, and links disguised with [.] and with
// Unicode's lookalike brackets.
var extractTexts = []struct{ name, text string }{
	{"plain", "Tối nay cả nhà ăn lẩu nhé. Ai mang bánh? ok see you at 7 🍲"},
	{"cjk", "请看文档（第3节）。谢谢大家！【通知】明天放假，「重要」请查看邮件。今日はいい天気ですね。"},
	{"link", "the docs are at https://go.dev/doc/effective_go#names, see the part on getters"},
	{"defanged", "seen in our logs: hxxps://evil-login[.]com/verify, blocked at the proxy"},
	{"lookalike", "claim at binance-airdrop［.］org and metamask-verify〔.〕io before it ends"},
}

// BenchmarkExtract reads each text's links with a reused buffer; a text
// without a link allocates nothing.
func BenchmarkExtract(b *testing.B) {
	for _, tc := range extractTexts {
		b.Run(tc.name, func(b *testing.B) {
			var buf [4]linkx.Link
			b.ReportAllocs()
			for b.Loop() {
				linkx.Extract(tc.text, buf[:0])
			}
		})
	}
}
