package telegram

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

const (
	phish  = "Your Yahoo account will be locked, verify now: https://yahoo-account-verify.top/login"
	benign = "the docs are at https://go.dev/doc/effective_go"
	lure   = "is this you in this photo? https://photo-album-share.net/you.zip"
)

func ids(chat int64, id int) map[string]string {
	return map[string]string{"chat_id": itoa(chat), "message_id": strconv.Itoa(id)}
}

func replyTo(chat int64, id int) map[string]string {
	return map[string]string{"chat_id": itoa(chat), "reply_to_message_id": strconv.Itoa(id)}
}

func TestPhishingDeletedWithNotice(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.api.push(msgUpdate(textMsg(chatA, member, 5, h.at(0), phish)))

	h.api.waitCall(t, "deleteMessage", ids(chatA, 5))
	n := h.api.waitCall(t, "sendMessage", replyTo(chatA, 5))
	if n.get("allow_sending_without_reply") != "true" {
		t.Errorf("notice without allow_sending_without_reply: %v", n.Params)
	}
	if n.get("parse_mode") != "" || n.get("disable_web_page_preview") != "true" {
		t.Errorf("notice must be plain text without previews: %v", n.Params)
	}
	text := n.get("text")
	if strings.Contains(text, "https://") || strings.Contains(text, "yahoo-account-verify.top") || !strings.Contains(text, "yahoo-account-verify[.]top") {
		t.Errorf("notice must name the link defanged only: %q", text)
	}
}

func TestBenignLinkKept(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.api.push(msgUpdate(textMsg(chatA, member, 6, h.at(0), benign)))
	h.api.push(msgUpdate(textMsg(chatA, member, 7, h.at(1), phish)))
	// the chat's work is done in order: once 7 is dealt with, 6 was too
	h.api.waitCall(t, "sendMessage", replyTo(chatA, 7))
	if n := h.api.deletes(chatA, 6); n != 0 {
		t.Errorf("benign message deleted %d times", n)
	}
	if n := h.api.count("sendMessage", replyTo(chatA, 6)); n != 0 {
		t.Errorf("benign message answered %d times", n)
	}
}

func TestMemberAllowRefused(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.api.push(msgUpdate(textMsg(chatA, member, 8, h.at(0), "/allow example.com")))
	r := h.api.waitCall(t, "sendMessage", replyTo(chatA, 8))
	if !strings.Contains(strings.ToLower(r.get("text")), "admin") {
		t.Errorf("refusal should say it is for admins: %q", r.get("text"))
	}
	if got := h.engine.Classifier().Lists().Entries("telegram:" + itoa(chatA)); len(got) != 0 {
		t.Errorf("a member's /allow changed the lists: %v", got)
	}
	if h.api.count("getChatMember", map[string]string{"chat_id": itoa(chatA), "user_id": itoa(member)}) != 1 {
		t.Errorf("the admin check should ask getChatMember once")
	}
	if h.api.deletes(chatA, 8) != 0 {
		t.Errorf("a command message was judged and deleted")
	}
}

func TestAdminBlockObeyed(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.api.push(msgUpdate(textMsg(chatA, admin, 9, h.at(0), "/block@"+testBotName+" evil-example.com")))
	r := h.api.waitCall(t, "sendMessage", replyTo(chatA, 9))
	if !strings.Contains(r.get("text"), "evil-example[.]com") {
		t.Errorf("block answer: %q", r.get("text"))
	}
	// a command for another bot is not ours
	h.api.push(msgUpdate(textMsg(chatA, admin, 10, h.at(1), "/block@other_bot good.example")))
	h.api.push(msgUpdate(textMsg(chatA, member, 11, h.at(2), "look https://evil-example.com/x")))
	h.api.waitCall(t, "deleteMessage", ids(chatA, 11))
	if n := h.api.count("sendMessage", replyTo(chatA, 10)); n != 0 {
		t.Errorf("answered a command addressed to another bot")
	}
	for _, e := range h.engine.Classifier().Lists().Entries("telegram:" + itoa(chatA)) {
		if e.Value == "good.example" {
			t.Errorf("a command for another bot changed the lists")
		}
	}
}

func TestRateLimitedDeleteRetried(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.api.fail("deleteMessage", fault{status: 429, desc: "Too Many Requests: retry after 7", retryAfter: 7})
	h.api.push(msgUpdate(textMsg(chatA, member, 12, h.at(0), phish)))
	h.api.waitCall(t, "deleteMessage", ids(chatA, 12))
	if n := h.api.count("deleteMessage", ids(chatA, 12)); n != 2 {
		t.Errorf("deleteMessage called %d times, want 2 (429, then done)", n)
	}
	if !h.sleep.saw(7 * time.Second) {
		t.Errorf("did not wait retry_after: waits %v", h.sleep.all())
	}
}

