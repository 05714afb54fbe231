package telegram

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/immunebot/immune/bot"
)

func TestTranslate(t *testing.T) {
	t.Parallel()
	a := &Adapter{opts: Options{Token: testToken}}
	tokenURL := "https://api.telegram.org/bot" + testToken + "/deleteMessage"
	tests := []struct {
		name      string
		err       error
		code      int
		temporary bool
		retry     time.Duration
	}{
		{"rate limit", &tgbotapi.Error{Code: 429, Message: "Too Many Requests: retry after 5", ResponseParameters: tgbotapi.ResponseParameters{RetryAfter: 5}}, 429, true, 5 * time.Second},
		{"server error", &tgbotapi.Error{Code: 502, Message: "Bad Gateway"}, 502, true, 0},
		{"gone", &tgbotapi.Error{Code: 400, Message: "Bad Request: message to delete not found"}, 400, false, 0},
		{"kicked", &tgbotapi.Error{Code: 403, Message: "Forbidden: bot was kicked from the supergroup chat"}, 403, false, 0},
		{"network", &url.Error{Op: "Post", URL: tokenURL, Err: io.ErrUnexpectedEOF}, 0, true, 0},
		{"token in the cause", &url.Error{Op: "Post", URL: tokenURL, Err: errors.New("proxy said no to " + tokenURL)}, 0, true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			err := a.translate(context.Background(), "deleteMessage", tt.err)
			if strings.Contains(err.Error(), testToken) {
				t.Errorf("token in %q", err)
			}
			var ae *APIError
			var te *TransportError
			switch {
			case errors.As(err, &ae):
				if ae.Code != tt.code || ae.Temporary() != tt.temporary || ae.RetryAfter != tt.retry {
					t.Errorf("got %+v (temporary %v)", ae, ae.Temporary())
				}
			case errors.As(err, &te):
				if tt.code != 0 {
					t.Errorf("transport error for an API answer: %v", err)
				}
			default:
				t.Errorf("untranslated: %T %v", err, err)
			}
		})
	}
}

func TestCallGivesUp(t *testing.T) {
	t.Parallel()
	h := newHarness(t, func(o *Options) { o.GiveUpAfter = time.Second; o.RetryBase = 400 * time.Millisecond })
	for range 5 {
		h.api.fail("getChatMember", fault{status: 500, desc: "Internal Server Error"})
	}
	_, err := h.a.call(context.Background(), "getChatMember", tgbotapi.Params{"chat_id": "1", "user_id": "2"})
	if !errors.Is(err, ErrGaveUp) {
		t.Errorf("err = %v, want ErrGaveUp", err)
	}
	var ae *APIError
	if !errors.As(err, &ae) || ae.Code != http.StatusInternalServerError {
		t.Errorf("the last error should be kept: %v", err)
	}
}

func TestDrainTimeoutLeavesDeleteInOutbox(t *testing.T) {
	t.Parallel()
	h := newHarness(t, func(o *Options) { o.DrainTimeout = 50 * time.Millisecond })
	release := h.api.gate("deleteMessage")
	defer release()
	h.api.push(msgUpdate(textMsg(chatA, member, 5, h.at(0), phish)))
	h.api.waitState(t, "the delete waiting", func() bool { return h.api.waiting["deleteMessage"] == 1 })
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	if logs := h.logs.String(); !strings.Contains(logs, `level=ERROR msg="telegram: actions still queued after the drain timeout; they stay in the outbox for the next start"`) {
		t.Errorf("actions left undone must be logged as an error:\n%s", logs)
	}
	ts, err := h.engine.Pending(context.Background(), bot.Telegram)
	if err != nil || len(ts) != 2 || ts[0].Action != bot.ActDelete || ts[0].Message != "5" {
		t.Errorf("outbox after the stop: %+v, %v; want the delete and its notice", ts, err)
	}
}
