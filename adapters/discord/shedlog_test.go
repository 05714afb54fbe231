package discord

import (
	"bytes"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Past the bound across channels, the log says so when it begins and then
// at most once a minute, with the events left out since, however many
// there are; once the events waiting are down to half the bound it says
// how many were left out in all.
func TestShedLogIsRateLimited(t *testing.T) {
	var (
		logs bytes.Buffer
		mu   sync.Mutex
		now  = time.Date(2026, 12, 5, 5, 0, 0, 0, time.UTC)
	)
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	advance := func(d time.Duration) { mu.Lock(); defer mu.Unlock(); now = now.Add(d) }
	gate := make(chan struct{})
	log := slog.New(slog.NewTextHandler(&logs, nil))
	in := newIntake(log, clock, 1000, 10, 1, func(event) { <-gate })
	msg := func(id string) event { return event{msg: &discordgo.Message{ID: id}} }
	in.add("held", msg("h"))
	waitTaken(in) // the one goroutine takes it and waits at the gate
	for i := range 10 {
		in.add("c1", msg("a"+string(rune('0'+i))))
	}
	for range 500 { // 500 left out within the first minute
		in.add("c1", msg("x"))
	}
	advance(shedEvery)
	in.add("c1", msg("y")) // a minute after the first: the line counts the 500 since it
	for range 99 {
		in.add("c1", msg("z"))
	}
	close(gate)
	in.wait()
	got := logs.String()
	for _, want := range []string{
		"reached their bound",
		`still left out at the bound across channels" not_judged=500 `,
		`down to half their bound again" not_judged=600 bound=10`,
		`backlog cleared" chat=discord:c1 not_judged=600`,
	} {
		if n := strings.Count(got, want); n != 1 {
			t.Errorf("%q logged %d times, want once", want, n)
		}
	}
	if n := strings.Count(got, "\n"); n != 4 {
		t.Errorf("%d log lines for 600 events left out, want 4:\n%s", n, got)
	}
	if n := in.notJudged.Load(); n != 600 {
		t.Errorf("notJudged = %d, want 600", n)
	}
}

// waitTaken waits until no event waits in the intake: every one added is
// being judged.
func waitTaken(in *intake) {
	for {
		in.mu.Lock()
		taken := in.waiting == 0
		in.mu.Unlock()
		if taken {
			return
		}
		time.Sleep(time.Millisecond)
	}
}
