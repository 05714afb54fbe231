package discord

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/immunebot/immune/bot"
)

// Discord's JSON error codes that mean a call can never succeed as made.
const (
	codeUnknownChannel     = 10003
	codeUnknownGuild       = 10004
	codeUnknownMember      = 10007
	codeUnknownMessage     = 10008
	codeMissingAccess      = 50001
	codeMissingPermissions = 50013
)

// ErrRefused is wrapped by the error of a REST call that Discord refused
// for good (a 4xx other than 429: unknown message, missing permissions,
// missing access, unknown channel, ...). Such a call is never retried.
var ErrRefused = errors.New("discord refused the call")

// ErrGaveUp is wrapped by the error of a REST call still rate limited or
// failing when its bound (Options.CallTimeout) ran out.
var ErrGaveUp = errors.New("discord call bound reached")

// callError is a failed REST call in the adapter's terms: what was tried,
// the HTTP status and Discord's JSON error code, never the URL (an
// interaction callback URL holds the interaction's token).
type callError struct {
	what   string
	status int
	code   int
	msg    string
	kind   error // ErrRefused, ErrGaveUp or nil
	cause  error
}

// Error says what call failed, how, and why.
func (e *callError) Error() string {
	var b strings.Builder
	b.WriteString(e.what)
	if e.status != 0 {
		fmt.Fprintf(&b, ": HTTP %d", e.status)
	}
	if e.code != 0 {
		fmt.Fprintf(&b, " code %d", e.code)
	}
	if e.msg != "" {
		b.WriteString(" (" + e.msg + ")")
	}
	if e.kind == ErrGaveUp {
		b.WriteString(": " + ErrGaveUp.Error())
	}
	if e.cause != nil {
		b.WriteString(": " + e.cause.Error())
	}
	return b.String()
}

// Unwrap returns the kind of failure (ErrRefused, ErrGaveUp) and the cause.
func (e *callError) Unwrap() []error {
	var errs []error
	if e.kind != nil {
		errs = append(errs, e.kind)
	}
	if e.cause != nil {
		errs = append(errs, e.cause)
	}
	return errs
}

// errorCode returns Discord's JSON error code of a failed call, or 0.
func errorCode(err error) int {
	var ce *callError
	if errors.As(err, &ce) {
		return ce.code
	}
	return 0
}

// DefaultBackoff is the wait before retry number attempt (from 0) of a
// call that failed with a 5xx or a network error: 500ms doubling to at
// most 15s, with up to a quarter of jitter.
func DefaultBackoff(attempt int) time.Duration {
	d := 500 * time.Millisecond << min(attempt, 5)
	d = min(d, 15*time.Second)
	return d - time.Duration(rand.Int64N(int64(d/4)+1))
}

// call runs one REST call, bounded by the adapter's call timeout, retrying
// rate limits after Discord's retry_after and 5xx and network errors
// after the backoff. A refusal (4xx) is returned at once.
func (a *Adapter) call(ctx context.Context, what string, fn func(...discordgo.RequestOption) error) error {
	ctx, cancel := context.WithTimeout(ctx, a.opts.CallTimeout)
	defer cancel()
	fails := 0 // failures other than rate limits: only they grow the backoff
	for {
		err := fn(discordgo.WithContext(ctx))
		if err == nil {
			return nil
		}
		ce, wait := translate(what, err)
		if ce.kind == ErrRefused {
			return ce
		}
		if wait <= 0 {
			wait = a.opts.Backoff(fails)
			fails++
		}
		if ctx.Err() != nil {
			ce.kind = ErrGaveUp
			return ce
		}
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait {
			ce.kind = ErrGaveUp
			return ce
		}
		a.log.Debug("discord call retried", keyAction, what, "wait", wait, "err", ce.Error())
		a.opts.Meter.Retry(bot.Discord, what)
		if err := a.opts.Sleep(ctx, wait); err != nil {
			ce.kind = ErrGaveUp
			return ce
		}
	}
}

