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
	// Failed, with Done, says the task was not carried out: the platform
	// refused it for good. A message found gone already is not a failure.
	Failed bool
}

// Options configure a Runner. Platform, Do and Done are required.
type Options struct {
	Platform bot.Platform
	// Do makes one attempt at a task. It must not wait out a rate limit
	// or an outage itself: it returns the wait in its Outcome, and the
	// runner goes on with the chat's other work meanwhile.
	Do func(ctx context.Context, t *bot.Task) Outcome
	// DeleteMany, when set, makes one attempt at deleting several messages
	// of one chat in one request (Telegram's deleteMessages): when more
	// than one delete waits in a chat, they go together, up to MaxBatch.
	DeleteMany func(ctx context.Context, ts []bot.Task) Outcome
	// MaxBatch bounds DeleteMany; zero means 100.
	MaxBatch int
	// DeleteWorkers is how many delete requests of one chat may be in
	// flight at once, so that a delete decided while another waits for
	// its answer goes at once; zero means 4. Deletes decided while all
	// of them wait go together next (DeleteMany).
	DeleteWorkers int
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
	// Backoff, when set, is the wait after failure number attempt (from
	// 0) in a row, instead of RetryBase doubling up to RetryMax.
	Backoff func(attempt int) time.Duration
	Now     func() time.Time // nil means time.Now
	// Sleep waits for d or until ctx ends; nil waits for real. Tests
	// replace it.
	Sleep func(ctx context.Context, d time.Duration) error
	Log   *slog.Logger
	// Meter counts the tasks carried out, given up and retried; nil
	// counts nothing.
	Meter bot.Meter
}

// Runner carries out tasks per chat: chats side by side, and in each chat
// three workers, for the deletes, the restrictions and the notices. A
// notice waits while its chat has deletes queued, so deletes go first; a
// task that must wait (a 429, an outage, a request the platform library
// holds) delays no task of another kind: a notice's 429 never delays a
// delete. Deletes waiting in a chat go in one request when the platform
// has one (DeleteMany). When FloodAt member notices wait in a chat, one
// notice is sent for them all.
type Runner struct {
	opts Options
	log  *slog.Logger

	mu     sync.Mutex
	ctx    context.Context // nil until Start
	chats  map[string]*lane
	queued map[string]bool // task IDs queued or running, so that one is never run twice at once
	// finished are the IDs of tasks done lately: a copy swept after it
	// was deleted on its own is not deleted again
	finished recent
	active   sync.WaitGroup
	doneQ    chan string
	doneEnd  chan struct{}
}

// lane is one chat's work: a queue for each kind of task, each with its
// own worker.
type lane struct {
	chat      string
	deletes   queue
	restricts queue
	notices   queue
}

func (l *lane) queues() []*queue { return []*queue{&l.deletes, &l.restricts, &l.notices} }

// queueOf is the queue a task goes to.
func (l *lane) queueOf(t *bot.Task) *queue {
	switch t.Action {
	case bot.ActDelete:
		return &l.deletes
	case bot.ActRestrict:
		return &l.restricts
	}
	return &l.notices
}

// queue is one kind of task of a chat, and the state of its workers.
type queue struct {
	urgent   bool       // deletes and restrictions
	workers  int        // how many workers it may have
	tasks    []bot.Task // waiting
	inflight int        // tasks being attempted
	held     bool       // waiting out a retry; hold clears it
	fails    int        // attempts failed in a row
	running  int        // workers running
	busy     int        // workers attempting a batch
	wake     chan struct{}
}

// pending counts the tasks waiting or being attempted.
func (q *queue) pending() int { return len(q.tasks) + q.inflight }

func (q *queue) signal() {
	select {
	case q.wake <- struct{}{}:
	default:
	}
}

