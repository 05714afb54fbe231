package bot_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/bot/brand"
)

// fixedReporter reports the same health every time.
type fixedReporter []bot.FeedHealth

func (f fixedReporter) FeedHealth() []bot.FeedHealth { return f }

func TestEngineFeeds(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	urls := bot.NewFeedListBuilder("urlhaus")
	urls.AddURL(bot.BlockList, "https://github.com/evil/tool/raw/main/stealer.exe")
	h.engine.SetFeeds(bot.NewFeedSet(
		feedList(t, "discord-antiscam", bot.BlockList, "free-nitro-drop.com", "docs.google.com", "discord.com"),
		urls.Build(),
		feedList(t, "", bot.BlockList, "blocked-by-operator.net"),
	))

	tests := []struct {
		name, text string
		level      bot.Level
		detail     string // in the first reason
	}{
		{"listed domain", "hey https://free-nitro-drop.com/claim", bot.Delete, "free-nitro-drop[.]com is listed by discord-antiscam (free-nitro-drop[.]com)"},
		{"listed URL on github", "tool: https://github.com/evil/tool/raw/main/stealer.exe", bot.Delete, "is listed by urlhaus (github[.]com/evil/tool/raw/main/stealer.exe)"},
		{"github itself", "https://github.com/golang/go", bot.Allow, ""},
		{"a feed's mistake: a brand's own domain", "https://discord.com/channels/1/2", bot.Allow, ""},
		{"a feed's mistake: a brand's subdomain", "notes https://docs.google.com/document/d/1", bot.Allow, ""},
		{"the operator's own file", "https://blocked-by-operator.net/", bot.Delete, "blocked-by-operator[.]net is on the block list (blocked-by-operator[.]net)"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := h.send(msg{at: time.Duration(i) * time.Minute, chat: "c1", user: "u" + tt.name, text: tt.text})
			if d.Verdict.Level != tt.level {
				t.Fatalf("%s: %v %+v", tt.text, d.Verdict.Level, d.Verdict.Reasons)
			}
			if tt.detail != "" && (len(d.Verdict.Reasons) == 0 || !strings.Contains(d.Verdict.Reasons[0].Detail, tt.detail)) {
				t.Errorf("reasons %+v, want %q", d.Verdict.Reasons, tt.detail)
			}
		})
	}

	// The notice names the feed, in the chat's language.
	d := h.send(msg{at: time.Hour, chat: "c2", user: "v1", text: "https://free-nitro-drop.com"})
	if !strings.Contains(d.Notice, "on discord-antiscam's list of dangerous sites (free-nitro-drop[.]com)") {
		t.Errorf("notice: %q", d.Notice)
	}
	h.command("c3", "admin", true, "lang", "vi", nil)
	d = h.send(msg{at: time.Hour, chat: "c3", user: "v2", text: "https://free-nitro-drop.com"})
	if !strings.Contains(d.Notice, "danh sách trang nguy hiểm của discord-antiscam (free-nitro-drop[.]com)") {
		t.Errorf("Vietnamese notice: %q", d.Notice)
	}

	// A chat's allow list still wins over every feed.
	h.command("c4", "admin", true, "allow", "free-nitro-drop.com", nil)
	if d := h.send(msg{at: time.Hour, chat: "c4", user: "v3", text: "https://free-nitro-drop.com"}); d.Verdict.Level != bot.Allow {
		t.Errorf("allowed in the chat: %v %+v", d.Verdict.Level, d.Verdict.Reasons)
	}

	// A swap replaces the lists at once.
	h.engine.SetFeeds(bot.NewFeedSet())
	if d := h.send(msg{at: 2 * time.Hour, chat: "c1", user: "v4", text: "https://free-nitro-drop.com/claim"}); d.Verdict.Has(bot.CodeBlocklisted) {
		t.Errorf("after the feed was emptied: %+v", d.Verdict.Reasons)
	}
}

