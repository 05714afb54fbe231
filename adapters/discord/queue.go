package discord

import (
	"context"
	"sync"
)

// maxNoticeBacklog is how many actions may wait in one channel's queue
// before new member-facing notices there are dropped: during a flood the
// deletions matter, and a notice per deleted message would be a flood of
// its own. Deletions, timeouts and admin notes are never dropped.
const maxNoticeBacklog = 20

// job is one REST action for one channel.
type job struct {
	run func(ctx context.Context)
	// notice: a member-facing notice, dropped when the channel's queue is
	// backlogged.
	notice bool
}

// queues run actions one after another per channel and channels side by
// side, so that a flooded channel does not hold up the others and the
// actions about one message keep their order (delete, then notice).
type queues struct {
	mu      sync.Mutex
	pending map[string][]job
	wg      sync.WaitGroup
}

// push queues a job for a channel and reports whether it was queued; only
// notices are ever refused.
func (q *queues) push(channel string, j job) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.pending == nil {
		q.pending = make(map[string][]job)
	}
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

// drain runs a channel's jobs until its queue is empty. The jobs run
// without a deadline of their own: each REST call is bounded by the call
// timeout, and a decided action is carried out even during shutdown.
func (q *queues) drain(channel string) {
	defer q.wg.Done()
	ctx := context.Background()
	for {
		q.mu.Lock()
		items := q.pending[channel]
		if len(items) == 0 {
			delete(q.pending, channel)
			q.mu.Unlock()
			return
		}
		j := items[0]
		items[0] = job{}
		q.pending[channel] = items[1:]
		q.mu.Unlock()
		j.run(ctx)
	}
}

// wait returns when every queued job has run.
func (q *queues) wait() { q.wg.Wait() }
