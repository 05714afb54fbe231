package feeds_test

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/feeds"
)

// feedServer is an httptest feed whose body the test changes. It answers
// conditional requests the way real servers do: 304 when the ETag or the
// Last-Modified date still matches.
type feedServer struct {
	*httptest.Server
	mu       sync.Mutex
	body     []byte
	ctype    string
	status   int           // when set, answered instead of the body
	hang     chan struct{} // when set, requests wait for it or for the client to give up
	modified time.Time
	requests []*http.Request
	served   atomic.Int32 // 200s
}

func newFeedServer(t *testing.T, body string) *feedServer {
	t.Helper()
	s := &feedServer{body: []byte(body), modified: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *feedServer) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.requests = append(s.requests, r.Clone(context.Background()))
	body, status, hang, ctype, mod := s.body, s.status, s.hang, s.ctype, s.modified
	s.mu.Unlock()
	if hang != nil {
		select {
		case <-hang:
		case <-r.Context().Done():
			return
		}
	}
	if status != 0 {
		http.Error(w, http.StatusText(status), status)
		return
	}
	etag := fmt.Sprintf(`"%x"`, sha256.Sum256(body))
	w.Header().Set("ETag", etag)
	w.Header().Set("Last-Modified", mod.Format(http.TimeFormat))
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	if ctype != "" {
		w.Header().Set("Content-Type", ctype)
	}
	s.served.Add(1)
	w.Write(body)
}

func (s *feedServer) set(body string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.body = []byte(body)
	s.modified = s.modified.Add(time.Hour)
}

func (s *feedServer) setStatus(code int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.status = code
}

func (s *feedServer) last() *http.Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests[len(s.requests)-1]
}

// domains writes n domains, one a line.
func domains(prefix string, n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%s-%d.example-phish.net\n", prefix, i)
	}
	return b.String()
}

// applied records the sets a manager applies.
type applied struct {
	mu   sync.Mutex
	sets []*bot.FeedSet
}

func (a *applied) apply(s *bot.FeedSet) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.sets = append(a.sets, s)
}

func (a *applied) count() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(a.sets)
}

func (a *applied) last() *bot.FeedSet {
	a.mu.Lock()
	defer a.mu.Unlock()
	if len(a.sets) == 0 {
		return nil
	}
	return a.sets[len(a.sets)-1]
}

type env struct {
	t     *testing.T
	dir   string
	now   time.Time
	nowMu sync.Mutex
	sets  applied
}

func newEnv(t *testing.T) *env {
	return &env{t: t, dir: t.TempDir(), now: time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)}
}

func (e *env) clock() time.Time {
	e.nowMu.Lock()
	defer e.nowMu.Unlock()
	return e.now
}

func (e *env) advance(d time.Duration) {
	e.nowMu.Lock()
	defer e.nowMu.Unlock()
	e.now = e.now.Add(d)
}

func (e *env) manager(opts feeds.Options, sources ...feeds.Source) *feeds.Manager {
	e.t.Helper()
	if opts.CacheDir == "" {
		opts.CacheDir = filepath.Join(e.dir, "cache")
	}
	if opts.Now == nil {
		opts.Now = e.clock
	}
	opts.Apply = e.sets.apply
	m, err := feeds.New(opts, sources)
	if err != nil {
		e.t.Fatal(err)
	}
	return m
}

func remote(name, url string, f feeds.Format) feeds.Source {
	return feeds.Source{Name: name, URL: url, Format: f, List: bot.BlockList, Refresh: time.Hour}
}

func health(t *testing.T, m *feeds.Manager, name string) bot.FeedHealth {
	t.Helper()
	for _, h := range m.FeedHealth() {
		if h.Name == name {
			return h
		}
	}
	t.Fatalf("no health for %s", name)
	return bot.FeedHealth{}
}

