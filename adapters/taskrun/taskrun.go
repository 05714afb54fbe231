package taskrun

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"time"

	"github.com/immunebot/immune/bot"
)

// Outcome is what became of one attempt at a task.
type Outcome struct {
	// Done is set when the task is finished with: carried out, found done
	// already (the message is gone), or refused for good. It is then
	// marked done in the outbox.
	Done bool
	// RetryAfter, when the task is not done, is how long the platform
	// asked to wait (a rate limit's retry_after); zero means the runner's
	// backoff (an outage, a server error).
	RetryAfter time.Duration
}

// Options configure a Runner. Platform, Do and Done are required.
type Options struct {
	Platform bot.Platform
	// Do makes one attempt at a task. It must not wait out a rate limit
	// or an outage itself: it returns the wait in its Outcome, and the
	// runner goes on with the chat's other work meanwhile.
	Do func(ctx context.Context, t *bot.Task) Outcome
	// Done marks tasks done in the outbox (Engine.Done).
	Done func(ctx context.Context, ids ...string) error
	// Lang is the language of the chat a task acts in, for the flood
	// notice; nil means English.
	Lang func(t *bot.Task) bot.Lang
	// Policy says when a task waiting for its turn has gone stale: a
	// delete past the platform's window, a notice nobody needs any more.
	Policy bot.ResumePolicy
	// FloodAt is how many member notices must wait in one chat for the
	// runner to send one notice that stands for them all; zero means 3.
	FloodAt int
	// RetryBase and RetryMax bound the backoff after a failure without a
	// retry_after; zero means 500ms and 30s.
	RetryBase, RetryMax time.Duration
	Now                 func() time.Time // nil means time.Now
	// Sleep waits for d or until ctx ends; nil waits for real. Tests
	// replace it.
	Sleep func(ctx context.Context, d time.Duration) error
	Log   *slog.Logger
}

// Runner carries out tasks per chat: chats side by side, and in each chat
// the urgent tasks (deletes, restrictions) before the notices: a notice
// waits while a delete of its chat waits, and a notice that must wait (a
// rate limit, an outage) never delays a delete. When FloodAt member
// notices wait in a chat, one notice is sent for them all.
type Runner struct {
	opts Options
	log  *slog.Logger

	mu      sync.Mutex
	ctx     context.Context // nil until Start
	chats   map[string]*lane
	queued  map[string]bool // task IDs queued or running, so that one is never run twice at once
	active  sync.WaitGroup
	doneQ   chan string
	doneEnd chan struct{}
}

// lane is one chat's work.
type lane struct {
	urgent, notices []bot.Task
	// set while a kind waits out a retry; a sleeper clears it
	urgentHeld, noticeHeld bool
	urgentFails            int
	noticeFails            int
	running                bool
	wake                   chan struct{} // something changed: a new task, a wait over
}

// New builds a runner; nothing runs before Start.
func New(opts Options) *Runner {
	if opts.FloodAt <= 0 {
		opts.FloodAt = 3
	}
	if opts.RetryBase <= 0 {
		opts.RetryBase = 500 * time.Millisecond
	}
	if opts.RetryMax <= 0 {
		opts.RetryMax = 30 * time.Second
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	r := &Runner{
		opts:    opts,
		log:     opts.Log,
		chats:   make(map[string]*lane),
		queued:  make(map[string]bool),
		doneQ:   make(chan string, 1024),
		doneEnd: make(chan struct{}),
	}
	go r.markDone()
	return r
}

// Start lets the workers run with ctx, which bounds every attempt: cancel
// it to give up on the tasks left (they stay in the outbox). Tasks added
// before Start wait for it.
func (r *Runner) Start(ctx context.Context) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.ctx = ctx
	for chat, l := range r.chats {
		r.spawn(chat, l)
	}
}

