package discord_test

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/adapters/discord"
)

// waitIntake waits until the adapter's intake is as cond wants: events
// waiting in every channel, and goroutines judging.
func waitIntake(h *harness, what string, cond func(events, judging int) bool) {
	h.t.Helper()
	deadline := time.Now().Add(waitLimit)
	for {
		events, judging := discord.Waiting(h.a)
		if cond(events, judging) {
			return
		}
		if time.Now().After(deadline) {
			h.t.Fatalf("timed out waiting for %s: %d events waiting, %d goroutines judging", what, events, judging)
		}
		time.Sleep(time.Millisecond)
	}
}

// Past the bound across channels, the channel with the most events
// waiting gives up its newest ones, so that channels stuck on Discord
// lose events and the others go on being judged: a threat in a third
// channel is deleted while two channels are held with the bound full.
// The log says so once, naming the channel and the first event left
// out, and again once the events waiting are down to half the bound;
// the count is what NotJudged reports.
func TestTotalBacklogShedsTheLongest(t *testing.T) {
	t.Parallel()
	h := start(t, func(o *discord.Options) {
		o.CallTimeout, o.Backlog, o.TotalBacklog = 2*waitLimit, 25, 20
	})
	release1 := holdAnswer(h, "held1", "c1")
	defer release1()
	release2 := holdAnswer(h, "held2", "c2")
	defer release2()
	for i := range 20 {
		h.dispatch("MESSAGE_CREATE", message(fmt.Sprintf("b%02d", i), "c1", fmt.Sprintf("ub%02d", i), phish))
	}
	for i := range 5 {
		h.dispatch("MESSAGE_CREATE", message(fmt.Sprintf("d%02d", i), "c2", fmt.Sprintf("ud%02d", i), phish))
	}
	h.dispatch("MESSAGE_CREATE", message("other", "c3", "u-other", phish))
	h.waitDelete("c3", "other")
	if events, _ := discord.Waiting(h.a); events != 19 {
		t.Errorf("%d events waiting with c1 and c2 held, want the bound less c3's threat, 19", events)
	}

	release1()
	release2()
	h.logs.waitFor(t, "discord channel backlog cleared")
	h.logs.waitFor(t, "down to half their bound again")
	h.stop()
	for i := range 20 {
		id := fmt.Sprintf("b%02d", i)
		if got, want := h.deletes("c1", id) > 0, i < 14; got != want {
			t.Errorf("c1's %s deleted: %v, want %v", id, got, want)
		}
	}
	for i := range 5 {
		if id := fmt.Sprintf("d%02d", i); h.deletes("c2", id) == 0 {
			t.Errorf("c2's %s not deleted", id)
		}
	}
	if n := h.a.NotJudged(); n != 6 {
		t.Errorf("NotJudged = %d, want 6", n)
	}
	logs := h.logs.String()
	if n := strings.Count(logs, "discord events waiting in all channels reached their bound"); n != 1 {
		t.Errorf("the bound across channels logged %d times, want once", n)
	}
	if !regexp.MustCompile(`reached their bound.* chat=discord:c1 message=b19 waiting=20 bound=20`).MatchString(logs) {
		t.Errorf("the bound's log line does not name c1, its first message left out and the bound")
	}
	if !regexp.MustCompile(`down to half their bound again" not_judged=6 bound=20`).MatchString(logs) {
		t.Errorf("the line when the events waiting are down to half the bound does not count the 6 left out")
	}
	if !regexp.MustCompile(`discord channel backlog cleared.* chat=discord:c1 not_judged=6`).MatchString(logs) {
		t.Errorf("c1's cleared backlog does not count its 6 events left out")
	}
	if strings.Contains(logs, "discord channel backlog full") {
		t.Errorf("a channel's own backlog logged full; none had 25 events waiting")
	}
}

// At most Options.Judging channels are judged at once: with every
// channel's judging held on Discord (an outage), the other channels'
// events wait, without a goroutine each, and are judged once the calls
// end.
func TestJudgingIsBounded(t *testing.T) {
	t.Parallel()
	h := start(t, func(o *discord.Options) { o.CallTimeout, o.Judging = 2*waitLimit, 4 })
	gate := make(chan struct{})
	released := false
	release := func() {
		if !released {
			released = true
			close(gate)
		}
	}
	defer release()
	const n = 10
	for i := range n {
		id, ch := fmt.Sprintf("held%d", i), fmt.Sprintf("c%d", i)
		h.script("POST", "/interactions/"+id+"/token-"+id+"/callback", reply{gate: gate})
		h.dispatch("INTERACTION_CREATE", interaction(id, ch, ownerID, permAdmin, slash("status")))
	}
	h.dispatch("MESSAGE_CREATE", message("last", "c9", "u-last", phish))
	waitIntake(h, "every event read", func(events, judging int) bool { return events+judging == n+1 })
	if _, judging := discord.Waiting(h.a); judging != 4 {
		t.Errorf("%d channels judged at once, want 4", judging)
	}
	answers := func(f *fake) int {
		calls := 0
		for i := range n {
			calls += len(f.matching("POST", fmt.Sprintf("/interactions/held%d/token-held%d/callback", i, i)))
		}
		return calls
	}
	h.waitFor("four answers under way", func(f *fake) bool { return answers(f) >= 4 })
	h.mu.Lock()
	calls := answers(h.fake)
	h.mu.Unlock()
	if calls != 4 {
		t.Errorf("%d answers under way at once, want 4", calls)
	}

	release()
	h.waitDelete("c9", "last")
	for i := range n {
		h.waitCalls("POST", fmt.Sprintf("/interactions/held%d/token-held%d/callback", i, i), 1)
	}
	waitIntake(h, "every goroutine gone", func(events, judging int) bool { return events == 0 && judging == 0 })
}

// While channels wait for a goroutine, the goroutines take turns, one
// event each: a channel's one threat is judged while a busy channel
// ahead of it still has events waiting, not after all of them.
func TestJudgingTakesTurns(t *testing.T) {
	t.Parallel()
	h := start(t, func(o *discord.Options) { o.CallTimeout, o.Judging = 2*waitLimit, 1 })
	release := holdAnswer(h, "held", "c1")
	defer release()
	const n = 30
	for i := range n {
		h.dispatch("MESSAGE_CREATE", message(fmt.Sprintf("b%02d", i), "c1", fmt.Sprintf("ub%02d", i), phish))
	}
	h.dispatch("MESSAGE_CREATE", message("other", "c2", "u-other", phish))
	waitIntake(h, "every event read", func(events, _ int) bool { return events == n+1 })

	release()
	h.waitDelete("c2", "other")
	h.waitDelete("c1", fmt.Sprintf("b%02d", n-1))
	c1 := judged(h, "c1")
	if len(c1) != n {
		t.Fatalf("c1's messages judged: %d, want %d", len(c1), n)
	}
	logs := h.logs.String()
	at := strings.Index(logs, `msg="discord decision" chat=discord:c2 message=other `)
	if at < 0 {
		t.Fatal("no decision on c2's threat in the log")
	}
	before := 0
	for _, id := range c1 {
		if strings.Index(logs, `msg="discord decision" chat=discord:c1 message=`+id+" ") < at {
			before++
		}
	}
	if before > 2 {
		t.Errorf("c2's threat judged after %d of c1's %d messages, want at most 2 (one each in turn)", before, n)
	}
	if !slices.IsSorted(c1) {
		t.Errorf("c1's messages judged out of order: %v", c1)
	}
}
