package taskrun_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/immunebot/immune/adapters/taskrun"
	"github.com/immunebot/immune/bot"
)

var t0 = time.Now()

// platform scripts the answers of a platform to the runner's attempts and
// records them.
type platform struct {
	mu       sync.Mutex
	attempts []string // "action chat message" of each attempt
	answer   func(t *bot.Task, n int) taskrun.Outcome
	tries    map[string]int
	done     []string
	doneCh   chan string
	texts    []string
}

func newPlatform(answer func(t *bot.Task, n int) taskrun.Outcome) *platform {
	if answer == nil {
		answer = func(*bot.Task, int) taskrun.Outcome { return taskrun.Outcome{Done: true} }
	}
	return &platform{answer: answer, tries: map[string]int{}, doneCh: make(chan string, 100)}
}

func (p *platform) runner(opts taskrun.Options) *taskrun.Runner {
	opts.Platform = bot.Telegram
	opts.Do = func(_ context.Context, t *bot.Task) taskrun.Outcome {
		p.mu.Lock()
		p.attempts = append(p.attempts, string(t.Action)+" "+t.Chat+" "+t.Message)
		p.texts = append(p.texts, t.Text)
		p.tries[t.ID]++
		n := p.tries[t.ID]
		p.mu.Unlock()
		return p.answer(t, n)
	}
	opts.Done = func(_ context.Context, ids ...string) error {
		p.mu.Lock()
		p.done = append(p.done, ids...)
		p.mu.Unlock()
		for _, id := range ids {
			p.doneCh <- id
		}
		return nil
	}
	opts.RetryBase, opts.RetryMax = time.Millisecond, 5*time.Millisecond
	return taskrun.New(opts)
}

func (p *platform) waitDone(t *testing.T, id string) {
	t.Helper()
	timeout := time.After(10 * time.Second)
	for {
		select {
		case got := <-p.doneCh:
			if got == id {
				return
			}
		case <-timeout:
			t.Fatalf("task %s never done (attempts %v)", id, p.attempts)
		}
	}
}

// waitTries waits until the task was attempted at least n times.
func (p *platform) waitTries(t *testing.T, id string, n int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		p.mu.Lock()
		got := p.tries[id]
		p.mu.Unlock()
		if got >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("task %s attempted %d times, want %d", id, got, n)
		}
		time.Sleep(time.Millisecond)
	}
}

func del(chat, msg string) bot.Task {
	return bot.Task{ID: "delete/" + chat + "/" + msg, Platform: bot.Telegram, Action: bot.ActDelete, Chat: chat, Message: msg, Time: t0}
}

func warn(chat, msg string) bot.Task {
	return bot.Task{ID: "warn/" + chat + "/" + msg, Platform: bot.Telegram, Action: bot.ActWarn, Chat: chat, Message: msg, Text: "notice " + msg, Deleted: true, Time: t0}
}

// A chat's deletes go before its notices. Deletes of a chat may be in
// flight together (Options.DeleteWorkers), so their own order is free;
// the notices go one after another, in order.
func TestDeletesGoBeforeNotices(t *testing.T) {
	t.Parallel()
	p := newPlatform(nil)
	r := p.runner(taskrun.Options{})
	r.Add(warn("c", "1"), del("c", "1"), warn("c", "2"), del("c", "2"))
	r.Start(context.Background())
	r.Wait()
	if len(p.attempts) != 4 {
		t.Fatalf("attempts %v, want four", p.attempts)
	}
	deletes := slices.Sorted(slices.Values(p.attempts[:2]))
	if want := []string{"delete c 1", "delete c 2"}; !slices.Equal(deletes, want) {
		t.Errorf("first attempts %v, want both deletes", p.attempts[:2])
	}
	if want := []string{"warn c 1", "warn c 2"}; !slices.Equal(p.attempts[2:], want) {
		t.Errorf("last attempts %v, want the notices in order %v", p.attempts[2:], want)
	}
	if len(p.done) != 4 {
		t.Errorf("done %v, want all four", p.done)
	}
}

// A notice rate limited for an hour holds up no delete of its chat.
func TestRateLimitedNoticeNeverDelaysADelete(t *testing.T) {
	t.Parallel()
	p := newPlatform(func(t *bot.Task, n int) taskrun.Outcome {
		if t.Action == bot.ActWarn {
			return taskrun.Outcome{RetryAfter: time.Hour}
		}
		return taskrun.Outcome{Done: true}
	})
	r := p.runner(taskrun.Options{})
	ctx, cancel := context.WithCancel(context.Background())
	r.Start(ctx)
	r.Add(warn("c", "1"))
	r.Add(del("c", "2"))
	p.waitDone(t, "delete/c/2")
	r.Add(del("c", "3"))
	p.waitDone(t, "delete/c/3")
	cancel()
	r.Wait()
	if slices.Contains(p.done, "warn/c/1") {
		t.Error("the rate-limited notice was marked done")
	}
}

