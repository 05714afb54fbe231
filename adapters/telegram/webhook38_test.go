package telegram

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/immunebot/immune/store/postgres/pgtest"
)

// stickChatAWebhook makes chat A's queue wait on Telegram, as stickChatA
// does, with the /help delivered to the webhook (update 1), whose answer
// is then 503.
func stickChatAWebhook(t *testing.T, h *webhookHarness) (release func()) {
	t.Helper()
	return stickChatAWith(t, h.harness, func() {
		if code := h.post(t, map[string]any{"update_id": 1, "message": textMsg(chatA, member, 1, h.at(0), "/help")}); code != http.StatusServiceUnavailable {
			t.Fatalf("the stuck /help answered %d, want 503", code)
		}
	})
}

// waitingIn counts the tasks waiting in a chat's queue, the one running
// not counted.
func (h *harness) waitingIn(chat int64) int {
	h.a.q.mu.Lock()
	defer h.a.q.mu.Unlock()
	if cq, ok := h.a.q.chats[chat]; ok {
		return len(cq.tasks)
	}
	return 0
}

// pressIn is a callback query update: a button pressed under the bot's
// message id in chat.
func pressIn(update int, chat int64, id int, at int64) map[string]any {
	return map[string]any{"update_id": update, "callback_query": map[string]any{
		"id": "cq" + itoa(int64(update)), "from": userObj(admin, "Admin"), "chat_instance": "ci", "data": "noop",
		"message": map[string]any{"message_id": id, "date": at, "chat": map[string]any{"id": chat, "type": "supergroup", "title": "Group"},
			"from": map[string]any{"id": testBotID, "is_bot": true, "first_name": "immune"}, "text": "note"},
	}}
}

// deliverAgain posts each update until it is answered 200, as Telegram
// does with what it got no 2xx for.
func (h *webhookHarness) deliverAgain(t *testing.T, us []map[string]any) {
	t.Helper()
	for _, u := range us {
		for deadline := time.Now().Add(20 * time.Second); h.post(t, u) != http.StatusOK; time.Sleep(time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("update %v never answered 200", u["update_id"])
			}
		}
	}
}

// In webhook mode a chat's queue holds at most Options.ChatBacklog
// updates, however they arrive: a chat stuck on Telegram whose updates
// come side by side (a server that does not wait for each answer before
// the next, or button presses, which Telegram queues by who pressed) has
// the rest answered 503 at once, and Telegram delivers them again.
// Another chat is served meanwhile; once the chat is unstuck, the updates
// delivered again are each judged once, and the log says when the chat's
// updates were refused and when they are taken again, with the count.
func TestWebhookChatBacklogBounded(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		store func(t *testing.T) testStore // nil: bbolt
	}{
		{"bbolt", nil},
		// the delivery claim a PostgreSQL round trip, during which
		// requests side by side must not all find room
		{"postgres", func(t *testing.T) testStore { return openShared(t, pgtest.URL(t)) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			const backlog, n = 20, 60
			// WebhookWait long enough for chat B's threat to be judged
			// at once mostly, short for the stuck ones
			opt := func(o *Options) { o.ChatBacklog, o.WebhookWait = backlog, 2*time.Second }
			h := newWebhookHarnessBy(t, opt, func(opt func(*Options)) *harness {
				if tc.store == nil {
					return newHarness(t, opt)
				}
				return newHarnessOn(t, newFakeAPI(t), tc.store(t), opt)
			})
			release := stickChatAWebhook(t, h)
			defer release()

			var us []map[string]any
			for i := range n {
				us = append(us, map[string]any{"update_id": 100 + i, "message": textMsg(chatA, 10000+int64(i), 100+i, h.at(1), phish)})
			}
			var wg sync.WaitGroup
			for _, u := range us {
				wg.Add(1)
				go func() {
					defer wg.Done()
					body, _ := json.Marshal(u)
					code, err := postWebhook(h.addr, webhookSecret, body)
					if err != nil {
						t.Error(err)
						return
					}
					if code != http.StatusServiceUnavailable {
						t.Errorf("update %v of the stuck chat answered %d, want 503", u["update_id"], code)
					}
				}()
			}
			wg.Wait()
			if got := h.waitingIn(chatA); got != backlog {
				t.Errorf("chat A's queue holds %d updates, want the backlog, %d", got, backlog)
			}
			press := pressIn(200, chatA, 50, h.at(1))
			if code := h.post(t, press); code != http.StatusServiceUnavailable {
				t.Errorf("a button pressed in the stuck chat answered %d, want 503", code)
			}
			if got := h.waitingIn(chatA); got != backlog {
				t.Errorf("chat A's queue holds %d updates after the press, want %d", got, backlog)
			}
			// chat B's threat is judged while chat A is stuck: answered
			// 200 once judged, delivered again (as Telegram does) if
			// its first judgement, the process's first, took longer
			// than WebhookWait on loaded cores
			other := map[string]any{"update_id": 300, "message": textMsg(chatB, member, 900, h.at(1), phish)}
			h.deliverAgain(t, []map[string]any{other})
			h.api.waitDeleted(t, chatB, 900)

			release()
			for deadline := time.Now().Add(20 * time.Second); h.waitingIn(chatA) > 0; time.Sleep(time.Millisecond) {
				if time.Now().After(deadline) {
					t.Fatal("chat A's queue never drained")
				}
			}
			h.deliverAgain(t, append(us, press))
			if err := h.stop(); err != nil {
				t.Fatal(err)
			}
			for i := range n {
				if d := h.api.deletes(chatA, 100+i); d != 1 {
					t.Errorf("chat A's message %d deleted %d times, want once", 100+i, d)
				}
			}
			if d := h.api.deletes(chatB, 900); d != 1 {
				t.Errorf("chat B's threat deleted %d times, want once", d)
			}
			logs := h.logs.String()
			if c := strings.Count(logs, "a chat has too many updates waiting to be judged; the webhook answers its updates 503"); c != 1 {
				t.Errorf("the refusal logged %d times, want once", c)
			}
			if want := `the webhook takes a chat's updates again; its queue is shorter" chat=` + itoa(chatA) + ` refused=41 backlog=20`; !strings.Contains(logs, want) {
				t.Errorf("the log lacks %q", want)
			}
		})
	}
}

