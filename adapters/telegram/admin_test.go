package telegram

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// logChat is a private admin group; admin is an admin there as well.
const logChat = int64(-5000)

func groupMsg(chat int64, title string, user int64, lang string, id int, date int64, text string) map[string]any {
	from := userObj(user, "User"+itoa(user))
	if lang != "" {
		from["language_code"] = lang
	}
	return map[string]any{"message_id": id, "date": date, "text": text, "from": from,
		"chat": map[string]any{"id": chat, "type": "supergroup", "title": title}}
}

// press pushes a callback query: user pressed the button data under the
// bot's message id in chat.
func (h *harness) press(user int64, chat int64, id int, data string) string {
	h.presses++
	qid := "cq" + strconv.Itoa(h.presses)
	h.api.push(map[string]any{"callback_query": map[string]any{
		"id": qid, "from": userObj(user, "User"+itoa(user)), "chat_instance": "ci", "data": data,
		"message": map[string]any{"message_id": id, "date": h.at(0), "chat": map[string]any{"id": chat, "type": "supergroup", "title": "Mods"},
			"from": map[string]any{"id": testBotID, "is_bot": true, "first_name": "immune"}, "text": "note"},
	}})
	return qid
}

// buttonsOf reads the callback data of an inline keyboard in a call.
func buttonsOf(t *testing.T, c apiCall) []string {
	t.Helper()
	var kb struct {
		InlineKeyboard [][]struct {
			Text         string `json:"text"`
			CallbackData string `json:"callback_data"`
		} `json:"inline_keyboard"`
	}
	if err := json.Unmarshal([]byte(c.get("reply_markup")), &kb); err != nil {
		t.Fatalf("reply_markup %q: %v", c.get("reply_markup"), err)
	}
	var out []string
	for _, row := range kb.InlineKeyboard {
		for _, b := range row {
			out = append(out, b.Text+"="+b.CallbackData)
		}
	}
	return out
}

// link links chatA's admin notes to logChat: /setlog in the group, then
// /link CODE in the log chat, by the same admin.
func (h *harness) link(t *testing.T) {
	t.Helper()
	h.api.setMember(logChat, admin, "administrator", nil)
	h.api.push(msgUpdate(groupMsg(chatA, "Group A", admin, "en", 1, h.at(0), "/setlog")))
	r := h.api.waitCall(t, "sendMessage", replyTo(chatA, 1))
	_, rest, ok := strings.Cut(r.get("text"), "/link ")
	if !ok {
		t.Fatalf("setlog answered %q", r.get("text"))
	}
	code := strings.Fields(rest)[0]
	h.api.push(msgUpdate(groupMsg(logChat, "Mods", admin, "en", 2, h.at(1), "/link "+code)))
	l := h.api.waitCall(t, "sendMessage", replyTo(logChat, 2))
	if !strings.Contains(l.get("text"), "«Group A» now come to «Mods»") {
		t.Fatalf("link answered %q", l.get("text"))
	}
}

