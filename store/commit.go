package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// Commit writes every buffered change in one bbolt write transaction, which
// syncs the file before it returns. After Commit returns nil, every write
// made before the call survives a crash. Concurrent callers share one
// transaction: a caller whose writes a running Commit already carries waits
// for it and returns without a transaction of its own.
//
// If the transaction fails, the changes stay buffered, still visible to
// reads, and Commit returns the error; a later Commit tries them again. A
// record the file cannot hold is not kept for that: Commit drops it, writes
// the rest and returns an error wrapping ErrInvalidRecord that names it.
//
// At most once a minute by Options.Now, Commit also forgets the sightings and
// audit entries older than their retention.
func (db *DB) Commit(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	db.mu.Lock()
	target := db.writeSeq
	db.mu.Unlock()
	select {
	case db.commitSem <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-db.commitSem }()
	if err := db.flush(target); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// flush writes the top layer if it holds writes up to target, or if pruning
// is due. The caller holds commitSem.
func (db *DB) flush(target uint64) error {
	db.mu.Lock()
	if db.closed {
		db.mu.Unlock()
		return ErrClosed
	}
	now := db.opts.Now()
	prune := !db.opts.ReadOnly && (db.lastPrune.IsZero() || now.Sub(db.lastPrune) >= pruneInterval)
	if db.durableSeq >= target && !prune {
		db.mu.Unlock()
		return nil
	}
	if prune {
		db.autoPrune(now)
	}
	if db.top.empty() {
		db.durableSeq = db.writeSeq
		if prune {
			db.lastPrune = now
		}
		db.mu.Unlock()
		return nil
	}
	f := db.top
	db.top, db.spare = db.spare, nil
	if db.top == nil {
		db.top = newLayer()
	}
	db.flushing = f
	seq := db.writeSeq
	db.noteOldKeys(f)
	// while the index is rebuilt, the notes wait for it
	f.notes, f.flushScopes = &db.scopeNotes, !db.scopesStale && db.scopeNotes.full(db.scopeFlushAt)
	f.noteAll = db.scopesStale
	db.prepareNames(f)
	db.mu.Unlock()

	if db.testHookFlushing != nil {
		db.testHookFlushing()
	}
	dropped, err := db.writeLayer(f)

	db.mu.Lock()
	defer db.mu.Unlock()
	db.flushing = nil
	if err != nil {
		f.dropStale()
		f.absorb(db.top)
		db.top = f
		return errors.Join(boltErr(err), dropped)
	}
	db.committed(f)
	db.offenderPuts.Add(f.offenderPuts)
	db.offenderBytes.Add(f.offenderBytes)
	f.reset()
	db.spare = f
	db.durableSeq = seq
	if prune {
		db.lastPrune = now
	}
	return dropped
}

// writeLayer writes f in one transaction. A record that cannot be written
// is dropped from f and the transaction run again without it, so that the
// rest is written; dropped is then an error wrapping ErrInvalidRecord that
// names what was dropped. Any other failure is returned as err, with f
// whole but for the records dropped.
func (db *DB) writeLayer(f *layer) (dropped, err error) {
	var bad []error
	for {
		start := time.Now()
		err = db.update("a commit", f.write)
		db.observeCommit(time.Since(start), err)
		db.commits.Add(1)
		var re *recordError
		if !errors.As(err, &re) {
			break
		}
		// Each round drops one record of f: the loop ends.
		re.drop()
		bad = append(bad, re.err)
	}
	if len(bad) > 0 {
		dropped = fmt.Errorf("%w: dropped, not written: %w", ErrInvalidRecord, errors.Join(bad...))
	}
	return dropped, err
}

// autoPrune adds the retention cut-offs to the top layer when there is
// something to forget: old records in the file, or a write to make anyway.
// The caller holds db.mu.
func (db *DB) autoPrune(now time.Time) {
	db.pruneRecords(now)
	var sightCut, auditCut, judgedCut uint64
	caseCut := ""
	if r := db.opts.SightingRetention; r > 0 {
		sightCut = timeBits(now.Add(-r))
	}
	if r := db.opts.AuditRetention; r > 0 {
		// cases are the audit log's decisions as admins act on them
		auditCut = timeBits(now.Add(-r))
		caseCut = bot.CaseIDFloor(now.Add(-r))
	}
	if r := db.opts.JudgedRetention; r > 0 {
		judgedCut = timeBits(now.Add(-r))
	}
	if sightCut == 0 && auditCut == 0 && judgedCut == 0 {
		return
	}
	old := !db.top.empty()
	if !old {
		_ = db.view("pruning", func(tx *bolt.Tx) error {
			k, _ := tx.Bucket(bucketSightings).Cursor().First()
			a, _ := tx.Bucket(bucketAudit).Cursor().First()
			j, _ := tx.Bucket(bucketJudgedByTime).Cursor().First()
			old = (k != nil && keyTime(k) < sightCut) || (a != nil && keyTime(a) < auditCut) || (j != nil && keyTime(j) < judgedCut) ||
				oldCases(tx, caseCut)
			return nil
		})
	}
	if old {
		db.top.pruneSightings(sightCut)
		db.top.pruneAudit(auditCut)
		db.top.pruneJudged(judgedCut)
		db.top.pruneCases(caseCut)
	}
}

// noteOldKeys tells the layer's writers the time bits the file's keys of
// the records it replaces begin with, so that they delete the old keys
// without reading the records back. The in-memory indexes hold what the
// file holds: only a Commit changes the file, and the caller holds
// commitSem and db.mu.
func (db *DB) noteOldKeys(f *layer) {
	// A record deleted, or whose key goes back in time, takes its stale
	// copies with it, or the greatest would read as its record.
	var gone []bot.AccountKey
	f.oldOffenders = emptied(f.oldOffenders, len(f.offenders))
	if f.oldRecords == nil {
		f.oldRecords = make(map[bot.AccountKey]*bot.Offender, len(f.offenders))
	}
	clear(f.oldRecords)
	for k, o := range f.offenders {
		if bits, ok := db.offenderKeys.find(k); ok {
			f.oldOffenders[k] = bits
			if old, _ := db.offenders.peek(k); old != nil {
				f.oldRecords[k] = old // the cache holds the file's records
			}
			if o == nil || timeBits(o.LastSeen) < bits {
				gone = append(gone, k)
			}
		}
	}
	db.offenderStale.note(&f.offenderDrops, gone, len(db.offenderKeys), len(f.offenders))
	gone = gone[:0]
	f.oldFirstLinks = emptied(f.oldFirstLinks, len(f.firstLinks))
	for k, t := range f.firstLinks {
		if bits, ok := db.firstLinkKeys.find(k); ok {
			f.oldFirstLinks[k] = bits
			if t.IsZero() || timeBits(t) < bits {
				gone = append(gone, k)
			}
		}
	}
	db.firstLinkStale.note(&f.firstLinkDrops, gone, len(db.firstLinkKeys), len(f.firstLinks))
	f.oldTasks = emptied(f.oldTasks, len(f.tasks))
	for k := range f.tasks {
		if bits, ok := db.tasks[k]; ok {
			f.oldTasks[k] = bits
		}
	}
	f.oldJudged = emptied(f.oldJudged, len(f.judged))
	for m := range f.judged {
		if bits, ok := db.judged[judgedHash(m)]; ok {
			f.oldJudged[m] = bits
		}
	}
}

// emptied returns m emptied, or a new map for n entries if there is none:
// a layer keeps its maps of old keys from one Commit to the next, as it
// keeps its maps of writes (layer.reset).
func emptied[K comparable](m map[K]uint64, n int) map[K]uint64 {
	if m == nil {
		return make(map[K]uint64, n)
	}
	clear(m)
	return m
}

// committed brings the caches up to date with a layer now in the file. The
// caller holds db.mu.
func (db *DB) committed(f *layer) {
	db.noteScopeChanges(f)
	db.noteNameChanges(f)
	db.offenderStale.committed(&f.offenderDrops)
	for k, o := range f.offenders {
		db.offenders.put(k, o)
		old, had := db.offenderKeys[k]
		if o == nil {
			delete(db.offenderKeys, k)
			db.offenderStale.rewritten(k, old, had, 0, true)
		} else {
			bits := timeBits(o.LastSeen)
			db.offenderStale.rewritten(k, old, had, bits, false)
			db.offenderKeys[k] = bits
		}
	}
	for k, s := range f.chats {
		db.chats.put(k, s)
		db.chatKeys[k] = struct{}{} // chat settings are never deleted
	}
	db.firstLinkStale.committed(&f.firstLinkDrops)
	for k, t := range f.firstLinks {
		old, had := db.firstLinkKeys[k]
		if t.IsZero() {
			delete(db.firstLinkKeys, k)
			db.firstLinkStale.rewritten(k, old, had, 0, true)
		} else {
			bits := timeBits(t)
			db.firstLinkStale.rewritten(k, old, had, bits, false)
			db.firstLinkKeys[k] = bits
		}
	}
	for k, t := range f.tasks {
		if t == nil {
			delete(db.tasks, k)
		} else {
			db.tasks[k] = timeBits(t.Time)
		}
	}
	db.mirrorSightings(f)
	db.mirrorJudged(f)
	for k, e := range f.lists {
		if e == nil {
			delete(db.lists, k)
		} else {
			db.lists[k] = e
		}
	}
}

var empty = []byte{}

// doneWrites lets go of what the slices of a layer's writes point to,
// once its transaction has ended, keeping their room.
func (l *layer) doneWrites() {
	clear(l.offenderWrites)
	clear(l.firstLinkWrites)
	clear(l.judgedWrites)
	clear(l.sightingWrites)
	l.offenderWrites, l.firstLinkWrites = l.offenderWrites[:0], l.firstLinkWrites[:0]
	l.judgedWrites, l.sightingWrites = l.judgedWrites[:0], l.sightingWrites[:0]
	if cap(l.writeBuf) > writeBufKeep {
		l.writeBuf = nil
	}
}

// reserve makes room for n more bytes in writeBuf, at least doubling it
// when it grows.
func (l *layer) reserve(n int) {
	if cap(l.writeBuf)-len(l.writeBuf) < n {
		l.writeBuf = slices.Grow(l.writeBuf, max(n, cap(l.writeBuf)+4096))
	}
}

// encoded appends a record to the layer's writeBuf with enc and returns
// its bytes there.
func (l *layer) encoded(enc func([]byte) ([]byte, error)) ([]byte, error) {
	l.reserve(1024)
	n := len(l.writeBuf)
	b, err := enc(l.writeBuf)
	if err != nil {
		return nil, err
	}
	l.writeBuf = b
	return l.writeBuf[n:len(b):len(b)], nil
}

// write puts the layer into the file: the pruning watermarks first, then the
// writes made after them.
func (l *layer) write(tx *bolt.Tx) error {
	l.writeBuf = l.writeBuf[:0]
	// room for a batch's records at once: grown by append, a large
	// buffer would grow by a quarter at a time, allocating several times
	// what it ends up holding
	l.reserve(l.size() * 160)
	defer l.doneWrites()
	if err := l.writeSightings(tx); err != nil {
		return err
	}
	if err := l.writeAudit(tx); err != nil {
		return err
	}
	if err := l.noteScopes(tx, l.notes); err != nil {
		return err
	}
	if err := l.noteNames(tx); err != nil {
		return err
	}
	if err := l.writeOffenders(tx); err != nil {
		return err
	}
	if err := l.writeTasks(tx); err != nil {
		return err
	}
	if err := l.writeJudged(tx); err != nil {
		return err
	}
	if err := l.writeCases(tx); err != nil {
		return err
	}
	if err := l.writeExpansions(tx); err != nil {
		return err
	}
	if err := l.writeFirstLinks(tx); err != nil {
		return err
	}
	chats := tx.Bucket(bucketChats)
	for k, s := range l.chats {
		v, err := encodeChat(s)
		if err == nil {
			err = chats.Put([]byte(k.String()), v)
		}
		if err != nil {
			return badRecord(err, func() { delete(l.chats, k) }, "chat %s", trunc(k.String()))
		}
	}
	lists := tx.Bucket(bucketLists)
	for k, e := range l.lists {
		var err error
		if e == nil {
			err = lists.Delete(k.bytes())
		} else {
			var v []byte
			if v, err = encodeListEntry(e); err == nil {
				err = lists.Put(k.bytes(), v)
			}
		}
		if err != nil {
			return badRecord(err, func() { delete(l.lists, k) }, "list entry %q", trunc(k.value))
		}
	}
	return nil
}

// appendFill is the FillPercent of the buckets keyed by time first, where
// records are appended at the end: their pages are filled whole, not split
// half full as for keys that land anywhere.
const appendFill = 1.0

// writeFirstLinks writes the layer's first links: each account's key in
// first_links_by_time moves to its new time, its old key left where it is
// as a stale copy (see staleCopies), unless it goes (for the zero time) or
// goes back in time: then its old key goes, with its stale copies (in
// firstLinkDrops, deleted first).
func (l *layer) writeFirstLinks(tx *bolt.Tx) error {
	b := tx.Bucket(bucketFirstLinksByTime)
	b.FillPercent = appendFill
	if err := deleteDrops(b, &l.firstLinkDrops, "first link"); err != nil {
		return err
	}
	l.firstLinkWrites = inKeyOrderInto(l.firstLinkWrites, &l.writeBuf, l.firstLinks, func(buf []byte, k bot.AccountKey, t time.Time) []byte {
		if t.IsZero() {
			return buf
		}
		return appendAccountTimeKey(buf, timeBits(t), k)
	})
	for _, w := range l.firstLinkWrites {
		k, t := w.k, w.v
		bits := timeBits(t)
		if old, ok := l.oldFirstLinks[k]; ok && (t.IsZero() || old > bits) {
			if err := b.Delete(l.scratchKey(old, k)); err != nil {
				return fmt.Errorf("first link of %s: %w", k, err)
			}
		}
		if t.IsZero() { // forgotten by retention
			continue
		}
		if err := b.Put(w.key, empty); err != nil {
			return badRecord(err, func() { delete(l.firstLinks, k) }, "first link of %s", trunc(k.String()))
		}
	}
	return nil
}

func (l *layer) writeSightings(tx *bolt.Tx) error {
	b := tx.Bucket(bucketSightings)
	b.FillPercent = appendFill
	if l.sightPrune != 0 {
		var old [][]byte
		c := b.Cursor()
		for k, _ := c.First(); k != nil && keyTime(k) < l.sightPrune; k, _ = c.Next() {
			old = append(old, bytes.Clone(k))
		}
		for _, k := range old {
			if err := b.Delete(k); err != nil {
				return fmt.Errorf("prune sightings: %w", err)
			}
		}
	}
	ws := l.sightingWrites[:0]
	for _, m := range l.sightings {
		for _, e := range m {
			l.reserve(256)
			n := len(l.writeBuf)
			l.writeBuf = e.key.appendTo(l.writeBuf)
			ws = append(ws, put[sightKey, *bot.Sighting]{k: e.key, v: e.s, key: tail(l.writeBuf, n)})
		}
	}
	l.sightingWrites = ws
	// in key order, for the reason inKeyOrder gives
	slices.SortFunc(ws, func(a, b put[sightKey, *bot.Sighting]) int { return bytes.Compare(a.key, b.key) })
	for _, w := range ws {
		k, s := w.k, w.v
		var err error
		if s == nil {
			err = b.Delete(w.key)
		} else {
			var v []byte
			if v, err = l.encoded(func(buf []byte) ([]byte, error) { return appendSighting(buf, s), nil }); err == nil {
				err = b.Put(w.key, v)
			}
		}
		if err != nil {
			return badRecord(err, func() { l.dropSighting(k) }, "sighting of %s", trunc(k.acct.String()))
		}
	}
	return nil
}

func (l *layer) writeAudit(tx *bolt.Tx) error {
	b := tx.Bucket(bucketAudit)
	b.FillPercent = appendFill
	if l.auditPrune != 0 {
		var old [][]byte
		c := b.Cursor()
		for k, _ := c.First(); k != nil && keyTime(k) < l.auditPrune; k, _ = c.Next() {
			old = append(old, bytes.Clone(k))
		}
		for _, k := range old {
			if err := b.Delete(k); err != nil {
				return fmt.Errorf("prune audit: %w", err)
			}
		}
	}
	// encoded and checked as they were appended
	for _, a := range l.audit {
		seq, err := b.NextSequence()
		if err != nil {
			return fmt.Errorf("audit entry: %w", err)
		}
		l.reserve(16)
		n := len(l.writeBuf)
		l.writeBuf = binary.BigEndian.AppendUint64(appendTime(l.writeBuf, a.bits), seq)
		if err := b.Put(l.writeBuf[n:], l.auditValue(a)); err != nil {
			return fmt.Errorf("audit entry: %w", err)
		}
	}
	return nil
}

// writeOffenders writes the layer's offender records: each account's
// record in offenders_by_seen goes under the key of its new LastSeen, its
// old key left where it is as a stale copy (see staleCopies), unless the
// record is deleted or its LastSeen goes back in time: then its old key
// goes, with its stale copies (in offenderDrops). The stale copies in
// offenderDrops are deleted first, so that none is a key the layer puts.
func (l *layer) writeOffenders(tx *bolt.Tx) error {
	b := tx.Bucket(bucketOffendersBySeen)
	b.FillPercent = appendFill
	l.offenderPuts, l.offenderBytes = 0, 0
	if err := deleteDrops(b, &l.offenderDrops, "offender record"); err != nil {
		return err
	}
	l.offenderWrites = inKeyOrderInto(l.offenderWrites, &l.writeBuf, l.offenders, func(buf []byte, k bot.AccountKey, o *bot.Offender) []byte {
		if o == nil {
			return buf
		}
		return appendAccountTimeKey(buf, timeBits(o.LastSeen), k)
	})
	for _, w := range l.offenderWrites {
		k, o := w.k, w.v
		if old, ok := l.oldOffenders[k]; ok && (o == nil || old > timeBits(o.LastSeen)) {
			if err := b.Delete(l.scratchKey(old, k)); err != nil {
				return fmt.Errorf("offender %s: %w", k, err)
			}
		}
		if o == nil {
			continue
		}
		v, err := l.encoded(func(buf []byte) ([]byte, error) { return appendOffender(buf, o) })
		if err == nil {
			err = b.Put(w.key, v)
		}
		if err != nil {
			return badRecord(err, func() { delete(l.offenders, k) }, "offender %s", trunc(k.String()))
		}
		l.offenderPuts++
		l.offenderBytes += int64(len(v))
	}
	return nil
}

// scratchKey returns accountTimeKey(bits, k) in the layer's writeBuf, for
// a key bbolt only looks up (Delete, Get): it copies the keys it keeps.
func (l *layer) scratchKey(bits uint64, k bot.AccountKey) []byte {
	l.reserve(256)
	n := len(l.writeBuf)
	l.writeBuf = appendAccountTimeKey(l.writeBuf, bits, k)
	return l.writeBuf[n:]
}

// validAccount reports an error for an account key that cannot name a record.
func validAccount(k bot.AccountKey) error {
	if k.Platform == "" || k.User == "" {
		return fmt.Errorf("account %q: platform and user must be set", k.String())
	}
	return nil
}
