package telegram

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// stickChatA makes chat A's queue wait on Telegram: a /help whose reply
// is answered 429 and waits out its 30 s until the returned func is
// called.
func stickChatA(t *testing.T, h *harness) (release func()) {
	t.Helper()
	return stickChatAWith(t, h, func() { h.api.push(msgUpdate(textMsg(chatA, member, 1, h.at(0), "/help"))) })
}

// stickChatAWith is stickChatA with the /help (update 1) handed to the
// bot by deliver.
func stickChatAWith(t *testing.T, h *harness, deliver func()) (release func()) {
	t.Helper()
	release = h.sleep.hold(30 * time.Second)
	inA := func(p url.Values) bool { return p.Get("chat_id") == itoa(chatA) }
	h.api.fail("sendMessage", fault{status: 429, desc: "Too Many Requests: retry after 30", retryAfter: 30, match: inA})
	deliver()
	h.api.waitFor(t, "the reply answered 429", func(calls []apiCall) bool {
		for _, c := range calls {
			if c.Method == "sendMessage" && c.Status == 429 {
				return true
			}
		}
		return false
	})
	return release
}

// A busy chat whose queue waits on Telegram for long takes at most
// Options.ChatBacklog updates of memory: polling goes past pages of
// updates waiting behind it only while that chat's queue has room for a
// page more, then holds every chat's intake (as it did before it went
// past pages at all) without asking Telegram for the same page again
// and again. Other chats' threats taken before then are deleted; once
// the chat's wait is over, every message waiting in it is judged, in
// the order it came, and the intake held back is taken.
func TestStuckChatBacklogBounded(t *testing.T) {
	t.Parallel()
	const backlog = 300
	h := newHarness(t, func(o *Options) { o.ChatBacklog = backlog })
	release := stickChatA(t, h)
	defer release()

	// twice the backlog of chat A's threats, each from its own account,
	// with another chat's talk among them and a threat in it early on
	const stuck = 2 * backlog
	for i := range stuck {
		h.api.push(msgUpdate(textMsg(chatA, 10000+int64(i), 100+i, h.at(1), phish)))
		if i%4 == 0 {
			h.api.push(msgUpdate(textMsg(chatB, 5000+int64(i), 5000+i, h.at(1), benign)))
		}
		if i == 20 {
			h.api.push(msgUpdate(textMsg(chatB, spammer, 500, h.at(1), phish)))
		}
	}
	h.api.waitDeleted(t, chatB, 500)

	// chat A's queue never holds more than the backlog, and polling
	// says when it holds intake for it
	most := 0
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		if _, n := h.a.q.longest(); n > most {
			most = n
		}
		if most > backlog || strings.Contains(h.logs.String(), "polling takes no more updates") {
			break
		}
	}
	if most > backlog {
		t.Fatalf("chat A's queue held %d updates, more than the backlog %d", most, backlog)
	}
	waitLog(t, h, "polling takes no more updates")
	if chat, n := h.a.q.longest(); chat != chatA || n > backlog || n <= backlog-pollLimit {
		t.Errorf("longest queue: chat %d with %d waiting, want chat A with %d to %d", chat, n, backlog-pollLimit+1, backlog)
	}
	// held: nothing is asked for while the backlog is full
	before := len(h.api.callsOf("getUpdates"))
	time.Sleep(1500 * time.Millisecond)
	if n := len(h.api.callsOf("getUpdates")) - before; n > 1 {
		t.Errorf("%d getUpdates in 1.5 s while intake is held, want at most 1", n)
	}
	if _, n := h.a.q.longest(); n > backlog {
		t.Errorf("chat A's queue holds %d, more than the backlog %d", n, backlog)
	}
	// a threat in another chat waits for the hold, and is not lost
	h.api.push(msgUpdate(textMsg(chatC, spammer, 600, h.at(2), phish)))

	release()
	h.api.waitCall(t, "sendMessage", replyTo(chatA, 1))
	for i := range stuck {
		h.api.waitDeleted(t, chatA, 100+i)
	}
	h.api.waitDeleted(t, chatC, 600)
	waitLog(t, h, "polling takes updates again")
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}

	// chat A's messages judged once each, in the order they came
	judgedInOrder(t, h, stuck)
	if n := h.api.deletes(chatB, 500); n != 1 {
		t.Errorf("chat B's threat deleted by %d requests, want 1", n)
	}
}

// While a chat waits on Telegram, an answer that brings back updates
// still being judged is not asked for again at once, however many new
// updates trickle in (a hundred a second here): polling asks for the
// page waiting about once a second, not in a loop. The other chat's threat is still deleted.
func TestStuckChatPollsOnceASecond(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	release := stickChatA(t, h)
	defer release()

	before := len(h.api.callsOf("getUpdates"))
	start := time.Now()
	for i := range 300 {
		h.api.push(msgUpdate(textMsg(chatB, 5000+int64(i), 10+i, h.at(1), benign)))
		time.Sleep(10 * time.Millisecond)
	}
	h.api.push(msgUpdate(textMsg(chatB, spammer, 500, h.at(2), phish)))
	h.api.waitDeleted(t, chatB, 500)
	took := time.Since(start)
	n := len(h.api.callsOf("getUpdates")) - before
	t.Logf("%d getUpdates in %v", n, took.Round(time.Millisecond))
	// about once a second the page waiting comes back; when a page is
	// full polling goes past it and takes what came after: at most
	// three requests a second, and a few for the start and the end
	if max := int(took/time.Second)*4 + 4; n > max {
		t.Errorf("%d getUpdates in %v while chat A waits, want at most %d", n, took.Round(time.Millisecond), max)
	}
	// going past a page is said once a minute at most, with the pages
	// gone past since: not once a page
	if n := strings.Count(h.logs.String(), "polling goes past updates still being judged"); n != 1 {
		t.Errorf("the log says %d times that polling goes past a page, want once in %v", n, took.Round(time.Second))
	}
	release()
	h.api.waitCall(t, "sendMessage", replyTo(chatA, 1))
}

// waitLog waits until the adapter's log holds s.
func waitLog(t *testing.T, h *harness, s string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(h.logs.String(), s) {
		if time.Now().After(deadline) {
			t.Fatalf("the log never says %q", s)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// judgedInOrder fails t unless the log holds a decision for each of chat
// A's messages 100 … 100+n-1, once each and in that order.
func judgedInOrder(t *testing.T, h *harness, n int) {
	t.Helper()
	re := regexp.MustCompile(`msg="telegram decision" chat=` + itoa(chatA) + ` message=(\d+) `)
	var got []int
	for _, m := range re.FindAllStringSubmatch(h.logs.String(), -1) {
		id, _ := strconv.Atoi(m[1])
		got = append(got, id)
	}
	if len(got) != n {
		t.Fatalf("%d of chat A's %d messages judged", len(got), n)
	}
	for i, id := range got {
		if id != 100+i {
			t.Fatalf("chat A's judgement %d was of message %d, want %d (in order)", i, id, 100+i)
		}
	}
}