func TestOutageRetriesUntilDoneOnce(t *testing.T) {
	t.Parallel()
	p := newPlatform(func(t *bot.Task, n int) taskrun.Outcome {
		return taskrun.Outcome{Done: n >= 5}
	})
	r := p.runner(taskrun.Options{})
	r.Start(context.Background())
	r.Add(del("c", "1"), del("d", "1"))
	r.Wait()
	if p.tries["delete/c/1"] != 5 || p.tries["delete/d/1"] != 5 {
		t.Errorf("tries %v, want 5 each", p.tries)
	}
	slices.Sort(p.done)
	if !slices.Equal(p.done, []string{"delete/c/1", "delete/d/1"}) {
		t.Errorf("done %v", p.done)
	}
}

func TestFloodedChatGetsOneNotice(t *testing.T) {
	t.Parallel()
	p := newPlatform(nil)
	r := p.runner(taskrun.Options{Lang: func(*bot.Task) bot.Lang { return bot.Vietnamese }})
	var ts []bot.Task
	for _, id := range []string{"1", "2", "3", "4", "5"} {
		ts = append(ts, del("c", id), warn("c", id))
	}
	note := bot.Task{ID: "note", Platform: bot.Telegram, Action: bot.ActNotifyAdmins, Chat: "c", Text: "admin note", Time: t0}
	ts = append(ts, note, warn("other", "9"))
	r.Add(ts...)
	r.Start(context.Background())
	r.Wait()
	var notices []string
	for i, a := range p.attempts {
		if strings.HasPrefix(a, "warn c") {
			notices = append(notices, p.texts[i])
		}
	}
	if len(notices) != 1 || !strings.Contains(notices[0], "Vừa xoá 5 tin nhắn") {
		t.Errorf("notices in the flooded chat: %q, want one for all five", notices)
	}
	if !slices.Contains(p.texts, "admin note") || !slices.Contains(p.texts, "notice 9") {
		t.Errorf("admin note or the other chat's notice missing: %q", p.texts)
	}
	if len(p.done) != len(ts) {
		t.Errorf("done %d tasks, want %d", len(p.done), len(ts))
	}
}

// A delete decided while another task of its chat hangs waiting for its
// answer goes at once: beside another delete (Options.DeleteWorkers), and
// whatever a notice waits for (a platform library waiting out a rate
// limit on its own).
func TestDeleteGoesWhileAnotherTaskHangs(t *testing.T) {
	t.Parallel()
	for _, hanging := range []bot.Task{del("c", "slow"), warn("c", "slow")} {
		t.Run(string(hanging.Action), func(t *testing.T) {
			t.Parallel()
			release := make(chan struct{})
			p := newPlatform(func(t *bot.Task, n int) taskrun.Outcome {
				if t.ID == hanging.ID {
					<-release
				}
				return taskrun.Outcome{Done: true}
			})
			r := p.runner(taskrun.Options{})
			r.Start(context.Background())
			r.Add(hanging)
			p.waitTries(t, hanging.ID, 1)
			r.Add(del("c", "2"))
			p.waitDone(t, "delete/c/2")
			close(release)
			r.Wait()
		})
	}
}

// Deletes decided while every delete worker of the chat waits for an
// answer go together, in one DeleteMany, once one is free.
func TestDeletesWaitingForAWorkerGoTogether(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	p := newPlatform(func(t *bot.Task, n int) taskrun.Outcome {
		<-release
		return taskrun.Outcome{Done: true}
	})
	var mu sync.Mutex
	var batches [][]string
	r := p.runner(taskrun.Options{DeleteWorkers: 2, DeleteMany: func(_ context.Context, ts []bot.Task) taskrun.Outcome {
		mu.Lock()
		defer mu.Unlock()
		var ids []string
		for _, t := range ts {
			ids = append(ids, t.Message)
		}
		batches = append(batches, ids)
		return taskrun.Outcome{Done: true}
	}})
	r.Start(context.Background())
	r.Add(del("c", "1"))
	p.waitTries(t, "delete/c/1", 1)
	r.Add(del("c", "2"))
	p.waitTries(t, "delete/c/2", 1) // both workers wait for an answer
	r.Add(del("c", "3"), del("c", "4"), del("c", "5"))
	close(release)
	p.waitDone(t, "delete/c/5")
	r.Wait()
	mu.Lock()
	defer mu.Unlock()
	if len(batches) != 1 || !slices.Equal(batches[0], []string{"3", "4", "5"}) {
		t.Errorf("batches %v, want the three waiting deletes in one", batches)
	}
}

