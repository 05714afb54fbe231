package store

import (
	"bytes"
	"encoding/json"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// pruneBatch is how many records of one bucket a prune pass looks at, at
// most: pruning goes a little at a time, in the write transaction of an
// ordinary Commit, so that no transaction runs long and a store that
// reaches its retention window all at once is brought back over a few
// minutes, not in one long lock.
const pruneBatch = 2048

// pruneRecords adds to the top layer the deletion of records whose
// retention is over: offender records not seen for OffenderRetention (but
// not those of accounts whose compromised mark still holds) and stale
// copies of offender records older than that, first links
// older than FirstLinkRetention, and tasks older than OutboxRetention.
// Each bucket is looked at pruneBatch records at a time. The caller holds
// db.mu.
func (db *DB) pruneRecords(now time.Time) {
	_ = db.view("prune", func(tx *bolt.Tx) error {
		if r := db.opts.OffenderRetention; r > 0 {
			db.pruneOffenders(tx, now.Add(-r), now.Add(-db.opts.CompromisedTTL))
		}
		if r := db.opts.FirstLinkRetention; r > 0 {
			db.pruneFirstLinks(tx, now.Add(-r))
		}
		if r := db.opts.OutboxRetention; r > 0 {
			db.pruneTasks(tx, now.Add(-r))
		}
		if r := db.opts.ExpansionRetention; r > 0 {
			db.pruneExpansions(tx, now.Add(-r))
		}
		return nil
	})
}

// buffered reports whether a layer holds a write of the account's record,
// which is newer than the file's.
func (db *DB) bufferedOffender(k bot.AccountKey) bool {
	for _, l := range db.layers() {
		if _, ok := l.offenders[k]; ok {
			return true
		}
	}
	return false
}

// pruneOffenders walks the offenders from the one seen longest ago and
// deletes those seen before cut, unless marked compromised after
// compromisedCut, and the stale copies it meets (see staleCopies).
func (db *DB) pruneOffenders(tx *bolt.Tx, cut, compromisedCut time.Time) {
	oldest(tx, bucketOffendersBySeen, cut, func(k, v []byte) bool {
		acct, ok := recordKey(k, db.offenderKeys, db.offenderStale, &db.top.offenderDrops)
		if !ok || db.bufferedOffender(acct) {
			return ok
		}
		o, err := decodeOffender(v)
		if err != nil || (o.Compromised && o.CompromisedSince.After(compromisedCut)) {
			return true
		}
		db.top.offenders[acct] = nil
		return true
	})
}

// recordKey reads the account of k, a key of a bucket keyed by time then
// account, and reports whether k is its record; a stale copy it adds to d
// instead, for the prune to delete (see staleCopies).
func recordKey(k []byte, records keyTimes, stale *staleCopies, d *staleDrops) (bot.AccountKey, bool) {
	acct, ok := accountOfKey(k)
	if !ok {
		return acct, false
	}
	if bits := keyTime(k); records[acct] != bits {
		if stale.has(acct, bits) {
			d.keys = append(d.keys, staleKey{acct: acct, bits: bits})
		}
		return acct, false
	}
	return acct, true
}

// oldest calls fn with the keys of a bucket keyed by time that lie before
// cut, oldest first, until pruneBatch of them were records (fn reports
// whether a key was one, or a stale copy) or pruneWalk keys in all: stale
// copies, deleted in bulk, do not hold back the prune of the records
// among them.
func oldest(tx *bolt.Tx, bucket []byte, cut time.Time, fn func(k, v []byte) (record bool)) {
	cutBits := timeBits(cut)
	c := tx.Bucket(bucket).Cursor()
	records, n := 0, 0
	for k, v := c.First(); k != nil && keyTime(k) < cutBits && records < pruneBatch && n < pruneWalk; k, v = c.Next() {
		n++
		if fn(k, v) {
			records++
		}
	}
}

// pruneWalk is how many keys of one bucket a prune pass looks at, at most,
// stale copies among them.
const pruneWalk = 4 * pruneBatch

// pruneFirstLinks deletes up to pruneBatch first links set before cut,
// and stale copies of first links, oldest first: the bucket is keyed by
// time.
func (db *DB) pruneFirstLinks(tx *bolt.Tx, cut time.Time) {
	oldest(tx, bucketFirstLinksByTime, cut, func(k, _ []byte) bool {
		acct, ok := recordKey(k, db.firstLinkKeys, db.firstLinkStale, &db.top.firstLinkDrops)
		if ok && !hasKey(db.top.firstLinks, acct) && (db.flushing == nil || !hasKey(db.flushing.firstLinks, acct)) {
			db.top.firstLinks[acct] = time.Time{}
		}
		return ok
	})
}

func hasKey[K comparable, V any](m map[K]V, k K) bool {
	_, ok := m[k]
	return ok
}

// pruneTasks deletes up to pruneBatch tasks decided before cut, oldest
// first: no adapter carried them out (the platform is no longer
// configured) and none will.
func (db *DB) pruneTasks(tx *bolt.Tx, cut time.Time) {
	oldest(tx, bucketOutboxByTime, cut, func(k, _ []byte) bool {
		key, ok := taskKeyOf(k)
		if ok && !hasKey(db.top.tasks, key) && (db.flushing == nil || !hasKey(db.flushing.tasks, key)) {
			db.top.tasks[key] = nil
		}
		return true
	})
}

// pruneExpansions looks at the next pruneBatch expansions, from where the
// last pass stopped, and forgets those followed before cut. The bucket is
// keyed by link and holds about a day of them, so a round takes a pass or
// a few.
func (db *DB) pruneExpansions(tx *bolt.Tx, cut time.Time) {
	c := tx.Bucket(bucketExpansions).Cursor()
	k, v := c.Seek(db.expansionCursor)
	for n := 0; n < pruneBatch && k != nil; n++ {
		var r expansionRec
		if json.Unmarshal(v, &r) != nil || r.Time.Before(cut) {
			url := string(k)
			if !hasKey(db.top.expansions, url) && (db.flushing == nil || !hasKey(db.flushing.expansions, url)) {
				db.top.expansions[url] = nil
			}
		}
		k, v = c.Next()
	}
	db.expansionCursor = nil
	if k != nil {
		db.expansionCursor = bytes.Clone(k)
	}
}
