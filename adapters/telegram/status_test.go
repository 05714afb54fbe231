package telegram

import (
	"strconv"
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

// TestSetlogAndLinkSayWhatTheyTake: an admin who gives /setlog or /link
// what is not a code (the log group's name, its id) is told what each
// takes, in the chat's language, and nothing is linked; a code-shaped
// word that is no live code is still "not a live code".
func TestSetlogAndLinkSayWhatTheyTake(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.api.setMember(logChat, admin, "administrator", nil)
	id := 100
	send := func(chat int64, title, text string) string {
		t.Helper()
		id++
		h.api.push(msgUpdate(groupMsg(chat, title, admin, "en", id, h.at(id), text)))
		return h.api.waitCall(t, "sendMessage", replyTo(chat, id)).get("text")
	}
	for _, c := range []struct {
		chat              int64
		title, text, want string
	}{
		{chatA, "Group A", "/setlog #mods", `"#mods" is not a code. Use /setlog (a code to link a private admin chat), /setlog here (the notes in this chat) or /setlog off (no log chat).`},
		{chatA, "Group A", "/setlog -1005000", `"-1005000" is not a code.`},
		{chatA, "Group A", "/setlog ABCDEFGH", `"ABCDEFGH" is not a live code.`},
		{logChat, "Mods", "/link @group_a", `"@group_a" is not a code. Send /link CODE with the code /setlog gave in the group, or /link alone for a code to send there.`},
		{chatA, "Group A", "/lang vi", "tiếng Việt"},
		{chatA, "Group A", "/setlog mods", `"mods" không phải là mã. Dùng /setlog (lấy mã để liên kết nhóm quản trị riêng)`},
		{chatA, "Group A", "/status", "Nhật ký quản trị: chưa đặt"},
	} {
		if got := asRead(send(c.chat, c.title, c.text)); !strings.Contains(got, c.want) {
			t.Errorf("%s answered %q, want %q", c.text, got, c.want)
		}
	}
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
}

// TestWhyInAPrivateLogChat: an admin who gets a group's admin notes in
// their private chat with the bot answers a note there with /why and is
// told why; /why there names no other chat's case, and a member's
// /mode in a private chat is told to send it in the group.
func TestWhyInAPrivateLogChat(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	private := func(id int, text string) map[string]any {
		return map[string]any{"message_id": id, "date": h.at(id), "text": text, "from": userObj(admin, "Boss"),
			"chat": map[string]any{"id": admin, "type": "private", "first_name": "Boss"}}
	}
	h.api.push(msgUpdate(private(1, "/link")))
	r := h.api.waitCall(t, "sendMessage", replyTo(admin, 1))
	_, rest, ok := strings.Cut(r.get("text"), "/setlog ")
	if !ok {
		t.Fatalf("/link answered %q", r.get("text"))
	}
	h.api.push(msgUpdate(groupMsg(chatA, "Group A", admin, "en", 2, h.at(2), "/setlog "+strings.Fields(rest)[0])))
	h.api.waitCall(t, "sendMessage", replyTo(chatA, 2))
	h.api.push(msgUpdate(textMsg(chatA, spammer, 3, h.at(3), phish)))
	var note apiCall
	h.api.waitFor(t, "the admin note in the private chat", func(calls []apiCall) bool {
		for _, c := range calls {
			if c.Method == "sendMessage" && c.get("chat_id") == itoa(admin) && c.get("reply_markup") != "" {
				note = c
				return true
			}
		}
		return false
	})
	h.waitRecorded(t, admin, note.Sent)
	why := private(4, "/why")
	why["reply_to_message"] = map[string]any{"message_id": note.Sent, "date": h.at(3), "text": note.get("text"),
		"chat": map[string]any{"id": admin, "type": "private", "first_name": "Boss"},
		"from": map[string]any{"id": testBotID, "is_bot": true, "first_name": "immune"}}
	h.api.push(msgUpdate(why))
	if got := h.api.waitCall(t, "sendMessage", replyTo(admin, 4)).get("text"); !strings.Contains(got, "Verdict: delete") {
		t.Errorf("/why on the note in the private log chat answered %q", got)
	}
	// the group's message by its link is no case of this chat
	h.api.push(msgUpdate(private(5, "/why https://t.me/c/1/3")))
	if got := h.api.waitCall(t, "sendMessage", replyTo(admin, 5)).get("text"); strings.Contains(got, "Verdict") {
		t.Errorf("/why of another chat's message in the private chat answered %q", got)
	}
	// a member in their own private chat with the bot finds no case:
	// not by the note's id, nor as a reply to a message of that id, nor
	// by the group message's link
	stranger := func(id int, text string) map[string]any {
		return map[string]any{"message_id": id, "date": h.at(id), "text": text, "from": userObj(member, "Mallory"),
			"chat": map[string]any{"id": member, "type": "private", "first_name": "Mallory"}}
	}
	forged := stranger(20, "/why")
	forged["reply_to_message"] = map[string]any{"message_id": note.Sent, "date": h.at(3), "text": note.get("text"),
		"chat": map[string]any{"id": member, "type": "private", "first_name": "Mallory"},
		"from": map[string]any{"id": testBotID, "is_bot": true, "first_name": "immune"}}
	for i, u := range []map[string]any{stranger(21, "/why "+strconv.Itoa(note.Sent)), forged, stranger(22, "/why 3"), stranger(23, "/why https://t.me/c/1/3")} {
		h.api.push(msgUpdate(u))
		if got := h.api.waitCall(t, "sendMessage", replyTo(member, u["message_id"].(int))).get("text"); strings.Contains(got, "Verdict") || strings.Contains(got, "yahoo") {
			t.Errorf("a member's /why %d in their private chat answered %q", i, got)
		}
	}
	h.api.push(msgUpdate(private(6, "/mode warn")))
	if got := h.api.waitCall(t, "sendMessage", replyTo(admin, 6)).get("text"); !strings.Contains(got, "mode is for a group's admins: send it in the group") {
		t.Errorf("/mode in a private chat answered %q", got)
	}
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
}
