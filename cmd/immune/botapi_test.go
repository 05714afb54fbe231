package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// idleBotAPI is a Bot API server with no updates for the bot: it knows
// the bot (getMe), answers every other method ok, and holds each long poll
// for poll before answering it empty. Each getUpdates sends on the
// returned channel when it has room, so a test knows the bot polls. It is
// closed when the test ends.
func idleBotAPI(t *testing.T, poll time.Duration) (url string, polling <-chan struct{}) {
	t.Helper()
	ch := make(chan struct{}, 1)
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		switch {
		case strings.HasSuffix(r.URL.Path, "/getMe"):
			io.WriteString(w, `{"ok":true,"result":{"id":42,"is_bot":true,"first_name":"immune","username":"immune_test_bot"}}`)
		case strings.HasSuffix(r.URL.Path, "/getUpdates"):
			select {
			case ch <- struct{}{}:
			default:
			}
			select { // a long poll: answer when the bot hangs up, or soon
			case <-r.Context().Done():
				return
			case <-time.After(poll):
			}
			io.WriteString(w, `{"ok":true,"result":[]}`)
		default:
			io.WriteString(w, `{"ok":true,"result":true}`)
		}
	}))
	t.Cleanup(api.Close)
	return api.URL, ch
}
