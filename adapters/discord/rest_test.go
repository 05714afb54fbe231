package discord

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

func TestRewriter(t *testing.T) {
	t.Parallel()
	var got []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = append(got, r.Host+" "+r.URL.Path)
		w.Header().Set("X-RateLimit-Reset-After", "3600")
		w.WriteHeader(http.StatusNoContent)
	}))
	defer srv.Close()
	tests := []struct {
		name, base, in, want string
	}{
		{"to a fake", srv.URL, "https://discord.com/api/v9/channels/1/messages/2", "/api/v9/channels/1/messages/2"},
		{"to a proxy with a path", srv.URL + "/discord/", "https://discord.com/api/v9/gateway", "/discord/api/v9/gateway"},
		{"the old host too", srv.URL, "https://discordapp.com/api/v9/users/@me", "/api/v9/users/@me"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got = nil
			rw, err := newRewriter(tt.base, http.DefaultTransport, 5*time.Second)
			if err != nil {
				t.Fatal(err)
			}
			c := &http.Client{Transport: rw}
			resp, err := c.Get(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			host := strings.TrimPrefix(srv.URL, "http://")
			if len(got) != 1 || got[0] != host+" "+tt.want {
				t.Errorf("request reached %q, want %q", got, host+" "+tt.want)
			}
			if v := resp.Header.Get("X-RateLimit-Reset-After"); v != "5.000" {
				t.Errorf("reset-after %q, want it clamped to the call bound 5.000", v)
			}
		})
	}
	if rw, err := newRewriter("https://discord.com", http.DefaultTransport, time.Second); err != nil || rw.base != nil {
		t.Errorf("the public API is rewritten: %v %v", rw.base, err)
	}
	for _, bad := range []string{"discord.com", "ftp://x", "http://"} {
		if _, err := newRewriter(bad, http.DefaultTransport, time.Second); err == nil {
			t.Errorf("%q accepted as an API base", bad)
		}
	}
}

func TestTranslate(t *testing.T) {
	t.Parallel()
	restErr := func(status int, code int) error {
		return &discordgo.RESTError{Response: &http.Response{StatusCode: status}, Message: &discordgo.APIErrorMessage{Code: code, Message: "m"}}
	}
	tests := []struct {
		name    string
		err     error
		refused bool
		code    int
		wait    time.Duration
	}{
		{"unknown message", restErr(404, codeUnknownMessage), true, codeUnknownMessage, 0},
		{"missing permissions", restErr(403, codeMissingPermissions), true, codeMissingPermissions, 0},
		{"missing access", restErr(403, codeMissingAccess), true, codeMissingAccess, 0},
		{"unknown channel", restErr(404, codeUnknownChannel), true, codeUnknownChannel, 0},
		{"server error", restErr(500, 0), false, 0, 0},
		{"bad gateway after discordgo gave up", errors.New("Exceeded Max retries HTTP 502 Bad Gateway"), false, 0, 0},
		{"rate limit", &discordgo.RateLimitError{RateLimit: &discordgo.RateLimit{TooManyRequests: &discordgo.TooManyRequests{RetryAfter: 1500 * time.Millisecond}}}, false, 0, 1500 * time.Millisecond},
		{"answer unreadable", fmt.Errorf("%w: eof", discordgo.ErrJSONUnmarshal), true, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ce, wait := translate("delete", tt.err)
			if got := errors.Is(ce, ErrRefused); got != tt.refused {
				t.Errorf("refused = %v, want %v (%v)", got, tt.refused, ce)
			}
			if errorCode(ce) != tt.code || wait != tt.wait {
				t.Errorf("code %d wait %s, want %d %s", errorCode(ce), wait, tt.code, tt.wait)
			}
		})
	}
	// a network error's URL may hold an interaction token: it is dropped
	ue := &url.Error{Op: "Post", URL: "https://discord.com/api/v9/interactions/1/SECRET/callback", Err: errors.New("connection reset")}
	if s := scrub(ue); strings.Contains(s, "SECRET") || !strings.Contains(s, "connection reset") {
		t.Errorf("scrub = %q", s)
	}
}

func TestTokenRedacted(t *testing.T) {
	t.Parallel()
	tok := Token("abc.def")
	for _, s := range []string{fmt.Sprint(tok), fmt.Sprintf("%v %s %q %#v", tok, tok, tok, tok), tok.LogValue().String(), fmt.Sprintf("%+v", Options{Token: tok})} {
		if strings.Contains(s, "abc") {
			t.Errorf("token shown: %s", s)
		}
	}
}

func TestDefaultBackoff(t *testing.T) {
	t.Parallel()
	for attempt, lo := range []time.Duration{375 * time.Millisecond, 750 * time.Millisecond, 1500 * time.Millisecond} {
		if d := DefaultBackoff(attempt); d < lo || d > 2*lo {
			t.Errorf("attempt %d: %s", attempt, d)
		}
	}
	if d := DefaultBackoff(40); d > 15*time.Second {
		t.Errorf("attempt 40: %s, want at most 15s", d)
	}
}
