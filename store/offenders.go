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
func (db *DB) Offender(ctx context.Context, k bot.AccountKey) (bot.Offender, error) {
	o, err := db.heldRecord(k)
	if err != nil {
		return bot.Offender{}, err
	}
	return copyOffender(o), nil
}

// ViewOffender is Offender without the copy (bot.OffenderViewer): the
// record's slices are the store's own, capped at their lengths. The store
// never changes a record it holds: writes replace records.
func (db *DB) ViewOffender(_ context.Context, k bot.AccountKey) (bot.Offender, error) {
	o, err := db.heldRecord(k)
	if err != nil {
		return bot.Offender{}, err
	}
	c := *o
	c.Strikes = c.Strikes[:len(c.Strikes):len(c.Strikes)]
	c.Restricted = c.Restricted[:len(c.Restricted):len(c.Restricted)]
	c.RestrictedEnds = c.RestrictedEnds[:len(c.RestrictedEnds):len(c.RestrictedEnds)]
	c.Chats = c.Chats[:len(c.Chats):len(c.Chats)]
	c.Groups = c.Groups[:len(c.Groups):len(c.Groups)]
	c.Pardons = c.Pardons[:len(c.Pardons):len(c.Pardons)]
	return c, nil
}

// heldRecord returns the record of k the store holds (buffered, cached or
// read from the file and then cached), or bot.ErrNotFound. The record is
// the store's own.
func (db *DB) heldRecord(k bot.AccountKey) (*bot.Offender, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		return nil, fmt.Errorf("offender %s: %w", k, ErrClosed)
	}
	o, ok := db.top.offenders[k]
	if !ok && db.flushing != nil {
		o, ok = db.flushing.offenders[k]
	}
	var bits uint64
	if !ok {
		// The file's accounts before the cache: most senders have no
		// record, and the cache holds only records the file has.
		var found bool
		if bits, found = db.offenderKeys.find(k); !found {
			return nil, bot.ErrNotFound // no record in the file
		}
		o, ok = db.offenders.get(k)
	}
	if !ok {
		var err error
		if o, err = db.readOffender(bits, k); err != nil {
			return nil, err
		}
		db.offenders.put(k, o)
	}
	if o == nil {
		return nil, bot.ErrNotFound
	}
	return o, nil
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
	err := db.write(func(top *layer) {
		top.offenders[o.Account] = cloneOffenderFrom(&o, db.heldOffender(o.Account))
	})
	if err != nil {
		return fmt.Errorf("put offender %s: %w", o.Account, err)
	}
	return nil
}

// KeepOffender is PutOffender without the copy of o's slices
// (bot.OffenderKeeper): the store keeps them, each capped at its length,
// and copies only a list of times not yet in UTC without a monotonic
// reading, as the file reads them back.
func (db *DB) KeepOffender(_ context.Context, o bot.Offender) error {
	if err := checkOffender(&o); err != nil {
		return fmt.Errorf("put offender: %w", err)
	}
	k := keptOffender(&o)
	if err := db.write(func(top *layer) { top.offenders[o.Account] = k }); err != nil {
		return fmt.Errorf("put offender %s: %w", o.Account, err)
	}
	return nil
}

// heldOffender returns the record of k the store holds in memory (buffered
// or cached), or nil. The caller holds db.mu.
func (db *DB) heldOffender(k bot.AccountKey) *bot.Offender {
	if o, ok := db.top.offenders[k]; ok {
		return o
	}
	if db.flushing != nil {
		if o, ok := db.flushing.offenders[k]; ok {
			return o
		}
	}
	o, _ := db.offenders.peek(k)
	return o
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
// keyed by LastSeen, so a small limit reads few records; stale copies
// (keys that are not their account's record, see staleCopies) are passed
// over without being read.
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
			if acct, ok := accountOfKey(k); ok {
				if _, ok := pending[acct]; ok {
					continue // replaced or deleted by a buffered write
				}
				if db.offenderKeys[acct] != keyTime(k) {
					continue // a stale copy
				}
			}
			o, err := decodeOffender(v)
			if err != nil {
				return fmt.Errorf("offender %q: %w", k, err)
			}
			if _, ok := pending[o.Account]; ok {
				continue
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
