package telegram

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
)

// task is one piece of work for a chat: judging a message and acting on
// it, answering a command, one delete of a sweep.
type task struct {
	what string // for the log: "message", "command", "delete", ...
	run  func(ctx context.Context)
}

// queues run tasks in order per chat, one goroutine for each chat that has
// work, so that a chat that waits on a rate limit stalls only itself. A
// queue never drops a task; tasks run with the queues' context, which the
// adapter cancels only when the drain at shutdown times out.
type queues struct {
	log *slog.Logger

	mu       sync.Mutex
	ctx      context.Context // nil until start
	chats    map[int64]*chatQueue
	reserved map[int64]int  // tasks about to be queued, by chat (reserve)
	active   sync.WaitGroup // one per running worker
}

type chatQueue struct {
	tasks   []task
	running bool
}

func newQueues(log *slog.Logger) *queues {
	return &queues{log: log, chats: make(map[int64]*chatQueue), reserved: make(map[int64]int)}
}

// place is the room reserve made in a chat's queue for one task about to
// be queued. It counts as one of the chat's waiting tasks from reserve on:
// enqueueAt turns it into the task in the same step, and free gives it
// back when no task is to fill it, so that the task is never counted
// twice (queued and still reserved) nor not at all.
type place struct {
	chat int64
	held bool // reserved, neither filled nor freed yet; q.mu guards it
}

// reserve makes room for one task about to be queued for a chat, unless
// the chat has limit tasks waiting already (the one running not counted),
// the places reserved and not yet filled or freed included; it returns
// nil when there is no room. Requests that queue a chat's task side by
// side thus keep its queue within limit.
func (q *queues) reserve(chat int64, limit int) *place {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.waiting(chat) >= limit {
		return nil
	}
	q.reserved[chat]++
	return &place{chat: chat, held: true}
}

// hasRoom reports whether reserve would find room in a chat's queue for
// one more task, without taking it.
func (q *queues) hasRoom(chat int64, limit int) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.waiting(chat) < limit
}

// waiting counts a chat's tasks queued and places reserved (the one
// running not counted); q.mu must be held.
func (q *queues) waiting(chat int64) int {
	n := q.reserved[chat]
	if cq, ok := q.chats[chat]; ok {
		n += len(cq.tasks)
	}
	return n
}

// free gives back the room of a place no task filled; it does nothing for
// a place filled or freed already, or nil.
func (q *queues) free(p *place) {
	if p == nil {
		return
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	q.unhold(p)
}

// unhold takes a held place off its chat's reserved count; q.mu is held.
func (q *queues) unhold(p *place) {
	if !p.held {
		return
	}
	p.held = false
	if q.reserved[p.chat]--; q.reserved[p.chat] <= 0 {
		delete(q.reserved, p.chat)
	}
}

// start lets the workers run, with ctx for every task. Tasks queued before
// start wait for it.
func (q *queues) start(ctx context.Context) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.ctx = ctx
	for chat, cq := range q.chats {
		q.spawn(chat, cq)
	}
}

// enqueue adds a task to a chat's queue and starts the chat's worker if it
// has none.
func (q *queues) enqueue(chat int64, t task) { q.enqueueAt(nil, chat, t) }

// enqueueAt is enqueue of a task into the place reserve made for it (nil:
// none), which becomes the task in the same step: a place of another chat
// is left as it is.
func (q *queues) enqueueAt(p *place, chat int64, t task) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if p != nil && p.chat == chat {
		q.unhold(p)
	}
	cq, ok := q.chats[chat]
	if !ok {
		cq = &chatQueue{}
		q.chats[chat] = cq
	}
	cq.tasks = append(cq.tasks, t)
	if q.ctx != nil && !cq.running {
		q.spawn(chat, cq)
	}
}

// spawn starts a chat's worker; q.mu is held.
func (q *queues) spawn(chat int64, cq *chatQueue) {
	cq.running = true
	q.active.Add(1)
	go q.work(q.ctx, chat, cq)
}

// work runs a chat's tasks until its queue is empty.
func (q *queues) work(ctx context.Context, chat int64, cq *chatQueue) {
	defer q.active.Done()
	for {
		q.mu.Lock()
		if len(cq.tasks) == 0 {
			delete(q.chats, chat)
			q.mu.Unlock()
			return
		}
		t := cq.tasks[0]
		cq.tasks[0] = task{}
		cq.tasks = cq.tasks[1:]
		q.mu.Unlock()
		q.run(ctx, chat, t)
	}
}

func (q *queues) run(ctx context.Context, chat int64, t task) {
	defer func() {
		if r := recover(); r != nil {
			q.log.Error("telegram task panicked", keyChat, chat, keyAction, t.what,
				"panic", fmt.Sprint(r), "stack", string(debug.Stack()))
		}
	}()
	t.run(ctx)
}

// wait returns when every queue is empty and every worker has stopped.
// Tasks may enqueue further tasks while it waits.
func (q *queues) wait() { q.active.Wait() }

// pending counts the tasks waiting in every queue.
func (q *queues) pending() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	n := 0
	for _, cq := range q.chats {
		n += len(cq.tasks)
	}
	return n
}

// longest returns the chat with the most tasks waiting in its queue (the
// one running not counted) and how many.
func (q *queues) longest() (chat int64, n int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for c, cq := range q.chats {
		if len(cq.tasks) > n {
			chat, n = c, len(cq.tasks)
		}
	}
	return chat, n
}