func TestServerErrorBacksOff(t *testing.T) {
	t.Parallel()
	h := newHarness(t, func(o *Options) { o.RetryBase = 100 * time.Millisecond })
	h.api.fail("deleteMessage", fault{status: 500, desc: "Internal Server Error"})
	h.api.fail("deleteMessage", fault{hangup: true})
	h.api.push(msgUpdate(textMsg(chatA, member, 13, h.at(0), phish)))
	h.api.waitCall(t, "deleteMessage", ids(chatA, 13))
	if !h.sleep.saw(100*time.Millisecond) || !h.sleep.saw(200*time.Millisecond) {
		t.Errorf("want exponential backoff 100ms, 200ms: waits %v", h.sleep.all())
	}
}

func TestPermanentRefusalNotRetried(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.api.fail("deleteMessage", fault{status: 400, desc: "Bad Request: message can't be deleted"})
	h.api.push(msgUpdate(textMsg(chatA, member, 14, h.at(0), phish)))
	h.api.waitFor(t, "the refusal", func(calls []apiCall) bool {
		for _, c := range calls {
			if c.Method == "deleteMessage" && c.Status == 400 {
				return true
			}
		}
		return false
	})
	h.api.push(msgUpdate(textMsg(chatA, member, 15, h.at(1), phish)))
	h.api.waitCall(t, "deleteMessage", ids(chatA, 15))
	if n := h.api.count("deleteMessage", ids(chatA, 14)); n != 1 {
		t.Errorf("refused delete tried %d times, want 1", n)
	}
	h.api.waitCall(t, "sendMessage", replyTo(chatA, 14)) // the warning goes out all the same
	if n := strings.Count(h.logs.String(), "telegram refused to delete a message"); n != 1 {
		t.Errorf("refusal logged %d times, want 1", n)
	}
}

func TestEditAddingLink(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.api.push(msgUpdate(textMsg(chatA, member, 20, h.at(0), "hello everyone, how are you?")))
	edited := textMsg(chatA, member, 20, h.at(0), "hello everyone, how are you? "+phish)
	edited["edit_date"] = h.at(30)
	h.api.push(map[string]any{"edited_message": edited})
	h.api.waitCall(t, "deleteMessage", ids(chatA, 20))
	if n := h.api.count("deleteMessage", ids(chatA, 20)); n != 1 {
		t.Errorf("deleted %d times", n)
	}
}

func TestHiddenTextLink(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	text := "Chào cả nhà 👋 quà tặng miễn phí ở đây nhé"
	off := utf16Len16("Chào cả nhà 👋 quà tặng miễn phí ở ")
	m := textMsg(chatA, member, 21, h.at(0), text)
	m["entities"] = []map[string]any{{"type": "text_link", "offset": off, "length": utf16Len16("đây"), "url": "https://dlscord.com/gift"}}
	h.api.push(msgUpdate(m))
	h.api.waitCall(t, "deleteMessage", ids(chatA, 21))
	n := h.api.waitCall(t, "sendMessage", replyTo(chatA, 21))
	if !strings.Contains(n.get("text"), "dlscord[.]com") {
		t.Errorf("notice should name the hidden target: %q", n.get("text"))
	}
}

func TestPhotoCaption(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	m := map[string]any{"message_id": 22, "date": h.at(0), "chat": chatObj(chatA), "from": userObj(member, "Ann"),
		"photo":   []map[string]any{{"file_id": "a", "file_unique_id": "a", "width": 90, "height": 90, "file_size": 1000}},
		"caption": phish}
	h.api.push(msgUpdate(m))
	h.api.waitCall(t, "deleteMessage", ids(chatA, 22))
}

func TestHijackedAccountSwept(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	chats := []int64{chatA, chatB, chatC}
	for i, c := range chats[:2] {
		h.api.push(msgUpdate(textMsg(c, spammer, 30+i, h.at(i*60), lure)))
		// a warning only, for now
		h.api.waitCall(t, "sendMessage", replyTo(c, 30+i))
	}
	h.api.push(msgUpdate(textMsg(chatC, spammer, 32, h.at(120), lure)))
	for i, c := range chats {
		h.api.waitCall(t, "deleteMessage", ids(c, 30+i))
	}
	r := h.api.waitCall(t, "restrictChatMember", map[string]string{"chat_id": itoa(chatC), "user_id": itoa(spammer)})
	var perms map[string]bool
	if err := json.Unmarshal([]byte(r.get("permissions")), &perms); err != nil {
		t.Fatal(err)
	}
	for k, v := range perms {
		if v {
			t.Errorf("restricted member keeps %s", k)
		}
	}
	until, _ := strconv.ParseInt(r.get("until_date"), 10, 64)
	if want := h.at(120) + int64(24*time.Hour/time.Second); until != want {
		t.Errorf("until_date %d, want %d (24h after the message)", until, want)
	}
	// muted in the groups it spread to as well, not only where it was caught
	for _, c := range chats[:2] {
		h.api.waitCall(t, "restrictChatMember", map[string]string{"chat_id": itoa(c), "user_id": itoa(spammer)})
	}
}

