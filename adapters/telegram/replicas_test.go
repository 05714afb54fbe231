package telegram

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store/postgres"
	"github.com/immunebot/immune/store/postgres/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// openShared opens a replica's store on the PostgreSQL database at url,
// which other replicas share, and closes it when the test ends.
func openShared(t *testing.T, url string) *postgres.DB {
	t.Helper()
	db, err := postgres.Open(context.Background(), url, postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestWebhookReplicas runs two webhook replicas of one bot on one
// PostgreSQL store against one fake Bot API, and delivers every update to
// both at the same moment, as Telegram does when it delivers an update
// again and the load balancer picks the other replica. Each update is
// handled once: an admin's command is answered and audited once, and a
// phishing message is deleted once. The replica that did not claim an
// update answers 503 while the other handles it, and 200 once it is
// handled.
func TestWebhookReplicas(t *testing.T) {
	t.Parallel()
	url := pgtest.URL(t)
	api := newFakeAPI(t)
	const secret = "replica-Secret_1"
	var addrs []string
	var hs []*harness
	for range 2 {
		db := openShared(t, url)
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addrs = append(addrs, ln.Addr().String())
		hs = append(hs, newHarnessOn(t, api, db, func(o *Options) {
			o.WebhookURL = "https://bot.example.org/telegram"
			o.WebhookSecret = secret
			o.Listener = ln
		}))
	}
	api.waitFor(t, "both replicas set the webhook", func(calls []apiCall) bool {
		n := 0
		for _, c := range calls {
			if c.Method == "setWebhook" {
				n++
			}
		}
		return n == 2
	})
	// post delivers an update as Telegram does: again after a 503, until
	// it is answered 200
	post := func(addr string, body []byte) {
		for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(10 * time.Millisecond) {
			code, err := postWebhook(addr, secret, body)
			if err != nil {
				t.Error(err)
				return
			}
			switch {
			case code == http.StatusOK:
				return
			case code != http.StatusServiceUnavailable:
				t.Errorf("webhook answered %d", code)
				return
			case time.Now().After(deadline):
				t.Errorf("webhook still answered 503 after 20 s")
				return
			}
		}
	}
	toBoth := func(u map[string]any) {
		body, _ := json.Marshal(u)
		var wg sync.WaitGroup
		for _, a := range addrs {
			wg.Go(func() { post(a, body) })
		}
		wg.Wait()
	}
	base := hs[0].base
	at := func(sec int) int64 { return base.Unix() + int64(sec) }
	command := map[string]any{"update_id": 5000, "message": textMsg(chatA, admin, 1, at(0), "/block replica-test-site.com")}
	toBoth(command)
	const phishes = 10
	for i := range phishes {
		toBoth(map[string]any{"update_id": 5001 + i, "message": textMsg(chatB, spammer+int64(i), 10+i, at(i), phish)})
	}
	for i := range phishes {
		api.waitDeleted(t, chatB, 10+i)
	}
	api.waitCall(t, "sendMessage", map[string]string{"chat_id": itoa(chatA)})
	// A join one replica receives is known to the other.
	body, _ := json.Marshal(map[string]any{"update_id": 6000, "chat_member": map[string]any{
		"chat": chatObj(chatC), "from": userObj(555, "New"), "date": at(30),
		"old_chat_member": map[string]any{"status": "left", "user": userObj(555, "New")},
		"new_chat_member": map[string]any{"status": "member", "user": userObj(555, "New")},
	}})
	post(addrs[0], body)
	joined, err := hs[1].db.(bot.Members).Joined(context.Background(), bot.ChatKey{Platform: bot.Telegram, Chat: itoa(chatC)}, "555")
	if err != nil || joined.Unix() != at(30) {
		t.Errorf("the other replica's view of the join: %v %v, want %d", joined, err, at(30))
	}

	for _, h := range hs {
		if err := h.stop(); err != nil {
			t.Fatal(err)
		}
	}
	if n := api.count("sendMessage", map[string]string{"chat_id": itoa(chatA)}); n != 1 {
		t.Errorf("the command was answered %d times, want once", n)
	}
	for i := range phishes {
		if n := api.deletes(chatB, 10+i); n != 1 {
			t.Errorf("phish %d deleted %d times, want once", i, n)
		}
	}
	audit, err := hs[0].db.RecentAudit(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	commands := 0
	for _, e := range audit {
		if strings.Contains(e.Note, "block replica-test-site.com") {
			commands++
		}
	}
	if commands != 1 || len(audit) != phishes+1 {
		t.Errorf("audit: %d entries, the command's %d; want %d and 1", len(audit), commands, phishes+1)
	}
}

// TestWebhookReplicaTakesOverAnAbandonedUpdate: a replica claimed an
// update and went away (killed) before it handled it; Telegram, which got
// no answer, delivers it again to another replica, which answers 503
// while the claim may still be handled, and takes the update over once
// the claim is past bot.DeliveryLease.
func TestWebhookReplicaTakesOverAnAbandonedUpdate(t *testing.T) {
	t.Parallel()
	url := pgtest.URL(t)
	db := openShared(t, url)
	gone := openShared(t, url)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	clock := newClock(time.Now())
	h := newHarnessOn(t, newFakeAPI(t), db, func(o *Options) {
		o.WebhookURL = "https://bot.example.org/telegram"
		o.WebhookSecret = webhookSecret
		o.Listener = ln
		o.Now = clock.Now
	})
	h.api.waitCall(t, "setWebhook", nil)
	wh := &webhookHarness{harness: h, addr: ln.Addr().String()}
	// the replica that went away claimed update 31 of the bot (id 999)
	if c, err := gone.ClaimDelivery(context.Background(), bot.Telegram, itoa(testBotID)+":31", clock.Now()); err != nil || c != bot.Claimed {
		t.Fatalf("claim: %v %v", c, err)
	}
	u := map[string]any{"update_id": 31, "message": textMsg(chatA, member, 731, h.at(0), phish)}
	if code := wh.post(t, u); code != http.StatusServiceUnavailable {
		t.Fatalf("an update another replica claimed a moment ago answered %d, want 503", code)
	}
	clock.Add(bot.DeliveryLease)
	if code := wh.post(t, u); code != http.StatusOK {
		t.Fatalf("an update claimed and left for longer than the lease answered %d, want 200 once handled here", code)
	}
	h.api.waitDeleted(t, chatA, 731)
	if c, err := gone.ClaimDelivery(context.Background(), bot.Telegram, itoa(testBotID)+":31", clock.Now()); err != nil || c != bot.ClaimDone {
		t.Errorf("the update after its handling: %v %v, want done", c, err)
	}
}

// TestReplicaAdoptsOrphanedTasks: a delete another replica decided and left
// in the shared outbox (it stopped for good) is carried out by a replica
// that runs; a task just decided, which its replica is carrying out, is
// left alone.
func TestReplicaAdoptsOrphanedTasks(t *testing.T) {
	t.Parallel()
	url := pgtest.URL(t)
	db := openShared(t, url)
	other := openShared(t, url)
	h := newHarnessOn(t, newFakeAPI(t), db, func(o *Options) {
		o.AdoptEvery = 20 * time.Millisecond
		o.AdoptAfter = time.Hour
	})
	now := time.Now()
	// left after this replica started (it resumed the outbox, then went
	// on to poll), so its start did not resume them
	h.api.waitCall(t, "deleteWebhook", nil)
	if err := other.AddTasks(context.Background(), []bot.Task{
		{ID: "delete/" + itoa(chatA) + "/4242", Platform: bot.Telegram, Action: bot.ActDelete, Chat: itoa(chatA), Message: "4242", Time: now.Add(-2 * time.Hour)},
		{ID: "delete/" + itoa(chatA) + "/4343", Platform: bot.Telegram, Action: bot.ActDelete, Chat: itoa(chatA), Message: "4343", Time: now},
	}); err != nil {
		t.Fatal(err)
	}
	h.api.waitCall(t, "deleteMessage", ids(chatA, 4242))
	time.Sleep(200 * time.Millisecond)
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	if n := h.api.deletes(chatA, 4343); n != 0 {
		t.Errorf("a task just decided by another replica was taken over (%d deletes)", n)
	}
	ts, err := other.PendingTasks(context.Background(), bot.Telegram)
	if err != nil || len(ts) != 1 || ts[0].Message != "4343" {
		t.Errorf("outbox after the adoption: %+v %v, want the young task alone", ts, err)
	}
}