// Add queues tasks, each in the lane of the chat it acts in. A task whose
// ID is already queued is skipped.
func (r *Runner) Add(ts ...bot.Task) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, t := range ts {
		if r.queued[t.ID] {
			continue
		}
		r.queued[t.ID] = true
		l := r.chats[t.Chat]
		if l == nil {
			l = &lane{wake: make(chan struct{}, 1)}
			r.chats[t.Chat] = l
		}
		if t.Urgent() {
			l.urgent = append(l.urgent, t)
		} else {
			l.notices = append(l.notices, t)
		}
		select {
		case l.wake <- struct{}{}:
		default:
		}
		if r.ctx != nil && !l.running {
			r.spawn(t.Chat, l)
		}
	}
}

// Resume queues the tasks left in the outbox from before a start, oldest
// urgent ones first, and marks done those gone stale. It returns how many
// it queued and dropped.
func (r *Runner) Resume(ctx context.Context, ts []bot.Task) (queued, dropped int) {
	now := r.opts.Now()
	bot.SortTasks(ts)
	var stale []string
	var keep []bot.Task
	for i := range ts {
		if why, ok := r.opts.Policy.Stale(&ts[i], now); ok {
			lvl := slog.LevelInfo
			if ts[i].Action == bot.ActDelete {
				lvl = slog.LevelError
			}
			r.log.Log(ctx, lvl, "task from before the restart dropped: "+why, bot.LogChat, ts[i].Chat, bot.LogAction, string(ts[i].Action), "task", ts[i].ID)
			stale = append(stale, ts[i].ID)
			continue
		}
		keep = append(keep, ts[i])
	}
	if len(stale) > 0 {
		if err := r.opts.Done(ctx, stale...); err != nil {
			r.log.Error("could not mark stale tasks done", bot.LogErr, err.Error())
		}
	}
	r.Add(keep...)
	return len(keep), len(stale)
}

// spawn starts a chat's worker; r.mu is held.
func (r *Runner) spawn(chat string, l *lane) {
	l.running = true
	r.active.Add(1)
	go r.work(r.ctx, chat, l)
}

// work carries out a chat's tasks until it has none.
func (r *Runner) work(ctx context.Context, chat string, l *lane) {
	defer r.active.Done()
	for {
		r.mu.Lock()
		if ctx.Err() != nil {
			n := len(l.urgent) + len(l.notices)
			delete(r.chats, chat)
			r.mu.Unlock()
			if n > 0 {
				r.log.Warn("tasks not carried out before the stop; they stay in the outbox for the next start", bot.LogChat, chat, "count", n)
			}
			return
		}
		var batch []bot.Task
		urgent := false
		switch {
		case len(l.urgent) > 0:
			if !l.urgentHeld {
				batch, urgent = []bot.Task{l.urgent[0]}, true
			}
		case len(l.notices) > 0:
			if !l.noticeHeld {
				batch = r.nextNotices(l)
			}
		default:
			delete(r.chats, chat)
			r.mu.Unlock()
			return
		}
		if batch == nil {
			// the next task waits out a retry: until its sleeper wakes the
			// lane, or a new task comes
			r.mu.Unlock()
			select {
			case <-l.wake:
			case <-ctx.Done():
			}
			continue
		}
		r.mu.Unlock()

		var out Outcome
		if r.stale(batch, urgent) {
			out.Done = true
		} else {
			t := batch[0]
			if len(batch) > 1 {
				t = r.flood(batch)
			}
			out = r.attempt(ctx, chat, &t)
			out.Done = out.Done || r.stale(batch, urgent)
		}
		r.mu.Lock()
		if out.Done {
			if urgent {
				l.urgent = l.urgent[1:]
				l.urgentFails = 0
			} else {
				l.notices = l.notices[len(batch):]
				l.noticeFails = 0
			}
			for _, b := range batch {
				delete(r.queued, b.ID)
			}
			r.mu.Unlock()
			for _, b := range batch {
				r.doneQ <- b.ID
			}
			continue
		}
		wait, held, fails := out.RetryAfter, &l.noticeHeld, &l.noticeFails
		if urgent {
			held, fails = &l.urgentHeld, &l.urgentFails
		}
		*fails++
		if wait <= 0 {
			wait = r.backoff(*fails)
		}
		*held = true
		r.mu.Unlock()
		go r.hold(ctx, l, held, wait)
	}
}

