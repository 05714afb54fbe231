package store

import (
	"cmp"
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// AddSightings records sightings, each under its account. Adding the same
// sighting again (same account, time, message and fingerprint) keeps one.
func (db *DB) AddSightings(_ context.Context, s []bot.Sighting) error {
	for i := range s {
		if err := checkSighting(&s[i]); err != nil {
			return fmt.Errorf("add sightings: %w", err)
		}
	}
	err := db.write(func(top *layer) {
		for i := range s {
			top.setSighting(newSightKey(&s[i]), cloneSighting(&s[i]))
		}
	})
	if err != nil {
		return fmt.Errorf("add sightings: %w", err)
	}
	return nil
}

// KeepSightings is AddSightings without the copy (bot.SightingKeeper):
// the store keeps the elements of s, their Fingerprints capped at their
// length and their times set to the store's form (utc).
func (db *DB) KeepSightings(_ context.Context, s []bot.Sighting) error {
	for i := range s {
		if err := checkSighting(&s[i]); err != nil {
			return fmt.Errorf("add sightings: %w", err)
		}
	}
	err := db.write(func(top *layer) {
		for i := range s {
			x := &s[i]
			x.Time, x.Fingerprints = utc(x.Time), x.Fingerprints[:len(x.Fingerprints):len(x.Fingerprints)]
			top.setSighting(newSightKey(x), x)
		}
	})
	if err != nil {
		return fmt.Errorf("add sightings: %w", err)
	}
	return nil
}

// RecentSightings returns the sightings of k at or after since, oldest
// first. It reads one key range of the file.
func (db *DB) RecentSightings(_ context.Context, k bot.AccountKey, since time.Time) ([]bot.Sighting, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		return nil, fmt.Errorf("recent sightings of %s: %w", k, ErrClosed)
	}
	layers := db.layers()
	sinceBits := timeBits(since)
	from := sinceBits
	for _, l := range layers {
		from = max(from, l.sightPrune)
	}
	// The file's sightings, then each layer's, lowest first: a layer's
	// watermark forgets those below it, and its own entries (a nil one is
	// a deletion) replace those below of the same key. An account has few
	// sightings in a window: one slice, sorted by key, holds them.
	// found is the DB's, kept from call to call under db.mu
	found := db.sightScratch[:0]
	for _, e := range db.sights[k] {
		if e.key.time >= from {
			found = append(found, e)
		}
	}
	for _, l := range layers {
		if l.sightPrune != 0 {
			found = slices.DeleteFunc(found, func(e sightEntry) bool { return e.key.time < l.sightPrune })
		}
		for _, e := range l.sightings[k] {
			if e.key.time >= sinceBits {
				found = append(found, e)
			}
		}
	}
	// Stable: of the entries of one key, the last is the upper layer's.
	slices.SortStableFunc(found, func(a, b sightEntry) int {
		return cmp.Or(cmp.Compare(a.key.time, b.key.time), cmp.Compare(a.key.hash, b.key.hash))
	})
	out := make([]bot.Sighting, 0, len(found))
	for i, e := range found {
		if e.s != nil && (i+1 == len(found) || found[i+1].key != e.key) {
			out = append(out, *e.s)
		}
	}
	clear(found)
	db.sightScratch = found[:0]
	return out, nil
}

// sightEntry is a sighting and its key.
type sightEntry struct {
	key sightKey
	s   *bot.Sighting
}

// sightList is one account's sightings, in a layer (where a nil sighting
// is a deletion) or in the mirror of the file. An account has few in a
// retention window, so a list, in no order, not a map: a map of its own
// for every account that posts a link cost an allocation of a few hundred
// bytes in every batch.
type sightList []sightEntry

// set puts s under k, in place of what k had.
func (l *sightList) set(k sightKey, s *bot.Sighting) {
	for i := range *l {
		if (*l)[i].key == k {
			(*l)[i].s = s
			return
		}
	}
	*l = append(*l, sightEntry{k, s})
}

