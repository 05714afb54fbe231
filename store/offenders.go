package store

import (
	"context"
	"fmt"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// Offender returns the record of k, or bot.ErrNotFound (unwrapped: it is the
// common answer, and costs no allocation). A record is found in the buffered
// writes, else in the cache, else in the file, and the file's answer, record
// or none, is cached.
func (db *DB) Offender(_ context.Context, k bot.AccountKey) (bot.Offender, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		return bot.Offender{}, fmt.Errorf("offender %s: %w", k, ErrClosed)
	}
	o, ok := db.top.offenders[k]
	if !ok && db.flushing != nil {
		o, ok = db.flushing.offenders[k]
	}
	if !ok {
		o, ok = db.offenders.get(k)
	}
	if !ok {
		bits, found := db.offenderKeys.find(k)
		if !found {
			return bot.Offender{}, bot.ErrNotFound // no record in the file
		}
		var err error
		if o, err = db.readOffender(bits, k); err != nil {
			return bot.Offender{}, err
		}
		db.offenders.put(k, o)
	}
	if o == nil {
		return bot.Offender{}, bot.ErrNotFound
	}
	return copyOffender(o), nil
}

// readOffender reads k's record, whose key begins with the time bits, from
// the file; nil if there is none.
func (db *DB) readOffender(bits uint64, k bot.AccountKey) (*bot.Offender, error) {
	var o *bot.Offender
	err := db.view("reading offenders", func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketOffendersBySeen).Get(accountTimeKey(bits, k))
		if v == nil {
			return nil
		}
		var err error
		o, err = decodeOffender(v)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read offender %s: %w", k, boltErr(err))
	}
	return o, nil
}

// PutOffender stores o under o.Account, replacing any earlier record. The
// record is copied: changing o afterwards does not change the store.
func (db *DB) PutOffender(_ context.Context, o bot.Offender) error {
	if err := checkOffender(&o); err != nil {
		return fmt.Errorf("put offender: %w", err)
	}
	c := cloneOffender(&o)
	if err := db.write(func(top *layer) { top.offenders[o.Account] = c }); err != nil {
		return fmt.Errorf("put offender %s: %w", o.Account, err)
	}
	return nil
}

// DeleteOffender forgets k; it is not an error if there is no record.
func (db *DB) DeleteOffender(_ context.Context, k bot.AccountKey) error {
	if err := db.write(func(top *layer) { top.offenders[k] = nil }); err != nil {
		return fmt.Errorf("delete offender %s: %w", k, err)
	}
	return nil
}

// ListOffenders returns up to limit records, those seen last (by LastSeen)
// first; a limit of zero or less returns them all. The file's records are
// keyed by LastSeen, so a small limit reads few records.
func (db *DB) ListOffenders(ctx context.Context, limit int) ([]bot.Offender, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		return nil, fmt.Errorf("list offenders: %w", ErrClosed)
	}
	layers := db.layers()
	pending := make(map[bot.AccountKey]*bot.Offender)
	for _, l := range layers {
		for k, o := range l.offenders {
			pending[k] = o
		}
	}
	var out []bot.Offender
	err := db.view("reading offenders", func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketOffendersBySeen).Cursor()
		for k, v := c.Last(); k != nil && (limit <= 0 || len(out) < limit); k, v = c.Prev() {
			o, err := decodeOffender(v)
			if err != nil {
				return fmt.Errorf("offender %q: %w", k, err)
			}
			if _, ok := pending[o.Account]; ok {
				continue // replaced or deleted by a buffered write
			}
			out = append(out, *o)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list offenders: %w", boltErr(err))
	}
	for _, o := range pending {
		if o != nil {
			out = append(out, copyOffender(o))
		}
	}
	slices.SortFunc(out, func(a, b bot.Offender) int {
		if c := b.LastSeen.Compare(a.LastSeen); c != 0 {
			return c
		}
		return strings.Compare(a.Account.String(), b.Account.String())
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}
