package bot

import (
	"strings"
	"testing"
	"time"
)

// Every reason detail, and every piece a detail is built from, has an
// English and a Vietnamese text.
func TestDetailsInBothLanguages(t *testing.T) {
	for k := range englishDetails {
		if vietnameseDetails[k] == "" {
			t.Errorf("detail %q has no Vietnamese text", k)
		}
	}
	for k := range vietnameseDetails {
		if englishDetails[k] == "" {
			t.Errorf("detail %q has no English text", k)
		}
	}
	if vietnamese.units == ([3][2]string{}) || vietnamese.ages == ([5]string{}) {
		t.Error("Vietnamese durations are missing")
	}
}

// The evidence stored with a compromised mark is in no language: each
// reader gets it in theirs. Evidence stored in English by an older version
// is shown as it was written.
func TestCompromisedEvidenceInTheReadersLanguage(t *testing.T) {
	ev := fanOutEvidence("link", 3, 10*time.Minute)
	r := handRule(CodeCompromised, 0.97, "", say2("compromised", "2026-10-01T12:00:00Z", ev))
	en, vi := r.DetailIn(English), r.DetailIn(Vietnamese)
	if !strings.Contains(en, "the same link in 3 chats within 10 minutes") {
		t.Errorf("English: %q", en)
	}
	if !strings.Contains(vi, "cùng một liên kết vào 3 nhóm trong vòng 10 phút") {
		t.Errorf("Vietnamese: %q", vi)
	}
	// the time as people read it, as /why and the audit write theirs
	if !strings.Contains(en, "marked compromised on 2026-10-01 12:00 UTC:") || !strings.Contains(vi, "lúc 2026-10-01 12:00 UTC:") {
		t.Errorf("the time of the mark: %q, %q", en, vi)
	}
	for _, w := range []string{"same", "chats", "within", "minutes", "link"} {
		if strings.Contains(vi, w) {
			t.Errorf("Vietnamese evidence carries the English %q: %q", w, vi)
		}
	}
	// written by an earlier version, what was spread with its target
	for _, ev := range []string{"fan_out link (photo-album-share[.]xyz/p/8812) 3 10", "fan_out text with a link 3 10"} {
		r := handRule(CodeCompromised, 0.97, "", say2("compromised", "2026-10-01T12:00:00Z", ev))
		if vi := r.DetailIn(Vietnamese); !strings.Contains(vi, "vào 3 nhóm trong vòng 10 phút") || strings.Contains(vi, "fan_out") {
			t.Errorf("evidence %q in Vietnamese: %q", ev, vi)
		}
		f := handRule(CodeFanOut, 0.97, "", say2("fan_out", strings.TrimSuffix(strings.TrimPrefix(ev, "fan_out "), " 3 10"), "3", "10"))
		if en := f.DetailIn(English); !strings.Contains(en, "posted the same link in 3 chats") && !strings.Contains(en, "posted the same text carrying a link in 3 chats") {
			t.Errorf("fan-out reason %q in English: %q", ev, en)
		}
	}
	old := handRule(CodeCompromised, 0.97, "", say2("compromised", "2026-10-01T12:00:00Z", "the same link in 3 chats within 10 minutes"))
	if !strings.Contains(old.DetailIn(Vietnamese), "the same link in 3 chats") {
		t.Errorf("evidence stored in English is lost: %q", old.DetailIn(Vietnamese))
	}
}

func TestTooManyInBothLanguages(t *testing.T) {
	r := tooMany(true, 130)
	en, vi := r.DetailIn(English), r.DetailIn(Vietnamese)
	if en != "the message carries more than 1000 links; only the first 1000 were checked, and 130 files; only the first 100 were checked" {
		t.Errorf("English: %q", en)
	}
	if vi != "tin nhắn mang hơn 1000 liên kết; chỉ 1000 liên kết đầu tiên được kiểm tra, và 130 tệp; chỉ 100 tệp đầu tiên được kiểm tra" {
		t.Errorf("Vietnamese: %q", vi)
	}
	files := tooMany(false, 101)
	if got := files.DetailIn(Vietnamese); strings.Contains(got, "liên kết") || !strings.Contains(got, "101 tệp") {
		t.Errorf("files only: %q", got)
	}
}

func TestDurationsInBothLanguages(t *testing.T) {
	for _, c := range []struct {
		d      time.Duration
		en, vi string
	}{
		{10 * time.Minute, "10 minutes", "10 phút"},
		{time.Minute, "1 minute", "1 phút"},
		{24 * time.Hour, "24 hours", "24 giờ"},
		{30 * 24 * time.Hour, "30 days", "30 ngày"},
	} {
		if got := humanIn(English, c.d); got != c.en {
			t.Errorf("%v in English: %q", c.d, got)
		}
		if got := humanIn(Vietnamese, c.d); got != c.vi {
			t.Errorf("%v in Vietnamese: %q", c.d, got)
		}
	}
}

// TestDisguiseSaysAnAudioFile: an English reason and notice about a
// program disguised as a song say "an audio file", not "a audio file".
func TestDisguiseSaysAnAudioFile(t *testing.T) {
	c := NewClassifier(ClassifierConfig{})
	m := Message{ID: "x", Platform: Telegram, Chat: "c", User: "u", Time: time.Now(), Text: "nghe đi",
		Attachments: []Attachment{{Name: "voice.mp3.exe"}}}
	v := c.Classify(&m, Hints{}).Verdict
	said := english.notice("Lan", true, &v)
	for _, r := range v.Reasons {
		said += "\n" + r.DetailIn(English)
	}
	if !strings.Contains(said, "disguised as an audio file") || strings.Contains(said, "a audio") {
		t.Errorf("English texts:\n%s\nwant 'disguised as an audio file'", said)
	}
	for _, d := range []string{"photo", "video", "document"} {
		if !strings.HasPrefix(english.decoyWhat[d], "a ") {
			t.Errorf("decoyWhat[%q] = %q, want it after its article", d, english.decoyWhat[d])
		}
	}
}
