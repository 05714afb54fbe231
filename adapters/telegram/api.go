package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/immunebot/immune/bot"
)

// APIError is a request the Bot API answered with an error.
type APIError struct {
	Method      string        // the Bot API method, such as "deleteMessage"
	Code        int           // the error code: 400, 403, 429, 500, ...
	Description string        // Telegram's words: "Bad Request: message to delete not found"
	RetryAfter  time.Duration // for a rate limit, how long to wait
}

// Error returns the method, code and description.
func (e *APIError) Error() string {
	return fmt.Sprintf("%s: %d %s", e.Method, e.Code, e.Description)
}

// Temporary reports whether the same request may succeed later: a rate
// limit or a server error. Every other error is a refusal for good.
func (e *APIError) Temporary() bool {
	return e.Code == http.StatusTooManyRequests || e.Code >= 500 || e.RetryAfter > 0
}

// gone reports a refusal because the target no longer exists: the message
// was deleted already (by its sender, an admin or another bot).
func (e *APIError) gone() bool {
	return strings.Contains(strings.ToLower(e.Description), "message to delete not found")
}

// TransportError is a request that got no usable answer: a network
// failure, a timeout, or a reply that is not the Bot API's JSON (a proxy's
// error page). It is always worth retrying. Its text never holds the token.
type TransportError struct {
	Method string
	msg    string
	err    error
}

// Error returns the method and the scrubbed cause.
func (e *TransportError) Error() string { return e.Method + ": " + e.msg }

// Unwrap returns the cause.
func (e *TransportError) Unwrap() error { return e.err }

// ErrGaveUp is wrapped by the error of a request that kept failing with
// temporary errors for longer than Options.GiveUpAfter.
var ErrGaveUp = errors.New("gave up retrying")

// ctxDoer binds the requests the library makes to a context: the library
// itself builds requests without one.
type ctxDoer struct {
	ctx context.Context
	c   *http.Client
}

// Do sends the request with the doer's context. The answer's body is read
// to its end when it is closed: the library decodes the JSON and closes
// the body, and net/http closes a connection whose body was not read to
// its end (a chunked answer's last chunk, a trailing newline) instead of
// keeping it for the next request, which then pays a new connection (a
// TLS handshake).
func (d ctxDoer) Do(r *http.Request) (*http.Response, error) {
	resp, err := d.c.Do(r.WithContext(d.ctx))
	if err == nil {
		resp.Body = drainOnClose{resp.Body}
	}
	return resp, err
}

// drainOnClose reads what is left of a body, up to maxDrain, before
// closing it.
type drainOnClose struct{ io.ReadCloser }

// maxDrain bounds what Close reads of a body left unread: past it the
// connection is not worth keeping.
const maxDrain = 64 << 10

// Close reads the rest of the body, up to maxDrain, and closes it.
func (b drainOnClose) Close() error {
	_, _ = io.CopyN(io.Discard, b.ReadCloser, maxDrain)
	return b.ReadCloser.Close()
}

// once makes one request through the library, bound to ctx, and translates
// its error: an *APIError, a *TransportError or ctx's error.
func (a *Adapter) once(ctx context.Context, method string, params tgbotapi.Params) (json.RawMessage, error) {
	timeout := a.opts.CallTimeout
	if method == "getUpdates" {
		timeout = a.opts.PollTimeout + a.opts.CallTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	api := *a.api // a copy per request, so that each has its own context
	api.Client = ctxDoer{ctx: ctx, c: a.http}
	resp, err := api.MakeRequest(method, params)
	if err == nil {
		a.opts.Meter.Request(bot.Telegram, method, bot.OutcomeOK)
		a.health.Up(a.opts.Now())
		return resp.Result, nil
	}
	err = a.translate(ctx, method, err)
	var ae *APIError
	switch {
	case errors.As(err, &ae):
		a.opts.Meter.Request(bot.Telegram, method, bot.OutcomeOf(ae.Code))
		if ae.Code >= 500 {
			a.health.Down(a.opts.Now(), err.Error())
		} else {
			a.health.Up(a.opts.Now()) // a refusal or a rate limit is an answer
		}
	case ctx.Err() != nil && errors.Is(ctx.Err(), context.Canceled):
		// given up by the caller: says nothing of the Bot API
	default:
		a.opts.Meter.Request(bot.Telegram, method, bot.OutcomeNetwork)
		a.health.Down(a.opts.Now(), err.Error())
	}
	return nil, err
}

// translate turns an error of the library into this package's terms and
// scrubs the token out of it.
func (a *Adapter) translate(ctx context.Context, method string, err error) error {
	var te *tgbotapi.Error
	if errors.As(err, &te) {
		e := &APIError{Method: method, Code: te.Code, Description: a.scrub(te.Message)}
		if te.RetryAfter > 0 {
			e.RetryAfter = time.Duration(te.RetryAfter) * time.Second
		}
		if e.Code == 0 && e.RetryAfter > 0 {
			e.Code = http.StatusTooManyRequests
		}
		return e
	}
	cause := err
	var ue *url.Error
	if errors.As(err, &ue) {
		cause = ue.Err // the url.Error's text holds the URL, and so the token
	}
	return &TransportError{Method: method, msg: a.scrub(cause.Error()), err: cause}
}

// scrub removes the token from s.
func (a *Adapter) scrub(s string) string { return scrubToken(s, a.opts.Token) }

// scrubToken writes "[token]" for token in s, as it is, path-escaped
// and query-escaped (a webhook URL's ?token=123%3AAA…).
func scrubToken(s, token string) string {
	if token == "" {
		return s
	}
	s = strings.ReplaceAll(s, token, "[token]")
	for _, esc := range []string{url.PathEscape(token), url.QueryEscape(token)} {
		if esc != token {
			s = strings.ReplaceAll(s, esc, "[token]")
		}
	}
	return s
}

// call makes a request and retries it while it fails for a reason that
// passes: after a rate limit it waits retry_after, after a server or
// network error it backs off exponentially up to Options.RetryMax. It
// gives up when ctx ends or after Options.GiveUpAfter. A refusal for good
// is returned at once.
func (a *Adapter) call(ctx context.Context, method string, params tgbotapi.Params) (json.RawMessage, error) {
	start := a.opts.Now()
	backoff := a.opts.RetryBase
	for attempt := 1; ; attempt++ {
		res, err := a.once(ctx, method, params)
		if err == nil {
			return res, nil
		}
		if ctx.Err() != nil {
			return nil, fmt.Errorf("%w (%v)", ctx.Err(), err)
		}
		wait := backoff
		var ae *APIError
		if errors.As(err, &ae) {
			if !ae.Temporary() {
				return nil, err
			}
			if ae.RetryAfter > 0 {
				wait = ae.RetryAfter
			}
		}
		if ae == nil || ae.RetryAfter == 0 {
			backoff = min(backoff*2, a.opts.RetryMax)
		}
		if a.opts.Now().Add(wait).Sub(start) > a.opts.GiveUpAfter {
			return nil, fmt.Errorf("%w after %d attempts: %w", ErrGaveUp, attempt, err)
		}
		lvl := slog.LevelDebug
		if attempt == 1 || attempt%10 == 0 {
			lvl = slog.LevelWarn
		}
		a.log.Log(ctx, lvl, "telegram request failed, retrying", keyMethod, method, "attempt", attempt, "wait", wait, keyErr, err.Error())
		a.opts.Meter.Retry(bot.Telegram, method)
		if serr := a.opts.Sleep(ctx, wait); serr != nil {
			return nil, fmt.Errorf("%w (%v)", serr, err)
		}
	}
}

// sleep waits for d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
