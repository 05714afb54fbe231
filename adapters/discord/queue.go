package discord

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
)

// job is one REST action for one channel.
type job struct {
	what string // for the log: "delete", "notice", ...
	run  func(ctx context.Context)
}

// queues run the actions of commands (a report's note, a pardon's lifted
// timeout) one after another per channel and channels side by side; the
// engine's decisions go through the task runner instead. Jobs
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

// push queues a job for a channel.
func (q *queues) push(channel string, j job) {
	q.mu.Lock()
	defer q.mu.Unlock()
	items, running := q.pending[channel]
	q.pending[channel] = append(items, j)
	if !running {
		q.wg.Add(1)
		go q.drain(channel)
	}
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
