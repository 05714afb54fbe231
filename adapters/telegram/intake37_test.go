package telegram

import (
	"strings"
	"testing"
)

// A chat whose queue waits on Telegram (here a command's reply waiting
// out a 429) holds up no other chat, however many updates arrive
// meanwhile: Telegram answers getUpdates with at most a page of updates
// from the offset asked for, and polling that kept asking from the update
// still being judged would get that same page, and never the updates
// after it, for as long as the chat waits.
func TestStuckChatHoldsUpNoIntake(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	release := stickChatA(t, h)
	defer release()
	// a full page of another chat's updates behind the one waiting, then
	// a threat in that chat
	for i := range pollLimit {
		h.api.push(msgUpdate(textMsg(chatB, 5000+int64(i), 10+i, h.at(1+i), benign)))
	}
	h.api.push(msgUpdate(textMsg(chatB, spammer, 500, h.at(200), phish)))
	h.api.waitDeleted(t, chatB, 500)
	if !strings.Contains(h.logs.String(), "polling goes past updates still being judged") {
		t.Errorf("going past an update not yet handled is not logged")
	}

	// the chat that waited answers its command once, when its wait is over
	release()
	h.api.waitCall(t, "sendMessage", replyTo(chatA, 1))
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	if n := h.api.count("sendMessage", replyTo(chatA, 1)); n != 2 {
		t.Errorf("the command answered by %d requests, want 2 (the 429, then the reply)", n)
	}
	if n := h.api.deletes(chatB, 500); n != 1 {
		t.Errorf("the threat deleted by %d requests, want 1", n)
	}
}