// translate turns a discordgo error into the adapter's terms. A refusal
// comes back with kind ErrRefused; otherwise wait is what Discord asked to
// wait before retrying (a rate limit), or zero for the backoff.
func translate(what string, err error) (ce *callError, wait time.Duration) {
	ce = &callError{what: what}
	var rl *discordgo.RateLimitError
	var re *discordgo.RESTError
	var ue *url.Error
	switch {
	case errors.As(err, &rl):
		ce.status, ce.msg = http.StatusTooManyRequests, "rate limited"
		if rl.TooManyRequests != nil {
			wait = rl.RetryAfter
		}
	case errors.As(err, &re):
		if re.Response != nil {
			ce.status = re.Response.StatusCode
		}
		if re.Message != nil {
			ce.code, ce.msg = re.Message.Code, re.Message.Message
		}
		if ce.status >= 400 && ce.status < 500 {
			ce.kind = ErrRefused
		}
	case errors.Is(err, discordgo.ErrJSONUnmarshal):
		// the call was answered; only its answer could not be read
		ce.kind, ce.msg = ErrRefused, "unreadable answer"
	case errors.As(err, &ue):
		// drop the URL: an interaction callback's holds its token
		ce.cause = ue.Err
	default:
		ce.cause = err
	}
	return ce, wait
}

// scrub returns an error's text without a request URL.
func scrub(err error) string {
	ce, _ := translate("", err)
	return strings.TrimPrefix(ce.Error(), ": ")
}

// rewriter sends the requests discordgo makes to discord.com to the
// configured REST base instead, and keeps rate-limit waits announced in
// headers within the call bound (discordgo sleeps them without a context).
type rewriter struct {
	base    *url.URL // nil: leave requests as they are
	next    http.RoundTripper
	maxWait time.Duration
	lim     *limiter  // nil: no global hold nor failure cap
	meter   bot.Meter // nil: nothing counted
}

func newRewriter(apiURL string, next http.RoundTripper, maxWait time.Duration) (*rewriter, error) {
	u, err := url.Parse(apiURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("api url %q: want an http or https URL", apiURL)
	}
	t := &rewriter{next: next, maxWait: maxWait}
	if !(u.Scheme == "https" && u.Host == "discord.com" && strings.Trim(u.Path, "/") == "") {
		t.base = u
	}
	return t, nil
}

// RoundTrip implements http.RoundTripper.
func (t *rewriter) RoundTrip(r *http.Request) (*http.Response, error) {
	if t.base != nil && (r.URL.Host == "discord.com" || r.URL.Host == "discordapp.com") {
		u := *r.URL
		prefix := strings.TrimSuffix(t.base.Path, "/")
		u.Scheme, u.Host, u.Path = t.base.Scheme, t.base.Host, prefix+u.Path
		if u.RawPath != "" {
			u.RawPath = prefix + u.RawPath
		}
		r = r.Clone(r.Context())
		r.URL, r.Host = &u, u.Host
	}
	if t.lim != nil {
		if wait, why := t.lim.hold(r); wait > 0 {
			return held(r, wait, why), nil
		}
	}
	resp, err := t.next.RoundTrip(r)
	if t.meter != nil && r.Context().Err() == nil {
		status := 0
		if err == nil {
			status = resp.StatusCode
		}
		t.meter.Request(bot.Discord, route(r), bot.OutcomeOf(status))
	}
	if err == nil {
		if t.lim != nil {
			t.lim.observe(resp)
		}
		t.clamp(resp.Header)
	}
	return resp, err
}

// route names a REST request for metrics: its method and path, with ids
// and tokens written {id} and the API version left out, so that the
// labels are few: "DELETE /channels/{id}/messages/{id}".
func route(r *http.Request) string {
	parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	var b strings.Builder
	b.WriteString(r.Method)
	for i, p := range parts {
		if i == 0 && p == "api" || i == 1 && parts[0] == "api" && strings.HasPrefix(p, "v") {
			continue
		}
		b.WriteByte('/')
		if staticSegment(p) {
			b.WriteString(p)
		} else {
			b.WriteString("{id}")
		}
	}
	return b.String()
}

// staticSegment reports a path segment that is a word of the API, not an
// id or a token.
func staticSegment(p string) bool {
	if p == "" || len(p) > 24 {
		return false
	}
	for _, r := range p {
		if !(r >= 'a' && r <= 'z' || r == '-' || r == '_' || r == '@') {
			return false
		}
	}
	return true
}

// clamp limits the rate-limit reset a response announces to the call
// bound, so that no bucket can hold calls longer than one call may last.
func (t *rewriter) clamp(h http.Header) {
	v := h.Get("X-RateLimit-Reset-After")
	if v == "" {
		return
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || time.Duration(f*float64(time.Second)) > t.maxWait {
		h.Set("X-RateLimit-Reset-After", strconv.FormatFloat(t.maxWait.Seconds(), 'f', 3, 64))
	}
}
