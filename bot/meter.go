package bot

import (
	"sync"
	"time"
)

// Meter receives what operators measure of the adapters: every platform
// API request and how it ended, retries, and the actions carried out. An
// implementation is safe for concurrent use and returns at once; cmd/immune
// exports it to Prometheus.
type Meter interface {
	// Request counts one platform API request by method and outcome.
	Request(p Platform, method string, outcome Outcome)
	// Retry counts a request, or a task of the outbox, about to be tried
	// again after a failure or a rate limit.
	Retry(p Platform, method string)
	// Executed counts an action the adapter finished with: carried out
	// (ok), or given up (refused for good, gone stale). latency is the
	// time from the message's timestamp to now.
	Executed(p Platform, a Action, ok bool, latency time.Duration)
}

// Outcome is how a platform API request ended.
type Outcome string

// The outcomes of a request.
const (
	OutcomeOK          Outcome = "ok"            // answered with success
	OutcomeRateLimited Outcome = "rate_limited"  // 429: wait and try again
	OutcomeRefused     Outcome = "refused"       // a 4xx other than 429: not to be tried again
	OutcomeServerError Outcome = "server_error"  // a 5xx: the platform's trouble
	OutcomeNetwork     Outcome = "network_error" // no usable answer: a network failure, a timeout, a proxy's error page
)

// OutcomeOf classifies an HTTP status; 0 means no answer came.
func OutcomeOf(status int) Outcome {
	switch {
	case status == 0:
		return OutcomeNetwork
	case status == 429:
		return OutcomeRateLimited
	case status >= 500:
		return OutcomeServerError
	case status >= 400:
		return OutcomeRefused
	}
	return OutcomeOK
}

// NopMeter measures nothing: what an adapter without a Meter uses.
type NopMeter struct{}

// Request does nothing.
func (NopMeter) Request(Platform, string, Outcome) {}

// Retry does nothing.
func (NopMeter) Retry(Platform, string) {}

// Executed does nothing.
func (NopMeter) Executed(Platform, Action, bool, time.Duration) {}

var _ Meter = NopMeter{}

// Health is how an adapter's link to its platform stands, for /readyz.
type Health struct {
	Connected bool      `json:"connected"`
	Since     time.Time `json:"since,omitzero"`  // when it last changed
	Error     string    `json:"error,omitempty"` // what failed last, while not connected
}

// HealthTracker keeps a Health up to date from what an adapter sees; the
// zero value is not connected. It is safe for concurrent use.
type HealthTracker struct {
	mu sync.Mutex
	h  Health
}

// Up records a working link at t.
func (ht *HealthTracker) Up(t time.Time) {
	ht.mu.Lock()
	defer ht.mu.Unlock()
	if !ht.h.Connected {
		ht.h = Health{Connected: true, Since: t}
	}
}

// Down records a broken link at t, and why.
func (ht *HealthTracker) Down(t time.Time, why string) {
	ht.mu.Lock()
	defer ht.mu.Unlock()
	if ht.h.Connected || ht.h.Since.IsZero() {
		ht.h.Since = t
	}
	ht.h.Connected, ht.h.Error = false, why
}

// Health returns the link as it stands.
func (ht *HealthTracker) Health() Health {
	ht.mu.Lock()
	defer ht.mu.Unlock()
	return ht.h
}
