package discord

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
)

// maxNoticeBacklog is how many actions may wait in one channel's queue
// before new member-facing notices there are dropped: during a flood the
// deletions matter, and a notice per deleted message would be a flood of
// its own. Deletions, timeouts and admin notes are never dropped.
const maxNoticeBacklog = 20

// job is one REST action for one channel.
type job struct {
	what string // for the log: "delete", "notice", ...
	run  func(ctx context.Context)
	// notice: a member-facing notice, dropped when the channel's queue is
	// backlogged.
	notice bool
}

// queues run actions one after another per channel and channels side by
// side, so that a flooded channel does not hold up the others and the
// actions about one message keep their order (delete, then notice). Jobs
// run with the queues' context, which the adapter cancels only when the
// drain at shutdown times out; each REST call is bounded on its own.
type queues struct {
	log     *slog.Logger
	ctx     context.Context
	mu      sync.Mutex
	pending map[string][]job
	wg      sync.WaitGroup
}

func newQueues(ctx context.Context, log *slog.Logger) *queues {
	return &queues{log: log, ctx: ctx, pending: make(map[string][]job)}
}

// push queues a job for a channel and reports whether it was queued; only
// notices are ever refused.
func (q *queues) push(channel string, j job) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	items, running := q.pending[channel]
	if j.notice && len(items) >= maxNoticeBacklog {
		return false
	}
	q.pending[channel] = append(items, j)
	if !running {
		q.wg.Add(1)
		go q.drain(channel)
	}
	return true
}

// drain runs a channel's jobs until its queue is empty. Once the queues'
// context is done, the jobs left are logged as not done.
func (q *queues) drain(channel string) {
	defer q.wg.Done()
	for {
		q.mu.Lock()
		items := q.pending[channel]
		if len(items) == 0 {
			delete(q.pending, channel)
			q.mu.Unlock()
			return
		}
		if q.ctx.Err() != nil {
			delete(q.pending, channel)
			q.mu.Unlock()
			q.log.Error("discord actions not done: the drain at shutdown timed out", keyChat, tag(channel), "count", len(items), keyAction, items[0].what)
			return
		}
		j := items[0]
		items[0] = job{}
		q.pending[channel] = items[1:]
		q.mu.Unlock()
		q.run(channel, j)
	}
}

// run runs one job; a panic is logged, and the queue goes on.
func (q *queues) run(channel string, j job) {
	defer func() {
		if r := recover(); r != nil {
			q.log.Error("discord action panicked", keyChat, tag(channel), keyAction, j.what, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
		}
	}()
	j.run(q.ctx)
}

// size returns how many jobs wait in all queues.
func (q *queues) size() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	n := 0
	for _, items := range q.pending {
		n += len(items)
	}
	return n
}

// wait returns when every queued job has run or been given up.
func (q *queues) wait() { q.wg.Wait() }