func TestAnonymousAdminStatus(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	m := map[string]any{"message_id": 40, "date": h.at(0), "chat": chatObj(chatA),
		"from":        map[string]any{"id": GroupAnonymousBotID, "is_bot": true, "first_name": "Group", "username": "GroupAnonymousBot"},
		"sender_chat": chatObj(chatA), "text": "/status"}
	h.api.push(msgUpdate(m))
	r := h.api.waitCall(t, "sendMessage", replyTo(chatA, 40))
	if !strings.Contains(r.get("text"), "✅") {
		t.Errorf("status should report the bot's rights: %q", r.get("text"))
	}
	h.api.waitCall(t, "getChatMember", map[string]string{"chat_id": itoa(chatA), "user_id": itoa(testBotID)})

	// an anonymous admin may change settings
	m["message_id"], m["text"] = 41, "/mode warn"
	h.api.push(msgUpdate(m))
	r = h.api.waitCall(t, "sendMessage", replyTo(chatA, 41))
	if strings.Contains(strings.ToLower(r.get("text")), "admin") {
		t.Errorf("anonymous admin refused: %q", r.get("text"))
	}
	if n := h.api.count("getChatMember", map[string]string{"user_id": itoa(GroupAnonymousBotID)}); n != 0 {
		t.Errorf("asked getChatMember about GroupAnonymousBot")
	}
	// warn mode: a phishing message is warned about, not deleted
	h.api.push(msgUpdate(textMsg(chatA, member, 42, h.at(2), phish)))
	h.api.waitCall(t, "sendMessage", replyTo(chatA, 42))
	if n := h.api.deletes(chatA, 42); n != 0 {
		t.Errorf("deleted in warn mode")
	}
}

func TestCleanShutdown(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	release := h.api.gate("deleteMessage")
	defer release()
	releaseMany := h.api.gate("deleteMessages")
	defer releaseMany()
	h.api.push(msgUpdate(textMsg(chatA, member, 50, h.at(0), phish)))
	h.api.push(msgUpdate(textMsg(chatB, member, 51, h.at(1), phish)))
	last := h.api.push(msgUpdate(textMsg(chatB, member, 52, h.at(2), phish)))
	// every update taken, and every delete in flight (alone or together)
	h.api.waitCall(t, "getUpdates", map[string]string{"offset": strconv.Itoa(last + 1)})
	h.api.waitState(t, "every delete in flight", func() bool {
		return h.api.held[itoa(chatA)+"/50"] == 1 && h.api.held[itoa(chatB)+"/51"] == 1 && h.api.held[itoa(chatB)+"/52"] == 1
	})
	h.cancel()
	h.api.waitState(t, "the long poll given up", func() bool { return h.api.aborted["getUpdates"] == 1 })
	select {
	case err := <-h.done:
		t.Fatalf("Run returned (%v) with deletes still in flight", err)
	default:
	}
	release()
	releaseMany()
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	for _, m := range []struct {
		chat int64
		id   int
	}{{chatA, 50}, {chatB, 51}, {chatB, 52}} {
		if h.api.deletes(m.chat, m.id) != 1 || h.api.count("sendMessage", replyTo(m.chat, m.id)) != 1 {
			t.Errorf("message %d in %d: not dealt with before Run returned", m.id, m.chat)
		}
	}
	h.api.mu.Lock()
	confirmed := h.api.confirmed
	h.api.mu.Unlock()
	if confirmed <= last {
		t.Errorf("updates confirmed up to %d, want past %d: a restart would see them again", confirmed, last)
	}
	if n := len(h.api.callsOf("setMyCommands")); n != 4 {
		t.Errorf("setMyCommands called %d times, want 4", n)
	}
}

func TestFloodedChatDoesNotStallOthers(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	release := h.sleep.hold(29 * time.Second)
	defer release()
	h.api.fail("deleteMessage", fault{status: 429, desc: "Too Many Requests: retry after 29", retryAfter: 29,
		match: func(p url.Values) bool { return p.Get("chat_id") == itoa(chatA) }})
	h.api.push(msgUpdate(textMsg(chatA, member, 60, h.at(0), phish)))
	h.api.push(msgUpdate(textMsg(chatB, member, 61, h.at(1), phish)))
	h.api.waitCall(t, "deleteMessage", ids(chatB, 61))
	h.api.waitCall(t, "sendMessage", replyTo(chatB, 61))
	if n := h.api.count("sendMessage", replyTo(chatA, 60)); n != 0 {
		t.Errorf("chat A went on while it waits on retry_after")
	}
	release()
	h.api.waitCall(t, "deleteMessage", ids(chatA, 60))
	h.api.waitCall(t, "sendMessage", replyTo(chatA, 60))
}

