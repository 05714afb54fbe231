package telegram

import (
	"regexp"
	"testing"
	"time"
)

// A chat stuck on Telegram for longer than Options.BacklogHold holds no
// other chat's intake past it: polling first holds every chat's intake
// at the chat's backlog (TestStuckChatBacklogBounded), then, once the
// hold has lasted BacklogHold, goes past the stuck chat's updates again
// and says so at error, so that a call retried for up to 48 hours cannot
// hold every other chat for as long, nor past the 24 hours Telegram
// keeps updates not taken. Nothing is dropped: the stuck chat's messages
// are all judged, in order, once its wait is over.
func TestStuckChatHoldIsBounded(t *testing.T) {
	t.Parallel()
	const backlog = 300
	h := newHarness(t, func(o *Options) { o.ChatBacklog, o.BacklogHold = backlog, time.Second })
	release := stickChatA(t, h)
	defer release()

	const stuck = 2 * backlog
	for i := range stuck {
		h.api.push(msgUpdate(textMsg(chatA, 10000+int64(i), 100+i, h.at(1), phish)))
	}
	waitLog(t, h, "polling takes no more updates")
	// a threat in another chat, while chat A still waits (its 429 is
	// held until release): judged once the hold has lasted BacklogHold
	h.api.push(msgUpdate(textMsg(chatC, spammer, 600, h.at(2), phish)))
	h.api.waitDeleted(t, chatC, 600)
	waitLog(t, h, "held polling for too long")

	release()
	h.api.waitCall(t, "sendMessage", replyTo(chatA, 1))
	for i := range stuck {
		h.api.waitDeleted(t, chatA, 100+i)
	}
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	judgedInOrder(t, h, stuck)
	if !regexp.MustCompile(`level=ERROR msg="telegram: a chat's updates held polling for too long.*" chat=` + itoa(chatA) + ` waiting=\d+ backlog=300 held=\d+s`).MatchString(h.logs.String()) {
		t.Errorf("the log does not say at error which chat held polling too long, with its queue, the backlog and how long")
	}
}
