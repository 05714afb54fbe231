package telegram

import (
	"context"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/adapters/taskrun"
	"github.com/immunebot/immune/bot"
)

// A bot stopped while Telegram is down leaves its deletes in the outbox;
// the next start carries each out once.
func TestDeletesSurviveARestartDuringAnOutage(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "immune.db")
	h := newHarnessAt(t, path, func(o *Options) { o.DrainTimeout = 50 * time.Millisecond })
	release := h.api.gate("deleteMessage")
	h.api.push(msgUpdate(textMsg(chatA, member, 70, h.at(0), phish)))
	h.api.push(msgUpdate(textMsg(chatB, member, 71, h.at(1), phish)))
	h.api.waitState(t, "both deletes stuck in the outage", func() bool { return h.api.waiting["deleteMessage"] == 2 })
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	release()
	h.db.Close()

	h2 := newHarnessAt(t, path, nil)
	h2.api.waitCall(t, "deleteMessage", ids(chatA, 70))
	h2.api.waitCall(t, "deleteMessage", ids(chatB, 71))
	h2.api.waitCall(t, "sendMessage", replyTo(chatA, 70)) // the notices are fresh: sent too
	h2.api.waitCall(t, "sendMessage", replyTo(chatB, 71))
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		ts, err := h2.engine.Pending(context.Background(), bot.Telegram)
		if err == nil && len(ts) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("outbox not emptied: %+v, %v", ts, err)
		}
	}
	if err := h2.stop(); err != nil {
		t.Fatal(err)
	}
	for _, m := range []struct {
		chat int64
		id   int
	}{{chatA, 70}, {chatB, 71}} {
		if n := h2.api.deletes(m.chat, m.id); n != 1 {
			t.Errorf("message %d deleted %d times after the restart, want 1", m.id, n)
		}
	}
	if !strings.Contains(h2.logs.String(), "resuming tasks left from before the start") {
		t.Errorf("the resume is not logged:\n%s", h2.logs.String())
	}
}

// A notice held up by a rate limit delays no delete of its chat; the
// notices waiting then go out.
func TestRateLimitedNoticeDelaysNoDelete(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	release := h.sleep.hold(30 * time.Second)
	defer release()
	h.api.fail("sendMessage", fault{status: 429, desc: "Too Many Requests: retry after 30", retryAfter: 30})
	h.api.push(msgUpdate(textMsg(chatA, member, 80, h.at(0), phish)))
	h.api.waitCall(t, "deleteMessage", ids(chatA, 80))
	h.api.waitFor(t, "the notice answered 429", func(calls []apiCall) bool {
		for _, c := range calls {
			if c.Method == "sendMessage" && c.Status == 429 {
				return true
			}
		}
		return false
	})
	h.api.push(msgUpdate(textMsg(chatA, member, 81, h.at(1), phish)))
	h.api.waitCall(t, "deleteMessage", ids(chatA, 81))
	if n := h.api.count("sendMessage", replyTo(chatA, 81)); n != 0 {
		t.Errorf("a notice went out while the chat's notices wait on retry_after")
	}
	release()
	h.api.waitFor(t, "both notices sent", func(calls []apiCall) bool {
		n := 0
		for _, c := range calls {
			if c.Method == "sendMessage" && c.Status == 200 && c.get("chat_id") == itoa(chatA) {
				n++
			}
		}
		return n == 2
	})
}

// A flood of threats in one chat, with notices held up by a rate limit,
// gets every message deleted and one notice for them all.
func TestFloodedChatGetsOneNotice(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	release := h.sleep.hold(30 * time.Second)
	defer release()
	h.api.fail("sendMessage", fault{status: 429, desc: "Too Many Requests: retry after 30", retryAfter: 30})
	for i := range 6 {
		h.api.push(msgUpdate(textMsg(chatA, member+int64(i), 90+i, h.at(i), phish)))
	}
	for i := range 6 {
		h.api.waitDeleted(t, chatA, 90+i)
	}
	release()
	// every notice is told once, and fewer messages than notices are sent
	h.api.waitFor(t, "every notice told", func(calls []apiCall) bool {
		told, _ := floodTold(calls)
		return told >= 6
	})
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	told, sent := floodTold(h.api.callsOf("sendMessage"))
	if told != 6 || sent >= 6 {
		t.Errorf("%d notices sent telling of %d messages, want fewer than 6 telling of 6", sent, told)
	}
	for i := range 6 {
		if n := h.api.deletes(chatA, 90+i); n != 1 {
			t.Errorf("message %d deleted by %d requests, want 1", 90+i, n)
		}
	}
}

var floodRE = regexp.MustCompile(`removed (\d+) dangerous messages`)

// floodTold counts the notices sent in chat A and the messages they tell
// of: a flood notice tells of several.
func floodTold(calls []apiCall) (told, sent int) {
	for _, c := range calls {
		if c.Method != "sendMessage" || c.Status != 200 || c.get("chat_id") != itoa(chatA) {
			continue
		}
		sent++
		if m := floodRE.FindStringSubmatch(c.get("text")); m != nil {
			n, _ := strconv.Atoi(m[1])
			told += n
		} else {
			told++
		}
	}
	return told, sent
}