func TestCheckAndReportAsReplies(t *testing.T) {
	t.Parallel()
	h := newHarness(t, func(o *Options) {})
	h.api.setMember(chatA, 301, "administrator", nil)
	// mode warn, so the suspicious message stays for the reply to name it
	h.api.push(msgUpdate(textMsg(chatA, admin, 70, h.at(0), "/mode warn")))
	h.api.waitCall(t, "sendMessage", replyTo(chatA, 70))

	suspicious := textMsg(chatA, spammer, 71, h.at(1), phish)
	h.api.push(msgUpdate(suspicious))
	h.api.waitCall(t, "sendMessage", replyTo(chatA, 71))

	check := textMsg(chatA, member, 72, h.at(2), "/check")
	check["reply_to_message"] = suspicious
	h.api.push(msgUpdate(check))
	r := h.api.waitCall(t, "sendMessage", replyTo(chatA, 72))
	if !strings.Contains(r.get("text"), "yahoo-account-verify[.]top") {
		t.Errorf("/check as a reply should judge the replied message: %q", r.get("text"))
	}

	report := textMsg(chatA, member, 73, h.at(3), "/report")
	report["reply_to_message"] = suspicious
	h.api.push(msgUpdate(report))
	h.api.waitCall(t, "sendMessage", replyTo(chatA, 73))
	// the report goes to the chat, replying to the reported message, with the admins mentioned
	rep, ents := h.api.waitReport(t, 71)
	mentioned := map[int64]bool{}
	for _, e := range ents {
		mentioned[e.User.ID] = true
		if s, ok := utf16Slice(rep.get("text"), e.Offset, e.Length); !ok || s != "User"+itoa(e.User.ID) {
			t.Errorf("mention at %d+%d is %q, want the admin's name", e.Offset, e.Length, s)
		}
	}
	if !mentioned[admin] || !mentioned[301] || mentioned[testBotID] {
		t.Errorf("mentions %v: want both admins and not the bot", mentioned)
	}
}

func TestPardonLiftsRestriction(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	for i, c := range []int64{chatA, chatB, chatC} {
		h.api.push(msgUpdate(textMsg(c, spammer, 80+i, h.at(i*60), lure)))
		h.api.waitCall(t, "sendMessage", replyTo(c, 80+i))
	}
	h.api.waitCall(t, "restrictChatMember", map[string]string{"chat_id": itoa(chatC), "user_id": itoa(spammer)})
	h.api.push(msgUpdate(textMsg(chatA, admin, 90, h.at(200), "/pardon "+itoa(spammer))))
	h.api.waitCall(t, "sendMessage", replyTo(chatA, 90))
	var lifted apiCall
	h.api.waitFor(t, "the mute lifted in chat C", func(calls []apiCall) bool {
		for _, c := range calls {
			if c.Method == "restrictChatMember" && c.get("chat_id") == itoa(chatC) && strings.Contains(c.get("permissions"), "true") {
				lifted = c
				return true
			}
		}
		return false
	})
	var perms map[string]bool
	_ = json.Unmarshal([]byte(lifted.get("permissions")), &perms)
	if !perms["can_send_messages"] || !perms["can_send_other_messages"] {
		t.Errorf("lift permissions: %v", perms)
	}
}

func TestAddedWithoutRights(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	const chatD = int64(-1004)
	h.api.setMember(chatD, testBotID, "member", nil)
	h.api.push(map[string]any{"my_chat_member": map[string]any{
		"chat": chatObj(chatD), "from": userObj(admin, "Admin"), "date": h.at(0),
		"old_chat_member": map[string]any{"status": "left", "user": userObj(testBotID, "immune")},
		"new_chat_member": map[string]any{"status": "member", "user": userObj(testBotID, "immune")},
	}})
	r := h.api.waitCall(t, "sendMessage", map[string]string{"chat_id": itoa(chatD)})
	text := r.get("text")
	if !strings.Contains(text, "delete messages") || !strings.Contains(text, "ban users") {
		t.Errorf("should say which rights are missing: %q", text)
	}
}

