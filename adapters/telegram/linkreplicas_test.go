package telegram

import (
	"encoding/json"
	"net"
	"net/http"
	"strings"
	"testing"

	"github.com/immunebot/immune/store/postgres/pgtest"
)

// TestLinkAcrossWebhookReplicas: an admin's /setlog reaches one webhook
// replica and the /link CODE in the log chat another (the load balancer
// picks), both on one PostgreSQL store. The code is the store's, so the
// second replica links the group; a second /link with the same code, on
// the first replica, finds it used.
func TestLinkAcrossWebhookReplicas(t *testing.T) {
	t.Parallel()
	url := pgtest.URL(t)
	api := newFakeAPI(t)
	api.setMember(logChat, admin, "administrator", nil)
	const secret = "replica-Secret_1"
	var addrs []string
	var hs []*harness
	for range 2 {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addrs = append(addrs, ln.Addr().String())
		hs = append(hs, newHarnessOn(t, api, openShared(t, url), func(o *Options) {
			o.WebhookURL = "https://bot.example.org/telegram"
			o.WebhookSecret = secret
			o.Listener = ln
		}))
	}
	post := func(addr string, id int, m map[string]any) {
		t.Helper()
		body, _ := json.Marshal(map[string]any{"update_id": id, "message": m})
		if code, err := postWebhook(addr, secret, body); err != nil || code != http.StatusOK {
			t.Fatalf("webhook: %d %v", code, err)
		}
	}
	at := hs[0].at
	post(addrs[0], 7000, groupMsg(chatA, "Group A", admin, "en", 1, at(0), "/setlog"))
	r := api.waitCall(t, "sendMessage", replyTo(chatA, 1))
	_, rest, ok := strings.Cut(r.get("text"), "/link ")
	if !ok {
		t.Fatalf("setlog answered %q", r.get("text"))
	}
	code := strings.Fields(rest)[0]
	post(addrs[1], 7001, groupMsg(logChat, "Mods", admin, "en", 2, at(1), "/link "+code))
	if l := api.waitCall(t, "sendMessage", replyTo(logChat, 2)); !strings.Contains(l.get("text"), "«Group A» now come to «Mods»") {
		t.Fatalf("/link on the other replica answered %q", l.get("text"))
	}
	post(addrs[0], 7002, groupMsg(logChat, "Mods", admin, "en", 3, at(2), "/link "+code))
	if l := api.waitCall(t, "sendMessage", replyTo(logChat, 3)); !strings.Contains(l.get("text"), "not a live code") {
		t.Errorf("a code used on one replica, again on the other: %q", l.get("text"))
	}
	for _, h := range hs {
		if err := h.stop(); err != nil {
			t.Fatal(err)
		}
	}
}
