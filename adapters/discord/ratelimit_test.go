package discord_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/immunebot/immune/adapters/discord"
)

// testClock is the adapter's clock in these tests: a wait the adapter asks
// for takes a hundredth of it (at most 100ms) for real, then moves the
// clock to its end, so that a wait of minutes takes a moment while other
// workers go on meanwhile.
type testClock struct {
	mu    sync.Mutex
	t     time.Time
	waits []time.Duration
}

func newTestClock() *testClock { return &testClock{t: time.Now()} }

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *testClock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	end := c.t.Add(d)
	c.waits = append(c.waits, d)
	c.mu.Unlock()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(min(d/100, 100*time.Millisecond)):
	}
	c.mu.Lock()
	if end.After(c.t) {
		c.t = end
	}
	c.mu.Unlock()
	return nil
}

// startClocked starts an adapter on a clock of its own; the fake times
// its calls by it.
func startClocked(t *testing.T, tweak ...func(*discord.Options)) (*harness, *testClock) {
	t.Helper()
	clk := newTestClock()
	h := start(t, append([]func(*discord.Options){func(o *discord.Options) {
		o.Now, o.Sleep = clk.Now, clk.Sleep
	}}, tweak...)...)
	h.mu.Lock()
	h.clock = clk.Now
	h.mu.Unlock()
	return h, clk
}

// TestGlobalRateLimitHoldsEveryCall: a 429 with "global": true and no
// per-route headers, asking for a minute (longer than the call bound).
// The delete is tried again after the minute, not at once, and no other
// call (another channel's delete, the notices) reaches Discord before.
func TestGlobalRateLimitHoldsEveryCall(t *testing.T) {
	t.Parallel()
	h, _ := startClocked(t)
	h.script("DELETE", "/channels/c1/messages/g1", reply{status: 429,
		body: `{"message": "You are being rate limited.", "retry_after": 60, "global": true}`})
	h.dispatch("MESSAGE_CREATE", message("g1", "c1", "u1", phish))
	limited := h.waitCalls("DELETE", "/channels/c1/messages/g1", 1)[0]
	// the 429 reached the adapter (a call already on its way when it did
	// could not have been held)
	h.logs.waitFor(t, "global rate limit; every call waits")
	h.dispatch("MESSAGE_CREATE", message("g2", "c2", "u2", phish))
	h.waitCalls("DELETE", "/channels/c1/messages/g1", 2)
	h.waitDelete("c2", "g2")
	h.waitPost("c1", 1)
	h.waitPost("c2", 1)
	if n := h.count("DELETE", "/channels/c1/messages/g1"); n != 2 {
		t.Errorf("%d deletes of the limited message, want 2 (the 429, then after the wait)", n)
	}
	end := limited.At.Add(60 * time.Second)
	calls := h.snapshot()
	for i, c := range calls {
		if c.Method != "DELETE" || c.Path != "/channels/c1/messages/g1" {
			continue
		}
		for _, later := range calls[i+1:] { // every call made after the 429
			if later.At.Before(end) && !strings.HasPrefix(later.Path, "/interactions/") {
				t.Errorf("%s %s reached Discord %v into a global rate limit of 60s", later.Method, later.Path, later.At.Sub(limited.At))
			}
		}
		break
	}
}

// TestProxyRateLimitIsWaitedOut: a 429 from a proxy, with Retry-After and
// a page for a body instead of Discord's JSON. The delete is tried again
// after the wait, never dropped as an answer that cannot be read.
func TestProxyRateLimitIsWaitedOut(t *testing.T) {
	t.Parallel()
	h, _ := startClocked(t)
	h.script("DELETE", "/channels/c1/messages/px", reply{status: 429,
		body: "<html><body>Too Many Requests</body></html>", header: map[string]string{"Retry-After": "30"}})
	h.dispatch("MESSAGE_CREATE", message("px", "c1", "u1", phish))
	cs := h.waitCalls("DELETE", "/channels/c1/messages/px", 2)
	if d := cs[1].At.Sub(cs[0].At); d < 30*time.Second {
		t.Errorf("retried %v after a 429 asking for 30s", d)
	}
	h.waitPost("c1", 1)
}

// TestFailedRequestsAreCapped: a delete rate limited without end, with
// per-route headers, asking for 10ms. Past the cap of invalid requests in
// ten minutes, every call waits for the window, so that the bot stays far
// from Discord's ban threshold; no attempt waits longer than asked
// because of the attempts before it.
func TestFailedRequestsAreCapped(t *testing.T) {
	t.Parallel()
	const maxFailed = 20
	h, _ := startClocked(t, func(o *discord.Options) { o.MaxFailed = maxFailed; o.DrainTimeout = 100 * time.Millisecond })
	h.script("DELETE", "/channels/c1/messages/cap", reply{sticky: true, status: 429,
		body:   `{"message": "You are being rate limited.", "retry_after": 0.01, "global": false}`,
		header: map[string]string{"X-RateLimit-Bucket": "b1", "X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset-After": "0.01", "X-RateLimit-Scope": "user"}})
	h.dispatch("MESSAGE_CREATE", message("cap", "c1", "u1", phish))
	cs := h.waitCalls("DELETE", "/channels/c1/messages/cap", maxFailed+2)
	first, capped := cs[0].At, cs[maxFailed].At
	if d := capped.Sub(first); d < discord.FailWindow-time.Second {
		t.Errorf("attempt %d came %v after the first: the cap of %d failed requests in %v did not hold", maxFailed+1, d, maxFailed, discord.FailWindow)
	}
	for i := 1; i < maxFailed; i++ {
		if d := cs[i].At.Sub(cs[i-1].At); d > time.Second {
			t.Errorf("attempt %d waited %v after a 429 asking for 10ms, before the cap", i+1, d)
		}
	}
	if !strings.Contains(h.logs.String(), "too many failed requests") {
		t.Errorf("the hold was not logged")
	}
	h.stop()
}