func TestMemberSinceFromJoin(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.api.push(map[string]any{"chat_member": map[string]any{
		"chat": chatObj(chatA), "from": userObj(555, "New"), "date": h.at(0),
		"old_chat_member": map[string]any{"status": "left", "user": userObj(555, "New")},
		"new_chat_member": map[string]any{"status": "member", "user": userObj(555, "New")},
	}})
	join := map[string]any{"message_id": 95, "date": h.at(5), "chat": chatObj(chatA), "from": userObj(556, "Other"),
		"new_chat_members": []any{userObj(556, "Other")}}
	h.api.push(msgUpdate(join))
	h.api.push(msgUpdate(textMsg(chatA, member, 96, h.at(6), phish)))
	h.api.waitCall(t, "deleteMessage", ids(chatA, 96))
	if got := h.a.joins.since(chatA, 555); got.Unix() != h.at(0) {
		t.Errorf("member 555 joined at %v, want %d", got, h.at(0))
	}
	if got := h.a.joins.since(chatA, 556); got.Unix() != h.at(5) {
		t.Errorf("member 556 joined at %v, want %d", got, h.at(5))
	}
}

func TestWebhook(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	const secret = "s3cret_T0ken-x"
	h := newHarness(t, func(o *Options) {
		o.WebhookURL = "https://bot.example.org/telegram"
		o.WebhookSecret = secret
		o.Listener = ln
	})
	sw := h.api.waitCall(t, "setWebhook", map[string]string{"url": "https://bot.example.org/telegram", "secret_token": secret})
	if !strings.Contains(sw.get("allowed_updates"), "chat_member") {
		t.Errorf("allowed_updates: %q", sw.get("allowed_updates"))
	}
	body, _ := json.Marshal(map[string]any{"update_id": 1, "message": textMsg(chatA, member, 100, h.at(0), phish)})
	post := func(token string) int {
		code, err := postWebhook(ln.Addr().String(), token, body)
		if err != nil {
			t.Fatal(err)
		}
		return code
	}
	if code := post(""); code != http.StatusForbidden {
		t.Errorf("no secret: %d, want 403", code)
	}
	if code := post("wrong"); code != http.StatusForbidden {
		t.Errorf("wrong secret: %d, want 403", code)
	}
	if code := post(secret); code != http.StatusOK {
		t.Errorf("right secret: %d, want 200", code)
	}
	if code := post(secret); code != http.StatusOK { // Telegram sending it again
		t.Errorf("repeat: %d, want 200", code)
	}
	h.api.waitCall(t, "deleteMessage", ids(chatA, 100))
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	if n := h.api.count("deleteMessage", ids(chatA, 100)); n != 1 {
		t.Errorf("a repeated update was handled %d times", n)
	}
	if n := len(h.api.callsOf("deleteWebhook")) + len(h.api.callsOf("getUpdates")); n != 0 {
		t.Errorf("webhook mode called deleteWebhook or getUpdates")
	}
}

func TestTokenRejected(t *testing.T) {
	t.Parallel()
	api := newFakeAPI(t)
	eng := testEngine(t)
	_, err := New(Options{Token: "123:wrong-token", APIURL: api.URL()}, eng, nil)
	if err == nil || !strings.Contains(err.Error(), "rejected") || strings.Contains(err.Error(), "wrong-token") {
		t.Errorf("New with a bad token: %v", err)
	}
	// a server that does not answer: the error names no token either
	_, err = New(Options{Token: testToken, APIURL: "http://127.0.0.1:1", CallTimeout: 5 * time.Second}, eng, nil)
	if err == nil || strings.Contains(err.Error(), testToken) {
		t.Errorf("New against nothing: %v", err)
	}
}

func TestOptionsNeverShowSecrets(t *testing.T) {
	t.Parallel()
	o := Options{Token: testToken, WebhookURL: "https://x.example/hook", WebhookSecret: "hook-secret"}
	// a webhook URL with the token in its path, as some guides suggest:
	// the log's "telegram adapter running" line showed it
	withToken := Options{Token: testToken, WebhookURL: "https://x.example/hook/" + testToken, WebhookSecret: "hook-secret"}
	for _, s := range []string{o.String(), o.GoString(), o.LogValue().String(), withToken.String(), withToken.LogValue().String()} {
		if strings.Contains(s, testToken) || strings.Contains(s, "hook-secret") {
			t.Errorf("options show a secret: %s", s)
		}
	}
	if s := withToken.String(); !strings.Contains(s, "https://x.example/hook/[token]") {
		t.Errorf("options: %s", s)
	}
	// the token in the URL's query, escaped as a query writes it
	inQuery := Options{Token: testToken, WebhookURL: "https://x.example/hook?token=" + url.QueryEscape(testToken), WebhookSecret: "hook-secret"}
	if s := inQuery.String(); !strings.Contains(s, "https://x.example/hook?token=[token]") {
		t.Errorf("options: %s", s)
	}
}