// TestAdminNoteButtonsInLinkedLogChat is the whole admin story on the fake
// Bot API: a group linked to a private log chat, a member muted after three
// phishing messages, the admin note with its buttons in the log chat, a
// member's press refused, an admin's "Not a threat" (domain allowed, strike
// taken back, mute lifted), a double press doing nothing twice, and /why in
// reply to the bot's notice.
func TestAdminNoteButtonsInLinkedLogChat(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.link(t)
	// three notes in the log chat, none in the group; the third says the mute
	first, note, calls := h.muteInLinkedGroup(t)
	for _, c := range calls {
		if c.Method == "sendMessage" && c.get("chat_id") == itoa(chatA) && c.get("reply_markup") != "" {
			t.Errorf("an admin note in the public group: %q", c.get("text"))
		}
	}
	text := note.get("text")
	for _, want := range []string{"Deleted a message from User777 (id 777) in «Group A»", "yahoo-account-verify[.]top", "Why:", "muted until"} {
		if !strings.Contains(text, want) {
			t.Errorf("admin note %q lacks %q", text, want)
		}
	}
	if strings.Contains(text, "https://") || strings.Contains(text, "-1001") {
		t.Errorf("admin note with a live link or a raw chat id: %q", text)
	}
	bs := buttonsOf(t, note)
	if len(bs) != 3 || !strings.HasPrefix(bs[0], "✅ Not a threat=im:n:") || !strings.HasPrefix(bs[1], "🚫 Ban=im:b:") {
		t.Fatalf("buttons %q", bs)
	}
	notThreat := strings.TrimPrefix(bs[0], "✅ Not a threat=")

	// a member of the log chat who is no admin of the group is refused
	h.api.setMember(logChat, member, "administrator", nil)
	qid := h.press(member, logChat, note.Sent, notThreat)
	refusal := h.api.waitCall(t, "answerCallbackQuery", map[string]string{"callback_query_id": qid})
	if !strings.Contains(refusal.get("text"), "Only the admins of «Group A»") || refusal.get("show_alert") != "true" {
		t.Errorf("member's press answered %v", refusal.Params)
	}
	if got := h.engine.Classifier().Lists().Entries("telegram:" + itoa(chatA)); len(got) != 0 {
		t.Errorf("a member's press changed the lists: %v", got)
	}

	// the admin's press
	qid = h.press(admin, logChat, note.Sent, notThreat)
	done := h.api.waitCall(t, "answerCallbackQuery", map[string]string{"callback_query_id": qid})
	if !strings.Contains(done.get("text"), "yahoo-account-verify[.]top allowed in «Group A»") {
		t.Errorf("admin's press answered %q", done.get("text"))
	}
	edit := h.api.waitCall(t, "editMessageText", map[string]string{"chat_id": itoa(logChat), "message_id": strconv.Itoa(note.Sent)})
	if !strings.Contains(edit.get("text"), "✅ Not a threat (User201") {
		t.Errorf("note after the press: %q", edit.get("text"))
	}
	if bs := buttonsOf(t, edit); len(bs) != 1 || !strings.HasPrefix(bs[0], "↩️ Repost the message=im:r:") {
		t.Errorf("buttons after the press: %q", bs)
	}
	h.api.waitFor(t, "the mute lifted", func(calls []apiCall) bool {
		for _, c := range calls {
			if c.Method == "restrictChatMember" && c.get("user_id") == itoa(spammer) && strings.Contains(c.get("permissions"), `"can_send_messages":true`) {
				return true
			}
		}
		return false
	})
	allowed := 0
	for _, e := range h.engine.Classifier().Lists().Entries("telegram:" + itoa(chatA)) {
		if e.Kind == bot.AllowList && e.Value == "yahoo-account-verify.top" {
			allowed++
		}
	}
	if allowed != 1 {
		t.Errorf("%d allow entries for the domain", allowed)
	}
	o, err := h.db.Offender(context.Background(), bot.AccountKey{Platform: bot.Telegram, User: itoa(spammer)})
	if err != nil || len(o.Strikes) != 2 || len(o.Restricted) != 0 || !o.RestrictedUntil.IsZero() {
		t.Errorf("record after not a threat: %+v %v", o, err)
	}

	// a double press does nothing twice
	qid = h.press(admin, logChat, note.Sent, notThreat)
	again := h.api.waitCall(t, "answerCallbackQuery", map[string]string{"callback_query_id": qid})
	if !strings.Contains(again.get("text"), "Already done by User201") {
		t.Errorf("second press answered %q", again.get("text"))
	}
	lifts := 0
	for _, c := range h.api.callsOf("restrictChatMember") {
		if strings.Contains(c.get("permissions"), `"can_send_messages":true`) {
			lifts++
		}
	}
	if lifts != 1 {
		t.Errorf("the mute was lifted %d times", lifts)
	}
	if n := len(h.engine.Classifier().Lists().Entries("telegram:" + itoa(chatA))); n != 1 {
		t.Errorf("%d list entries after the second press", n)
	}

	// the message posted again, defanged and attributed
	repost := strings.TrimPrefix(buttonsOf(t, edit)[0], "↩️ Repost the message=")
	h.press(admin, logChat, note.Sent, repost)
	r := h.api.waitFor(t, "the repost", func(calls []apiCall) bool {
		for _, c := range calls {
			if c.Method == "sendMessage" && c.get("chat_id") == itoa(chatA) && strings.HasPrefix(c.get("text"), "↩️") {
				return true
			}
		}
		return false
	})
	for _, c := range r {
		if c.Method == "sendMessage" && strings.HasPrefix(c.get("text"), "↩️") {
			if text := c.get("text"); !strings.Contains(text, "User777") || strings.Contains(text, "https://") || !strings.Contains(text, "yahoo-account-verify[.]top") {
				t.Errorf("repost %q", text)
			}
		}
	}
	// Ban on the first note bans the sender from the group
	ban := buttonsOf(t, first)[1]
	h.press(admin, logChat, first.Sent, strings.TrimPrefix(ban, "🚫 Ban="))
	h.api.waitCall(t, "banChatMember", map[string]string{"chat_id": itoa(chatA), "user_id": itoa(spammer)})

	// /why in reply to the bot's last notice in the group (about message
	// 23, or standing for all three when the runner merged them), and in
	// reply to the admin note in the log chat
	var notice apiCall
	h.api.waitFor(t, "the notices", func(calls []apiCall) bool {
		replies := 0
		for _, c := range calls {
			if c.Method == "sendMessage" && c.get("chat_id") == itoa(chatA) && strings.HasPrefix(c.get("text"), "🛡️ I removed") {
				notice = c
				if c.get("reply_to_message_id") != "" {
					replies++
				}
				if replies == 3 || strings.Contains(c.get("text"), "3 dangerous messages") {
					return true
				}
			}
		}
		return false
	})
	for i, where := range []struct {
		chat int64
		id   int
	}{{chatA, notice.Sent}, {logChat, note.Sent}} {
		h.waitRecorded(t, where.chat, where.id)
		why := groupMsg(where.chat, "Group A", admin, "en", 40+i, h.at(30), "/why")
		why["reply_to_message"] = map[string]any{"message_id": where.id, "date": h.at(12), "text": "…",
			"chat": chatObj(where.chat), "from": map[string]any{"id": testBotID, "is_bot": true, "first_name": "immune"}}
		h.api.push(msgUpdate(why))
		answer := h.api.waitCall(t, "sendMessage", replyTo(where.chat, 40+i))
		for _, want := range []string{"Message 23 from User777 (id 777)", "Verdict: delete", "lure", "Not a threat — User201"} {
			if !strings.Contains(answer.get("text"), want) {
				t.Errorf("why in %d answered %q; want %q", where.chat, answer.get("text"), want)
			}
		}
	}
	// the deletion is logged at info with chat, message, account and reasons
	if logs := h.logs.String(); !strings.Contains(logs, `level=INFO msg="telegram decision" chat=-1001 message=23 user=telegram:777 reasons="[`) {
		t.Errorf("no deletion line at info:\n%s", logs)
	}
}

