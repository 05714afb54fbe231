package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// lureDetail returns the explanation of v's lure reason in a language,
// and whether it has one.
func lureDetail(v bot.Verdict, l bot.Lang) (string, bool) {
	for _, r := range v.Reasons {
		if r.Code == bot.CodeLure {
			return r.DetailIn(l), true
		}
	}
	return "", false
}

// TestMildLureWordsNamed: a mild lure word ("ưu đãi", "voucher",
// "free") beside a link the link model doubts moves the message stage
// (here from allowed to deleted), and the lure reason names it, as the
// message writes it (diacritics kept, lower-cased) in English and in
// Vietnamese; a strong phrase is named first. Where the word weighs
// nothing (beside an ordinary link; one mild word in plain English chat,
// which plainMildWord sets aside) there is no lure reason. Beside a file
// alone, the hand weights name the mild words beside a strong phrase.
func TestMildLureWordsNamed(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	const odd = "http://gardenclub.com/chase/index.html" // the link model alone: just over the warn line
	named := []struct {
		text, en, vi string
	}{
		{"Ưu đãi tháng này " + odd, `lure words: a free gift ("ưu đãi")`, `từ ngữ dụ dỗ: quà tặng miễn phí ("ưu đãi")`},
		{"your VOUCHER " + odd, `lure words: a free gift ("voucher")`, `từ ngữ dụ dỗ: quà tặng miễn phí ("voucher")`},
		{"Khuyến  Mãi: " + odd, `lure words: a free gift ("khuyến mãi")`, `từ ngữ dụ dỗ: quà tặng miễn phí ("khuyến mãi")`},
		{"Verify your account now, wallet " + odd, `lure words: a login or verify request ("verify your account"), a crypto or wallet lure ("wallet")`, ""},
	}
	for _, tc := range named {
		v := judgeText(c, bot.Telegram, tc.text).Verdict
		if v.Level == bot.Allow {
			t.Errorf("%q: %s (%.2f) %v, want flagged", tc.text, v.Level, v.Score, codes(v))
		}
		en, ok := lureDetail(v, bot.English)
		if !ok || en != tc.en {
			t.Errorf("%q: lure %q (%v), want %q", tc.text, en, codes(v), tc.en)
		}
		if vi, _ := lureDetail(v, bot.Vietnamese); tc.vi != "" && vi != tc.vi {
			t.Errorf("%q: Vietnamese lure %q, want %q", tc.text, vi, tc.vi)
		}
	}
	for _, text := range []string{
		"ưu đãi https://www.google.com/maps",
		"Ưu đãi hoàn tiền 10% tại https://shopee.vn/m/uu-dai",
		"download page " + odd,
	} {
		v := judgeText(c, bot.Telegram, text).Verdict
		if d, ok := lureDetail(v, bot.English); ok {
			t.Errorf("%q: %s (%.2f) lure %q, want no lure reason", text, v.Level, v.Score, d)
		}
	}
	// beside a file alone the hand weights count the mild word with the
	// strong phrase (0.6, not 0.5): named too
	m := bot.Message{ID: "x", Platform: bot.Telegram, Chat: "c", User: "u", Time: t0, MemberSince: t0.AddDate(-1, 0, 0),
		Text: "free nitro for everyone, open the wallet", Attachments: []bot.Attachment{{Name: "setup.exe"}}}
	want := `lure words: a free gift ("free nitro"), a crypto or wallet lure ("wallet")`
	if d, _ := lureDetail(c.Classify(&m, bot.Hints{}).Verdict, bot.English); d != want {
		t.Errorf("%q beside a file: lure %q, want %q", m.Text, d, want)
	}
	// alone the link is allowed: the mild word is what flags it
	if v := judgeText(c, bot.Telegram, odd).Verdict; v.Level != bot.Allow {
		t.Errorf("%q alone: %s (%.2f), want allowed", odd, v.Level, v.Score)
	}
}

// TestLureWordsAsWritten: a lure phrase is named as the message writes
// it when its words are there, in composed form (tones typed apart
// joined to their letters) and lower-cased; a phrase read only through
// leetspeak keeps its folded form.
func TestLureWordsAsWritten(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range []struct{ text, want string }{
		{"Nhận Quà Tặng miễn phí tại https://qua-tang-tri-an.xyz/nhan", "quà tặng miễn phí"},
		{"Nha\u0323\u0302n qua\u0300 ta\u0306\u0323ng tại https://qua-tang-tri-an.xyz/nhan", "nhận quà"},
		{"fr33 n1tro for everyone https://dlscord-gift.com/claim", "free nitro"},
		{"FREE NITRO for everyone https://dlscord-gift.com/claim", "free nitro"},
	} {
		v := judgeText(c, bot.Telegram, tc.text).Verdict
		d, ok := lureDetail(v, bot.English)
		if !ok || !strings.Contains(d, `"`+tc.want+`"`) {
			t.Errorf("%q: lure %q (%v), want it to name %q", tc.text, d, codes(v), tc.want)
		}
	}
}
