package discord

import (
	"log/slog"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Past the bound across channels, the longest channel gives up its newest
// message, not an interaction waiting behind it (an admin's command, a
// button pressed), and a message gives way to a channel whose backlog
// holds only interactions: messages are left out, commands judged.
func TestShedLeavesInteractions(t *testing.T) {
	t.Parallel()
	var (
		mu     sync.Mutex
		judged []string
	)
	gate := make(chan struct{})
	in := newIntake(slog.New(slog.DiscardHandler), time.Now, 1000, 3, 1, func(ev event) {
		if ev.id() == "held" {
			<-gate
		}
		mu.Lock()
		defer mu.Unlock()
		judged = append(judged, ev.id())
	})
	msg := func(id string) event { return event{msg: &discordgo.Message{ID: id}} }
	cmd := func(id string) event { return event{inter: &discordgo.Interaction{ID: id}} }
	in.add("h", msg("held"))
	waitTaken(in) // the one goroutine takes it and waits at the gate
	in.add("c1", msg("m1"))
	in.add("c1", cmd("a1"))
	in.add("c1", msg("m2"))
	in.add("c2", msg("m3")) // c1 gives up m2, its newest message
	in.add("c2", msg("m4")) // c1 gives up m1; a1 stays
	in.add("c1", cmd("a2")) // c2, now the longest, gives up m4
	in.add("c2", msg("m5")) // c1, the longest, holds only commands: m5 is left out
	close(gate)
	in.wait()
	slices.Sort(judged)
	if want := []string{"a1", "a2", "held", "m3"}; !slices.Equal(judged, want) {
		t.Errorf("judged %v, want %v", judged, want)
	}
	if n := in.notJudged.Load(); n != 4 {
		t.Errorf("notJudged = %d, want 4 (m1, m2, m4, m5)", n)
	}
}