// TestMembersLanguage answers a member in a private chat in the member's
// language, and a new group takes the language most of its senders use.
func TestMembersLanguage(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	priv := map[string]any{"message_id": 3, "date": h.at(0), "text": "/help",
		"from": map[string]any{"id": member, "is_bot": false, "first_name": "Lan", "language_code": "vi"},
		"chat": map[string]any{"id": member, "type": "private", "first_name": "Lan"}}
	h.api.push(msgUpdate(priv))
	r := h.api.waitCall(t, "sendMessage", replyTo(member, 3))
	if !strings.Contains(r.get("text"), "bảo vệ nhóm") {
		t.Errorf("private help for a Vietnamese member: %q", r.get("text"))
	}
	// a group whose members mostly speak Vietnamese gets notices in it
	for i, u := range []int64{301, 302, 303} {
		h.api.push(msgUpdate(groupMsg(chatB, "Nhóm B", u, "vi", 10+i, h.at(i), "chào cả nhà")))
	}
	h.api.push(msgUpdate(groupMsg(chatB, "Nhóm B", 304, "en", 20, h.at(5), phish)))
	n := h.api.waitCall(t, "sendMessage", replyTo(chatB, 20))
	if !strings.HasPrefix(n.get("text"), "🛡️ Đã xoá tin nhắn") {
		t.Errorf("notice in a Vietnamese group: %q", n.get("text"))
	}
}
