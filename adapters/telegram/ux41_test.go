package telegram

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

// stickWebhookChat makes a chat's queue wait on Telegram for retry
// seconds (held until the returned func is called): its /help (update
// id), delivered to the webhook, is answered 429 and then 503, and
// then backlog more of its messages (updates id+1 …) fill its queue,
// each answered 503 once WebhookWait is over.
func stickWebhookChat(t *testing.T, h *webhookHarness, chat int64, id, retry, backlog int) (release func()) {
	t.Helper()
	release = h.sleep.hold(time.Duration(retry) * time.Second)
	in := func(p url.Values) bool { return p.Get("chat_id") == itoa(chat) }
	h.api.fail("sendMessage", fault{status: 429, desc: "Too Many Requests: retry after " + itoa(int64(retry)), retryAfter: retry, match: in})
	if code := h.post(t, map[string]any{"update_id": id, "message": textMsg(chat, member, id, h.at(0), "/help")}); code != http.StatusServiceUnavailable {
		t.Fatalf("the stuck /help answered %d, want 503", code)
	}
	h.api.waitFor(t, "the reply answered 429", func(calls []apiCall) bool {
		for _, c := range calls {
			if c.Method == "sendMessage" && c.Status == 429 && c.Params.Get("chat_id") == itoa(chat) {
				return true
			}
		}
		return false
	})
	for i := 1; i <= backlog; i++ {
		if code := h.post(t, map[string]any{"update_id": id + i, "message": textMsg(chat, int64(5000+i), id+i, h.at(1), benign)}); code != http.StatusServiceUnavailable {
			t.Fatalf("update %d waiting in the stuck chat answered %d, want 503", id+i, code)
		}
	}
	if got := h.waitingIn(chat); got != backlog {
		t.Fatalf("the stuck chat's queue holds %d updates, want %d", got, backlog)
	}
	return release
}

// TestWebhookHandledUpdateAcknowledgedWhileChatFull (ux41): an update
// the webhook handled already, delivered again (Telegram got no answer
// in time, or sends it twice), is answered 200 while its chat's queue is
// full, so that Telegram stops delivering it: it is not waiting to be
// judged. Before, it was answered 503 with every new update of the
// chat, and Telegram delivered it again and again until the queue was
// shorter. A new update of the full chat is still refused.
func TestWebhookHandledUpdateAcknowledgedWhileChatFull(t *testing.T) {
	t.Parallel()
	const backlog = 2
	h := newWebhookHarness(t, nil, func(o *Options) { o.ChatBacklog, o.WebhookWait = backlog, 300*time.Millisecond })
	if code := h.post(t, map[string]any{"update_id": 5, "message": textMsg(chatA, member, 5, h.at(0), benign)}); code != http.StatusOK {
		t.Fatalf("a message of a free chat answered %d, want 200", code)
	}
	release := stickWebhookChat(t, h, chatA, 10, 30, backlog)
	defer release()
	if code := h.post(t, map[string]any{"update_id": 20, "message": textMsg(chatA, member, 20, h.at(1), benign)}); code != http.StatusServiceUnavailable {
		t.Errorf("a new update of the full chat answered %d, want 503", code)
	}
	if code := h.post(t, map[string]any{"update_id": 5, "message": textMsg(chatA, member, 5, h.at(0), benign)}); code != http.StatusOK {
		t.Errorf("update 5, handled already, delivered again while its chat is full answered %d, want 200", code)
	}
}

// TestWebhookRefusedChatsForgotten (ux41): the webhook's count of the
// updates it refused, by chat (for the log line when a chat's updates
// are taken again), forgets a chat whose queue has room again even when
// none of its updates comes again: once a second chat is refused, the
// first, drained and never heard from since, is dropped, with the log
// line saying how many of its updates were refused. Before, every chat
// ever refused stayed in the map until one of its updates was taken, so
// that a busy deployment's chats that fell silent filled memory.
func TestWebhookRefusedChatsForgotten(t *testing.T) {
	t.Parallel()
	const backlog = 2
	h := newWebhookHarness(t, nil, func(o *Options) { o.ChatBacklog, o.WebhookWait = backlog, 300*time.Millisecond })
	releaseA := stickWebhookChat(t, h, chatA, 10, 30, backlog)
	defer releaseA()
	for id := 20; id < 23; id++ {
		if code := h.post(t, map[string]any{"update_id": id, "message": textMsg(chatA, member, id, h.at(1), benign)}); code != http.StatusServiceUnavailable {
			t.Fatalf("a new update of the full chat A answered %d, want 503", code)
		}
	}
	releaseA()
	for deadline := time.Now().Add(20 * time.Second); h.waitingIn(chatA) > 0; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("chat A's queue never drained")
		}
	}
	releaseB := stickWebhookChat(t, h, chatB, 100, 31, backlog)
	defer releaseB()
	if code := h.post(t, map[string]any{"update_id": 120, "message": textMsg(chatB, member, 120, h.at(1), benign)}); code != http.StatusServiceUnavailable {
		t.Fatalf("a new update of the full chat B answered %d, want 503", code)
	}
	h.a.refusedMu.Lock()
	_, keptA := h.a.refused[chatA]
	nB := h.a.refused[chatB]
	size := len(h.a.refused)
	h.a.refusedMu.Unlock()
	if keptA || nB != 1 || size != 1 {
		t.Errorf("refused chats: A kept %v, B counted %d, %d in all; want A forgotten and B's one refusal alone", keptA, nB, size)
	}
	if want := `the webhook takes a chat's updates again; its queue is shorter" chat=` + itoa(chatA) + ` refused=3 backlog=2`; !strings.Contains(h.logs.String(), want) {
		t.Errorf("the log lacks %q", want)
	}
}