// telegramDeliverer posts updates to a webhook as Telegram's Bot API
// server does (tdlib/telegram-bot-api, WebhookActor.cpp): each chat's
// updates in order, the next only once the last was answered 2xx, one
// answered otherwise delivered again after a wait (Telegram: at once, then
// 2, 4, 8 … seconds; here 5 ms), chats side by side.
type telegramDeliverer struct {
	mu    sync.Mutex
	tries map[int]int // deliveries by update id
	wg    sync.WaitGroup
}

// deliver starts delivering one chat's updates.
func (d *telegramDeliverer) deliver(t *testing.T, addr string, us []map[string]any) {
	d.wg.Add(1)
	go func() {
		defer d.wg.Done()
		for _, u := range us {
			body, _ := json.Marshal(u)
			id := u["update_id"].(int)
			for deadline := time.Now().Add(40 * time.Second); ; time.Sleep(5 * time.Millisecond) {
				code, err := postWebhook(addr, webhookSecret, body)
				d.mu.Lock()
				d.tries[id]++
				d.mu.Unlock()
				if err == nil && code == http.StatusOK {
					break
				}
				if time.Now().After(deadline) {
					t.Errorf("update %d never answered 200 (last %d, %v)", id, code, err)
					return
				}
			}
		}
	}()
}

func (d *telegramDeliverer) triesOf(id int) int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.tries[id]
}

// Delivered as Telegram delivers them, a chat stuck on Telegram (a
// command's reply waiting out a 429) takes no memory for the updates
// behind it: its update is answered 503 and delivered again, and
// Telegram sends none of the chat's next ones meanwhile, while another
// chat's are taken and judged. Once the chat is unstuck, its messages are
// all judged, in order.
func TestWebhookStuckChatWaitsAtTelegram(t *testing.T) {
	t.Parallel()
	const n = 200
	h := newWebhookHarness(t, nil, func(o *Options) { o.WebhookWait = 200 * time.Millisecond })
	release := h.sleep.hold(30 * time.Second)
	defer release()
	inA := func(p url.Values) bool { return p.Get("chat_id") == itoa(chatA) }
	h.api.fail("sendMessage", fault{status: 429, desc: "Too Many Requests: retry after 30", retryAfter: 30, match: inA})

	d := &telegramDeliverer{tries: map[int]int{}}
	a := []map[string]any{{"update_id": 1, "message": textMsg(chatA, member, 1, h.at(0), "/help")}}
	for i := range n {
		a = append(a, map[string]any{"update_id": 100 + i, "message": textMsg(chatA, 10000+int64(i), 100+i, h.at(1), phish)})
	}
	b := []map[string]any{{"update_id": 1000, "message": textMsg(chatB, member, 900, h.at(1), phish)}}
	for i := range 20 {
		b = append(b, map[string]any{"update_id": 1001 + i, "message": textMsg(chatB, member+1, 901+i, h.at(1), benign)})
	}
	d.deliver(t, h.addr, a)
	d.deliver(t, h.addr, b)

	h.api.waitDeleted(t, chatB, 900)
	for deadline := time.Now().Add(20 * time.Second); (d.triesOf(1) < 3 && d.triesOf(100+n-1) == 0) || d.triesOf(1020) == 0; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the stuck /help delivered %d times, chat B's last %d times", d.triesOf(1), d.triesOf(1020))
		}
	}
	if got := h.waitingIn(chatA); got != 0 {
		t.Errorf("chat A's queue holds %d updates behind the stuck /help, want none", got)
	}
	h.a.pending.mu.Lock()
	inFlight := len(h.a.pending.ids)
	h.a.pending.mu.Unlock()
	if inFlight != 1 {
		t.Errorf("%d updates in flight, want the stuck /help alone", inFlight)
	}
	if d.triesOf(100) != 0 {
		t.Errorf("chat A's first message delivered while the /help ahead of it was not answered")
	}

	release()
	d.wg.Wait()
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	judgedInOrder(t, h.harness, n)
}
