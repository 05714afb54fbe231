package store

import (
	"bytes"
	"context"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// The offenders_by_name bucket (schema 14) indexes offender records by
// name: for every key bot.NameKeys gives of a record's Name (the display
// name, the whole name and the username, folded as pardon compares
// names), a key of the platform, the name key and the account's user, in
// the form of offenders_by_scope's keys, with an empty value. pardon
// NAME (OffendersNamed) so reads the records of the accounts called so,
// not every record of the chat, nor, in a log chat, every record.
//
// It is kept as offenders_by_scope is (see scopes.go), apart from it: a
// Commit notes in memory the accounts whose records changed their names
// (nameIndex.dirty: the keys the bucket holds of each, and those its
// record has now), which queries read beside the bucket; the bucket is
// brought up to date in one go when scopeFlushAt accounts are noted, and
// at Close. Names change seldom: nearly every account noted is a new
// record. A store not closed cleanly has the bucket rebuilt at Open, from
// the names of the records alone; one opened read-only in that state
// answers from every record.

// nameIndex is the DB's bookkeeping of offenders_by_name. The fields are
// guarded by DB.mu.
type nameIndex struct {
	dirty   map[bot.AccountKey]*scopeChange
	dirtyIn map[scopeName]map[bot.AccountKey]struct{} // dirty by the keys the records have now
	stale   bool                                      // read-only, not closed cleanly: answer from every record
}

// layerNames is what a Commit notes of a layer's names: dirty is the DB's
// nameIndex.dirty, which no one changes while the layer is written, flush
// whether the Commit brings the bucket up to date, changes the accounts
// not in dirty whose records the layer gives other names.
type layerNames struct {
	dirty   map[bot.AccountKey]*scopeChange
	flush   bool
	changes map[bot.AccountKey]*scopeChange
}

// nameKeysOf returns the keys o's name is indexed under; none for no
// record.
func nameKeysOf(o *bot.Offender) []string {
	if o == nil {
		return nil
	}
	return bot.NameKeys(o.Name)
}

// offenderName reads the name of an offender record in the file's form,
// without decoding the rest of it.
func offenderName(v []byte) (string, error) {
	r, ok := binaryRecord(v)
	if !ok && len(v) > 0 && v[0] == offenderWithEnds {
		r, ok = &reader{b: v[1:]}, true
	}
	if !ok {
		o, err := decodeOffender(v)
		if err != nil {
			return "", err
		}
		return o.Name, nil
	}
	r.string() // platform
	r.string() // user
	name := r.string()
	if r.err != nil {
		return "", r.err
	}
	return name, nil
}

// prepareNames notes, for the Commit writing f, the accounts noted so far
// and whether f brings the bucket up to date. The caller holds db.mu.
func (db *DB) prepareNames(f *layer) {
	f.named.dirty, f.named.flush = db.names.dirty, len(db.names.dirty) >= db.scopeFlushAt
}

// noteNames finds, before writeOffenders replaces them, the layer's
// offender records whose names change, of accounts not noted yet: the
// record replaced is the one noteOldKeys found cached, or else the file's,
// whose name alone is read here. When the layer flushes the bucket, it
// writes the keys of every account noted, as their records are after
// the layer.
func (l *layer) noteNames(tx *bolt.Tx) error {
	n := &l.named
	if n.changes == nil {
		n.changes = make(map[bot.AccountKey]*scopeChange)
	}
	clear(n.changes)
	records := tx.Bucket(bucketOffendersBySeen)
	for k, o := range l.offenders {
		if _, ok := n.dirty[k]; ok {
			continue // committed() notes what it names now
		}
		had, was := false, ""
		if bits, ok := l.oldOffenders[k]; ok {
			if old := l.oldRecords[k]; old != nil {
				had, was = true, old.Name
			} else if v := records.Get(l.scratchKey(bits, k)); v != nil {
				// a record the file cannot read is replaced all the
				// same; its name is unknown
				if name, err := offenderName(v); err == nil {
					had, was = true, name
				}
			}
		}
		if had == (o != nil) && (o == nil || o.Name == was) {
			continue
		}
		c := &scopeChange{now: nameKeysOf(o)}
		if had {
			c.was = bot.NameKeys(was)
		}
		if len(c.was) == 0 && len(c.now) == 0 {
			continue
		}
		n.changes[k] = c
	}
	if !n.flush {
		return nil
	}
	var ops scopeOps
	for k, d := range n.dirty {
		now := d.now
		if o, ok := l.offenders[k]; ok {
			now = nameKeysOf(o)
		}
		ops.change(k, d.was, now)
	}
	for k, d := range n.changes {
		ops.change(k, d.was, d.now)
	}
	return ops.apply(tx.Bucket(bucketOffendersByName))
}

// noteNameChanges brings nameIndex.dirty (and dirtyIn) up to date with a
// layer now in the file: the accounts it noted, and what the records of
// those noted before have now; none after it wrote the bucket. The caller
// holds db.mu.
func (db *DB) noteNameChanges(f *layer) {
	x := &db.names
	if f.named.flush {
		clear(x.dirty)
		clear(x.dirtyIn)
		return
	}
	for k, o := range f.offenders {
		if d, ok := x.dirty[k]; ok {
			x.noteIn(k, d.now, false)
			d.now = nameKeysOf(o)
			x.noteIn(k, d.now, true)
		}
	}
	if x.dirty == nil {
		x.dirty = make(map[bot.AccountKey]*scopeChange, len(f.named.changes))
		x.dirtyIn = make(map[scopeName]map[bot.AccountKey]struct{})
	}
	for k, d := range f.named.changes {
		x.dirty[k] = d
		x.noteIn(k, d.now, true)
	}
}

// noteIn adds k to (in) or takes it from dirtyIn of each of keys.
func (x *nameIndex) noteIn(k bot.AccountKey, keys []string, in bool) {
	for _, s := range keys {
		n := scopeName{k.Platform, s}
		m := x.dirtyIn[n]
		switch {
		case in && m == nil:
			x.dirtyIn[n] = map[bot.AccountKey]struct{}{k: {}}
		case in:
			m[k] = struct{}{}
		case m != nil:
			delete(m, k)
			if len(m) == 0 {
				delete(x.dirtyIn, n)
			}
		}
	}
}

// flushNamesOnClose writes the keys of every account noted in
// nameIndex.dirty, in tx (Close's, which marks the store closed cleanly).
// The caller holds db.mu.
func (db *DB) flushNamesOnClose(tx *bolt.Tx) error {
	var ops scopeOps
	for k, d := range db.names.dirty {
		ops.change(k, d.was, d.now)
	}
	if err := ops.apply(tx.Bucket(bucketOffendersByName)); err != nil {
		return err
	}
	clear(db.names.dirty)
	clear(db.names.dirtyIn)
	return nil
}

// rebuildNames builds offenders_by_name again from the records: at the
// Open of a store not closed cleanly, whose bucket may lag its records.
func rebuildNames(b *bolt.DB) error {
	return b.Update(func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketOffendersByName); err != nil {
			return err
		}
		return offendersByName(tx)
	})
}

