package telegram

import (
	"strings"
	"testing"
)

// TestPardonAChannelByItsUsername: a channel posting in a group (a member
// writing as their channel) is on record with the channel's public
// username, so an admin pardons it with /pardon @username as any
// account.
func TestPardonAChannelByItsUsername(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	post := textMsg(chatA, 136817688, 90, h.at(0), phish)
	post["sender_chat"] = map[string]any{"id": -1005, "type": "channel", "title": "Spam Channel", "username": "spamchan"}
	h.api.push(msgUpdate(post))
	h.api.waitDeleted(t, chatA, 90)
	h.api.push(msgUpdate(textMsg(chatA, admin, 91, h.at(1), "/pardon @spamchan")))
	if r := h.api.waitCall(t, "sendMessage", replyTo(chatA, 91)); !strings.Contains(asRead(r.get("text")), "Pardoned Spam Channel (@spamchan)") {
		t.Errorf("/pardon @spamchan answered %q", r.get("text"))
	}
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
}
