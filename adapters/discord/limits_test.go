package discord

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

func resp429(body string, header map[string]string) *http.Response {
	h := http.Header{}
	for k, v := range header {
		h.Set(k, v)
	}
	return &http.Response{StatusCode: http.StatusTooManyRequests, Header: h, Body: io.NopCloser(strings.NewReader(body))}
}

func request(path string) *http.Request {
	return &http.Request{Method: "DELETE", URL: &url.URL{Scheme: "https", Host: "discord.com", Path: path}}
}

func TestLimiter(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l := newLimiter(func() time.Time { return now }, slog.New(slog.DiscardHandler), 3)
	msg := request("/api/v10/channels/1/messages/2")
	callback := request("/api/v10/interactions/9/tok/callback")

	// A shared-resource 429 on a route is neither global nor counted.
	l.observe(resp429(`{"retry_after": 2, "global": false}`, map[string]string{"X-RateLimit-Bucket": "b", "X-RateLimit-Scope": "shared"}))
	if w, _ := l.hold(msg); w != 0 || l.failTotal != 0 {
		t.Fatalf("after a shared 429: hold %v, %d failed", w, l.failTotal)
	}
	// A global one holds every call but interaction answers.
	r := resp429(`{"retry_after": 2.5, "global": true}`, map[string]string{"X-RateLimit-Global": "true"})
	l.observe(r)
	if r.Header.Get("X-RateLimit-Global") != "" {
		t.Errorf("X-RateLimit-Global left for discordgo to sleep on")
	}
	if w, why := l.hold(msg); w != 2500*time.Millisecond || why != "global rate limit" {
		t.Errorf("hold after a global 429: %v %q", w, why)
	}
	if w, _ := l.hold(callback); w != 0 {
		t.Errorf("an interaction answer held %v", w)
	}
	held := held(msg, 2500*time.Millisecond, "global rate limit")
	var body struct {
		RetryAfter float64 `json:"retry_after"`
		Global     bool    `json:"global"`
	}
	if err := json.NewDecoder(held.Body).Decode(&body); err != nil || held.StatusCode != 429 || body.RetryAfter != 2.5 || !body.Global {
		t.Errorf("held answer %d %+v %v", held.StatusCode, body, err)
	}
	now = now.Add(3 * time.Second)
	if w, _ := l.hold(msg); w != 0 {
		t.Errorf("held %v after the global limit ended", w)
	}
	// A proxy's 429 without JSON becomes one discordgo reads.
	p := resp429("<html>slow down</html>", map[string]string{"Retry-After": "7"})
	l.observe(p)
	b, _ := io.ReadAll(p.Body)
	if err := json.Unmarshal(b, &body); err != nil || body.RetryAfter != 7 || !body.Global {
		t.Errorf("proxy 429 rewritten to %s (%v)", b, err)
	}
	// Three failed requests (with the proxy's and the global one) reach
	// the cap: calls wait until the oldest leaves the window.
	now = now.Add(8 * time.Second)
	l.observe(&http.Response{StatusCode: http.StatusForbidden, Header: http.Header{}, Body: io.NopCloser(strings.NewReader("{}"))})
	if l.failTotal != 3 {
		t.Fatalf("%d failed requests counted, want 3", l.failTotal)
	}
	w, why := l.hold(msg)
	if why != "failed-request cap" || w < FailWindow-12*time.Second || w > FailWindow {
		t.Errorf("hold at the cap: %v %q", w, why)
	}
	now = now.Add(FailWindow)
	if w, _ := l.hold(msg); w != 0 || l.failTotal != 0 {
		t.Errorf("after the window: hold %v, %d failed", w, l.failTotal)
	}
}
