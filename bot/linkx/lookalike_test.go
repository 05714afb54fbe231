package linkx_test

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestLookalikeBrackets: a dot written inside one of Unicode's other
// brackets (full-width, tortoise-shell, quill, lenticular and the like),
// or a wide dot inside any bracket, is undone as [.] is: the link is read
// and is Disguised, not Defanged (analysts quote indicators with ASCII
// brackets). Text around such brackets that makes no link stays none.
func TestLookalikeBrackets(t *testing.T) {
	t.Parallel()
	links := []struct {
		name, text, host string
	}{
		{"full-width square", "claim at binance-airdrop［.］org now", "binance-airdrop.org"},
		{"tortoise shell", "metamask-verify〔.〕io", "metamask-verify.io"},
		{"quill", "free at nitro-drop⁅.⁆xyz/gift", "nitro-drop.xyz"},
		{"full-width paren", "go to paypal-help（.）com", "paypal-help.com"},
		{"full-width brace", "steam-gift｛.｝ru", "steam-gift.ru"},
		{"lenticular", "vietcombank-xacminh【.】com", "vietcombank-xacminh.com"},
		{"corner", "nhận quà tại shopee-tri-an「.」vip", "shopee-tri-an.vip"},
		{"ornate", "airdrop❨.❩top", "airdrop.top"},
		{"every dot", "login［.］secure-paypal［.］co［.］uk/x", "login.secure-paypal.co.uk"},
		{"dot word", "evil［dot］com", "evil.com"},
		{"wide dot in ascii brackets", "evil[。]com", "evil.com"},
		{"wide dot in wide brackets", "evil［．］com", "evil.com"},
		{"mixed brackets", "evil［.]com", "evil.com"},
		{"spaced", "visit evil ［.］ com today", "evil.com"},
		{"scheme colon", "https〔:〕//evil〔.〕com/a", "evil.com"},
	}
	for _, tc := range links {
		ls := linkx.Extract(tc.text, nil)
		if len(ls) != 1 || ls[0].Host != tc.host {
			t.Errorf("%s: Extract(%q) = %+v, want one link to %s", tc.name, tc.text, ls, tc.host)
			continue
		}
		if !ls[0].Disguised || ls[0].Defanged {
			t.Errorf("%s: %q Disguised %v Defanged %v, want true false", tc.name, tc.text, ls[0].Disguised, ls[0].Defanged)
		}
	}
	none := []string{
		"请看文档（第3节）。谢谢",
		"【通知】明天放假。",
		"Cảm ơn bạn（nhiều）",
		"Giá ［tạm tính］ 100k",
		"tỷ số 3（.）2",
		"xong rồi。vậy nhé",
		"the result［.］was fine",
		"section（.）",
		"„.“ quoted",
		"word„.“com", // low-9 quotes open, they do not close as brackets
	}
	for _, text := range none {
		if ls := linkx.Extract(text, nil); len(ls) != 0 {
			t.Errorf("Extract(%q) = %+v, want none", text, ls)
		}
	}
	if _, k := linkx.Refang("evil［.］com"); k != linkx.KindDefanged {
		t.Errorf("Refang(evil［.］com) kind %v, want KindDefanged", k)
	}
}
