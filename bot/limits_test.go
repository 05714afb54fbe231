package bot_test

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// manyLinks returns a text of about size bytes made of distinct bare links
// (about 19 bytes each), the way a flood of links is pasted, after the
// words before them.
func manyLinks(words string, size int) string {
	var b strings.Builder
	b.Grow(size + 64)
	b.WriteString(words)
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, " s%d.example.io/x", i)
	}
	return b.String()
}

// allocated returns the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

func TestManyLinksAreCappedAndSaid(t *testing.T) {
	c := bot.NewClassifier(bot.ClassifierConfig{})
	text := manyLinks("free nitro, claim it now: https://dlscord.com/gift", 1<<20)
	m := bot.Message{ID: "1", Platform: bot.Discord, Chat: "c", User: "u", Time: t0, Text: text}
	var j bot.Judgement
	got := allocated(func() { j = c.Classify(&m, bot.Hints{}) })
	if len(j.Links) != bot.MaxLinks {
		t.Errorf("%d links judged, want the cap %d", len(j.Links), bot.MaxLinks)
	}
	if !j.Verdict.Has(bot.CodeLookalike) || j.Verdict.Level != bot.Delete {
		t.Errorf("the threat among the first links: %v %v", j.Verdict.Level, codes(j.Verdict))
	}
	detail := reasonDetail(j.Verdict, bot.CodeTooManyLinks)
	if !strings.Contains(detail, fmt.Sprintf("more than %d links", bot.MaxLinks)) {
		t.Errorf("the cap is not stated: %q", detail)
	}
	// Removing the links one at a time from a 1 MB text allocated 24 GB;
	// one pass allocates a few copies of the text and the judged links.
	t.Logf("a 1 MB message of %d+ links: %d MB allocated", bot.MaxLinks, got>>20)
	if got > 32<<20 {
		t.Errorf("a 1 MB message of many links allocated %d MB", got>>20)
	}
}

func TestLinksPastTheCapAreNotVouchedFor(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	refs := make([]bot.LinkRef, 25000)
	for i := range refs {
		refs[i] = bot.LinkRef{Text: "docs", URL: fmt.Sprintf("https://docs%d.example.org/", i)}
	}
	refs[len(refs)-1] = bot.LinkRef{Text: "docs", URL: "https://dlscord.com/gift"} // past the cap
	files := make([]bot.Attachment, 25000)
	for i := range files {
		files[i] = bot.Attachment{Name: fmt.Sprintf("photo%d.jpg", i), MIME: "image/jpeg", Size: 1000}
	}
	files[len(files)-1] = bot.Attachment{Name: "setup.exe", MIME: "application/x-msdownload"}
	for _, tc := range []struct {
		name string
		m    bot.Message
		want string
	}{
		{"carried links", bot.Message{Text: "see these", Links: refs}, fmt.Sprintf("more than %d links", bot.MaxLinks)},
		{"files", bot.Message{Text: "photos", Attachments: files}, fmt.Sprintf("25000 files; only the first %d", bot.MaxAttachments)},
		{"text links", bot.Message{Text: manyLinks("look", 40000) + " dlscord.com/gift"}, "links; only the first"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := c.Classify(&tc.m, bot.Hints{}).Verdict
			if v.Level != bot.Warn || v.Has(bot.CodeLookalike) || v.Has(bot.CodeDangerousFile) {
				t.Errorf("%v %v: want a warning for what was not read, and nothing read past the cap", v.Level, codes(v))
			}
			if d := reasonDetail(v, bot.CodeTooManyLinks); !strings.Contains(d, tc.want) {
				t.Errorf("detail %q, want it to say %q", d, tc.want)
			}
		})
	}
}

func TestAtTheCapNothingIsSaid(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	var b strings.Builder
	for i := 0; i < bot.MaxLinks; i++ {
		fmt.Fprintf(&b, "https://github.com/o/r%d\n", i)
	}
	m := bot.Message{Text: b.String(), Attachments: make([]bot.Attachment, bot.MaxAttachments)}
	for i := range m.Attachments {
		m.Attachments[i] = bot.Attachment{Name: "a.jpg", MIME: "image/jpeg"}
	}
	j := c.Classify(&m, bot.Hints{})
	if len(j.Links) != bot.MaxLinks || j.Verdict.Has(bot.CodeTooManyLinks) {
		t.Errorf("%d links, %v: a message at the cap is judged whole", len(j.Links), codes(j.Verdict))
	}
}

// TestWordsBetweenManyLinks checks that the words of a message are read
// without its links, wherever they stand, disguised or not.
func TestWordsBetweenManyLinks(t *testing.T) {
	h := newHarness(t, bot.DefaultConfig())
	// the same words around different disguised links in three chats: the
	// words alone carry the spread
	for i, chat := range []string{"a", "b", "c"} {
		text := fmt.Sprintf("verify your account hxxps://x%d-login[.]top/a now or it is locked y%d-safe[.]top today", i, i)
		d := h.send(msg{chat: chat, user: "spray", text: text})
		if i == 2 && !d.User.Compromised {
			t.Fatalf("same words, rotating disguised links: %v %v", codes(d.Verdict), d.User)
		}
	}
}

func TestEngineManyLinksMessage(t *testing.T) {
	h := newHarness(t, bot.DefaultConfig())
	text := manyLinks("free gift https://dlscord.com/gift", 1<<20)
	var d bot.Decision
	got := allocated(func() { d = h.send(msg{chat: "a", user: "flood", text: text}) })
	if d.Verdict.Level != bot.Delete || !d.Verdict.Has(bot.CodeTooManyLinks) {
		t.Errorf("%v %v", d.Verdict.Level, codes(d.Verdict))
	}
	t.Logf("engine and store: %d MB allocated", got>>20)
	if got > 64<<20 {
		t.Errorf("judging and recording a 1 MB message of many links allocated %d MB", got>>20)
	}
	// the same flood into two more chats is a fan-out, found in one pass
	h.send(msg{chat: "b", user: "flood", text: text})
	d = h.send(msg{chat: "c", user: "flood", text: text})
	if !d.User.Compromised || len(d.Sweep) != 2 {
		t.Errorf("flood in three chats: compromised=%v sweep=%v", d.User.Compromised, d.Sweep)
	}
}

func reasonDetail(v bot.Verdict, c bot.Code) string {
	for _, r := range v.Reasons {
		if r.Code == c {
			return r.Detail
		}
	}
	return ""
}

// TestCarriedLinkWithSpacesIsJudged: a button or embed whose target has
// white space or invisible characters before it is judged all the same.
func TestCarriedLinkWithSpacesIsJudged(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, u := range []string{" https://dlscord.com/gift", "\thttps://dlscord.com/gift", "\u200bhttps://dlscord.com/gift", "hxxps://dlscord[.]com/gift"} {
		m := bot.Message{Text: "claim", Links: []bot.LinkRef{{Text: "Claim", URL: u}}}
		if v := c.Classify(&m, bot.Hints{}).Verdict; v.Level == bot.Allow || !v.Has(bot.CodeLookalike) {
			t.Errorf("carried %q: %v %v", u, v.Level, codes(v))
		}
	}
}
