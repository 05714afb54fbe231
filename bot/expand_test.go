package bot_test

import (
	"context"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/expand"
	"github.com/immunebot/immune/expand/expandtest"
)

// shortNet is a fake internet with a shortener chain to a phishing page,
// one to a benign page and one to a private address.
func shortNet(t *testing.T) (*expandtest.Net, *atomic.Int32) {
	n := expandtest.New(t)
	var bitly atomic.Int32
	n.Serve("bit.ly", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		bitly.Add(1)
		switch r.URL.Path {
		case "/3xYz":
			http.Redirect(w, r, "http://t.co/abc", http.StatusMovedPermanently)
		case "/song":
			http.Redirect(w, r, "https://www.youtube.com/watch?v=dQw4w9WgXcQ", http.StatusMovedPermanently)
		case "/internal":
			http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
		case "/gone":
			http.Redirect(w, r, "http://nowhere.example/", http.StatusFound)
		default:
			http.NotFound(w, r)
		}
	}))
	n.Redirect("t.co", http.StatusFound, "http://dlscord-gift.com/login")
	n.Serve("dlscord-gift.com", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	return n, &bitly
}

// runExpansions has h's engine follow shortened links through n and run
// its expansions until the test ends; it returns the late decisions.
func runExpansions(t *testing.T, h *harness, n *expandtest.Net) <-chan bot.Decision {
	t.Helper()
	h.engine.SetExpander(bot.ExpandConfig{Expander: expand.New(n.Options())})
	late := make(chan bot.Decision, 4)
	h.engine.OnLate(bot.Telegram, func(_ context.Context, d bot.Decision) { late <- d })
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { h.engine.RunExpansions(ctx); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
	return late
}

func TestLateDecisionAfterExpansion(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	n, bitly := shortNet(t)
	late := runExpansions(t, h, n)

	// Judged at once, before anything was followed: a shortener alone.
	d := h.send(msg{chat: "-100", user: "7", id: "41", text: "look at this https://bit.ly/3xYz"})
	if d.Verdict.Level != bot.Allow || len(d.Actions) != 0 {
		t.Fatalf("first decision: %v %+v", d.Verdict.Level, d.Verdict.Reasons)
	}
	var ld bot.Decision
	select {
	case ld = <-late:
	case <-time.After(20 * time.Second):
		t.Fatal("no late decision")
	}
	if ld.Message != (bot.MessageRef{Platform: bot.Telegram, Chat: "-100", ID: "41"}) || ld.Verdict.Level != bot.Delete || !ld.Has(bot.ActDelete) {
		t.Fatalf("late decision: %+v", ld)
	}
	var chain string
	for _, r := range ld.Verdict.Reasons {
		if r.Code == bot.CodeRedirect {
			chain = r.Detail
		}
	}
	if chain != "bit[.]ly/3xYz leads to dlscord-gift[.]com/login (bit[.]ly/3xYz → t[.]co/abc → dlscord-gift[.]com/login)" {
		t.Errorf("chain reason %q in %+v", chain, ld.Verdict.Reasons)
	}
	if !ld.Verdict.Has(bot.CodeLookalike) || !strings.Contains(ld.Notice, "discord.com") {
		t.Errorf("the target was not judged: %+v, notice %q", ld.Verdict.Reasons, ld.Notice)
	}
	// Recorded like any decision: the strike, the audit entry, the tasks.
	o, err := h.db.Offender(context.Background(), bot.AccountKey{Platform: bot.Telegram, User: "7"})
	if err != nil || len(o.Strikes) != 1 {
		t.Errorf("offender after the late decision: %+v %v", o, err)
	}
	audit, _ := h.db.RecentAudit(context.Background(), 1)
	if len(audit) != 1 || audit[0].Level != bot.Delete || audit[0].Message.ID != "41" {
		t.Errorf("audit: %+v", audit)
	}
	tasks, _ := h.db.PendingTasks(context.Background(), bot.Telegram)
	if len(tasks) == 0 || tasks[0].Action != bot.ActDelete || tasks[0].Message != "41" {
		t.Errorf("outbox: %+v", tasks)
	}
	if len(ld.Tasks) != len(tasks) {
		t.Errorf("decision tasks %d, outbox %d", len(ld.Tasks), len(tasks))
	}

	// The next message with the same link is judged with its target at
	// once, from the store: nothing is followed again, nothing comes late.
	followed := bitly.Load()
	d = h.send(msg{at: time.Minute, chat: "-200", user: "8", id: "5", text: "https://bit.ly/3xYz"})
	if d.Verdict.Level != bot.Delete || !d.Verdict.Has(bot.CodeRedirect) {
		t.Errorf("with the expansion cached: %v %+v", d.Verdict.Level, d.Verdict.Reasons)
	}
	// A benign target changes nothing; a refused one neither.
	for i, u := range []string{"https://bit.ly/song", "https://bit.ly/internal"} {
		d := h.send(msg{at: 2 * time.Minute, chat: "-300", user: "9", id: string(rune('a' + i)), text: "hey " + u})
		if d.Verdict.Level != bot.Allow {
			t.Errorf("%s: %v", u, d.Verdict.Level)
		}
	}
	waitFor(t, func() bool { return bitly.Load() >= followed+2 })
	time.Sleep(100 * time.Millisecond)
	select {
	case d := <-late:
		t.Errorf("a late decision for a harmless target: %+v", d)
	default:
	}
	if bitly.Load() != followed+2 {
		t.Errorf("bit.ly was asked %d times more, want 2", bitly.Load()-followed)
	}
	for _, a := range n.Dialed() {
		if strings.HasPrefix(a, "169.254.") {
			t.Errorf("a connection was asked for %s", a)
		}
	}
	xp, err := h.db.Expansion(context.Background(), "bit.ly/internal")
	if err != nil || !strings.Contains(xp.Err, "refused") {
		t.Errorf("refused expansion cached: %+v %v", xp, err)
	}
	// counted: 3xYz followed, then judged from the store once; internal
	// refused; song stopped at its target, which is not on this fake
	// internet (an error)
	want := bot.ExpandStats{Expanded: 1, Cached: 1, Refused: 1, Errors: 1}
	waitFor(t, func() bool { st, _ := h.engine.ExpandStats(); return st.Expanded+st.Refused+st.Errors >= 3 })
	if st, on := h.engine.ExpandStats(); !on || st != want {
		t.Errorf("ExpandStats %+v, %v; want %+v", st, on, want)
	}
}

func TestInlineExpansion(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	n, _ := shortNet(t)
	h.engine.SetExpander(bot.ExpandConfig{Expander: expand.New(n.Options()), Inline: true})
	d := h.send(msg{chat: "c", user: "u", text: "https://bit.ly/3xYz"})
	if d.Verdict.Level != bot.Delete || !d.Verdict.Has(bot.CodeRedirect) {
		t.Errorf("inline: %v %+v", d.Verdict.Level, d.Verdict.Reasons)
	}
	v := h.engine.Judge(context.Background(), &bot.Message{Platform: bot.Telegram, Chat: "c", User: "u", Time: t0, Text: "https://bit.ly/3xYz"})
	if v.Level != bot.Delete {
		t.Errorf("Judge: %v %+v", v.Level, v.Reasons)
	}
	if v := h.engine.Check(&bot.Message{Text: "https://bit.ly/3xYz"}); v.Level != bot.Allow {
		t.Errorf("Check follows nothing: %v", v.Level)
	}
	if d := h.send(msg{chat: "c", user: "u2", id: "2", text: "https://bit.ly/gone"}); d.Verdict.Level != bot.Allow {
		t.Errorf("a link to a name that does not resolve: %v", d.Verdict.Level)
	}
	// counted: 3xYz followed, then judged from the store; gone stopped
	want := bot.ExpandStats{Expanded: 1, Cached: 1, Errors: 1}
	if st, on := h.engine.ExpandStats(); !on || st != want {
		t.Errorf("ExpandStats %+v, %v; want %+v", st, on, want)
	}
	if _, on := newHarness(t, bot.DefaultConfig()).engine.ExpandStats(); on {
		t.Error("ExpandStats on without an expander")
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition never met")
		}
		time.Sleep(5 * time.Millisecond)
	}
}
