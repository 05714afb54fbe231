package discord_test

import (
	"fmt"
	"regexp"
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
