package telegram

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/immunebot/immune/store/postgres/pgtest"
)

// Many chats stuck on Telegram at once, each with a burst of its updates
// side by side: each chat's queue fills to Options.ChatBacklog and stays
// there while the chat is stuck, and the log says once per chat that its
// updates are refused, and never that they are taken again until the
// chat is unstuck, however the requests are scheduled (the place a
// request takes is counted once, from the moment it is taken to the
// moment its task leaves the queue, and a refusal is logged in the order
// the places were taken and refused). Once unstuck, the updates delivered
// again are each judged once, and the log gives each chat's count.
func TestWebhookStuckChatsRefusedOnce(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		store func(t *testing.T) testStore // nil: bbolt
	}{
		{"bbolt", nil},
		{"postgres", func(t *testing.T) testStore { return openShared(t, pgtest.URL(t)) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			const chats, backlog, n = 12, 4, 16
			// WebhookWait short: nothing here is judged before the chats
			// are unstuck, and every update is delivered again until 200
			opt := func(o *Options) { o.ChatBacklog, o.WebhookWait = backlog, 50*time.Millisecond }
			h := newWebhookHarnessBy(t, opt, func(opt func(*Options)) *harness {
				if tc.store == nil {
					return newHarness(t, opt)
				}
				return newHarnessOn(t, newFakeAPI(t), tc.store(t), opt)
			})
			ids := make([]int64, chats)
			for c := range chats {
				ids[c] = -3001 - int64(c)
			}
			release := h.sleep.hold(30 * time.Second)
			defer release()
			for _, chat := range ids {
				h.api.fail("sendMessage", fault{status: 429, desc: "Too Many Requests: retry after 30", retryAfter: 30,
					match: func(p url.Values) bool { return p.Get("chat_id") == itoa(chat) }})
			}

			// each chat's /help, its reply answered 429: the chat's
			// worker waits out the retry, its queue taking no task off
			post := func(wg *sync.WaitGroup, u map[string]any) {
				defer wg.Done()
				body, _ := json.Marshal(u)
				code, err := postWebhook(h.addr, webhookSecret, body)
				if err != nil {
					t.Error(err)
					return
				}
				if code != http.StatusServiceUnavailable {
					t.Errorf("update %v of a stuck chat answered %d, want 503", u["update_id"], code)
				}
			}
			var wg sync.WaitGroup
			for c, chat := range ids {
				wg.Add(1)
				go post(&wg, map[string]any{"update_id": 1 + c, "message": textMsg(chat, member, 1, h.at(0), "/help")})
			}
			wg.Wait()
			h.api.waitFor(t, "every chat's reply answered 429", func(calls []apiCall) bool {
				n := 0
				for _, c := range calls {
					if c.Method == "sendMessage" && c.Status == 429 {
						n++
					}
				}
				return n >= chats
			})

			// every chat's burst at once
			var us []map[string]any
			for c, chat := range ids {
				for i := range n {
					id := 1000 + c*n + i
					us = append(us, map[string]any{"update_id": id, "message": textMsg(chat, 10000+int64(id), 100+i, h.at(1), phish)})
				}
			}
			for _, u := range us {
				wg.Add(1)
				go post(&wg, u)
			}
			wg.Wait()
			logs := h.logs.String()
			for _, chat := range ids {
				if got := h.waitingIn(chat); got != backlog {
					t.Errorf("chat %d's queue holds %d updates, want the backlog, %d", chat, got, backlog)
				}
				if c := strings.Count(logs, `until its queue is shorter" chat=`+itoa(chat)+" "); c != 1 {
					t.Errorf("chat %d's refusal logged %d times while it is stuck, want once", chat, c)
				}
				if strings.Contains(logs, `its queue is shorter" chat=`+itoa(chat)+" refused=") {
					t.Errorf("chat %d's updates taken again while it is stuck", chat)
				}
			}

			release()
			for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(time.Millisecond) {
				left := 0
				for _, chat := range ids {
					left += h.waitingIn(chat)
				}
				if left == 0 {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("%d updates never left the stuck chats' queues", left)
				}
			}
			h.deliverAgain(t, us)
			if err := h.stop(); err != nil {
				t.Fatal(err)
			}
			for c, chat := range ids {
				for i := range n {
					if d := h.api.deletes(chat, 100+i); d != 1 {
						t.Errorf("chat %d's message %d (update %d) deleted %d times, want once", chat, 100+i, 1000+c*n+i, d)
					}
				}
			}
			logs = h.logs.String()
			for _, chat := range ids {
				if c := strings.Count(logs, `until its queue is shorter" chat=`+itoa(chat)+" "); c != 1 {
					t.Errorf("chat %d's refusal logged %d times, want once", chat, c)
				}
				if want := `the webhook takes a chat's updates again; its queue is shorter" chat=` + itoa(chat) + ` refused=` + itoa(n-backlog) + ` backlog=` + itoa(backlog); strings.Count(logs, want) != 1 {
					t.Errorf("the log lacks %q once", want)
				}
			}
		})
	}
}

// A place reserved in a chat's queue counts as one of the chat's waiting
// tasks from reserve until its task leaves the queue, once: queued into
// it, the task takes it over in the same step (never counted twice, as
// queued and still reserved, which refused an update while the queue had
// room); freed unfilled, it makes room again; freed once filled, or twice,
// it makes none.
func TestQueuePlaceCountedOnce(t *testing.T) {
	q := newQueues(slog.New(slog.DiscardHandler)) // not started: tasks wait
	const chat, limit = 7, 2
	p1, p2 := q.reserve(chat, limit), q.reserve(chat, limit)
	if p1 == nil || p2 == nil {
		t.Fatal("an empty queue had no room for two places")
	}
	if q.reserve(chat, limit) != nil {
		t.Fatal("a third place reserved past the limit")
	}
	q.enqueueAt(p1, chat, task{what: "message", run: func(context.Context) {}})
	if !q.hasRoom(chat, limit+1) {
		t.Error("a task queued into its place counted twice")
	}
	if q.hasRoom(chat, limit) {
		t.Error("a task queued into its place not counted")
	}
	q.free(p1)
	if q.hasRoom(chat, limit) {
		t.Error("freeing a filled place made room")
	}
	q.free(p2)
	q.free(p2)
	q.free(nil)
	if p := q.reserve(chat, limit); p == nil {
		t.Error("freeing an unfilled place made no room")
	} else if q.reserve(chat, limit) != nil {
		t.Error("freeing a place twice made room twice")
	}
	// a place of another chat stays reserved
	p3 := q.reserve(chat+1, 1)
	q.enqueueAt(p3, chat, task{what: "message", run: func(context.Context) {}})
	if q.hasRoom(chat+1, 1) {
		t.Error("a task queued in another chat filled the place")
	}
}