func TestRefreshConditionalGet(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	srv := newFeedServer(t, domains("a", 100))
	m := e.manager(feeds.Options{}, remote("antiscam", srv.URL, feeds.Domains))
	ctx := context.Background()
	if err := m.Load(ctx, true); err != nil {
		t.Fatal(err)
	}
	if h := health(t, m, "antiscam"); h.Entries != 100 || !h.LastSuccess.Equal(e.clock()) || h.LastError != "" {
		t.Fatalf("after the first download: %+v", h)
	}
	if hit, ok := lookup(t, e.sets.last(), "https://a-7.example-phish.net/"); !ok || hit.Source != "antiscam" {
		t.Fatalf("applied set: %+v %v", hit, ok)
	}
	if ua := srv.last().Header.Get("User-Agent"); !strings.Contains(ua, "immune") {
		t.Errorf("User-Agent %q", ua)
	}
	applies := e.sets.count()

	// Unchanged: a conditional request, answered 304; nothing re-applied.
	e.advance(time.Hour)
	if err := m.Refresh(ctx, "antiscam"); err != nil {
		t.Fatal(err)
	}
	r := srv.last()
	if r.Header.Get("If-None-Match") == "" || r.Header.Get("If-Modified-Since") == "" {
		t.Errorf("not a conditional request: %v", r.Header)
	}
	if srv.served.Load() != 1 || e.sets.count() != applies {
		t.Errorf("304: %d bodies served, %d applies (want 1, %d)", srv.served.Load(), e.sets.count(), applies)
	}
	if h := health(t, m, "antiscam"); !h.LastSuccess.Equal(e.clock()) || h.Entries != 100 {
		t.Errorf("a 304 is a success: %+v", h)
	}

	// Changed: downloaded, applied.
	srv.set(domains("b", 120))
	e.advance(time.Hour)
	if err := m.Refresh(ctx, "antiscam"); err != nil {
		t.Fatal(err)
	}
	if _, ok := lookup(t, e.sets.last(), "https://b-119.example-phish.net/"); !ok {
		t.Error("new entry not applied")
	}
	if _, ok := lookup(t, e.sets.last(), "https://a-7.example-phish.net/"); ok {
		t.Error("old entry still applied")
	}
}

func TestShrinkAndEmptyAreRefused(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	srv := newFeedServer(t, domains("a", 1000))
	m := e.manager(feeds.Options{}, remote("antiscam", srv.URL, feeds.Domains))
	ctx := context.Background()
	m.Load(ctx, true)
	cached, _ := os.ReadFile(filepath.Join(e.dir, "cache", "antiscam.feed"))

	for _, body := range []string{domains("b", 499), "", "# nothing but comments\n"} {
		srv.set(body)
		err := m.Refresh(ctx, "antiscam")
		if !errors.Is(err, feeds.ErrShrunk) {
			t.Fatalf("%d bytes: err = %v, want ErrShrunk", len(body), err)
		}
		h := health(t, m, "antiscam")
		if h.Entries != 1000 || !strings.Contains(h.LastError, "refused") || h.Errors == 0 {
			t.Errorf("health after a refused download: %+v", h)
		}
		if _, ok := lookup(t, e.sets.last(), "https://a-999.example-phish.net/"); !ok {
			t.Error("the last good copy is no longer in use")
		}
		if now, _ := os.ReadFile(filepath.Join(e.dir, "cache", "antiscam.feed")); !bytes.Equal(now, cached) {
			t.Error("the refused download replaced the copy on disk")
		}
	}
	// Losing half exactly is accepted.
	srv.set(domains("c", 500))
	if err := m.Refresh(ctx, "antiscam"); err != nil {
		t.Fatalf("half the entries: %v", err)
	}
	if h := health(t, m, "antiscam"); h.Entries != 500 || h.LastError != "" {
		t.Errorf("health: %+v", h)
	}

	// The operator accepts a real shrink by deleting the cached copy and
	// reloading.
	srv.set(domains("d", 10))
	if err := m.Refresh(ctx, "antiscam"); !errors.Is(err, feeds.ErrShrunk) {
		t.Fatalf("err = %v", err)
	}
	os.Remove(filepath.Join(e.dir, "cache", "antiscam.json"))
	if err := m.Reconfigure([]feeds.Source{remote("antiscam", srv.URL, feeds.Domains)}); err != nil {
		t.Fatal(err)
	}
	if err := m.Refresh(ctx, "antiscam"); err != nil {
		t.Fatalf("after the copy was deleted: %v", err)
	}
	if h := health(t, m, "antiscam"); h.Entries != 10 {
		t.Errorf("health: %+v", h)
	}
}

