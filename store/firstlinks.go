package store

import (
	"context"
	"encoding/binary"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// FirstLink returns when k first posted a link, or bot.ErrNotFound
// (unwrapped). Answers, and their absence, are cached.
func (db *DB) FirstLink(_ context.Context, k bot.AccountKey) (time.Time, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		return time.Time{}, fmt.Errorf("first link of %s: %w", k, ErrClosed)
	}
	t, ok := db.top.firstLinks[k]
	if !ok && db.flushing != nil {
		t, ok = db.flushing.firstLinks[k]
	}
	if !ok {
		t, ok = db.firstLinks.get(k)
	}
	if !ok && !db.firstLinkKeys.has(k) {
		return time.Time{}, bot.ErrNotFound // no record in the file
	}
	if !ok {
		err := db.view("reading a first link", func(tx *bolt.Tx) error {
			v := tx.Bucket(bucketFirstLinks).Get([]byte(k.String()))
			if len(v) == 8 {
				t = time.Unix(0, int64(binary.BigEndian.Uint64(v))).UTC()
			}
			return nil
		})
		if err != nil {
			return time.Time{}, fmt.Errorf("read first link of %s: %w", k, boltErr(err))
		}
		db.firstLinks.put(k, t)
	}
	if t.IsZero() {
		return time.Time{}, bot.ErrNotFound
	}
	return t, nil
}

// SetFirstLink records when k first posted a link.
func (db *DB) SetFirstLink(_ context.Context, k bot.AccountKey, t time.Time) error {
	if err := checkAccount(k); err != nil {
		return fmt.Errorf("set first link: %w", err)
	}
	if t.IsZero() {
		return fmt.Errorf("set first link of %s: no time", k)
	}
	if err := checkKeyTime("first link", t); err != nil {
		return fmt.Errorf("set first link of %s: %w", k, err)
	}
	if err := db.write(func(top *layer) { top.firstLinks[k] = t.UTC() }); err != nil {
		return fmt.Errorf("set first link of %s: %w", k, err)
	}
	return nil
}
