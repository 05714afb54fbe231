package bot

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Task is one platform action decided about a message: a delete, a
// restriction, a notice or an admin note. The engine writes a decision's
// tasks to the store's outbox in the same commit as the decision, so that
// a crash between deciding and acting loses none; the adapter carries each
// out and then marks it done (Engine.Done), and on start resumes those left
// (Engine.Pending).
type Task struct {
	// ID names the task within its platform. The same action decided twice
	// (an edit deciding again to delete its message, a swept copy deleted
	// directly) gets the same ID, so it is stored and carried out once.
	ID       string
	Platform Platform
	Action   Action // ActDelete, ActRestrict, ActWarn or ActNotifyAdmins
	Chat     string // the chat it acts in: the message's, a swept copy's, the admin log
	Group    string // Discord server of Chat, when the engine knows it
	// Message is, for ActDelete, the message to delete; for ActWarn, the
	// message the notice is about (it answers it when it is still there).
	Message string
	Thread  string    // forum topic the message is in; a notice goes there
	User    string    // ActRestrict: the member to mute
	Until   time.Time // ActRestrict: when the restriction ends
	Text    string    // ActWarn and ActNotifyAdmins: what to send
	// Deleted is set on an ActWarn whose message is being deleted: the
	// notice cannot be a reply to it.
	Deleted bool
	Time    time.Time // when the action was decided: the message's time
	// Case is, for ActWarn and ActNotifyAdmins, the case the text is
	// about: the buttons under an admin note act on it, and the message
	// sent is recorded against it (Engine.Sent) for /why.
	Case string
}

// Urgent reports whether the task protects members (a delete or a
// restriction) rather than tells them something: urgent tasks of a chat
// go before its notices, and a notice never holds one up.
func (t *Task) Urgent() bool { return t.Action == ActDelete || t.Action == ActRestrict }

// Outbox keeps the tasks decided and not yet carried out. A store that
// implements it keeps a task until it is marked done, across restarts.
type Outbox interface {
	// AddTasks stores tasks, replacing any of the same platform and ID. Like
	// every write they are durable after the next Commit: the one that also
	// records the decision that made them.
	AddTasks(ctx context.Context, ts []Task) error
	// PendingTasks returns the platform's tasks not yet done, oldest first
	// (by Time, then ID).
	PendingTasks(ctx context.Context, p Platform) ([]Task, error)
	// DoneTasks forgets the platform's tasks with the given IDs; an ID
	// that is not stored is not an error.
	DoneTasks(ctx context.Context, p Platform, ids []string) error
}

// Task IDs: the action, the chat, and what the action is about, which
// makes them unique within a platform and the same for the same action.
func taskID(a Action, chat, what string) string {
	return string(a) + "/" + chat + "/" + what
}

// tasks turns a decision about m into the tasks that carry it out, urgent
// ones first.
func tasks(m *Message, d *Decision) []Task {
	if len(d.Actions) == 0 {
		return nil
	}
	p := m.Platform
	var out []Task
	add := func(t Task) {
		t.Platform, t.Time = p, m.Time
		out = append(out, t)
	}
	deleted := d.Has(ActDelete)
	if deleted {
		add(Task{ID: taskID(ActDelete, m.Chat, m.ID), Action: ActDelete, Chat: m.Chat, Group: m.Group, Message: m.ID})
	}
	if d.Has(ActRestrict) {
		until := strconv.FormatInt(d.RestrictUntil.Unix(), 10)
		add(Task{ID: taskID(ActRestrict, m.Chat, m.User+"/"+until), Action: ActRestrict, Chat: m.Chat, Group: m.Group, User: m.User, Until: d.RestrictUntil})
		for _, c := range d.RestrictChats {
			if c != m.Chat {
				add(Task{ID: taskID(ActRestrict, c, m.User+"/"+until), Action: ActRestrict, Chat: c, User: m.User, Until: d.RestrictUntil})
			}
		}
	}
	for _, r := range d.Sweep {
		if r.Platform == p && r.Chat != "" && r.ID != "" {
			add(Task{ID: taskID(ActDelete, r.Chat, r.ID), Action: ActDelete, Chat: r.Chat, Message: r.ID})
		}
	}
	if d.Notice != "" && (deleted || d.Has(ActWarn)) {
		add(Task{ID: taskID(ActWarn, m.Chat, m.ID), Action: ActWarn, Chat: m.Chat, Group: m.Group, Message: m.ID,
			Thread: m.Thread, Text: d.Notice, Deleted: deleted, Case: d.Case})
	}
	if d.Has(ActNotifyAdmins) && d.AdminNote != "" {
		to := d.LogChat
		if to == "" {
			to = m.Chat
		}
		t := Task{ID: taskID(ActNotifyAdmins, m.Chat, m.ID), Action: ActNotifyAdmins, Chat: to, Text: d.AdminNote, Case: d.Case}
		if to == m.Chat {
			t.Group, t.Thread = m.Group, m.Thread
		}
		add(t)
	}
	return out
}

// Pending returns the platform's tasks not yet done, oldest first: what an
// adapter resumes when it starts.
func (e *Engine) Pending(ctx context.Context, p Platform) ([]Task, error) {
	ts, err := e.store.PendingTasks(ctx, p)
	if err != nil {
		return nil, fmt.Errorf("pending tasks of %s: %w", p, err)
	}
	return ts, nil
}

// Done marks tasks carried out (or given up for good) and commits, so that
// a restart does not carry them out again.
func (e *Engine) Done(ctx context.Context, p Platform, ids ...string) error {
	if len(ids) == 0 {
		return nil
	}
	if err := e.store.DoneTasks(ctx, p, ids); err != nil {
		return fmt.Errorf("mark tasks done: %w", err)
	}
	if e.Batch {
		return nil
	}
	return e.store.Commit(ctx)
}

// ResumePolicy says which tasks left over from before a restart are still
// worth carrying out.
type ResumePolicy struct {
	// DeleteWindow is how old a message may be and still be deleted: 48
	// hours on Telegram. Zero means no limit.
	DeleteWindow time.Duration
	// NoticeTTL is how old a notice or admin note may be and still be
	// sent; older ones are stale and dropped.
	NoticeTTL time.Duration
}

// Stale reports whether a task decided at t.Time is no longer worth
// carrying out at now, and why.
func (r ResumePolicy) Stale(t *Task, now time.Time) (string, bool) {
	age := now.Sub(t.Time)
	switch t.Action {
	case ActDelete:
		if r.DeleteWindow > 0 && age > r.DeleteWindow {
			return "past the platform's delete window", true
		}
	case ActRestrict:
		if !t.Until.After(now) {
			return "the restriction is over", true
		}
	case ActWarn, ActNotifyAdmins:
		if r.NoticeTTL > 0 && age > r.NoticeTTL {
			return "a stale notice", true
		}
	default:
		return "an unknown action", true
	}
	return "", false
}

// SortTasks orders tasks as an adapter carries out a backlog: urgent ones
// first, each kind oldest first.
func SortTasks(ts []Task) {
	slices.SortStableFunc(ts, func(a, b Task) int {
		if ua, ub := a.Urgent(), b.Urgent(); ua != ub {
			if ua {
				return -1
			}
			return 1
		}
		if c := a.Time.Compare(b.Time); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
}
