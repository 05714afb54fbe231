package telegram

import (
	"strings"
	"testing"
)

// TestPardonInReplyToTheNoteInTheLogChat: in the private log chat an admin
// answers the bot's admin note with /pardon: the account the note is about
// is pardoned in the group (its mute lifted there), as Telegram confirms
// the admin is one of the group; an admin of the log chat alone is
// refused.
func TestPardonInReplyToTheNoteInTheLogChat(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.link(t)
	_, note, _ := h.muteInLinkedGroup(t)
	h.waitRecorded(t, logChat, note.Sent)
	reply := func(user int64, id int) map[string]any {
		m := groupMsg(logChat, "Mods", user, "en", id, h.at(20), "/pardon")
		m["reply_to_message"] = map[string]any{"message_id": note.Sent, "date": h.at(13), "text": note.get("text"),
			"chat": map[string]any{"id": logChat, "type": "supergroup", "title": "Mods"},
			"from": map[string]any{"id": testBotID, "is_bot": true, "first_name": "immune"}}
		return msgUpdate(m)
	}
	h.api.setMember(logChat, member, "administrator", nil)
	h.api.push(reply(member, 30))
	if r := h.api.waitCall(t, "sendMessage", replyTo(logChat, 30)); !strings.Contains(r.get("text"), "Only the admins of «Group A»") {
		t.Errorf("pardon by an admin of the log chat alone answered %q", r.get("text"))
	}
	h.api.push(reply(admin, 31))
	if r := h.api.waitCall(t, "sendMessage", replyTo(logChat, 31)); !strings.Contains(r.get("text"), "Pardoned User777: strikes cleared (3), the mute lifted.") {
		t.Errorf("pardon in reply to the note answered %q", r.get("text"))
	}
	h.api.waitFor(t, "the mute lifted in the group", func(calls []apiCall) bool {
		for _, c := range calls {
			if c.Method == "restrictChatMember" && c.get("chat_id") == itoa(chatA) && c.get("user_id") == itoa(spammer) &&
				strings.Contains(c.get("permissions"), `"can_send_messages":true`) {
				return true
			}
		}
		return false
	})
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
}

// muteInLinkedGroup has the spammer post three phishing messages in chatA,
// whose notes go to the linked logChat, and waits for the mute and the
// three admin notes: it returns the first and the last note, and the calls
// made by then.
func (h *harness) muteInLinkedGroup(t *testing.T) (first, last apiCall, calls []apiCall) {
	t.Helper()
	for i := range 3 {
		h.api.push(msgUpdate(groupMsg(chatA, "Group A", spammer, "", 21+i, h.at(10+i), phish)))
	}
	h.api.waitCall(t, "restrictChatMember", map[string]string{"chat_id": itoa(chatA), "user_id": itoa(spammer)})
	calls = h.api.waitFor(t, "three admin notes in the log chat", func(calls []apiCall) bool {
		n := 0
		for _, c := range calls {
			if c.Method == "sendMessage" && c.get("chat_id") == itoa(logChat) && c.get("reply_markup") != "" {
				n++
				if n == 1 {
					first = c
				}
				last = c
			}
		}
		return n == 3
	})
	return first, last, calls
}
