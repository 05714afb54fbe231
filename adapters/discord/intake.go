package discord

import (
	"log/slog"
	"sync"
)

// intake hands gateway events to one goroutine for each channel that has
// events waiting, so that a channel's events are judged in order and a
// channel whose judging waits on Discord (an interaction's answer, a
// server's roles read through the REST API, each for up to
// Options.CallTimeout) holds up neither the gateway connection, whose
// reader queues the events, nor any other channel.
//
// A channel has at most limit events waiting. An event past that is not
// judged: the log says so when a channel's backlog fills, naming the first
// event left out, and says how many were left out once the backlog is
// cleared. Waiting for room instead would lose more: discordgo records a
// dispatch's sequence before its handlers run, and a reader that waits
// misses heartbeat ACKs until discordgo closes with code 1000, which ends
// the session, so the RESUME is refused and every channel's events not yet
// read are lost unlogged (BENCHMARKS.md, rev37b).
type intake struct {
	log    *slog.Logger
	limit  int
	handle func(event)

	mu    sync.Mutex
	chans map[string]*backlog // channels with events waiting or being judged
	wg    sync.WaitGroup      // one per channel's goroutine
}

// backlog is one channel's events waiting to be judged.
type backlog struct {
	events  []event
	skipped int // events left out since the channel's backlog was last empty
}

func newIntake(log *slog.Logger, limit int, handle func(event)) *intake {
	return &intake{log: log, limit: limit, handle: handle, chans: make(map[string]*backlog)}
}

// add queues an event for its channel, starting the channel's goroutine if
// it has none. It never waits.
func (in *intake) add(channel string, ev event) {
	in.mu.Lock()
	defer in.mu.Unlock()
	b := in.chans[channel]
	if b == nil {
		b = &backlog{}
		in.chans[channel] = b
		in.wg.Add(1)
		go in.work(channel, b)
	}
	if len(b.events) >= in.limit {
		if b.skipped == 0 {
			in.log.Error("discord channel backlog full: its events are not judged while it is full",
				keyChat, tag(channel), keyMessage, ev.id(), "waiting", len(b.events))
		}
		b.skipped++
		return
	}
	b.events = append(b.events, ev)
}

// work judges a channel's events until its backlog is empty.
func (in *intake) work(channel string, b *backlog) {
	defer in.wg.Done()
	for {
		in.mu.Lock()
		if len(b.events) == 0 {
			delete(in.chans, channel)
			skipped := b.skipped
			in.mu.Unlock()
			if skipped > 0 {
				in.log.Warn("discord channel backlog cleared", keyChat, tag(channel), "not_judged", skipped)
			}
			return
		}
		ev := b.events[0]
		b.events[0] = event{}
		b.events = b.events[1:]
		in.mu.Unlock()
		in.handle(ev)
	}
}

// wait returns once every event queued has been judged. No event may be
// added while it waits.
func (in *intake) wait() { in.wg.Wait() }