// A chat stuck in an outage does not hold up another chat.
func TestChatsRunSideBySide(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	p := newPlatform(func(t *bot.Task, n int) taskrun.Outcome {
		if t.Chat == "stuck" {
			<-release
		}
		return taskrun.Outcome{Done: true}
	})
	r := p.runner(taskrun.Options{})
	r.Start(context.Background())
	r.Add(del("stuck", "1"), del("free", "1"))
	p.waitDone(t, "delete/free/1")
	close(release)
	r.Wait()
}

func TestResumeDropsStaleTasks(t *testing.T) {
	t.Parallel()
	p := newPlatform(nil)
	now := t0
	r := p.runner(taskrun.Options{Now: func() time.Time { return now },
		Policy: bot.ResumePolicy{DeleteWindow: 48 * time.Hour, NoticeTTL: 10 * time.Minute}})
	old := del("c", "old")
	old.Time = now.Add(-49 * time.Hour)
	oldWarn := warn("c", "old")
	oldWarn.Time = now.Add(-time.Hour)
	fresh := del("c", "new")
	freshWarn := warn("c", "new")
	q, d := r.Resume(context.Background(), []bot.Task{oldWarn, freshWarn, old, fresh})
	if q != 2 || d != 2 {
		t.Errorf("resume queued %d dropped %d, want 2 and 2", q, d)
	}
	r.Start(context.Background())
	r.Wait()
	if want := []string{"delete c new", "warn c new"}; !slices.Equal(p.attempts, want) {
		t.Errorf("attempts %v, want %v", p.attempts, want)
	}
	if len(p.done) != 4 {
		t.Errorf("done %v, want all four (two dropped, two carried out)", p.done)
	}
}

func TestSameTaskQueuedOnce(t *testing.T) {
	t.Parallel()
	p := newPlatform(nil)
	r := p.runner(taskrun.Options{})
	r.Add(del("c", "1"), del("c", "1"))
	r.Start(context.Background())
	r.Wait()
	if len(p.attempts) != 1 {
		t.Errorf("attempts %v, want one", p.attempts)
	}
}

func TestStopLeavesTasksUndone(t *testing.T) {
	t.Parallel()
	p := newPlatform(func(*bot.Task, int) taskrun.Outcome { return taskrun.Outcome{} })
	r := p.runner(taskrun.Options{})
	ctx, cancel := context.WithCancel(context.Background())
	r.Start(ctx)
	r.Add(del("c", "1"))
	p.waitTries(t, "delete/c/1", 2) // failed, and failed again after the backoff
	cancel()
	r.Wait()
	if len(p.done) != 0 {
		t.Errorf("done %v after a stop with the platform down", p.done)
	}
}

// TestRateLimitsAreNoFailures: a task rate limited many times, then failing
// with a server error, gets the first backoff, not one grown by the rate
// limits; the rate limits are waited out as asked.
func TestRateLimitsAreNoFailures(t *testing.T) {
	t.Parallel()
	p := newPlatform(func(_ *bot.Task, n int) taskrun.Outcome {
		switch {
		case n <= 5:
			return taskrun.Outcome{RetryAfter: time.Duration(n) * time.Millisecond}
		case n <= 7:
			return taskrun.Outcome{} // a server error: the backoff
		}
		return taskrun.Outcome{Done: true}
	})
	var mu sync.Mutex
	var backoffs []int
	var waits []time.Duration
	r := p.runner(taskrun.Options{
		Backoff: func(attempt int) time.Duration {
			mu.Lock()
			backoffs = append(backoffs, attempt)
			mu.Unlock()
			return time.Millisecond
		},
		Sleep: func(ctx context.Context, d time.Duration) error {
			mu.Lock()
			waits = append(waits, d)
			mu.Unlock()
			return nil
		},
	})
	r.Start(context.Background())
	r.Add(del("c", "m"))
	p.waitDone(t, "delete/c/m")
	r.Wait()
	mu.Lock()
	defer mu.Unlock()
	if !slices.Equal(backoffs, []int{0, 1}) {
		t.Errorf("backoff asked for attempts %v, want [0 1]: rate limits are no failures", backoffs)
	}
	ms := time.Millisecond
	if want := []time.Duration{ms, 2 * ms, 3 * ms, 4 * ms, 5 * ms}; len(waits) < 5 || !slices.Equal(waits[:5], want) {
		t.Errorf("waits %v, want the rate limits' 1ms..5ms first", waits)
	}
}

// A task done lately is not carried out again when added anew (a copy
// swept after it was deleted on its own).
func TestDoneTaskNotRepeated(t *testing.T) {
	t.Parallel()
	p := newPlatform(nil)
	r := p.runner(taskrun.Options{})
	r.Start(context.Background())
	r.Add(del("c", "1"))
	p.waitDone(t, "delete/c/1")
	r.Add(del("c", "1"), del("c", "2"))
	p.waitDone(t, "delete/c/2")
	r.Wait()
	if len(p.attempts) != 2 {
		t.Errorf("attempts %v, want each delete once", p.attempts)
	}
}
