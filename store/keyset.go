package store

import (
	"bytes"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// keyTimes holds, for a bucket keyed by time then account (offender
// records by LastSeen, first links by their time), the time bits of each
// account's key: loaded at Open and kept up to date by Commit. It finds an
// account's record in the file (the key is its time, then the account),
// and it answers "no record" without a read transaction for most senders,
// who have neither record and are in no read cache on a busy deployment
// (hundreds of thousands of accounts). Retention bounds both buckets, and
// so the maps: a few tens of thousands of accounts for a year of a busy
// deployment.
type keyTimes map[bot.AccountKey]uint64

// loadKeyTimes reads the keys of a bucket keyed by time then account. An
// account with more than one key has its greatest as its record; the
// others are stale copies, returned in stale (offenders_by_seen since
// schema 11; see staleCopies).
func loadKeyTimes(tx *bolt.Tx, bucket []byte) (keyTimes, *staleCopies, error) {
	m := make(keyTimes)
	stale := newStaleCopies()
	err := tx.Bucket(bucket).ForEach(func(k, _ []byte) error {
		a, ok := accountOfKey(k)
		if !ok {
			return fmt.Errorf("%w: %s key %q is no time and account", ErrCorrupt, bucket, k)
		}
		// keys come in time order: a later key of an account is newer
		if old, ok := m[a]; ok {
			stale.add(a, old)
		}
		m[a] = keyTime(k)
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("load %s: %w", bucket, err)
	}
	return m, stale, nil
}

// accountOfKey reads the account of a key that is time then account.
func accountOfKey(k []byte) (bot.AccountKey, bool) {
	if len(k) < 8 {
		return bot.AccountKey{}, false
	}
	return bot.ParseAccountKey(string(k[8:]))
}

// find returns the time bits of k's key, if the bucket has one.
func (m keyTimes) find(k bot.AccountKey) (uint64, bool) {
	bits, ok := m[k]
	return bits, ok
}

// staleCopies are the keys of offenders_by_seen (schema 11) and
// first_links_by_time (schema 12) that are not records but stale copies
// of them. A record written again goes under the key of its new time and
// its old key stays where it is: deleting it then would rewrite a page
// anywhere in the file for nearly every record written. An account's
// greatest key is its record, since a record's key never goes back in
// time: a record written with an earlier time (or deleted) takes its
// stale copies with it. Stale copies are deleted in bulk, many to a page:
// by the retention prune, which deletes those it meets at the start of the
// bucket, and by a sweep through the whole bucket in key order once there
// are as many stale copies as records (and at least staleSweepMin), a
// chunk a Commit. Each account's list is in key order, oldest first.
type staleCopies struct {
	of map[bot.AccountKey][]uint64
	n  int // stale copies in all
	// sweep is the sweep in progress, in key order, and next the index
	// of its first key not yet deleted; nil when none runs. Keys in it
	// may have gone since it began (with their account's record).
	sweep []staleKey
	next  int
}

// staleKey is a stale copy's key: its account, its time bits and, in a
// sweep, the key itself.
type staleKey struct {
	acct bot.AccountKey
	bits uint64
	key  []byte
}

func (s staleKey) bytes() []byte {
	if s.key != nil {
		return s.key
	}
	return accountTimeKey(s.bits, s.acct)
}

const (
	// staleSweepMin is the fewest stale copies a sweep begins for.
	staleSweepMin = 4096
	// staleSweepChunk is the fewest stale copies a Commit deletes while a
	// sweep runs; it deletes twice as many as its layer writes records,
	// if that is more, so that a sweep ends.
	staleSweepChunk = 1024
)

func newStaleCopies() *staleCopies { return &staleCopies{of: make(map[bot.AccountKey][]uint64)} }

// add notes a stale copy of acct, newer than those it has.
func (s *staleCopies) add(acct bot.AccountKey, bits uint64) {
	s.of[acct] = append(s.of[acct], bits)
	s.n++
}

// has reports whether acct has a stale copy at bits.
func (s *staleCopies) has(acct bot.AccountKey, bits uint64) bool {
	_, ok := slices.BinarySearch(s.of[acct], bits)
	return ok
}

// remove forgets the stale copy of acct at bits, if there is one.
func (s *staleCopies) remove(acct bot.AccountKey, bits uint64) {
	l := s.of[acct]
	i, ok := slices.BinarySearch(l, bits)
	if !ok {
		return
	}
	s.n--
	if len(l) == 1 {
		delete(s.of, acct)
		return
	}
	// a new slice: a Commit being written may hold the old one
	s.of[acct] = slices.Concat(l[:i], l[i+1:])
}

// drop forgets every stale copy of acct.
func (s *staleCopies) drop(acct bot.AccountKey) {
	s.n -= len(s.of[acct])
	delete(s.of, acct)
}

// keysOf returns acct's stale copies' keys.
func (s *staleCopies) keysOf(acct bot.AccountKey) []staleKey {
	var out []staleKey
	for _, bits := range s.of[acct] {
		out = append(out, staleKey{acct: acct, bits: bits})
	}
	return out
}

// staleDrops are the stale copies of one bucket a layer's Commit deletes:
// those the prune met, those of records the layer deletes or writes with
// an earlier time, and a chunk of the sweep, which ends before index
// sweepNext of it.
type staleDrops struct {
	keys      []staleKey
	sweepNext int
}

func (d *staleDrops) reset() {
	clear(d.keys)
	d.keys, d.sweepNext = d.keys[:0], 0
}

// note adds to d, for the Commit of a layer, the stale copies of the
// accounts it deletes or writes back in time (gone), and the sweep's
// chunk (records in the file, writes in the layer).
func (s *staleCopies) note(d *staleDrops, gone []bot.AccountKey, records, writes int) {
	for _, k := range gone {
		d.keys = append(d.keys, s.keysOf(k)...)
	}
	chunk, next := s.sweepChunk(records, max(staleSweepChunk, 2*writes))
	d.keys = append(d.keys, chunk...)
	d.sweepNext = next
}

// committed forgets the stale copies d deleted.
func (s *staleCopies) committed(d *staleDrops) {
	for _, k := range d.keys {
		s.remove(k.acct, k.bits)
	}
	s.sweepDone(d.sweepNext)
}

// rewritten notes that acct's record, at old if had, was written at bits,
// or deleted (gone): the old key is a stale copy if bits is later, and the
// stale copies went with a deletion or an earlier time.
func (s *staleCopies) rewritten(acct bot.AccountKey, old uint64, had bool, bits uint64, gone bool) {
	switch {
	case !had:
	case gone || bits < old:
		s.drop(acct)
	case bits > old:
		s.add(acct, old)
	}
}

// deleteDrops deletes d's keys from b.
func deleteDrops(b *bolt.Bucket, d *staleDrops, what string) error {
	for _, s := range d.keys {
		if err := b.Delete(s.bytes()); err != nil {
			return fmt.Errorf("stale copy of the %s of %s: %w", what, s.acct, err)
		}
	}
	return nil
}

// sweepChunk returns the stale copies the next Commit deletes for the
// sweep (starting one if it is due, with records the number of records),
// at least n of them if the sweep has that many left, and the index in the
// sweep past them, for sweepDone.
func (s *staleCopies) sweepChunk(records, n int) ([]staleKey, int) {
	if s.sweep == nil {
		if s.n < max(staleSweepMin, records) {
			return nil, 0
		}
		s.sweep = make([]staleKey, 0, s.n)
		for acct, l := range s.of {
			for _, bits := range l {
				s.sweep = append(s.sweep, staleKey{acct: acct, bits: bits, key: accountTimeKey(bits, acct)})
			}
		}
		slices.SortFunc(s.sweep, func(a, b staleKey) int { return bytes.Compare(a.key, b.key) })
		s.next = 0
	}
	var out []staleKey
	i := s.next
	for ; i < len(s.sweep) && len(out) < n; i++ {
		if k := s.sweep[i]; s.has(k.acct, k.bits) {
			out = append(out, k)
		}
	}
	return out, i
}

// sweepDone records that the sweep's keys before next are deleted, and
// ends the sweep when none are left.
func (s *staleCopies) sweepDone(next int) {
	if s.sweep == nil || next <= s.next {
		return
	}
	s.next = next
	if s.next >= len(s.sweep) {
		s.sweep, s.next = nil, 0
	}
}
