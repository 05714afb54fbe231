package discord_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/immunebot/immune/adapters/discord"
)

// An admin's command in a channel at either bound is not left out while a
// message waits there: it takes the place of the channel's newest
// message, so that the command is carried out once the channel's turn
// comes (left out, it would be left out again on every try while the
// channel is full).
func TestCommandAtTheBoundIsKept(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		tweak func(*discord.Options)
	}{
		{"channel's backlog", func(o *discord.Options) { o.Backlog = 10 }},
		{"all channels' backlog", func(o *discord.Options) { o.TotalBacklog = 10 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := start(t, func(o *discord.Options) { o.CallTimeout = 2 * waitLimit }, tc.tweak)
			release := holdAnswer(h, "held", "c1")
			defer release()
			for i := range 10 {
				h.dispatch("MESSAGE_CREATE", message(fmt.Sprintf("b%02d", i), "c1", fmt.Sprintf("u%02d", i), phish))
			}
			waitIntake(h, "c1's ten messages waiting", func(events, _ int) bool { return events == 10 })
			h.dispatch("INTERACTION_CREATE", interaction("adm", "c1", ownerID, permAdmin, slash("status")))
			h.dispatch("MESSAGE_CREATE", message("b10", "c1", "u10", phish))
			// the command and b10 read: one event left out for each
			waitIntake(h, "the command and b10 read", func(int, int) bool { return h.a.NotJudged() == 2 })

			release()
			h.waitCalls("POST", "/interactions/adm/token-adm/callback", 1)
			h.logs.waitFor(t, "discord channel backlog cleared")
			h.stop()
			for i := range 11 {
				id := fmt.Sprintf("b%02d", i)
				if got, want := h.deletes("c1", id) > 0, i < 9; got != want {
					t.Errorf("c1's %s deleted: %v, want %v", id, got, want)
				}
			}
			if !regexp.MustCompile(`chat=discord:c1 message=b09 `).MatchString(h.logs.String()) {
				t.Errorf("the bound's log line does not name b09, the message left out for the command")
			}
		})
	}
}

// Once Run's context is done, the channels waiting for their turn to be
// judged are judged at once, not after the calls of the channels ahead of
// them end (each may take Options.CallTimeout, and in an outage every
// channel's does): a threat waiting behind a held channel with Judging 1
// is judged and deleted while that channel is still held, and the log
// says how many events were left to judge.
func TestStopJudgesWaitingChannelsAtOnce(t *testing.T) {
	t.Parallel()
	h := start(t, func(o *discord.Options) { o.CallTimeout, o.Judging = 2*waitLimit, 1 })
	release := holdAnswer(h, "held", "c1")
	defer release()
	h.dispatch("MESSAGE_CREATE", message("other", "c2", "u-other", phish))
	waitIntake(h, "c2's threat waiting for its turn", func(events, _ int) bool { return events == 1 })

	h.cancel()
	h.waitDelete("c2", "other") // c1's answer still held
	release()
	h.stop()
	if !strings.Contains(h.logs.String(), `msg="discord judging the events taken before stopping" events=1 channels=2`) {
		t.Errorf("the log does not say how many events were left to judge at the stop")
	}
}
