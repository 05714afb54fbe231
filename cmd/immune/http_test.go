package main

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/config"
	"github.com/immunebot/immune/store"
)

// startOperator starts the operator endpoint on an empty store and
// returns its address.
func startOperator(t *testing.T) string {
	t.Helper()
	engine, db := testEngine(t)
	return serveOperator(t, localListener(t), engine, db)
}

// testEngine returns an engine with the default config on a new store in
// the test's temporary directory, closed when the test ends.
func testEngine(t *testing.T) (*bot.Engine, *store.DB) {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "immune.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	engine, err := bot.NewEngine(context.Background(), bot.DefaultConfig(), db, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return engine, db
}

// serveOperator serves the operator endpoint of engine and its store on
// ln until the test ends (an error serving fails it), and returns its
// address once it listens.
func serveOperator(t *testing.T, ln net.Listener, engine *bot.Engine, db memory) string {
	t.Helper()
	addr := ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() {
		served <- serveHTTPOn(ctx, ln, "127.0.0.1", operator{engine: engine, mem: db, reg: prometheus.NewRegistry()}, quietLogger(io.Discard))
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-served; err != nil {
			t.Error(err)
		}
	})
	waitListening(t, addr)
	return addr
}

// get asks the endpoint for /backup with the Host header and headers
// given, and returns the status and the first bytes of the body.
func get(t *testing.T, addr, host string, header map[string]string) (int, string) {
	t.Helper()
	req, err := http.NewRequest("GET", "http://"+addr+"/backup", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Host = host
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	return resp.StatusCode, string(b)
}

// TestBackupRefusesWebPages: a DNS-rebinding page in the operator's
// browser reaches the endpoint from loopback but names its own host; it
// gets nothing. So does any request a browser makes. immune backup's own
// request, by 127.0.0.1 or localhost, gets the store.
func TestBackupRefusesWebPages(t *testing.T) {
	t.Parallel()
	addr := startOperator(t)
	_, port, _ := net.SplitHostPort(addr)
	for _, tc := range []struct {
		name   string
		host   string
		header map[string]string
		want   int
	}{
		{"rebinding host", "attacker.example:" + port, nil, http.StatusForbidden},
		{"rebinding host without a port", "attacker.example", nil, http.StatusForbidden},
		{"a loopback name on another port", "127.0.0.1:1", nil, http.StatusForbidden},
		{"a browser's fetch", addr, map[string]string{"Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "cors"}, http.StatusForbidden},
		{"a cross-origin request", addr, map[string]string{"Origin": "http://attacker.example"}, http.StatusForbidden},
		{"immune backup", addr, nil, http.StatusOK},
		{"localhost", "localhost:" + port, nil, http.StatusOK},
		{"localhost with a dot", "LOCALHOST.:" + port, nil, http.StatusOK},
	} {
		status, body := get(t, addr, tc.host, tc.header)
		if status != tc.want {
			t.Errorf("%s (Host %q): %d %q, want %d", tc.name, tc.host, status, body, tc.want)
		}
		if status != http.StatusOK && strings.Contains(body, "\xed\xda\x0c\xed") {
			t.Errorf("%s: store bytes in a refusal", tc.name)
		}
	}
}

func TestBackupGuard(t *testing.T) {
	t.Parallel()
	g := backupGuard{listenHost: "127.0.0.1", port: "9090", token: "s3cret-token"}
	req := func(remote, host, auth string) *http.Request {
		r := httptest.NewRequest("GET", "/backup", nil)
		r.RemoteAddr, r.Host = remote, host
		if auth != "" {
			r.Header.Set("Authorization", auth)
		}
		return r
	}
	for _, tc := range []struct {
		name string
		r    *http.Request
		want int
	}{
		{"from another machine", req("192.0.2.7:5555", "127.0.0.1:9090", "Bearer s3cret-token"), http.StatusForbidden},
		{"no token", req("127.0.0.1:5555", "127.0.0.1:9090", ""), http.StatusUnauthorized},
		{"a wrong token", req("127.0.0.1:5555", "127.0.0.1:9090", "Bearer s3cret-tokem"), http.StatusUnauthorized},
		{"the token", req("127.0.0.1:5555", "127.0.0.1:9090", "Bearer s3cret-token"), http.StatusOK},
		{"IPv6 loopback", req("[::1]:5555", "[::1]:9090", "Bearer s3cret-token"), http.StatusOK},
		{"rebinding with the token", req("127.0.0.1:5555", "evil.example:9090", "Bearer s3cret-token"), http.StatusForbidden},
	} {
		if got, why := g.check(tc.r); got != tc.want {
			t.Errorf("%s: %d (%s), want %d", tc.name, got, why, tc.want)
		}
	}
}

// TestBackupToken: with IMMUNE_BACKUP_TOKEN set, /backup asks for it, and
// immune backup sends it.
func TestBackupToken(t *testing.T) {
	t.Setenv(config.EnvBackupToken, "operator-token-1")
	addr := startOperator(t)
	if status, _ := get(t, addr, addr, nil); status != http.StatusUnauthorized {
		t.Errorf("without the token: %d, want 401", status)
	}
	out := filepath.Join(t.TempDir(), "copy.db")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := backupOverHTTP(ctx, addr, out); err != nil {
		t.Fatalf("immune backup with the token: %v", err)
	}
	s, err := store.Open(out, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("the copy: %v", err)
	}
	s.Close()
}