// New builds a runner; nothing runs before Start.
func New(opts Options) *Runner {
	if opts.FloodAt <= 0 {
		opts.FloodAt = 3
	}
	if opts.MaxBatch <= 0 {
		opts.MaxBatch = 100
	}
	if opts.DeleteWorkers <= 0 {
		opts.DeleteWorkers = 4
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
	if opts.Meter == nil {
		opts.Meter = bot.NopMeter{}
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
	for _, l := range r.chats {
		r.spawn(l)
	}
}

// Add queues tasks, each in the lane of the chat it acts in. A task whose
// ID is already queued is skipped.
func (r *Runner) Add(ts ...bot.Task) {
	// tasks done lately are marked done again: the outbox holds them anew
	for _, id := range r.add(ts) {
		r.doneQ <- id
	}
}

// add queues tasks and returns the IDs of those done lately.
func (r *Runner) add(ts []bot.Task) (again []string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, t := range ts {
		if r.queued[t.ID] {
			continue
		}
		if r.finished.has(t.ID) {
			again = append(again, t.ID)
			continue
		}
		r.queued[t.ID] = true
		l := r.chats[t.Chat]
		if l == nil {
			l = &lane{chat: t.Chat}
			for _, q := range l.queues() {
				q.wake = make(chan struct{}, 1)
			}
			l.deletes.urgent, l.restricts.urgent = true, true
			l.deletes.workers, l.restricts.workers, l.notices.workers = r.opts.DeleteWorkers, 1, 1
			r.chats[t.Chat] = l
		}
		q := l.queueOf(&t)
		q.tasks = append(q.tasks, t)
		q.signal()
		if r.ctx != nil {
			r.spawn(l)
		}
	}
	return again
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

// spawn starts the workers a lane needs: one for each task waiting that
// no idle worker will take, within the queue's workers (a worker waiting
// for an answer takes nothing meanwhile); r.mu is held.
func (r *Runner) spawn(l *lane) {
	for _, q := range l.queues() {
		for q.running < q.workers && q.running-q.busy < len(q.tasks) {
			q.running++
			r.active.Add(1)
			go r.work(r.ctx, l, q)
		}
	}
}

// work carries out one kind of a chat's tasks until there are none.
// Several workers may share a queue (the deletes'): each takes its batch
// off the front and puts it back there if it must be tried again.
func (r *Runner) work(ctx context.Context, l *lane, q *queue) {
	defer r.active.Done()
	urgent := q.urgent
	for {
		r.mu.Lock()
		if ctx.Err() != nil || (len(q.tasks) == 0 && (q.inflight == 0 || q.running > 1)) {
			n := len(q.tasks)
			q.running--
			idle := true
			for _, x := range l.queues() {
				idle = idle && x.running == 0 && len(x.tasks) == 0
			}
			if idle {
				delete(r.chats, l.chat)
			}
			if q.running > 0 {
				// another worker may wait for a wake this one took
				q.signal()
			}
			r.mu.Unlock()
			if n > 0 && q.running == 0 {
				r.log.Warn("tasks not carried out before the stop; they stay in the outbox for the next start", bot.LogChat, l.chat, "count", n)
			}
			return
		}
		if q.held || len(q.tasks) == 0 || (!urgent && l.deletes.pending() > 0) {
			// wait out a retry, or for the other workers, or let the
			// chat's deletes go first
			r.mu.Unlock()
			select {
			case <-q.wake:
			case <-ctx.Done():
			}
			continue
		}
		var batch []bot.Task
		if urgent {
			batch = r.nextUrgent(q.tasks)
		} else {
			batch = r.nextNotices(q.tasks)
		}
		q.tasks = q.tasks[len(batch):]
		q.inflight += len(batch)
		q.busy++
		r.mu.Unlock()

		var out Outcome
		switch {
		case r.stale(batch, urgent):
			out.Done, out.Failed = true, true
		case urgent && len(batch) > 1:
			out = r.attemptMany(ctx, l.chat, batch)
		default:
			t := batch[0]
			if len(batch) > 1 {
				t = r.flood(batch)
			}
			out = r.attempt(ctx, l.chat, &t)
		}
		if !out.Done && r.stale(batch, urgent) {
			out.Done, out.Failed = true, true
		}
		r.measure(batch, out)
		r.mu.Lock()
		q.inflight -= len(batch)
		q.busy--
		if !out.Done {
			q.tasks = append(batch, q.tasks...)
			// A rate limit is waited out as asked; it is no failure and
			// does not lengthen the backoff of the failures that follow.
			wait := out.RetryAfter
			if wait <= 0 {
				q.fails++
				wait = r.backoff(q.fails)
			}
			if !q.held {
				q.held = true
				go r.hold(ctx, q, wait)
			}
			r.mu.Unlock()
			continue
		}
		q.fails = 0
		for _, b := range batch {
			delete(r.queued, b.ID)
			r.finished.add(b.ID)
		}
		if q == &l.deletes && q.pending() == 0 {
			l.notices.signal()
		}
		q.signal()
		r.mu.Unlock()
		for _, b := range batch {
			r.doneQ <- b.ID
		}
	}
}

// measure counts what came of an attempt at a batch of tasks.
func (r *Runner) measure(batch []bot.Task, out Outcome) {
	p, now := r.opts.Platform, r.opts.Now()
	if !out.Done {
		r.opts.Meter.Retry(p, string(batch[0].Action))
		return
	}
	for i := range batch {
		r.opts.Meter.Executed(p, batch[i].Action, !out.Failed, now.Sub(batch[i].Time))
	}
}

// Depth counts the tasks waiting: in all, and in the chat with the most.
func (r *Runner) Depth() (total, most int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, l := range r.chats {
		n := 0
		for _, q := range l.queues() {
			n += q.pending()
		}
		total += n
		most = max(most, n)
	}
	return total, most
}

// nextUrgent takes the urgent tasks to carry out next: the first, or when
// the queue is of deletes and DeleteMany is set, as many as it takes at
// once. r.mu is held.
func (r *Runner) nextUrgent(ts []bot.Task) []bot.Task {
	if r.opts.DeleteMany == nil || ts[0].Action != bot.ActDelete {
		return ts[:1:1]
	}
	return append([]bot.Task(nil), ts[:min(len(ts), r.opts.MaxBatch)]...)
}

// nextNotices takes the notices to send next: the first, or, when FloodAt
// member notices wait, every member notice waiting. Admin notes are never
// merged. r.mu is held.
func (r *Runner) nextNotices(ts []bot.Task) []bot.Task {
	if ts[0].Action != bot.ActWarn {
		return ts[:1:1]
	}
	n := 0
	for n < len(ts) && ts[n].Action == bot.ActWarn {
		n++
	}
	if n < r.opts.FloodAt {
		return ts[:1:1]
	}
	return append([]bot.Task(nil), ts[:n]...)
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

// hold waits out a retry of one kind of a chat's tasks, then lets its
// worker try again.
func (r *Runner) hold(ctx context.Context, q *queue, d time.Duration) {
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
	q.held = false
	r.mu.Unlock()
	q.signal()
}

// attemptMany runs DeleteMany once on a chat's deletes; a panic counts as
// done, as in attempt.
func (r *Runner) attemptMany(ctx context.Context, chat string, ts []bot.Task) (out Outcome) {
	defer func() {
		if p := recover(); p != nil {
			r.log.Error("task panicked", bot.LogChat, chat, bot.LogAction, "delete", "count", len(ts), "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			out = Outcome{Done: true}
		}
	}()
	return r.opts.DeleteMany(ctx, ts)
}

func (r *Runner) backoff(fails int) time.Duration {
	if r.opts.Backoff != nil {
		return r.opts.Backoff(fails - 1)
	}
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

// recent is a bounded set of strings: when full, the older half is
// forgotten.
type recent struct {
	cur, old map[string]struct{}
}

// recentMax bounds each half of recent.
const recentMax = 1 << 15

func (s *recent) has(k string) bool {
	if _, ok := s.cur[k]; ok {
		return true
	}
	_, ok := s.old[k]
	return ok
}

func (s *recent) add(k string) {
	if s.cur == nil || len(s.cur) >= recentMax {
		s.old, s.cur = s.cur, make(map[string]struct{})
	}
	s.cur[k] = struct{}{}
}