func testEngine(t *testing.T) *bot.Engine {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "immune.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	eng, err := bot.NewEngine(context.Background(), bot.DefaultConfig(), db, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return eng
}

func TestChannelPostDeletedSilently(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	const channel = int64(-1009)
	post := func(id int) map[string]any {
		ch := map[string]any{"id": channel, "type": "channel", "title": "News"}
		return map[string]any{"channel_post": map[string]any{"message_id": id, "date": h.at(id), "chat": ch, "sender_chat": ch, "text": phish}}
	}
	h.api.push(post(1))
	h.api.push(post(2))
	h.api.waitDeleted(t, channel, 1)
	h.api.waitDeleted(t, channel, 2)
	if n := h.api.count("sendMessage", map[string]string{"chat_id": itoa(channel)}); n != 0 {
		t.Errorf("wrote %d messages in a channel", n)
	}
}

func TestLongPollTimesOutAndPollsAgain(t *testing.T) {
	t.Parallel()
	h := newHarness(t, func(o *Options) { o.PollTimeout = time.Second })
	calls := h.api.waitFor(t, "two empty long polls", func(calls []apiCall) bool {
		n := 0
		for _, c := range calls {
			if c.Method == "getUpdates" {
				n++
			}
		}
		return n >= 2
	})
	var polls []apiCall
	for _, c := range calls {
		if c.Method == "getUpdates" {
			polls = append(polls, c)
		}
	}
	p := polls[0]
	if p.get("timeout") != "1" || p.get("offset") != "" {
		t.Errorf("first poll: %v", p.Params)
	}
	var allowed []string
	if err := json.Unmarshal([]byte(p.get("allowed_updates")), &allowed); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"message", "edited_message", "channel_post", "edited_channel_post", "my_chat_member", "chat_member"} {
		if !slices.Contains(allowed, want) {
			t.Errorf("allowed_updates %v lacks %s", allowed, want)
		}
	}
	if len(h.api.callsOf("deleteWebhook")) != 1 {
		t.Errorf("polling should remove a webhook left from webhook mode")
	}
}

// A member's command is no way around the filter: a dangerous link in
// "/check ..." is deleted once the answer is given, and the member gets no
// strike for asking.
func TestDangerousLinkInAMemberCommandIsRemoved(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.api.push(msgUpdate(textMsg(chatA, member, 80, h.at(0), "/check "+phish)))
	r := h.api.waitCall(t, "sendMessage", replyTo(chatA, 80))
	if !strings.Contains(r.get("text"), "yahoo-account-verify[.]top") {
		t.Errorf("the check answer should name the danger: %q", r.get("text"))
	}
	h.api.waitCall(t, "deleteMessage", ids(chatA, 80))
	// a harmless check stays
	h.api.push(msgUpdate(textMsg(chatA, member, 81, h.at(1), "/check https://github.com/golang/go")))
	h.api.waitCall(t, "sendMessage", replyTo(chatA, 81))
	h.api.push(msgUpdate(textMsg(chatA, member, 82, h.at(2), "/check "+phish)))
	h.api.waitCall(t, "deleteMessage", ids(chatA, 82))
	if n := h.api.deletes(chatA, 81); n != 0 {
		t.Errorf("a harmless /check was deleted")
	}
}

// TestResentUpdatesAfterUncleanStop: Telegram sends again the updates a bot
// did not confirm before it stopped. A message judged before the stop is
// not acted on a second time and gives no second strike or audit entry.
func TestResentUpdatesAfterUncleanStop(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "immune.db")
	h := newHarnessAt(t, path, nil)
	first := msgUpdate(textMsg(chatA, spammer, 5, h.at(0), phish))
	h.api.push(first)
	h.api.waitCall(t, "deleteMessage", ids(chatA, 5))
	h.api.waitCall(t, "sendMessage", replyTo(chatA, 5))
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	h.db.Close()

	// The restarted bot gets the update again, then a new one.
	h2 := newHarnessAt(t, path, nil)
	h2.api.push(first)
	h2.api.push(msgUpdate(textMsg(chatA, spammer, 6, h.at(10), phish)))
	h2.api.waitCall(t, "deleteMessage", ids(chatA, 6))
	h2.api.waitCall(t, "sendMessage", replyTo(chatA, 6))
	if n := h2.api.deletes(chatA, 5) + h2.api.count("sendMessage", replyTo(chatA, 5)); n != 0 {
		t.Errorf("the re-sent message was acted on again: %d calls\n%s", n, dumpCalls(h2.api.callsOf("sendMessage")))
	}
	o, err := h2.db.Offender(context.Background(), bot.AccountKey{Platform: bot.Telegram, User: itoa(spammer)})
	if err != nil || len(o.Strikes) != 2 {
		t.Errorf("strikes %d (%v), want 2: one for each message", len(o.Strikes), err)
	}
	if es, err := h2.db.RecentAudit(context.Background(), 0); err != nil || len(es) != 2 {
		t.Errorf("%d audit entries (%v), want 2", len(es), err)
	}
}

