package telegram

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// webhookHarness is a harness in webhook mode on a local listener.
type webhookHarness struct {
	*harness
	addr string
}

const webhookSecret = "s3cret_T0ken-x"

func newWebhookHarness(t *testing.T, cfg *bot.Config, opt func(*Options)) *webhookHarness {
	t.Helper()
	if cfg != nil {
		return newWebhookHarnessBy(t, opt, func(opt func(*Options)) *harness { return newHarnessConfig(t, *cfg, opt) })
	}
	return newWebhookHarnessBy(t, opt, func(opt func(*Options)) *harness { return newHarness(t, opt) })
}

// newWebhookHarnessBy is newWebhookHarness with the harness made by start
// (on a store of its choosing) from the adapter's options.
func newWebhookHarnessBy(t *testing.T, opt func(*Options), start func(func(*Options)) *harness) *webhookHarness {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	h := start(func(o *Options) {
		o.WebhookURL = "https://bot.example.org/telegram"
		o.WebhookSecret = webhookSecret
		o.Listener = ln
		if opt != nil {
			opt(o)
		}
	})
	h.api.waitCall(t, "setWebhook", map[string]string{"url": "https://bot.example.org/telegram"})
	return &webhookHarness{harness: h, addr: ln.Addr().String()}
}

// post delivers an update as Telegram does and returns the status answered.
func (h *webhookHarness) post(t *testing.T, u map[string]any) int {
	t.Helper()
	body, _ := json.Marshal(u)
	code, err := postWebhook(h.addr, webhookSecret, body)
	if err != nil {
		t.Fatal(err)
	}
	return code
}

// postWebhook delivers an update's body to the webhook listening on addr
// as Telegram does, with the secret token (none when it is empty), and
// returns the status answered.
func postWebhook(addr, secret string, body []byte) (int, error) {
	req, err := http.NewRequest(http.MethodPost, "http://"+addr+"/telegram", bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	if secret != "" {
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	return resp.StatusCode, nil
}

// audited reports whether the store holds the decision about a message.
func (h *webhookHarness) audited(t *testing.T, chat int64, id int) bool {
	t.Helper()
	es, err := h.db.RecentAudit(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if e.Message.Chat == itoa(chat) && e.Message.ID == itoa(int64(id)) {
			return true
		}
	}
	return false
}

// A webhook update is answered once its message is judged and the
// decision committed: when Telegram has its 200, a crash loses nothing.
func TestWebhookAnswersOnceTheDecisionIsCommitted(t *testing.T) {
	t.Parallel()
	h := newWebhookHarness(t, nil, nil)
	for i := range 5 {
		id := 700 + i
		u := map[string]any{"update_id": 10 + i, "message": textMsg(chatA, member+int64(i), id, h.at(i), phish)}
		if code := h.post(t, u); code != http.StatusOK {
			t.Fatalf("update %d answered %d, want 200", id, code)
		}
		if !h.audited(t, chatA, id) {
			t.Fatalf("update %d answered before its decision was committed", id)
		}
	}
	for i := range 5 {
		h.api.waitDeleted(t, chatA, 700+i)
	}
}

// An update whose judging takes longer than the webhook may wait (here it
// waits for the admin list, which its decision depends on under the
// "report" policy, and which is held) is answered 503, never 200, so that
// Telegram delivers it again; delivered again once it is judged, it is
// answered 200 and carried out once.
func TestWebhookUpdateStillBeingJudgedIsAskedAgain(t *testing.T) {
	t.Parallel()
	cfg := bot.DefaultConfig()
	cfg.Admins = bot.AdminsReport
	h := newWebhookHarness(t, &cfg, func(o *Options) { o.WebhookWait = 100 * time.Millisecond })
	release := h.api.gate("getChatAdministrators")
	u := map[string]any{"update_id": 20, "message": textMsg(chatB, member, 720, h.at(0), phish)}
	if code := h.post(t, u); code != http.StatusServiceUnavailable {
		t.Fatalf("an update still being judged answered %d, want 503", code)
	}
	if code := h.post(t, u); code != http.StatusServiceUnavailable { // Telegram trying again too soon
		t.Fatalf("delivered again while still being judged: answered %d, want 503", code)
	}
	release()
	h.api.waitDeleted(t, chatB, 720)
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(time.Millisecond) {
		if _, judging := h.a.pending.handled(20); !judging {
			break // handled: its decision committed, its delete done
		}
		if time.Now().After(deadline) {
			t.Fatal("the update never handled")
		}
	}
	if code := h.post(t, u); code != http.StatusOK {
		t.Fatalf("delivered again once judged: answered %d, want 200", code)
	}
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	if n := h.api.deletes(chatB, 720); n != 1 {
		t.Errorf("deleted %d times, want once", n)
	}
}
