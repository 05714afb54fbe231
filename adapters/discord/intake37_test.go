package discord_test

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/immunebot/immune/adapters/discord"
)

// holdAnswer dispatches /immune status from an admin in ch and waits until
// the bot is answering it, with the answer held at the fake until the
// returned release is called (as Discord holds a call it rate limits).
func holdAnswer(h *harness, id, ch string) (release func()) {
	h.t.Helper()
	gate := make(chan struct{})
	h.script("POST", "/interactions/"+id+"/token-"+id+"/callback", reply{gate: gate})
	h.dispatch("INTERACTION_CREATE", interaction(id, ch, ownerID, permAdmin, slash("status")))
	h.waitCalls("POST", "/interactions/"+id+"/token-"+id+"/callback", 1)
	var once sync.Once
	return func() { once.Do(func() { close(gate) }) }
}

// judged returns the ids of a channel's messages that the log shows were
// decided on, in the order they were judged.
func judged(h *harness, ch string) []string {
	re := regexp.MustCompile(`msg="discord decision" chat=discord:` + ch + ` message=(\S+)`)
	var ids []string
	for _, m := range re.FindAllStringSubmatch(h.logs.String(), -1) {
		ids = append(ids, m[1])
	}
	return ids
}

// A channel whose judging waits on Discord (an interaction's answer held
// for as long as a call may take) holds up neither the gateway connection
// nor any other channel, however many of its events arrive meanwhile; once
// the wait is over, its messages are all judged, in order.
func TestHeldChannelHoldsUpNoOtherChannel(t *testing.T) {
	t.Parallel()
	// the answer is held for longer than the test waits for anything
	h := start(t, func(o *discord.Options) { o.CallTimeout = 2 * waitLimit })
	release := holdAnswer(h, "held", "c1")
	defer release()
	const n = 300 // more than a channel's share of events ever buffered before
	var want []string
	for i := range n {
		id := fmt.Sprintf("h%03d", i)
		want = append(want, id)
		h.dispatch("MESSAGE_CREATE", message(id, "c1", "u-"+id, phish))
	}
	h.dispatch("MESSAGE_CREATE", message("other", "c2", "u-other", phish))
	h.waitDelete("c2", "other")
	if got := judged(h, "c1"); len(got) != 0 {
		t.Errorf("c1's messages judged before the command ahead of them was answered: %v", got)
	}

	release()
	h.waitFor("every held message deleted", func(f *fake) bool {
		for _, id := range want {
			if f.deletesLocked("c1", id) == 0 {
				return false
			}
		}
		return true
	})
	if got := judged(h, "c1"); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("c1's messages judged in the order %v, want %v", got, want)
	}
}

// A channel with more events waiting than its bound leaves the rest
// unjudged, and the log says so when it begins and how many once the
// backlog is cleared; the events it took are all judged.
func TestFullBacklogIsLogged(t *testing.T) {
	t.Parallel()
	h := start(t, func(o *discord.Options) { o.CallTimeout, o.Backlog = 2*waitLimit, 20 })
	release := holdAnswer(h, "held", "c1")
	defer release()
	for i := range 30 {
		h.dispatch("MESSAGE_CREATE", message(fmt.Sprintf("b%02d", i), "c1", fmt.Sprintf("u%02d", i), phish))
	}
	h.logs.waitFor(t, "discord channel backlog full")
	h.dispatch("MESSAGE_CREATE", message("other", "c2", "u-other", phish))
	h.waitDelete("c2", "other")

	release()
	h.logs.waitFor(t, "discord channel backlog cleared")
	h.stop()
	for i := range 30 {
		id := fmt.Sprintf("b%02d", i)
		if got, want := h.deletes("c1", id) > 0, i < 20; got != want {
			t.Errorf("%s deleted: %v, want %v", id, got, want)
		}
	}
	logs := h.logs.String()
	if !regexp.MustCompile(`discord channel backlog full.* chat=discord:c1 .*message=b20`).MatchString(logs) {
		t.Errorf("the full backlog's log line does not name the channel and the first message left out")
	}
	if !regexp.MustCompile(`discord channel backlog cleared.* chat=discord:c1 not_judged=10`).MatchString(logs) {
		t.Errorf("the cleared backlog's log line does not say 10 events were not judged")
	}
	if n := strings.Count(logs, "discord channel backlog full"); n != 1 {
		t.Errorf("the full backlog logged %d times, want once", n)
	}
	if n := h.a.NotJudged(); n != 10 {
		t.Errorf("NotJudged = %d, want the 10 left out", n)
	}
}