func TestMalformedAndFailingDownloadsKeepTheLastGoodCopy(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	srv := newFeedServer(t, `["dlscord-gift.com", "free-nitro-drop.com"]`)
	m := e.manager(feeds.Options{MaxBytes: 1 << 10}, remote("scam-links", srv.URL, feeds.JSONArray))
	ctx := context.Background()
	m.Load(ctx, true)
	tests := []struct {
		name  string
		setup func()
		want  string // in LastError
	}{
		{"broken JSON", func() { srv.set(`["dlscord-gift.com", "free-ni`) }, "malformed"},
		{"an HTML error page", func() { srv.set("<!DOCTYPE html><title>Blocked</title>") }, "HTML page"},
		{"an HTML content type", func() {
			srv.set(`["a.example-phish.net"]`)
			srv.mu.Lock()
			srv.ctype = "text/html; charset=utf-8"
			srv.mu.Unlock()
		}, "HTML page"},
		{"over the size limit", func() {
			srv.mu.Lock()
			srv.ctype = ""
			srv.mu.Unlock()
			srv.set(`["` + strings.Repeat("a", 2<<10) + `.com"]`)
		}, "limit of"},
		{"server error", func() { srv.setStatus(http.StatusServiceUnavailable) }, "HTTP 503"},
	}
	for i, tt := range tests {
		tt.setup()
		if err := m.Refresh(ctx, "scam-links"); err == nil {
			t.Fatalf("%s: accepted", tt.name)
		}
		h := health(t, m, "scam-links")
		if !strings.Contains(h.LastError, tt.want) || h.Entries != 2 || h.Errors != uint64(i+1) {
			t.Errorf("%s: health %+v, want error with %q", tt.name, h, tt.want)
		}
		if strings.Contains(h.LastError, srv.URL) {
			t.Errorf("%s: the error shows the feed's URL: %q", tt.name, h.LastError)
		}
		if _, ok := lookup(t, e.sets.last(), "https://dlscord-gift.com/"); !ok {
			t.Errorf("%s: the last good copy is no longer in use", tt.name)
		}
	}
	entries, _ := os.ReadDir(filepath.Join(e.dir, "cache"))
	for _, de := range entries {
		if strings.Contains(de.Name(), "download") {
			t.Errorf("a refused download was left behind: %s", de.Name())
		}
	}
}

func TestHangingServerTimesOut(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	srv := newFeedServer(t, domains("a", 10))
	m := e.manager(feeds.Options{Timeout: 200 * time.Millisecond}, remote("slow", srv.URL, feeds.Domains))
	ctx := context.Background()
	m.Load(ctx, true)
	srv.mu.Lock()
	srv.hang = make(chan struct{})
	srv.mu.Unlock()
	defer close(srv.hang)
	srv.set(domains("b", 10))
	start := time.Now()
	err := m.Refresh(ctx, "slow")
	if err == nil || time.Since(start) > 10*time.Second {
		t.Fatalf("err = %v after %s", err, time.Since(start))
	}
	if h := health(t, m, "slow"); h.LastError != "timeout after 200ms" || h.Entries != 10 {
		t.Errorf("health %+v", h)
	}
}