func TestEngineBrandsAndFeedNames(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	check := func(text string) bot.Verdict {
		return h.engine.Check(&bot.Message{ID: "x", Platform: bot.Telegram, Chat: "c", User: "u", Time: t0, Text: text})
	}
	if v := check("https://examplebamk.com/login"); v.Has(bot.CodeLookalike) {
		t.Fatalf("lookalike of a brand not yet protected: %+v", v.Reasons)
	}
	h.engine.SetBrands([]brand.Brand{{Name: "Example Bank", Domains: []string{"examplebank.com"}, Names: []string{"examplebank"}}})
	if v := check("https://examplebamk.com/login"); !v.Has(bot.CodeLookalike) {
		t.Errorf("after the brand was added: %+v", v.Reasons)
	}
	// A feed's protected names (MetaMask's fuzzylist) become brands.
	b := bot.NewFeedListBuilder("metamask")
	b.AddName("myetherwallet.com")
	b.AddName("metamask.io") // already a built-in brand's name
	h.engine.SetFeeds(bot.NewFeedSet(b.Build()))
	if v := check("https://myetherwallat.com/"); !v.Has(bot.CodeLookalike) {
		t.Errorf("lookalike of a feed's protected name: %+v", v.Reasons)
	}
	if v := check("https://examplebamk.com/login"); !v.Has(bot.CodeLookalike) {
		t.Errorf("the configured brand was lost when the feed came: %+v", v.Reasons)
	}
	// A reload without the brand forgets it.
	h.engine.SetBrands(nil)
	if v := check("https://examplebamk.com/login"); v.Has(bot.CodeLookalike) {
		t.Errorf("after the brand was removed: %+v", v.Reasons)
	}
}

// TestFeedSwapUnderLoad judges messages on several goroutines while the
// lists and brands are swapped: every verdict is one of the two a whole
// set gives, never something in between.
func TestFeedSwapUnderLoad(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	a := bot.NewFeedSet(feedList(t, "a", bot.BlockList, "one.phish-kit.net", "two.phish-kit.net"))
	b := bot.NewFeedSet(feedList(t, "b", bot.BlockList, "one.phish-kit.net", "two.phish-kit.net"))
	h.engine.SetFeeds(a)
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m := bot.Message{ID: "x", Platform: bot.Telegram, Chat: "c", User: "u", Time: t0, Text: "https://one.phish-kit.net https://two.phish-kit.net"}
			for {
				select {
				case <-stop:
					return
				default:
				}
				v := h.engine.Check(&m)
				if len(v.Reasons) != 1 || !strings.Contains(v.Reasons[0].Detail, "listed by a") && !strings.Contains(v.Reasons[0].Detail, "listed by b") {
					t.Errorf("verdict during a swap: %+v", v.Reasons)
					return
				}
			}
		}()
	}
	for i := range 2000 {
		if i%2 == 0 {
			h.engine.SetFeeds(b)
		} else {
			h.engine.SetFeeds(a)
		}
		if i%100 == 0 {
			h.engine.SetBrands(nil)
		}
	}
	close(stop)
	wg.Wait()
}

