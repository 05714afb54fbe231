package discord

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"math"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Discord bans an IP that makes 10,000 invalid requests (401, 403, or 429
// other than a shared-resource limit) within 10 minutes from its API for
// an hour or more. The limiter keeps the bot far from it.
const (
	// FailWindow is the window Discord counts invalid requests over.
	FailWindow = 10 * time.Minute
	// DefaultMaxFailed is how many invalid requests the adapter lets
	// through within FailWindow, a quarter of Discord's ban threshold;
	// past it every call but interaction answers waits for the window.
	DefaultMaxFailed = 2500
	// proxyWait is the wait after a 429 that says nothing of how long to
	// wait (a proxy's, without Retry-After).
	proxyWait = 5 * time.Second
)

// limiter holds every REST call back while Discord has the bot under a
// global rate limit (a 429 that says global, or one without per-route
// headers: a proxy's or Cloudflare's), and while the invalid requests of
// the last FailWindow reach the cap. It works in the RoundTripper, under
// every path a call takes (tasks, command answers, registration and
// discordgo's own requests): a held call never reaches Discord; it gets a
// 429 made here, which the caller waits out like any other. Interaction
// answers are exempt, as Discord exempts them from the global limit.
type limiter struct {
	now     func() time.Time
	log     *slog.Logger
	maxFail int

	mu          sync.Mutex
	globalUntil time.Time
	fails       [600]int32 // invalid requests per second of the window, a ring
	failSecond  int64      // the Unix second the newest slot counts
	failTotal   int
	warned      bool
}

func newLimiter(now func() time.Time, log *slog.Logger, maxFail int) *limiter {
	if maxFail <= 0 {
		maxFail = DefaultMaxFailed
	}
	return &limiter{now: now, log: log, maxFail: maxFail}
}

// advance moves the ring to the current second, forgetting seconds that
// left the window. l.mu is held.
func (l *limiter) advance(now time.Time) {
	sec := now.Unix()
	if l.failSecond == 0 {
		l.failSecond = sec
		return
	}
	n := int64(len(l.fails))
	if sec-l.failSecond >= n {
		clear(l.fails[:])
		l.failTotal, l.failSecond = 0, sec
		return
	}
	for ; l.failSecond < sec; l.failSecond++ {
		slot := &l.fails[(l.failSecond+1)%n]
		l.failTotal -= int(*slot)
		*slot = 0
	}
}

// hold returns how long a call must wait before it may go to Discord, and
// why; zero when it may go now.
func (l *limiter) hold(r *http.Request) (time.Duration, string) {
	if strings.Contains(r.URL.Path, "/interactions/") {
		return 0, ""
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if now.Before(l.globalUntil) {
		return l.globalUntil.Sub(now), "global rate limit"
	}
	l.advance(now)
	if l.failTotal < l.maxFail {
		l.warned = false
		return 0, ""
	}
	// Wait until the oldest second still counted leaves the window.
	n := int64(len(l.fails))
	wait := time.Second
	for s := l.failSecond - n + 1; s <= l.failSecond; s++ {
		if l.fails[(s%n+n)%n] > 0 {
			wait = time.Unix(s+n, 0).Sub(now)
			break
		}
	}
	wait = max(wait, time.Second)
	if !l.warned {
		l.warned = true
		l.log.Warn("discord: too many failed requests; holding every call back so that Discord does not ban the bot",
			"failed", l.failTotal, "window", FailWindow.String(), "cap", l.maxFail, "wait", wait.Round(time.Second).String())
	}
	return wait, "failed-request cap"
}

// held is the answer to a call held back: a 429 as Discord writes it, so
// that discordgo hands the caller a rate limit to wait out.
func held(r *http.Request, wait time.Duration, why string) *http.Response {
	body, _ := json.Marshal(map[string]any{
		"message": "held back by immune: " + why, "retry_after": math.Ceil(wait.Seconds()*1000) / 1000, "global": true,
	})
	return &http.Response{
		Status: "429 Too Many Requests", StatusCode: http.StatusTooManyRequests,
		Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header:        http.Header{"Content-Type": {"application/json"}, "X-Immune-Held": {"1"}},
		Body:          io.NopCloser(bytes.NewReader(body)),
		ContentLength: int64(len(body)),
		Request:       r,
	}
}

// observe reads a response Discord (or a proxy) gave: it counts invalid
// requests, starts a global hold on a global 429, and rewrites a 429 that
// discordgo could not read (no JSON retry_after) into one it can. It
// removes X-RateLimit-Global, which would have discordgo sleep every
// bucket without a context: the limiter holds calls instead.
func (l *limiter) observe(resp *http.Response) {
	switch resp.StatusCode {
	case http.StatusUnauthorized, http.StatusForbidden:
		l.fail()
		return
	case http.StatusTooManyRequests:
	default:
		return
	}
	h := resp.Header
	if h.Get("X-RateLimit-Scope") != "shared" {
		l.fail()
	}
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	resp.Body.Close()
	var rl struct {
		RetryAfter *float64 `json:"retry_after"`
		Global     bool     `json:"global"`
		Message    string   `json:"message"`
	}
	readable := json.Unmarshal(body, &rl) == nil && rl.RetryAfter != nil
	wait := time.Duration(0)
	if readable {
		wait = seconds(*rl.RetryAfter)
	}
	if v, err := strconv.ParseFloat(h.Get("Retry-After"), 64); err == nil {
		wait = max(wait, seconds(v))
	}
	if wait <= 0 {
		wait = proxyWait
	}
	// A 429 without per-route headers is a global limit or a proxy's:
	// every call would get it.
	global := rl.Global || h.Get("X-RateLimit-Global") != "" || h.Get("X-RateLimit-Scope") == "global" || h.Get("X-RateLimit-Bucket") == ""
	h.Del("X-RateLimit-Global")
	if global {
		l.mu.Lock()
		if until := l.now().Add(wait); until.After(l.globalUntil) {
			l.globalUntil = until
		}
		l.mu.Unlock()
		l.log.Warn("discord: global rate limit; every call waits", "wait", wait.String())
	}
	if !readable {
		msg := rl.Message
		if msg == "" {
			msg = "rate limited"
		}
		body, _ = json.Marshal(map[string]any{"message": msg, "retry_after": wait.Seconds(), "global": global})
		h.Set("Content-Type", "application/json")
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	resp.ContentLength = int64(len(body))
	h.Del("Content-Length")
}

// fail counts one invalid request.
func (l *limiter) fail() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.advance(l.now())
	l.fails[l.failSecond%int64(len(l.fails))]++
	l.failTotal++
}

func seconds(f float64) time.Duration {
	if f <= 0 || math.IsNaN(f) || f > 24*3600 {
		return 0
	}
	return time.Duration(f * float64(time.Second))
}