// TestOfflineRestart downloads a feed, then starts a new manager with the
// server gone: the last good copy protects at once.
func TestOfflineRestart(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	srv := newFeedServer(t, domains("a", 50))
	src := remote("antiscam", srv.URL, feeds.Domains)
	first := e.manager(feeds.Options{}, src)
	first.Load(context.Background(), true)
	fetched := e.clock()
	srv.Close()

	e.advance(2 * time.Hour)
	var again applied
	m, err := feeds.New(feeds.Options{CacheDir: filepath.Join(e.dir, "cache"), Now: e.clock, Apply: again.apply, RetryBase: time.Hour}, []feeds.Source{src})
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Load(context.Background(), false); err != nil {
		t.Fatal(err)
	}
	if hit, ok := lookup(t, again.last(), "https://a-3.example-phish.net/x"); !ok || hit.Source != "antiscam" {
		t.Fatalf("after an offline restart: %+v %v", hit, ok)
	}
	h := health(t, m, "antiscam")
	if h.Entries != 50 || !h.LastSuccess.Equal(fetched) {
		t.Errorf("health %+v, want 50 entries checked at %s", h, fetched)
	}
	if h.Degraded(e.clock()) {
		t.Error("degraded 2 hours into a 1-hour feed")
	}
	if !h.Degraded(e.clock().Add(2 * time.Hour)) {
		t.Error("not degraded after 4 hours")
	}
	// The network is still down: the refresh fails, the copy stays.
	if err := m.Refresh(context.Background(), "antiscam"); err == nil {
		t.Fatal("a download from a closed server succeeded")
	}
	if _, ok := lookup(t, again.last(), "https://a-3.example-phish.net/x"); !ok {
		t.Error("the copy was dropped after a failed refresh")
	}
	// Another URL for the same name does not use the copy.
	var other applied
	m2, _ := feeds.New(feeds.Options{CacheDir: filepath.Join(e.dir, "cache"), Apply: other.apply}, []feeds.Source{remote("antiscam", srv.URL+"/v2", feeds.Domains)})
	m2.Load(context.Background(), false)
	if _, ok := lookup(t, other.last(), "https://a-3.example-phish.net/x"); ok {
		t.Error("a copy of another URL was used")
	}
}

func TestCompressedBodies(t *testing.T) {
	t.Parallel()
	csv, err := os.ReadFile("testdata/urlhaus.csv")
	if err != nil {
		t.Fatal(err)
	}
	var zipped, gzipped bytes.Buffer
	zw := zip.NewWriter(&zipped)
	w, _ := zw.Create("csv.txt")
	w.Write(csv)
	zw.Close()
	gw := gzip.NewWriter(&gzipped)
	gw.Write(csv)
	gw.Close()
	for name, body := range map[string][]byte{"zip": zipped.Bytes(), "gzip": gzipped.Bytes()} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			e := newEnv(t)
			srv := newFeedServer(t, string(body))
			m := e.manager(feeds.Options{}, remote("urlhaus", srv.URL, feeds.URLhausCSV))
			m.Load(context.Background(), true)
			if h := health(t, m, "urlhaus"); h.Entries != 4 || h.LastError != "" {
				t.Errorf("health %+v", h)
			}
		})
	}
	// A compressed body that unpacks past the limit is refused.
	var bomb bytes.Buffer
	gw = gzip.NewWriter(&bomb)
	gw.Write(bytes.Repeat([]byte("a.example-phish.net\n"), 1<<16))
	gw.Close()
	e := newEnv(t)
	srv := newFeedServer(t, bomb.String())
	m := e.manager(feeds.Options{MaxBytes: 64 << 10}, remote("bomb", srv.URL, feeds.Domains))
	m.Load(context.Background(), true)
	if h := health(t, m, "bomb"); !strings.Contains(h.LastError, "unpacks to more than") {
		t.Errorf("health %+v", h)
	}
}