// TestStatusShowsFeeds: status says how fresh each list is. Admins see
// where the operator's list files are and why a load failed; members see
// the same lists, the files by number, and nothing of the operator's file
// system or of the errors, which may name it.
func TestStatusShowsFeeds(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	h.engine.SetFeeds(bot.NewFeedSet(feedList(t, "discord-antiscam", bot.BlockList, "a.example.com", "b.example.com")))
	h.engine.SetFeedReporter(fixedReporter{
		{Name: "discord-antiscam", Entries: 24310, Refresh: time.Hour, LastSuccess: t0.Add(-12 * time.Minute)},
		{Name: "urlhaus", Entries: 8112, Refresh: time.Hour, LastSuccess: t0.Add(-5 * time.Hour), LastError: "HTTP 503", Errors: 4},
		{Name: "chongluadao", Refresh: time.Hour, LastError: "timeout after 30s"},
		{Name: "/etc/immune/block.txt", File: true, Entries: 12, LastSuccess: t0.Add(-48 * time.Hour)},
		{Name: "/srv/immune/extra.txt", File: true, Entries: 3, LastSuccess: t0.Add(-time.Hour), LastError: "open /srv/immune/extra.txt: permission denied"},
	})
	status := func(who string, admin bool, want, never []string) {
		t.Helper()
		r := h.command("c1", who, admin, "status", "", nil)
		for _, w := range want {
			if !strings.Contains(r.Text, w) {
				t.Errorf("%s's status lacks %q:\n%s", who, w, r.Text)
			}
		}
		for _, n := range never {
			if strings.Contains(r.Text, n) {
				t.Errorf("%s's status shows %q:\n%s", who, n, r.Text)
			}
		}
	}
	status("admin", true, []string{
		"feeds: 2 entries",
		"• discord-antiscam: 24,310 entries, updated 12 minutes ago",
		"• ⚠ urlhaus: 8,112 entries, out of date: last updated 5 hours ago (last attempt failed: HTTP 503)",
		"• ⚠ chongluadao: not loaded yet (last attempt failed: timeout after 30s)",
		"• list file /etc/immune/block.txt: 12 entries, updated 2 days ago",
		"(last attempt failed: open /srv/immune/extra.txt: permission denied)",
	}, nil)
	status("someone", false, []string{
		"• discord-antiscam: 24,310 entries, updated 12 minutes ago",
		"• ⚠ urlhaus: 8,112 entries, out of date: last updated 5 hours ago\n",
		"• ⚠ chongluadao: not loaded yet\n",
		"• list file 1: 12 entries, updated 2 days ago",
		"• ⚠ list file 2: 3 entries, out of date: last updated 1 hour ago",
	}, []string{"/etc", "/srv", "block.txt", "failed", "HTTP 503", "timeout"})
	h.command("c1", "admin", true, "lang", "vi", nil)
	r := h.command("c1", "someone", false, "status", "", nil)
	if !strings.Contains(r.Text, "• discord-antiscam: 24.310 mục, cập nhật 12 phút trước") || !strings.Contains(r.Text, "đã cũ") ||
		!strings.Contains(r.Text, "tệp danh sách 1:") || strings.Contains(r.Text, "/etc") || strings.Contains(r.Text, "lỗi") {
		t.Errorf("Vietnamese member's status:\n%s", r.Text)
	}
	r = h.command("c1", "admin", true, "status", "", nil)
	if !strings.Contains(r.Text, "tệp danh sách /etc/immune/block.txt") || !strings.Contains(r.Text, "lần tải gần nhất lỗi: HTTP 503") {
		t.Errorf("Vietnamese admin's status:\n%s", r.Text)
	}
}

func TestFeedHealthDegraded(t *testing.T) {
	t.Parallel()
	now := t0
	tests := []struct {
		name string
		h    bot.FeedHealth
		want bool
	}{
		{"fresh", bot.FeedHealth{Refresh: time.Hour, LastSuccess: now.Add(-time.Hour)}, false},
		{"three intervals old", bot.FeedHealth{Refresh: time.Hour, LastSuccess: now.Add(-3 * time.Hour)}, false},
		{"older than three intervals", bot.FeedHealth{Refresh: time.Hour, LastSuccess: now.Add(-3*time.Hour - time.Second)}, true},
		{"never loaded", bot.FeedHealth{Refresh: time.Hour}, true},
		{"file read", bot.FeedHealth{File: true, LastSuccess: now.Add(-1000 * time.Hour)}, false},
		{"file unreadable", bot.FeedHealth{File: true, LastSuccess: now.Add(-time.Hour), LastError: "no such file"}, true},
	}
	for _, tt := range tests {
		if got := tt.h.Degraded(now); got != tt.want {
			t.Errorf("%s: Degraded = %v", tt.name, got)
		}
	}
}
