package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/immunebot/immune/adapters/replay"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/config"
)

// TestScanWithFeeds runs immune scan with a config naming a remote feed
// and a block file; then again with the feed's server gone, from the last
// good copy.
func TestScanWithFeeds(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "# a Discord-AntiScam-style list\nfree-nitro-drop.com\nsteam-trade-gift.ru\n")
	}))
	block := filepath.Join(dir, "block.txt")
	os.WriteFile(block, []byte("0.0.0.0 operator-blocked.net\n"), 0o600)
	cfg := filepath.Join(dir, "immune.toml")
	os.WriteFile(cfg, []byte(fmt.Sprintf(`[store]
path = %q
[feeds]
files = [%q]
[[feeds.remote]]
name = "antiscam"
url = %q
`, filepath.Join(dir, "immune.db"), block, srv.URL+"/list.txt")), 0o600)
	t0 := time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC)
	in := line("a", "g1", "u1", t0, "claim it https://free-nitro-drop.com/claim") +
		line("b", "g1", "u2", t0, "https://operator-blocked.net/x") +
		line("c", "g1", "u3", t0, "https://example.org/fine")
	check := func(out string) {
		t.Helper()
		var got []replay.Output
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var o replay.Output
			if err := json.Unmarshal([]byte(l), &o); err != nil {
				t.Fatalf("%q: %v", l, err)
			}
			got = append(got, o)
		}
		if len(got) != 3 || got[0].Verdict != bot.Delete || got[1].Verdict != bot.Delete || got[2].Verdict != bot.Allow {
			t.Fatalf("decisions: %s", out)
		}
		if d := got[0].Reasons[0].Detail; d != "free-nitro-drop[.]com is listed by antiscam (free-nitro-drop[.]com)" {
			t.Errorf("reason: %q", d)
		}
		if d := got[1].Reasons[0].Detail; d != "operator-blocked[.]net is on the block list (operator-blocked[.]net)" {
			t.Errorf("reason: %q", d)
		}
	}
	code, out, errs := immune(t, in, "scan", "-config", cfg)
	if code != 0 {
		t.Fatalf("scan: %d %s", code, errs)
	}
	check(out)
	if _, err := os.Stat(filepath.Join(dir, "feeds", "antiscam.feed")); err != nil {
		t.Errorf("no last good copy beside the store: %v", err)
	}
	srv.Close()
	code, out, errs = immune(t, in, "scan", "-config", cfg, "-db", filepath.Join(dir, "second.db"))
	if code != 0 {
		t.Fatalf("offline scan: %d %s", code, errs)
	}
	check(out)

	// immune check with the same config says who lists it.
	code, out, _ = immune(t, "", "check", "-config", cfg, "https://steam-trade-gift.ru/offer")
	if code != 0 || !strings.Contains(out, "listed by antiscam") || !strings.Contains(out, "on antiscam's list of dangerous sites") {
		t.Errorf("check: %d %s", code, out)
	}
}

// TestOperatorEndpointFeeds reads /metrics and /healthz of a bot whose
// feeds are fresh, then out of date.
func TestOperatorEndpointFeeds(t *testing.T) {
	t.Parallel()
	engine, db := testEngine(t)
	rep := &reporter{hs: []bot.FeedHealth{
		{Name: "antiscam", Entries: 24310, Refresh: time.Hour, LastSuccess: time.Unix(1_700_000_000, 0), Errors: 2},
	}}
	engine.SetFeedReporter(rep)
	addr := serveOperator(t, localListener(t), engine, db)
	get := func(path string) string {
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != 200 {
			t.Errorf("%s: %s", path, resp.Status)
		}
		return string(b)
	}
	metrics := get("/metrics")
	for _, want := range []string{
		`immune_feed_entries{feed="antiscam"} 24310`,
		`immune_feed_last_success_timestamp_seconds{feed="antiscam"} 1.7e+09`,
		`immune_feed_errors_total{feed="antiscam"} 2`,
	} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	var h health
	if err := json.Unmarshal([]byte(get("/healthz")), &h); err != nil {
		t.Fatal(err)
	}
	if h.Status != "degraded" || len(h.Feeds) != 1 || !h.Feeds[0].Degraded { // 1.7e9 is years ago
		t.Errorf("stale feed: %+v", h)
	}
	rep.set([]bot.FeedHealth{{Name: "antiscam", Entries: 10, Refresh: time.Hour, LastSuccess: time.Now().Add(-2 * time.Hour)}})
	if err := json.Unmarshal([]byte(get("/healthz")), &h); err != nil {
		t.Fatal(err)
	}
	if h.Status != "ok" || h.Feeds[0].Degraded || h.Feeds[0].AgeSeconds < 7000 {
		t.Errorf("fresh feed: %+v", h)
	}
}