// TestPardonOnlyWhereTheAdminIs: a hijacked account muted in three groups;
// an admin of one of them pardons it. The mute is lifted in that group
// only; the admins of the others still see the account and decide there.
func TestPardonOnlyWhereTheAdminIs(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	const localAdmin = int64(301)
	h.api.setMember(chatA, localAdmin, "administrator", nil)
	for i, c := range []int64{chatA, chatB, chatC} {
		h.api.push(msgUpdate(textMsg(c, spammer, 80+i, h.at(i*60), lure)))
		h.api.waitCall(t, "sendMessage", replyTo(c, 80+i))
	}
	h.api.waitCall(t, "restrictChatMember", map[string]string{"chat_id": itoa(chatC), "user_id": itoa(spammer)})
	h.api.push(msgUpdate(textMsg(chatA, localAdmin, 90, h.at(200), "/pardon "+itoa(spammer))))
	answer := h.api.waitCall(t, "sendMessage", replyTo(chatA, 90))
	if !strings.Contains(answer.get("text"), "2 other chats") {
		t.Errorf("pardon answer %q: want it to say the account stays on record in 2 other chats", answer.get("text"))
	}
	h.api.waitFor(t, "the mute lifted in chat A", func(calls []apiCall) bool {
		for _, c := range calls {
			if c.Method == "restrictChatMember" && c.get("chat_id") == itoa(chatA) && strings.Contains(c.get("permissions"), "true") {
				return true
			}
		}
		return false
	})
	// The other groups' admin still sees it; asking also orders the check
	// after the pardon's lifts in the queues.
	h.api.push(msgUpdate(textMsg(chatB, admin, 91, h.at(210), "/offenders")))
	if got := h.api.waitCall(t, "sendMessage", replyTo(chatB, 91)).get("text"); !strings.Contains(got, itoa(spammer)) {
		t.Errorf("offenders in chat B after chat A's pardon: %q", got)
	}
	for _, c := range h.api.callsOf("restrictChatMember") {
		lifts := strings.Contains(c.get("permissions"), "true")
		if lifts && c.get("chat_id") != itoa(chatA) {
			t.Errorf("the pardon in chat A lifted the mute in chat %s", c.get("chat_id"))
		}
	}
}

// sprayedAndMuted has a hijacked account, with display name Eve and the
// username eve_spam, spray a lure into the three groups until it is muted.
func sprayedAndMuted(t *testing.T, h *harness) {
	t.Helper()
	for i, c := range []int64{chatA, chatB, chatC} {
		m := textMsg(c, spammer, 80+i, h.at(i*60), lure)
		m["from"] = map[string]any{"id": spammer, "is_bot": false, "first_name": "Eve", "username": "eve_spam"}
		h.api.push(msgUpdate(m))
		h.api.waitCall(t, "sendMessage", replyTo(c, 80+i))
	}
	h.api.waitCall(t, "restrictChatMember", map[string]string{"chat_id": itoa(chatC), "user_id": itoa(spammer)})
}

// liftedIn reports whether a mute of the spammer was lifted in chat.
func liftedIn(chat int64) func([]apiCall) bool {
	return func(calls []apiCall) bool {
		for _, c := range calls {
			if c.Method == "restrictChatMember" && c.get("chat_id") == itoa(chat) && c.get("user_id") == itoa(spammer) && strings.Contains(c.get("permissions"), "true") {
				return true
			}
		}
		return false
	}
}

// TestPardonByUsername: an admin names the account as Telegram shows it,
// by its @username, as the help suggests; the pardon finds it.
func TestPardonByUsername(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	sprayedAndMuted(t, h)
	// /offenders shows the username beside the name, for the admins to use
	h.api.push(msgUpdate(textMsg(chatA, admin, 89, h.at(190), "/offenders")))
	if got := asRead(h.api.waitCall(t, "sendMessage", replyTo(chatA, 89)).get("text")); !strings.Contains(got, "Eve (@eve_spam)") {
		t.Errorf("offenders: %q, want the username shown", got)
	}
	h.api.push(msgUpdate(textMsg(chatA, admin, 90, h.at(200), "/pardon @Eve_Spam")))
	if got := h.api.waitCall(t, "sendMessage", replyTo(chatA, 90)).get("text"); !strings.Contains(got, "Pardoned Eve") ||
		!strings.Contains(got, "the hijacked mark removed") || !strings.Contains(got, "mute") {
		t.Fatalf("pardon @Eve_Spam answered %q; want it to say the hijacked mark is removed and the mute lifted", got)
	}
	h.api.waitFor(t, "the mute lifted in chat C", liftedIn(chatC))
}

