package telegram

import (
	"strings"
	"testing"
)

// TestMemberStatusSaysWhereNotesGo: through the real Bot API client, a
// member's /status in a group tells where the admin notes go as it is on
// Telegram (another group the admins linked, or an admin's private chat
// with the bot), in the chat's language, without naming it; an admin is
// told which.
func TestMemberStatusSaysWhereNotesGo(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	id := 100
	status := func(user int64) string {
		t.Helper()
		id++
		h.api.push(msgUpdate(groupMsg(chatA, "Group A", user, "en", id, h.at(3), "/status")))
		return h.api.waitCall(t, "sendMessage", replyTo(chatA, id)).get("text")
	}
	h.link(t)
	if got := status(member); !strings.Contains(got, "Admin log: another group, which the admins linked") || strings.Contains(got, "Mods") {
		t.Errorf("a member's status with a log group: %q", got)
	}
	if got := status(admin); !strings.Contains(got, "Admin log: Mods") {
		t.Errorf("an admin's status with a log group: %q", got)
	}
	// linked the other way round, from the admin's private chat with the bot
	id++
	h.api.push(msgUpdate(map[string]any{"message_id": id, "date": h.at(4), "text": "/link", "from": userObj(admin, "Boss"),
		"chat": map[string]any{"id": admin, "type": "private", "first_name": "Boss"}}))
	r := h.api.waitCall(t, "sendMessage", replyTo(admin, id))
	_, rest, ok := strings.Cut(r.get("text"), "/setlog ")
	if !ok {
		t.Fatalf("/link in a private chat answered %q", r.get("text"))
	}
	id++
	h.api.push(msgUpdate(groupMsg(chatA, "Group A", admin, "en", id, h.at(5), "/setlog "+strings.Fields(rest)[0])))
	if r := h.api.waitCall(t, "sendMessage", replyTo(chatA, id)); !strings.Contains(r.get("text"), "now come to") {
		t.Fatalf("/setlog CODE answered %q", r.get("text"))
	}
	if got := status(member); !strings.Contains(got, "Admin log: an admin's private chat with me") || strings.Contains(got, "Boss") {
		t.Errorf("a member's status with a private log chat: %q", got)
	}
	id++
	h.api.push(msgUpdate(groupMsg(chatA, "Group A", admin, "en", id, h.at(6), "/lang vi")))
	h.api.waitCall(t, "sendMessage", replyTo(chatA, id))
	if got := status(member); !strings.Contains(got, "Nhật ký quản trị: cuộc trò chuyện riêng của một quản trị viên với bot") {
		t.Errorf("a member's status in Vietnamese: %q", got)
	}
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
}