// A burst of deletes in many chats reuses a pool of connections instead
// of opening one for nearly every request.
func TestBurstReusesConnections(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.api.mu.Lock()
	h.api.delay = 20 * time.Millisecond
	h.api.mu.Unlock()
	const chats = 40
	for i := range chats {
		chat := int64(-2000 - i)
		h.api.setMember(chat, testBotID, "administrator", map[string]bool{"can_delete_messages": true, "can_restrict_members": true})
		h.api.push(msgUpdate(textMsg(chat, 5000+int64(i), 1, h.at(i), phish)))
	}
	h.api.waitFor(t, "every delete and notice", func(calls []apiCall) bool {
		n := 0
		for _, c := range calls {
			if (c.Method == "deleteMessage" || c.Method == "sendMessage") && c.Status == 200 {
				n++
			}
		}
		return n == 2*chats
	})
	// 3 requests a chat (the admin list, the delete, the notice), up to
	// 40 at once: a bare client (2 idle connections kept) opens nearly
	// one connection for each. The pool keeps what it opened and never
	// opens more than MaxConnsPerHost; how many of those a burst needs
	// depends on how the requests interleave (one sent just before
	// another's connection is back in the pool opens a new one).
	if n := h.api.conns.Load(); n > taskrun.MaxConnsPerHost {
		t.Errorf("%d connections for %d requests in %d chats, want at most %d", n, 3*chats, chats, taskrun.MaxConnsPerHost)
	}
}

// Deletes of a chat decided while every delete worker of the chat waits
// for an answer go out together, as one deleteMessages request.
func TestWaitingDeletesGoTogether(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	release := h.api.gate("deleteMessage")
	const workers = 4 // taskrun's DeleteWorkers
	for i := range workers {
		h.api.push(msgUpdate(textMsg(chatA, 301+int64(i), 100+i, h.at(i), phish)))
		// a delete decided while the others wait goes at once, beside them
		h.api.waitState(t, "the deletes in flight", func() bool { return h.api.waiting["deleteMessage"] == i+1 })
	}
	last := 0
	for i := workers; i < workers+3; i++ {
		last = h.api.push(msgUpdate(textMsg(chatA, 301+int64(i), 100+i, h.at(i), phish)))
	}
	h.api.waitConfirmed(t, last) // judged, their deletes queued, while every worker waits
	release()
	for i := range workers + 3 {
		h.api.waitDeleted(t, chatA, 100+i)
	}
	h.api.mu.Lock()
	aborted := h.api.aborted["deleteMessage"]
	h.api.mu.Unlock()
	if aborted > 0 {
		// then the retries, not the waiting, decide how deletes go together
		t.Errorf("%d gated deletes gave up waiting (the request deadline passed before the release)", aborted)
	}
	if n := len(h.api.callsOf("deleteMessages")); n != 1 {
		t.Errorf("%d deleteMessages requests, want the three waiting deletes together", n)
	}
	for i := range workers + 3 {
		if n := h.api.deletes(chatA, 100+i); n != 1 {
			t.Errorf("message %d deleted by %d requests, want 1", 100+i, n)
		}
	}
}

// Polling confirms no update still being judged: a bot killed then would
// get it again after a restart.
func TestUpdatesConfirmedOnlyOnceJudged(t *testing.T) {
	t.Parallel()
	cfg := bot.DefaultConfig()
	cfg.Admins = bot.AdminsReport // whether a threat is deleted depends on who posted it
	h := newHarnessConfig(t, cfg, nil)
	release := h.api.gate("getChatAdministrators") // the judging waits for the admin list
	defer release()
	first := h.api.push(msgUpdate(textMsg(chatC, member, 400, h.at(0), phish)))
	h.api.waitState(t, "the judging under way", func() bool { return h.api.waiting["getChatAdministrators"] == 1 })
	later := h.api.push(msgUpdate(textMsg(chatB, member, 401, h.at(1), benign)))
	h.api.waitFor(t, "the later update polled", func(calls []apiCall) bool {
		for _, c := range calls {
			if c.Method == "getUpdates" && c.get("offset") == strconv.Itoa(first) {
				return true
			}
		}
		return false
	})
	h.api.mu.Lock()
	confirmed := h.api.confirmed
	h.api.mu.Unlock()
	if confirmed > first {
		t.Fatalf("updates confirmed up to %d while update %d is being judged", confirmed, first)
	}
	release()
	h.api.waitDeleted(t, chatC, 400)
	h.api.waitFor(t, "both confirmed", func(calls []apiCall) bool {
		for _, c := range calls {
			if c.Method == "getUpdates" && c.get("offset") == strconv.Itoa(later+1) {
				return true
			}
		}
		return false
	})
	if n := h.api.deletes(chatC, 400); n != 1 {
		t.Errorf("deleted %d times, want once though it was polled again", n)
	}
}