// TestPardonByPickedMention: an admin picks a member without a username
// from Telegram's mention list, which sends the name with the account's
// id in a text_mention; two accounts share the name, and the pardon
// takes the one picked rather than asking which.
func TestPardonByPickedMention(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	const twin = int64(778)
	for i, u := range []int64{spammer, twin} {
		m := textMsg(chatA, u, 80+i, h.at(i*60), lure)
		m["from"] = map[string]any{"id": u, "is_bot": false, "first_name": "Eve"}
		h.api.push(msgUpdate(m))
		h.api.waitCall(t, "sendMessage", replyTo(chatA, 80+i))
	}
	m := textMsg(chatA, admin, 90, h.at(200), "/pardon Eve")
	m["entities"] = []map[string]any{{"type": "bot_command", "offset": 0, "length": 7},
		{"type": "text_mention", "offset": 8, "length": 3, "user": map[string]any{"id": twin, "is_bot": false, "first_name": "Eve"}}}
	h.api.push(msgUpdate(m))
	if got := h.api.waitCall(t, "sendMessage", replyTo(chatA, 90)).get("text"); !strings.Contains(got, "Pardoned Eve") {
		t.Fatalf("pardon of a picked mention answered %q", got)
	}
	offs, err := h.db.ListOffenders(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	var left []string
	for _, o := range offs {
		left = append(left, o.Account.User)
	}
	if !slices.Equal(left, []string{itoa(spammer)}) {
		t.Errorf("offenders left %v, want only %d (the twin %d pardoned)", left, spammer, twin)
	}
}

// feedReport is what the feed manager reports, as status shows it.
type feedReport []bot.FeedHealth

func (f feedReport) FeedHealth() []bot.FeedHealth { return f }

// TestStatusHidesListFilesFromMembers: a member's /status in a group tells
// how fresh the lists are and nothing of where the operator keeps them;
// the admin, whom Telegram confirms, sees the path.
func TestStatusHidesListFilesFromMembers(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "immune.db")
	h := newHarnessWith(t, path, nil, func(e *bot.Engine) {
		e.SetFeedReporter(feedReport{{Name: "/etc/immune/block.txt", File: true, Entries: 12, LastSuccess: time.Now().Add(-time.Hour),
			LastError: "open /etc/immune/block.txt: permission denied"}})
	})
	h.api.push(msgUpdate(textMsg(chatA, member, 90, h.at(0), "/status")))
	got := h.api.waitCall(t, "sendMessage", replyTo(chatA, 90)).get("text")
	if strings.Contains(got, "/etc") || !strings.Contains(got, "list file 1: 12 entries") {
		t.Errorf("member's status:\n%s", got)
	}
	h.api.push(msgUpdate(textMsg(chatA, admin, 91, h.at(10), "/status")))
	if got := h.api.waitCall(t, "sendMessage", replyTo(chatA, 91)).get("text"); !strings.Contains(got, "list file /etc/immune/block.txt") ||
		!strings.Contains(got, "permission denied") {
		t.Errorf("admin's status:\n%s", got)
	}
}

// TestPardonAsReplyToTheNotice: the offender's message is gone, deleted by
// the bot; the admin answers the bot's notice about it with /pardon, and
// the pardon is for the notice's sender, not for the bot.
func TestPardonAsReplyToTheNotice(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.api.push(msgUpdate(textMsg(chatA, spammer, 80, h.at(0), lure)))
	notice := h.api.waitCall(t, "sendMessage", replyTo(chatA, 80))
	h.waitRecorded(t, chatA, notice.Sent)
	pardon := textMsg(chatA, admin, 90, h.at(60), "/pardon")
	pardon["reply_to_message"] = map[string]any{"message_id": notice.Sent, "date": h.at(1), "text": notice.get("text"),
		"chat": chatObj(chatA), "from": map[string]any{"id": testBotID, "is_bot": true, "first_name": "immune"}}
	h.api.push(msgUpdate(pardon))
	if got := h.api.waitCall(t, "sendMessage", replyTo(chatA, 90)).get("text"); !strings.Contains(got, "Pardoned User777: strikes cleared (1)") {
		t.Errorf("/pardon in reply to the notice answered %q", got)
	}
	if _, err := h.db.Offender(context.Background(), bot.AccountKey{Platform: bot.Telegram, User: itoa(spammer)}); err == nil {
		t.Errorf("the account is still on record after its pardon")
	}
}
