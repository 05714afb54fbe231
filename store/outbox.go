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

// bytes is the key in the outbox bucket: platform NUL id.
func (k taskKey) bytes() []byte {
	b := make([]byte, 0, len(k.platform)+1+len(k.id))
	b = append(b, k.platform...)
	b = append(b, 0)
	return append(b, k.id...)
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
	prefix := taskKey{platform: p}.bytes()
	err := db.view("reading the outbox", func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketOutbox).Cursor()
		for k, v := c.Seek(prefix); k != nil && strings.HasPrefix(string(k), string(prefix)); k, v = c.Next() {
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

func (l *layer) writeTasks(tx *bolt.Tx) error {
	b := tx.Bucket(bucketOutbox)
	for k, t := range l.tasks {
		var err error
		if t == nil {
			err = b.Delete(k.bytes())
		} else {
			var v []byte
			if v, err = encodeTask(t); err == nil {
				err = b.Put(k.bytes(), v)
			}
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

func encodeTask(t *bot.Task) ([]byte, error) {
	return json.Marshal(taskRec{
		ID: t.ID, Platform: string(t.Platform), Action: string(t.Action), Chat: t.Chat, Group: t.Group,
		Message: t.Message, Thread: t.Thread, User: t.User, Until: t.Until, Text: t.Text,
		Deleted: t.Deleted, Time: t.Time, Case: t.Case,
	})
}

func decodeTask(b []byte) (*bot.Task, error) {
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
