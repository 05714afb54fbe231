package store

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// taskKey names one task in the outbox: its platform and ID.
type taskKey struct {
	platform bot.Platform
	id       string
}

// bytes is the key of the task in outbox_by_time: the time bits of when
// it was decided, platform NUL id. Tasks are appended in the order they
// are decided, read oldest first, and pruned from the start.
func (k taskKey) bytes(bits uint64) []byte {
	b := make([]byte, 0, 8+len(k.platform)+1+len(k.id))
	b = appendTime(b, bits)
	b = append(b, k.platform...)
	b = append(b, 0)
	return append(b, k.id...)
}

// taskKeyOf reads a key of outbox_by_time.
func taskKeyOf(k []byte) (taskKey, bool) {
	if len(k) < 8 {
		return taskKey{}, false
	}
	p, id, ok := strings.Cut(string(k[8:]), "\x00")
	if !ok || !bot.Platform(p).Valid() || id == "" {
		return taskKey{}, false
	}
	return taskKey{bot.Platform(p), id}, true
}

// loadTasks reads the keys of the outbox: each task's time bits.
func loadTasks(tx *bolt.Tx) (map[taskKey]uint64, error) {
	m := make(map[taskKey]uint64)
	err := tx.Bucket(bucketOutboxByTime).ForEach(func(k, _ []byte) error {
		tk, ok := taskKeyOf(k)
		if !ok {
			return fmt.Errorf("%w: outbox key %q is no time, platform and id", ErrCorrupt, k)
		}
		m[tk] = keyTime(k)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load outbox: %w", err)
	}
	return m, nil
}

// AddTasks buffers tasks for the next Commit, replacing tasks of the same
// platform and ID.
func (db *DB) AddTasks(_ context.Context, ts []bot.Task) error {
	for i := range ts {
		if !ts[i].Platform.Valid() || ts[i].ID == "" {
			return fmt.Errorf("add task %q: platform and id must be set", ts[i].ID)
		}
		if err := checkTask(&ts[i]); err != nil {
			return fmt.Errorf("add task: %w", err)
		}
	}
	err := db.write(func(top *layer) {
		for i := range ts {
			t := cloneTask(&ts[i])
			top.tasks[taskKey{t.Platform, t.ID}] = t
		}
	})
	if err != nil {
		return fmt.Errorf("add tasks: %w", err)
	}
	return nil
}

// DoneTasks buffers the removal of the platform's tasks with the given IDs
// for the next Commit.
func (db *DB) DoneTasks(_ context.Context, p bot.Platform, ids []string) error {
	err := db.write(func(top *layer) {
		for _, id := range ids {
			top.tasks[taskKey{p, id}] = nil
		}
	})
	if err != nil {
		return fmt.Errorf("tasks done: %w", err)
	}
	return nil
}

// PendingTasks returns the platform's tasks not done, buffered or in the
// file, oldest first. The outbox holds only tasks not yet done, so it
// reads a few records.
func (db *DB) PendingTasks(_ context.Context, p bot.Platform) ([]bot.Task, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		return nil, fmt.Errorf("pending tasks: %w", ErrClosed)
	}
	m := make(map[taskKey]*bot.Task)
	err := db.view("reading the outbox", func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketOutboxByTime).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if tk, ok := taskKeyOf(k); !ok || tk.platform != p {
				continue
			}
			t, err := decodeTask(v)
			if err != nil {
				return fmt.Errorf("task %q: %w", k, err)
			}
			m[taskKey{p, t.ID}] = t
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("pending tasks: %w", boltErr(err))
	}
	for _, l := range db.layers() {
		for k, t := range l.tasks {
			if k.platform == p {
				m[k] = t
			}
		}
	}
	out := make([]bot.Task, 0, len(m))
	for _, t := range m {
		if t != nil {
			out = append(out, *cloneTask(t))
		}
	}
	slices.SortFunc(out, func(a, b bot.Task) int {
		if c := a.Time.Compare(b.Time); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out, nil
}

// writeTasks writes the layer's tasks, each under the time it was decided
// (a task decided again moves there), and deletes those done.
func (l *layer) writeTasks(tx *bolt.Tx) error {
	b := tx.Bucket(bucketOutboxByTime)
	b.FillPercent = appendFill
	ws := inKeyOrder(l.tasks, func(k taskKey, t *bot.Task) []byte {
		if t == nil {
			return nil
		}
		return k.bytes(timeBits(t.Time))
	})
	for _, w := range ws {
		k, t := w.k, w.v
		old, had := l.oldTasks[k]
		if had && (t == nil || old != timeBits(t.Time)) {
			if err := b.Delete(k.bytes(old)); err != nil {
				return fmt.Errorf("task %s %s: %w", k.platform, trunc(k.id), err)
			}
		}
		if t == nil {
			continue
		}
		v, err := encodeTask(t)
		if err == nil {
			err = b.Put(w.key, v)
		}
		if err != nil {
			return badRecord(err, func() { delete(l.tasks, k) }, "task %s %s", k.platform, trunc(k.id))
		}
	}
	return nil
}

func cloneTask(t *bot.Task) *bot.Task {
	c := *t
	c.Time, c.Until = utc(c.Time), utc(c.Until)
	return &c
}

// encodeTask writes a task in the binary form.
func encodeTask(t *bot.Task) ([]byte, error) {
	if err := checkTask(t); err != nil {
		return nil, err
	}
	b := make([]byte, 0, 48+len(t.ID)+len(t.Platform)+len(t.Action)+len(t.Chat)+len(t.Group)+len(t.Message)+
		len(t.Thread)+len(t.User)+len(t.Text)+len(t.Case))
	b = append(b, binaryFormat)
	for _, s := range [...]string{t.ID, string(t.Platform), string(t.Action), t.Chat, t.Group, t.Message, t.Thread, t.User} {
		b = appendString(b, s)
	}
	b = appendTimeField(b, t.Until)
	b = appendString(b, t.Text)
	b = appendBool(b, t.Deleted)
	b = appendTimeField(b, t.Time)
	return appendString(b, t.Case), nil
}

func decodeTask(b []byte) (*bot.Task, error) {
	if r, ok := binaryRecord(b); ok {
		t := &bot.Task{ID: r.string(), Platform: bot.Platform(r.string()), Action: bot.Action(r.string()), Chat: r.string(),
			Group: r.string(), Message: r.string(), Thread: r.string(), User: r.string(), Until: r.time(), Text: r.string(),
			Deleted: r.bool(), Time: r.time(), Case: r.string()}
		if err := r.done(); err != nil {
			return nil, fmt.Errorf("task: %w", err)
		}
		return t, nil
	}
	var r taskRec
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, err
	}
	return &bot.Task{
		ID: r.ID, Platform: bot.Platform(r.Platform), Action: bot.Action(r.Action), Chat: r.Chat, Group: r.Group,
		Message: r.Message, Thread: r.Thread, User: r.User, Until: utc(r.Until), Text: r.Text,
		Deleted: r.Deleted, Time: utc(r.Time), Case: r.Case,
	}, nil
}