// TestRunRetriesWithBackoff runs the refresh loop against a server that
// fails, then recovers.
func TestRunRetriesWithBackoff(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	srv := newFeedServer(t, domains("a", 20))
	srv.setStatus(http.StatusBadGateway)
	src := remote("flaky", srv.URL, feeds.Domains)
	src.Refresh = 2 * time.Second
	m := e.manager(feeds.Options{RetryBase: 20 * time.Millisecond, Now: time.Now}, src)
	ctx, cancel := context.WithCancel(context.Background())
	m.Load(ctx, false)
	done := make(chan struct{})
	go func() { m.Run(ctx); close(done) }()
	waitFor(t, func() bool { return health(t, m, "flaky").Errors >= 3 })
	srv.setStatus(0)
	waitFor(t, func() bool { h := health(t, m, "flaky"); return h.Entries == 20 && h.LastError == "" })
	cancel()
	<-done
	h := health(t, m, "flaky")
	if h.Errors < 3 {
		t.Errorf("health %+v", h)
	}
	// The retries backed off: fewer requests than a fixed 20ms would make.
	srv.mu.Lock()
	n := len(srv.requests)
	srv.mu.Unlock()
	t.Logf("%d requests, %d errors", n, h.Errors)
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

func TestListFilesAreWatched(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	block := filepath.Join(e.dir, "block.txt")
	allow := filepath.Join(e.dir, "allow.txt")
	os.WriteFile(block, []byte("first.example-phish.net\n0.0.0.0 hosts-line.example-phish.net\n"), 0o644)
	os.WriteFile(allow, []byte("good.example-phish.net\n"), 0o644)
	m := e.manager(feeds.Options{WatchEvery: 10 * time.Millisecond},
		feeds.Source{Path: block, List: bot.BlockList}, feeds.Source{Path: allow, List: bot.AllowList})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	m.Load(ctx, false)
	if hit, ok := lookup(t, e.sets.last(), "https://hosts-line.example-phish.net/"); !ok || hit.Source != "" {
		t.Fatalf("list file entry: %+v %v", hit, ok)
	}
	if hit, _ := lookup(t, e.sets.last(), "https://good.example-phish.net/"); hit.Kind != bot.AllowList {
		t.Fatalf("allow file entry: %+v", hit)
	}
	done := make(chan struct{})
	go func() { m.Run(ctx); close(done) }()
	os.WriteFile(block, []byte("second.example-phish.net\n"), 0o644)
	waitFor(t, func() bool {
		_, ok := lookup(t, e.sets.last(), "https://second.example-phish.net/")
		return ok
	})
	if _, ok := lookup(t, e.sets.last(), "https://first.example-phish.net/"); ok {
		t.Error("a removed line is still in use")
	}
	// A file that disappears keeps its entries and says so.
	os.Remove(block)
	waitFor(t, func() bool { return health(t, m, block).LastError != "" })
	if _, ok := lookup(t, e.sets.last(), "https://second.example-phish.net/"); !ok {
		t.Error("the entries of a vanished file were dropped")
	}
	cancel()
	<-done
}

func TestReconfigure(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	a := newFeedServer(t, domains("a", 10))
	b := newFeedServer(t, domains("b", 10))
	m := e.manager(feeds.Options{Now: time.Now}, remote("a", a.URL, feeds.Domains))
	ctx, cancel := context.WithCancel(context.Background())
	m.Load(ctx, true)
	done := make(chan struct{})
	go func() { m.Run(ctx); close(done) }()
	// Add b, keep a: b is downloaded by the running manager.
	if err := m.Reconfigure([]feeds.Source{remote("a", a.URL, feeds.Domains), remote("b", b.URL, feeds.Domains)}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool {
		_, ok := lookup(t, e.sets.last(), "https://b-1.example-phish.net/")
		return ok
	})
	if a.served.Load() != 1 {
		t.Errorf("the unchanged feed was downloaded again: %d", a.served.Load())
	}
	// Remove a.
	m.Reconfigure([]feeds.Source{remote("b", b.URL, feeds.Domains)})
	if _, ok := lookup(t, e.sets.last(), "https://a-1.example-phish.net/"); ok {
		t.Error("a removed feed is still in use")
	}
	if len(m.FeedHealth()) != 1 {
		t.Errorf("health %+v", m.FeedHealth())
	}
	// A bad configuration changes nothing.
	if err := m.Reconfigure([]feeds.Source{remote("b c", b.URL, feeds.Domains)}); err == nil {
		t.Error("a bad name was accepted")
	}
	if _, ok := lookup(t, e.sets.last(), "https://b-1.example-phish.net/"); !ok {
		t.Error("a refused reload changed the lists")
	}
	cancel()
	<-done
}

func TestNewChecksSources(t *testing.T) {
	t.Parallel()
	for _, srcs := range [][]feeds.Source{
		{remote("../etc", "https://x.example/", feeds.Domains)},
		{remote("a", "https://x.example/", "csv")},
		{remote("a", "https://x.example/", feeds.Domains), remote("a", "https://y.example/", feeds.Domains)},
		{{Name: "a", URL: "https://x.example/", Format: feeds.Domains}},
	} {
		if _, err := feeds.New(feeds.Options{CacheDir: t.TempDir()}, srcs); err == nil {
			t.Errorf("accepted %+v", srcs)
		}
	}
	if _, err := feeds.New(feeds.Options{}, []feeds.Source{remote("a", "https://x.example/", feeds.Domains)}); err == nil {
		t.Error("a remote feed without a cache directory was accepted")
	}
}

// TestFailedFirstDownloadSaysNothingIsInUse holds that the log tells the
// operator a feed protects nothing yet when its first download fails:
// "the last good copy stays in use" promised a copy there was none of.
func TestFailedFirstDownloadSaysNothingIsInUse(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	srv := newFeedServer(t, "dlscord-gift.com\n")
	srv.setStatus(http.StatusNotFound)
	var logs bytes.Buffer
	m := e.manager(feeds.Options{Log: slog.New(slog.NewTextHandler(&logs, nil))}, remote("scam-links", srv.URL, feeds.Domains))
	ctx := context.Background()
	m.Load(ctx, true)
	if err := m.Refresh(ctx, "scam-links"); err == nil {
		t.Fatal("a 404 was accepted")
	}
	if !strings.Contains(logs.String(), "no copy of the feed is in use yet") || strings.Contains(logs.String(), "last good copy stays in use") {
		t.Errorf("first download failed; log:\n%s", logs.String())
	}

	// once a copy is in use, a failure keeps it, and says so
	srv.setStatus(0)
	if err := m.Refresh(ctx, "scam-links"); err != nil {
		t.Fatal(err)
	}
	logs.Reset()
	srv.setStatus(http.StatusServiceUnavailable)
	if err := m.Refresh(ctx, "scam-links"); err == nil {
		t.Fatal("a 503 was accepted")
	}
	if !strings.Contains(logs.String(), "last good copy stays in use") {
		t.Errorf("later download failed; log:\n%s", logs.String())
	}
}

// TestListFileMistakesAreNamed holds that a line of the operator's own
// list file that is neither a domain nor a URL is logged as a warning
// with the file, its line and its text: it was counted ("skipped=2") at
// info, and the line itself shown only at debug, so a typo in a block
// list went unnoticed while the domain it meant stayed open.
func TestListFileMistakesAreNamed(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	block := filepath.Join(e.dir, "block.txt")
	os.WriteFile(block, []byte("good.example-phish.net\nbad .example-phish.net\n# a comment\n\nnot_a_domain\n"), 0o644)
	var logs bytes.Buffer
	m := e.manager(feeds.Options{Log: slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelWarn}))},
		feeds.Source{Path: block, List: bot.BlockList})
	m.Load(context.Background(), false)
	if _, ok := lookup(t, e.sets.last(), "https://good.example-phish.net/"); !ok {
		t.Fatal("the good line was not read")
	}
	for _, want := range []string{"level=WARN", block, `line 2: \"bad .example-phish.net\"`, `line 5: \"not_a_domain\"`} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log lacks %s:\n%s", want, logs.String())
		}
	}
}