type reporter struct {
	mu sync.Mutex
	hs []bot.FeedHealth
}

func (r *reporter) FeedHealth() []bot.FeedHealth {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.hs
}

func (r *reporter) set(hs []bot.FeedHealth) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.hs = hs
}

// TestReloadAppliesBrandsAndFeeds changes the config file under a
// reloader: brands and list files apply, a broken file changes nothing.
func TestReloadAppliesBrandsAndFeeds(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	cfg := filepath.Join(dir, "immune.toml")
	block := filepath.Join(dir, "block.txt")
	// Files are replaced as a whole (written beside, then renamed over),
	// as an operator's tools do, so that the reloader, which polls them,
	// never reads one half written.
	replace := func(path, text string) {
		tmp := path + ".new"
		if err := os.WriteFile(tmp, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(tmp, path); err != nil {
			t.Fatal(err)
		}
	}
	replace(block, "first-blocked.net\n")
	write := func(text string) {
		replace(cfg, fmt.Sprintf("[store]\npath = %q\n", filepath.Join(dir, "immune.db"))+text)
	}
	write("")
	stamp := stampOf(cfg)
	c, err := loadConfig(cfg)
	if err != nil {
		t.Fatal(err)
	}
	db, err := openStore(c.Store.Path, &c, time.Now, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var logs bytes.Buffer
	var logMu sync.Mutex
	log := quietLogger(lockedWriter{&logs, &logMu})
	engine, lists, err := newEngine(context.Background(), &c, db, log, "run")
	if err != nil {
		t.Fatal(err)
	}
	judge := func(text string) *bot.Verdict {
		v := engine.Check(&bot.Message{ID: "x", Platform: bot.Telegram, Chat: "c", User: "u", Time: time.Now(), Text: text})
		return &v
	}
	if v := judge("https://examplebamk.com/login https://first-blocked.net"); v.Level != bot.Allow {
		t.Fatalf("before: %+v", v)
	}
	hup := make(chan os.Signal, 1)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	r := &reloader{path: cfg, cur: c, engine: engine, lists: lists, log: log, every: 10 * time.Millisecond, stamp: stamp}
	go func() { r.run(ctx, hup); close(done) }()

	// The file changes: picked up without a signal.
	write(fmt.Sprintf("[feeds]\nfiles = [%q]\n[[brands]]\nname = \"Example Bank\"\ndomains = [\"examplebank.com\"]\nnames = [\"examplebank\"]\n", block))
	waitFor(t, func() bool { return judge("https://examplebamk.com/login").Has(bot.CodeLookalike) })
	waitFor(t, func() bool { return judge("https://first-blocked.net/").Has(bot.CodeBlocklisted) })

	// A broken file is reported and changes nothing.
	write("[[brands]]\nname = \"X\"\n")
	hup <- syscall.SIGHUP
	waitFor(t, func() bool {
		logMu.Lock()
		defer logMu.Unlock()
		return strings.Contains(logs.String(), "the running configuration stays")
	})
	// and the log says why: the key, its line and what it wants
	logMu.Lock()
	if want := `immune.toml:3: brands[0].domains = [] (not set): want the brand's own domains`; !strings.Contains(logs.String(), want) {
		t.Errorf("the reload's error does not say %q:\n%s", want, logs.String())
	}
	logMu.Unlock()
	if !judge("https://examplebamk.com/login").Has(bot.CodeLookalike) {
		t.Error("a broken config file dropped the brand")
	}
	// The list file changes and a SIGHUP re-reads it.
	replace(block, "second-blocked.net\n")
	write(fmt.Sprintf("[feeds]\nfiles = [%q]\n", block))
	hup <- syscall.SIGHUP
	waitFor(t, func() bool { return judge("https://second-blocked.net/").Has(bot.CodeBlocklisted) })
	waitFor(t, func() bool { return !judge("https://examplebamk.com/login").Has(bot.CodeLookalike) })
	cancel()
	<-done
}

type lockedWriter struct {
	w  io.Writer
	mu *sync.Mutex
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
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

// TestRunReloadsOnSIGHUP runs the real binary, changes its [[brands]] and
// sends SIGHUP: the bot reloads and keeps running.
func TestRunReloadsOnSIGHUP(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	t.Parallel()
	dir := t.TempDir()
	bin := filepath.Join(dir, "immune")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	apiURL, polling := idleBotAPI(t, 2*time.Second)
	cfg := filepath.Join(dir, "immune.toml")
	base := fmt.Sprintf("[store]\npath = %q\n[telegram]\napi_url = %q\npoll_timeout = \"5s\"\n", filepath.Join(dir, "immune.db"), apiURL)
	os.WriteFile(cfg, []byte(base), 0o600)
	cmd := exec.Command(bin, "run", "-config", cfg)
	cmd.Env = append(os.Environ(), config.EnvTelegramToken+"=123456:TEST-token-for-a-fake-api", config.EnvDiscordToken+"=")
	var stderr syncBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	select {
	case <-polling:
	case <-time.After(60 * time.Second):
		t.Fatalf("the bot never polled:\n%s", stderr.String())
	}
	// replaced as a whole, so that the reload never reads it half written
	tmp := cfg + ".new"
	os.WriteFile(tmp, []byte(base+"[[brands]]\nname = \"Example Bank\"\ndomains = [\"examplebank.com\"]\n[policy]\nmode = \"warn\"\n"), 0o600)
	if err := os.Rename(tmp, cfg); err != nil {
		t.Fatal(err)
	}
	cmd.Process.Signal(syscall.SIGHUP)
	waitFor(t, func() bool { return strings.Contains(stderr.String(), "reloaded brands and feeds") })
	if !strings.Contains(stderr.String(), "sections=policy") {
		t.Errorf("the policy change was not reported as needing a restart:\n%s", stderr.String())
	}
	cmd.Process.Signal(syscall.SIGTERM)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("exit: %v\n%s", err, stderr.String())
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestCheckWritesNothing: immune check -config judges with the feeds
// (downloading one with no copy yet) but, being a look, writes nothing:
// no cache directory, no kept copy, no store beside the config.
func TestCheckWritesNothing(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "steam-trade-gift.ru\n")
	}))
	defer srv.Close()
	cfg := filepath.Join(dir, "immune.toml")
	os.WriteFile(cfg, []byte(fmt.Sprintf(`[store]
path = %q
[feeds]
cache_dir = %q
[[feeds.remote]]
name = "antiscam"
url = %q
`, filepath.Join(dir, "data", "immune.db"), filepath.Join(dir, "cache"), srv.URL+"/list.txt")), 0o600)
	code, out, errs := immune(t, "", "check", "-config", cfg, "https://steam-trade-gift.ru/offer")
	if code != 0 || !strings.Contains(out, "listed by antiscam") {
		t.Fatalf("check: %d %s %s", code, out, errs)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() != "immune.toml" {
			t.Errorf("check wrote %s", e.Name())
		}
	}
}
