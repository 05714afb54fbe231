package discord

import (
	"log/slog"
	"math"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// intake hands gateway events to goroutines that judge each channel's
// events in order, so that a channel whose judging waits on Discord (an
// interaction's answer, a server's roles read through the REST API, each
// for up to Options.CallTimeout) or on the store holds up neither the
// gateway connection, whose reader queues the events, nor any other
// channel.
//
// Three bounds keep a large server's memory in check while judging waits
// (a slow store, a REST outage):
//
//   - A channel has at most limit events waiting. An event past that is
//     not judged: the log says so when a channel's backlog fills, naming
//     the first event left out, and says how many were left out once the
//     backlog is cleared.
//   - All channels together have at most total events waiting. Past it,
//     the channel with the most waiting gives up its newest event to make
//     room (or the arriving event is left out, if its channel is that
//     one), so that channels stuck with long backlogs, not the others,
//     lose events. The log says so when it begins, then at most once a
//     minute with the count since, and once the events waiting are down
//     to half the bound.
//   - At either bound an interaction (an admin's command, a button
//     pressed) is left out only when no message waits in its channel:
//     it takes the place of the channel's newest message (backlog.swap),
//     and a channel gives up its newest message before any interaction.
//   - At most slots channels are judged at once, each by a goroutine of
//     its own; a channel with events and no goroutine waits its turn, and
//     while channels wait, the goroutines take turns, one event each, so
//     that busy channels do not keep the others waiting.
//
// Waiting for room instead would lose more: discordgo records a
// dispatch's sequence before its handlers run, and a reader that waits
// misses heartbeat ACKs until discordgo closes with code 1000, which ends
// the session, so the RESUME is refused and every channel's events not yet
// read are lost unlogged (BENCHMARKS.md, rev37b).
type intake struct {
	log    *slog.Logger
	now    func() time.Time
	limit  int // events one channel may have waiting
	total  int // events all channels together may have waiting
	slots  int // channels judged at once
	handle func(event)

	mu      sync.Mutex
	chans   map[string]*backlog // channels with events waiting or being judged
	ready   []*backlog          // channels with events waiting and no goroutine, in turn
	waiting int                 // events waiting in every channel
	running int                 // goroutines judging
	wg      sync.WaitGroup      // one per goroutine

	// the bound across channels
	over   bool      // events were left out since waiting was last at most total/2
	shed   int       // events left out since over began
	unsaid int       // of those, left out since the log last said so
	saidAt time.Time // when the log last said so

	notJudged atomic.Int64 // every event left out, by either bound
}

// backlog is one channel's events waiting to be judged.
type backlog struct {
	channel string
	events  []event
	skipped int  // events left out since the channel's backlog was last empty
	full    bool // the log said that the channel's backlog is full
	active  bool // a goroutine judges the channel, or it waits in ready for one
}

// shedEvery is how often at most the log says that events are still left
// out at the bound across channels.
const shedEvery = time.Minute

func newIntake(log *slog.Logger, now func() time.Time, limit, total, slots int, handle func(event)) *intake {
	return &intake{log: log, now: now, limit: limit, total: total, slots: slots, handle: handle, chans: make(map[string]*backlog)}
}

// add queues an event for its channel, starting a goroutine for the
// channel if it has none and fewer than slots run. It never waits.
func (in *intake) add(channel string, ev event) {
	in.mu.Lock()
	defer in.mu.Unlock()
	b := in.chans[channel]
	if b != nil && len(b.events) >= in.limit {
		out := b.swap(ev)
		if !b.full {
			b.full = true
			in.log.Error("discord channel backlog full: its events are not judged while it is full",
				keyChat, tag(channel), keyMessage, out.id(), "waiting", len(b.events))
		}
		b.skipped++
		in.notJudged.Add(1)
		return
	}
	if in.waiting >= in.total {
		long := in.longest()
		if b != nil && len(b.events) >= len(long.events) {
			out := b.swap(ev)
			b.skipped++
			in.leftOut(channel, out.id())
			return
		}
		if ev.inter == nil && long.newestMessage() < 0 {
			// only interactions wait in the longest: the message gives way
			if b != nil {
				b.skipped++
			}
			in.leftOut(channel, ev.id())
			return
		}
		out := long.leaveOut()
		long.skipped++
		in.leftOut(long.channel, out.id())
		in.waiting--
	}
	if b == nil {
		b = &backlog{channel: channel}
		in.chans[channel] = b
	}
	b.events = append(b.events, ev)
	in.waiting++
	if b.active {
		return
	}
	b.active = true
	if in.running < in.slots {
		in.running++
		in.wg.Add(1)
		go in.work(b)
		return
	}
	in.ready = append(in.ready, b)
}

// swap makes room for ev in a full backlog: an interaction (an admin's
// command, a button pressed) takes the place of the newest message
// waiting, for a command changes what it changes even when its answer
// comes too late, and an admin whose command is left out in a flooded
// channel would be left out again on every try. It returns the event
// left out: that message, or ev itself when ev is a message or only
// interactions wait.
func (b *backlog) swap(ev event) event {
	if ev.inter == nil {
		return ev
	}
	i := b.newestMessage()
	if i < 0 {
		return ev
	}
	out := b.events[i]
	b.events = append(slices.Delete(b.events, i, i+1), ev)
	return out
}

// leaveOut removes and returns the event the backlog gives up to make
// room for another channel's: its newest message, or its newest
// interaction when only interactions wait (and the other channel's is an
// interaction too). The backlog has events waiting.
func (b *backlog) leaveOut() event {
	i := b.newestMessage()
	if i < 0 {
		i = len(b.events) - 1
	}
	out := b.events[i]
	b.events = slices.Delete(b.events, i, i+1)
	return out
}

// newestMessage is the index of the newest message waiting (not an
// interaction), or -1.
func (b *backlog) newestMessage() int {
	for i := len(b.events) - 1; i >= 0; i-- {
		if b.events[i].inter == nil {
			return i
		}
	}
	return -1
}

// longest returns the channel with the most events waiting; in.mu is
// held and some channel has events waiting.
func (in *intake) longest() *backlog {
	var long *backlog
	for _, b := range in.chans {
		if long == nil || len(b.events) > len(long.events) {
			long = b
		}
	}
	return long
}

// leftOut counts an event left out at the bound across channels and logs
// it: at once when the bound is first reached, then at most once every
// shedEvery. in.mu is held.
func (in *intake) leftOut(channel, id string) {
	in.notJudged.Add(1)
	now := in.now()
	if !in.over {
		in.over, in.shed, in.unsaid, in.saidAt = true, 1, 0, now
		in.log.Error("discord events waiting in all channels reached their bound: the channel with the most waiting leaves its newest events unjudged",
			keyChat, tag(channel), keyMessage, id, "waiting", in.waiting, "bound", in.total, "channels", len(in.chans))
		return
	}
	in.shed++
	in.unsaid++
	if now.Sub(in.saidAt) >= shedEvery {
		in.log.Warn("discord events still left out at the bound across channels",
			"not_judged", in.unsaid, keyChat, tag(channel), "waiting", in.waiting, "bound", in.total, "channels", len(in.chans))
		in.unsaid, in.saidAt = 0, now
	}
}

// work judges channels' events, starting with b's, until no channel has
// events waiting for a goroutine.
func (in *intake) work(b *backlog) {
	defer in.wg.Done()
	fresh := true // no event of b's judged on this turn yet
	for {
		in.mu.Lock()
		if len(b.events) == 0 {
			b.active = false
			delete(in.chans, b.channel)
			channel, skipped := b.channel, b.skipped
			b, fresh = in.next(), true
			if b == nil {
				in.running--
			}
			in.mu.Unlock()
			if skipped > 0 {
				in.log.Warn("discord channel backlog cleared", keyChat, tag(channel), "not_judged", skipped)
			}
			if b == nil {
				return
			}
			continue
		}
		if !fresh && len(in.ready) > 0 {
			// channels wait for a goroutine: take turns
			in.ready = append(in.ready, b)
			b, fresh = in.next(), true
			in.mu.Unlock()
			continue
		}
		fresh = false
		ev := b.events[0]
		b.events[0] = event{}
		b.events = b.events[1:]
		in.waiting--
		cleared := 0
		if in.over && in.waiting <= in.total/2 {
			in.over, cleared = false, in.shed
		}
		in.mu.Unlock()
		if cleared > 0 {
			in.log.Warn("discord events waiting in all channels are down to half their bound again",
				"not_judged", cleared, "bound", in.total)
		}
		in.handle(ev)
	}
}

// next takes the first channel waiting for a goroutine, or nil; in.mu is
// held.
func (in *intake) next() *backlog {
	if len(in.ready) == 0 {
		return nil
	}
	b := in.ready[0]
	in.ready[0] = nil
	in.ready = in.ready[1:]
	return b
}

// stop lifts the bound on channels judged at once, for Run's stop: every
// channel waiting for its turn gets a goroutine now, so that stopping
// takes as long as the slowest channel's judging, not the turns of every
// channel behind the ones held by a call (each up to Options.CallTimeout).
// It returns the events waiting and the channels they are in. No event
// may be added once it is called.
func (in *intake) stop() (events, channels int) {
	in.mu.Lock()
	defer in.mu.Unlock()
	in.slots = math.MaxInt
	for _, b := range in.ready {
		in.running++
		in.wg.Add(1)
		go in.work(b)
	}
	in.ready = nil
	return in.waiting, len(in.chans)
}

// wait returns once every event queued has been judged. No event may be
// added while it waits.
func (in *intake) wait() { in.wg.Wait() }