// offendersByName builds offenders_by_name (schema 14) from the records
// in offenders_by_seen, reading their names alone: an account's record is
// its greatest key, the first met walking back from the end.
func offendersByName(tx *bolt.Tx) error {
	b, err := tx.CreateBucketIfNotExists(bucketOffendersByName)
	if err != nil {
		return err
	}
	done := make(map[bot.AccountKey]bool)
	var ops scopeOps
	c := tx.Bucket(bucketOffendersBySeen).Cursor()
	for k, v := c.Last(); k != nil; k, v = c.Prev() {
		acct, ok := accountOfKey(k)
		if !ok {
			return fmt.Errorf("%w: offender key %q", ErrCorrupt, k)
		}
		if done[acct] {
			continue
		}
		done[acct] = true
		name, err := offenderName(v)
		if err != nil {
			return fmt.Errorf("%w: offender %s: %v", ErrCorrupt, acct, err)
		}
		for _, s := range bot.NameKeys(name) {
			ops.add(acct, s, true)
		}
	}
	b.FillPercent = 0.9 // written in order, read much more than written
	return ops.apply(b)
}

// OffendersNamed returns the records of platform p whose name has one of
// keys (bot.NameKeys) in no particular order (bot.OffenderNames): those
// found through offenders_by_name and the accounts noted since it was
// written, and the buffered writes.
func (db *DB) OffendersNamed(ctx context.Context, p bot.Platform, keys []string) ([]bot.Offender, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		return nil, fmt.Errorf("offenders named in %s: %w", p, ErrClosed)
	}
	named := func(o *bot.Offender) bool {
		if o == nil || o.Account.Platform != p {
			return false
		}
		for _, k := range bot.NameKeys(o.Name) {
			if slices.Contains(keys, k) {
				return true
			}
		}
		return false
	}
	// buffered writes are newer than the file's records and the bucket
	pending := make(map[bot.AccountKey]*bot.Offender)
	for _, l := range db.layers() {
		for k, o := range l.offenders {
			if k.Platform == p {
				pending[k] = o
			}
		}
	}
	var out []bot.Offender
	done := make(map[bot.AccountKey]bool)
	err := db.view("reading offenders by name", func(tx *bolt.Tx) error {
		records := tx.Bucket(bucketOffendersBySeen)
		found := func(acct bot.AccountKey) error {
			if _, ok := pending[acct]; ok || done[acct] {
				return nil
			}
			done[acct] = true
			bits, ok := db.offenderKeys[acct]
			if !ok {
				return nil // damage: a key without a record
			}
			if o, ok := db.offenders.peek(acct); ok && o != nil {
				out = append(out, copyOffender(o))
				return nil
			}
			v := records.Get(accountTimeKey(bits, acct))
			if v == nil {
				return nil
			}
			o, err := decodeOffender(v)
			if err != nil {
				return fmt.Errorf("offender %s: %w", acct, err)
			}
			out = append(out, *o)
			return nil
		}
		if db.names.stale {
			for acct, bits := range db.offenderKeys {
				if acct.Platform != p || done[acct] {
					continue
				}
				if _, ok := pending[acct]; ok {
					continue
				}
				v := records.Get(accountTimeKey(bits, acct))
				if v == nil {
					continue
				}
				if name, err := offenderName(v); err != nil || !named(&bot.Offender{Account: acct, Name: name}) {
					continue
				}
				if err := found(acct); err != nil {
					return err
				}
			}
			return nil
		}
		b := tx.Bucket(bucketOffendersByName)
		var prefix []byte
		for _, key := range keys {
			prefix = appendScopePrefix(prefix[:0], p, key)
			c := b.Cursor()
			for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
				acct := bot.AccountKey{Platform: p, User: string(k[len(prefix):])}
				if acct.User == "" {
					continue
				}
				if _, ok := db.names.dirty[acct]; ok {
					continue // the bucket lags its record: below
				}
				if err := found(acct); err != nil {
					return err
				}
			}
		}
		for _, key := range keys {
			for acct := range db.names.dirtyIn[scopeName{p, key}] {
				if err := found(acct); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("offenders named in %s: %w", p, boltErr(err))
	}
	for _, o := range pending {
		if named(o) {
			out = append(out, copyOffender(o))
		}
	}
	return out, nil
}