// nextNotices takes the notices to send next: the first, or, when FloodAt
// member notices wait, every member notice waiting. Admin notes are never
// merged. r.mu is held.
func (r *Runner) nextNotices(l *lane) []bot.Task {
	if l.notices[0].Action != bot.ActWarn {
		return l.notices[:1:1]
	}
	n := 0
	for n < len(l.notices) && l.notices[n].Action == bot.ActWarn {
		n++
	}
	if n < r.opts.FloodAt {
		return l.notices[:1:1]
	}
	return append([]bot.Task(nil), l.notices[:n]...)
}

// flood is the one notice that stands for several.
func (r *Runner) flood(ts []bot.Task) bot.Task {
	removed, warned := 0, 0
	for _, t := range ts {
		if t.Deleted {
			removed++
		} else {
			warned++
		}
	}
	lang := bot.English
	if r.opts.Lang != nil {
		lang = r.opts.Lang(&ts[len(ts)-1])
	}
	t := ts[len(ts)-1]
	t.ID = fmt.Sprintf("flood/%s/%d", t.Chat, len(ts))
	t.Message, t.Deleted = "", true
	t.Text = bot.FloodNotice(lang, removed, warned)
	r.log.Info("notices merged in a flooded chat", bot.LogChat, t.Chat, "count", len(ts))
	return t
}

// stale reports whether a task has waited too long to be
// worth an attempt.
func (r *Runner) stale(batch []bot.Task, urgent bool) bool {
	t := &batch[len(batch)-1]
	why, ok := r.opts.Policy.Stale(t, r.opts.Now())
	if !ok {
		return false
	}
	if urgent {
		r.log.Error("task given up: "+why, bot.LogChat, t.Chat, bot.LogAction, string(t.Action), "task", t.ID)
	} else {
		r.log.Info("notice dropped: "+why, bot.LogChat, t.Chat, bot.LogAction, string(t.Action), "count", len(batch))
	}
	return true
}

// attempt runs Do once; a panic counts as done, so that a task that
// always panics does not come back for ever.
func (r *Runner) attempt(ctx context.Context, chat string, t *bot.Task) (out Outcome) {
	defer func() {
		if p := recover(); p != nil {
			r.log.Error("task panicked", bot.LogChat, chat, bot.LogAction, string(t.Action), "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			out = Outcome{Done: true}
		}
	}()
	return r.opts.Do(ctx, t)
}

// hold waits out a retry of one kind of task in a lane, then lets the
// lane's worker try it again.
func (r *Runner) hold(ctx context.Context, l *lane, held *bool, d time.Duration) {
	if r.opts.Sleep != nil {
		_ = r.opts.Sleep(ctx, d)
	} else {
		t := time.NewTimer(d)
		select {
		case <-t.C:
		case <-ctx.Done():
		}
		t.Stop()
	}
	r.mu.Lock()
	*held = false
	r.mu.Unlock()
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

func (r *Runner) backoff(fails int) time.Duration {
	d := r.opts.RetryBase << min(fails-1, 16)
	return min(d, r.opts.RetryMax)
}

// markDone marks finished tasks done in batches: one commit for every task
// finished meanwhile.
func (r *Runner) markDone() {
	defer close(r.doneEnd)
	for id := range r.doneQ {
		ids := []string{id}
	more:
		for {
			select {
			case id, ok := <-r.doneQ:
				if !ok {
					break more
				}
				ids = append(ids, id)
			default:
				break more
			}
		}
		if err := r.opts.Done(context.Background(), ids...); err != nil {
			r.log.Error("could not mark tasks done; a restart may carry them out again", "count", len(ids), bot.LogErr, err.Error())
		}
	}
}

// Wait returns when every lane is empty (or its context done) and the
// tasks finished are marked done. Add must not be called after Wait.
func (r *Runner) Wait() {
	r.active.Wait()
	close(r.doneQ)
	<-r.doneEnd
}

// Len counts the tasks queued and running.
func (r *Runner) Len() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.queued)
}