// drop forgets k.
func (l *sightList) drop(k sightKey) {
	for i := range *l {
		if (*l)[i].key == k {
			last := len(*l) - 1
			(*l)[i] = (*l)[last]
			(*l)[last] = sightEntry{}
			*l = (*l)[:last]
			return
		}
	}
}

// before forgets the sightings before the time bits and returns the rest.
func (l sightList) before(bits uint64) sightList {
	kept := l[:0]
	for _, e := range l {
		if e.key.time >= bits {
			kept = append(kept, e)
		}
	}
	clear(l[len(kept):])
	return kept
}

// dropSighting forgets a sighting of the layer.
func (l *layer) dropSighting(k sightKey) {
	m := l.sightings[k.acct]
	if m.drop(k); len(m) == 0 {
		delete(l.sightings, k.acct)
	} else {
		l.sightings[k.acct] = m
	}
}

// scanSightings calls fn for each sighting of k in the file at or after the
// time bits from, from the in-memory mirror. The caller holds db.mu.
func (db *DB) scanSightings(k bot.AccountKey, from uint64, fn func(sightKey, *bot.Sighting)) error {
	for _, e := range db.sights[k] {
		if e.key.time >= from {
			fn(e.key, e.s)
		}
	}
	return nil
}

// loadSightings reads every sighting in the file into memory.
func loadSightings(b *bolt.DB) (map[bot.AccountKey]sightList, error) {
	out := make(map[bot.AccountKey]sightList)
	err := b.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSightings).ForEach(func(key, v []byte) error {
			if len(key) < 16 {
				return nil
			}
			s, err := decodeSighting(v)
			if err != nil {
				return fmt.Errorf("%w: sighting %x: %v", ErrCorrupt, key, err)
			}
			sk := sightKey{acct: s.Account, time: binary.BigEndian.Uint64(key), hash: binary.BigEndian.Uint64(key[8:16])}
			m := out[sk.acct]
			m.set(sk, &s)
			out[sk.acct] = m
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("load sightings: %w", boltErr(err))
	}
	return out, nil
}

// mirrorSightings brings the in-memory mirror up to date with a layer now
// in the file. The caller holds db.mu.
func (db *DB) mirrorSightings(f *layer) {
	if f.sightPrune != 0 {
		for acct, m := range db.sights {
			if m = m.before(f.sightPrune); len(m) == 0 {
				delete(db.sights, acct)
			} else {
				db.sights[acct] = m
			}
		}
	}
	for acct, ls := range f.sightings {
		m := db.sights[acct]
		for _, e := range ls {
			if e.s == nil {
				m.drop(e.key)
			} else {
				m.set(e.key, e.s)
			}
		}
		if len(m) == 0 {
			delete(db.sights, acct)
		} else {
			db.sights[acct] = m
		}
	}
}

// DeleteSightings forgets the sightings of k that belong to the messages.
func (db *DB) DeleteSightings(_ context.Context, k bot.AccountKey, msgs []bot.MessageRef) error {
	if len(msgs) == 0 {
		return nil
	}
	want := make(map[bot.MessageRef]bool, len(msgs))
	for _, m := range msgs {
		want[m] = true
	}
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		return fmt.Errorf("delete sightings of %s: %w", k, ErrClosed)
	}
	var gone []sightKey
	err := db.scanSightings(k, 0, func(sk sightKey, s *bot.Sighting) {
		if want[s.Message] {
			gone = append(gone, sk)
		}
	})
	if err != nil {
		return fmt.Errorf("delete sightings of %s: %w", k, err)
	}
	for _, l := range db.layers() {
		for _, e := range l.sightings[k] {
			if e.s != nil && want[e.s.Message] {
				gone = append(gone, e.key)
			}
		}
	}
	for _, sk := range gone {
		db.top.setSighting(sk, nil)
	}
	db.writeSeq++
	return nil
}

// PruneSightings forgets every sighting before t.
func (db *DB) PruneSightings(_ context.Context, before time.Time) error {
	if err := db.write(func(top *layer) { top.pruneSightings(timeBits(before)) }); err != nil {
		return fmt.Errorf("prune sightings: %w", err)
	}
	return nil
}
