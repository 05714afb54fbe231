package store

import (
	"bytes"
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Failed returns a channel that is closed when the store has stopped after a
// panic inside it (bbolt meeting a damaged page): from then on every method
// returns Err. A bot selects on it to stop cleanly.
func (db *DB) Failed() <-chan struct{} { return db.failCh }

// Err returns why the store stopped (an error wrapping ErrCorrupt), or nil
// while it works.
func (db *DB) Err() error {
	if p := db.failure.Load(); p != nil {
		return *p
	}
	return nil
}

// stop records the first failure and closes Failed. It takes no lock: it
// runs wherever a panic was caught, db.mu held or not.
func (db *DB) stop(err error) {
	if db.failure.CompareAndSwap(nil, &err) {
		close(db.failCh)
	}
}

// guard runs fn, turning a panic inside it, and a fault reading the memory
// map, into an error that stops the store. bbolt panics on pages it cannot
// make sense of; without this a damaged page would kill the process in the
// middle of whatever it was doing. bbolt rolls back a write transaction it
// panics in, and never overwrites the pages the last commit left (its meta
// page points at them until a commit succeeds), so the file keeps what the
// last successful Commit wrote.
func (db *DB) guard(what string, fn func() error) (err error) {
	if err := db.Err(); err != nil {
		return err
	}
	return db.protect(what, fn)
}

// protect is guard for a stopped store too: Close still closes the file.
func (db *DB) protect(what string, fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: the store stopped: bbolt panicked in %s: %v", ErrCorrupt, what, r)
			db.stop(err)
		}
	}()
	return fn()
}

// view runs fn in a read transaction, guarded.
func (db *DB) view(what string, fn func(tx *bolt.Tx) error) error {
	return db.guard(what, func() error { return db.bolt.View(fn) })
}

// update runs fn in a write transaction, guarded.
func (db *DB) update(what string, fn func(tx *bolt.Tx) error) error {
	return db.guard(what, func() error { return db.bolt.Update(fn) })
}

// The meta key keyOpen is set while a process has the store open for
// writing, and removed by Close: a store that has it at Open was not
// closed cleanly, and is checked before use.
var keyOpen = []byte("open_since")

// markOpen records that the store is open for writing, with the time.
func markOpen(b *bolt.DB, now time.Time) error {
	return b.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keyOpen, appendTime(nil, timeBits(now)))
	})
}

// openMark reports whether the store was left open: the last process to
// write it did not close it.
func openMark(b *bolt.DB) (bool, error) {
	var open bool
	err := b.View(func(tx *bolt.Tx) error {
		if meta := tx.Bucket(bucketMeta); meta != nil {
			open = meta.Get(keyOpen) != nil
		}
		return nil
	})
	return open, err
}

// maxProblems bounds the problems a check reports.
const maxProblems = 10

// checkStore reads every bucket, key and value of the file, decoding each
// record, then runs bbolt's own consistency check (Tx.Check: every page
// reachable or free, none twice, keys in order). Reading the records first,
// in this goroutine, finds a damaged tree where a fault is caught (see
// guard); Tx.Check runs in a goroutine of its own.
func checkStore(b *bolt.DB) error {
	var problems []error
	note := func(err error) {
		if len(problems) < maxProblems {
			problems = append(problems, err)
		}
	}
	err := b.View(func(tx *bolt.Tx) error {
		err := tx.ForEach(func(name []byte, bk *bolt.Bucket) error {
			decode := recordDecoders[string(name)]
			return bk.ForEach(func(k, v []byte) error {
				if v == nil {
					note(fmt.Errorf("bucket %s: key %x is a bucket", name, k))
					return nil
				}
				if decode != nil {
					if err := decode(k, v); err != nil {
						note(fmt.Errorf("bucket %s: key %x: %v", name, k, err))
					}
				}
				return nil
			})
		})
		if err != nil {
			return err
		}
		if len(problems) > 0 {
			return nil // the tree is damaged: Tx.Check would walk it blind
		}
		for err := range tx.Check() { // drained to the end: the check's goroutine sends them all
			note(err)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("%w: check: %v", ErrCorrupt, err)
	}
	if len(problems) > 0 {
		return fmt.Errorf("%w: the last run did not close the store and a check found it damaged: %w", ErrCorrupt, errors.Join(problems...))
	}
	return nil
}

// recordDecoders read the values of each bucket, for checkStore.
var recordDecoders = map[string]func(k, v []byte) error{
	string(bucketOffendersBySeen): func(k, v []byte) error {
		o, err := decodeOffender(v)
		if err == nil && !bytes.Equal(k, seenKey(o.LastSeen, o.Account)) {
			err = fmt.Errorf("the record of %s, last seen %s, under another key", o.Account, o.LastSeen.Format(time.RFC3339Nano))
		}
		return err
	},
	string(bucketChats):     func(_, v []byte) error { _, err := decodeChat(v); return err },
	string(bucketLists):     func(_, v []byte) error { _, err := decodeListEntry(v); return err },
	string(bucketSightings): func(_, v []byte) error { _, err := decodeSighting(v); return err },
	string(bucketAudit):     func(_, v []byte) error { _, err := decodeAudit(v); return err },
	string(bucketOutboxByTime): func(k, v []byte) error {
		t, err := decodeTask(v)
		if err == nil && !bytes.Equal(k, taskKey{t.Platform, t.ID}.bytes(timeBits(t.Time))) {
			err = fmt.Errorf("task %s %s of %s under another key", t.Platform, t.ID, t.Time.Format(time.RFC3339Nano))
		}
		return err
	},
	string(bucketJudgedByTime): func(k, v []byte) error {
		j, err := decodeJudged(v)
		if err == nil && !bytes.Equal(k, judgedTimeKey(j.Time, j.Message)) {
			err = fmt.Errorf("the record of message %s %s %s, of %s, under another key", j.Message.Platform, j.Message.Chat, j.Message.ID, j.Time.Format(time.RFC3339Nano))
		}
		return err
	},
	string(bucketOffendersByScope): func(k, v []byte) error {
		if _, _, ok := splitScopeKey(k); !ok || len(v) != 0 {
			return fmt.Errorf("a scope key of %d bytes and a value of %d, want a platform, a scope and a user, and nothing", len(k), len(v))
		}
		return nil
	},
	string(bucketOffendersByName): func(k, v []byte) error {
		if _, _, ok := splitScopeKey(k); !ok || len(v) != 0 {
			return fmt.Errorf("a name key of %d bytes and a value of %d, want a platform, a name and a user, and nothing", len(k), len(v))
		}
		return nil
	},
	string(bucketFirstLinksByTime): func(k, v []byte) error {
		if _, ok := accountOfKey(k); !ok || len(v) != 0 {
			return fmt.Errorf("a first link key of %d bytes and a value of %d, want a time and an account, and nothing", len(k), len(v))
		}
		return nil
	},
}
