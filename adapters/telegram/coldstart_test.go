package telegram

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// A chat the bot meets for the first time: a member's threat is judged and
// deleted while the chat's admin list is still on its way (held here),
// since whether the member is an admin changes nothing about a delete.
func TestColdChatDeletesWithoutWaitingForTheAdminList(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	release := h.api.gate("getChatAdministrators")
	defer release()
	h.api.push(msgUpdate(textMsg(chatA, member, 600, h.at(0), phish)))
	h.api.waitDeleted(t, chatA, 600)
	// the list was asked for when the message arrived, and is still
	// held: the judging did without it
	h.api.waitState(t, "the admin list asked for", func() bool { return h.api.waiting["getChatAdministrators"] == 1 })
}

// In chats the bot meets for the first time, an admin and a member each
// reach the strike limit while the chats' admin lists are on their way:
// the decision to mute waits for the list, and only the member is muted.
func TestColdChatNeverMutesAnAdmin(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	release := h.api.gate("getChatAdministrators")
	for i := range 3 {
		h.api.push(msgUpdate(textMsg(chatA, admin, 610+i, h.at(i), phish)))
		h.api.push(msgUpdate(textMsg(chatB, member, 610+i, h.at(i), phish)))
	}
	// the first two of each are deleted without the lists; the third's
	// decision (mute or not) waits for them
	for _, c := range []int64{chatA, chatB} {
		h.api.waitDeleted(t, c, 610)
		h.api.waitDeleted(t, c, 611)
	}
	h.api.waitState(t, "both lists asked for", func() bool { return h.api.waiting["getChatAdministrators"] == 2 })
	release()
	h.api.waitCall(t, "restrictChatMember", map[string]string{"chat_id": itoa(chatB), "user_id": itoa(member)})
	h.api.waitDeleted(t, chatA, 612)
	h.api.waitFor(t, "the admin note about the admin", func(calls []apiCall) bool {
		for _, c := range calls {
			if c.Method == "sendMessage" && c.get("chat_id") == itoa(chatA) && strings.Contains(c.get("text"), "The sender is an admin") {
				return true
			}
		}
		return false
	})
	if err := h.stop(); err != nil { // every decided action carried out
		t.Fatal(err)
	}
	for _, c := range h.api.callsOf("restrictChatMember") {
		if c.get("user_id") == itoa(admin) {
			t.Errorf("an admin was muted: %v", c.Params)
		}
	}
}

// With the "report" admin policy, whether a threat is deleted depends on
// who posted it: in a chat the bot meets for the first time, an admin's
// threat is only warned about and reported, a member's deleted.
func TestColdChatReportPolicyKeepsAnAdminsMessage(t *testing.T) {
	t.Parallel()
	cfg := bot.DefaultConfig()
	cfg.Admins = bot.AdminsReport
	h := newHarnessConfig(t, cfg, nil)
	h.api.push(msgUpdate(textMsg(chatA, admin, 620, h.at(0), phish)))
	h.api.push(msgUpdate(textMsg(chatB, member, 621, h.at(1), phish)))
	h.api.waitDeleted(t, chatB, 621)
	h.api.waitCall(t, "sendMessage", replyTo(chatA, 620)) // the warning, under the message kept
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	if n := h.api.deletes(chatA, 620); n != 0 {
		t.Errorf("the admin's message was deleted under the report policy")
	}
}

// Once a chat's admin list is known, judging never waits for it again: an
// expired list answers while a fresh one is fetched.
func TestExpiredAdminListDoesNotHoldJudging(t *testing.T) {
	t.Parallel()
	clock := newClock(time.Now())
	h := newHarness(t, func(o *Options) { o.Now = clock.Now })
	h.api.push(msgUpdate(textMsg(chatA, member, 500, h.at(0), benign)))
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(time.Millisecond) {
		if _, ok := h.a.admins.list(chatA); ok {
			break // the list is in the cache
		}
		if time.Now().After(deadline) {
			t.Fatal("the chat's admin list never cached")
		}
	}
	clock.Add(2 * time.Minute) // the list (cached for a minute) expires
	release := h.api.gate("getChatAdministrators")
	defer release()
	h.api.push(msgUpdate(textMsg(chatA, member, 501, h.at(1), phish)))
	h.api.waitDeleted(t, chatA, 501) // while the list's refresh is held
	h.api.waitState(t, "the refresh asked for", func() bool { return h.api.waiting["getChatAdministrators"] == 1 })
}

// A chat whose admin list Telegram will not give ("member list is
// inaccessible", or an outage past the retries): an admin who reaches the
// strike limit is asked about alone (getChatMember) when the mute is
// decided, and is not muted; a member in the same chat is.
func TestNoAdminListNeverMutesAnAdmin(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	for range 4 {
		h.api.fail("getChatAdministrators", fault{status: http.StatusBadRequest, desc: "Bad Request: member list is inaccessible"})
	}
	for i := range 3 {
		h.api.push(msgUpdate(textMsg(chatA, admin, 630+i, h.at(2*i), phish)))
		h.api.push(msgUpdate(textMsg(chatA, member, 640+i, h.at(2*i+1), phish)))
	}
	h.api.waitCall(t, "restrictChatMember", map[string]string{"chat_id": itoa(chatA), "user_id": itoa(member)})
	for i := range 3 {
		h.api.waitDeleted(t, chatA, 630+i)
	}
	if err := h.stop(); err != nil { // every decided action carried out
		t.Fatal(err)
	}
	for _, c := range h.api.callsOf("restrictChatMember") {
		if c.get("user_id") == itoa(admin) {
			t.Errorf("an admin was muted: %v", c.Params)
		}
	}
	if n := h.api.count("getChatMember", map[string]string{"chat_id": itoa(chatA), "user_id": itoa(admin)}); n != 1 {
		t.Errorf("the admin asked about alone %d times, want once (the answer is cached)", n)
	}
}
