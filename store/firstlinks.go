package store

import (
	"context"
	"fmt"
	"time"

	"github.com/immunebot/immune/bot"
)

// FirstLink returns when k first posted a link, or bot.ErrNotFound
// (unwrapped). The times of the file's first links are held in memory
// (they are the keys of first_links_by_time), so a lookup reads no file.
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
		if bits, found := db.firstLinkKeys.find(k); found {
			t = bitsTime(bits)
		}
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
