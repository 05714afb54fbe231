package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// The offenders_by_scope bucket (schema 13) indexes offender records by
// where they are on record: for every chat, Discord server or channel an
// account's record names in Chats, Groups or Restricted, a key of the
// platform, the scope and the account's user, with an empty value. A
// chat's offenders (OffendersIn, OffendersSeenIn: the admins' offenders
// and pardon) are found by walking the keys of that chat alone, ordered
// by the LastSeen held in memory for every account (offenderKeys), so
// that no other chat's records are read.
//
// Its keys are keyed by chat, so a key written lands anywhere in the
// tree: written with each Commit, the index doubled the pages a long scan
// wrote (its new offenders fall in hundreds of chats a batch). So a
// Commit writes the index only now and then: it notes in memory the
// accounts whose records changed their scopes (scopeNotes: what the index
// holds of each, and what the record names now), which queries read
// beside the index, and the index is brought up to date in one go when
// scopeFlushAt accounts are noted, and when the store is closed, in the
// transaction that marks it closed cleanly. A store not closed cleanly
// has its index rebuilt from the records after the next Open, in the
// background (scopebuild.go), answering from every record meanwhile; one
// opened read-only in that state answers from every record.
//
// Whether a record's scopes changed is told by comparing it with the
// record it replaces (cached, or read from the file in the Commit's
// transaction), which is nearly always the same lists of chats.

// scopeFlushAt is how many accounts noted in scopeNotes make a Commit
// bring the index up to date (DB.scopeFlushAt, which tests lower).
const scopeFlushAt = 50_000

// maxIndexedScope bounds the scopes indexed: a longer one (no platform
// names a chat with a thousand characters) would make a key bbolt
// refuses, and so the record's commit. Such a scope is not found by
// OffendersIn.
const maxIndexedScope = 1024

// appendScopePrefix appends the start of the keys of scope in
// offenders_by_scope: the platform and the scope, each after its length
// as a uvarint, so that no scope's keys start with another's.
func appendScopePrefix(b []byte, p bot.Platform, scope string) []byte {
	b = binary.AppendUvarint(b, uint64(len(p)))
	b = append(b, p...)
	b = binary.AppendUvarint(b, uint64(len(scope)))
	return append(b, scope...)
}

// appendScopeKey appends the key of k on record in scope.
func appendScopeKey(b []byte, k bot.AccountKey, scope string) []byte {
	return append(appendScopePrefix(b, k.Platform, scope), k.User...)
}

// splitScopeKey reads a key of offenders_by_scope.
func splitScopeKey(k []byte) (acct bot.AccountKey, scope string, ok bool) {
	field := func() (string, bool) {
		n, w := binary.Uvarint(k)
		if w <= 0 || n > uint64(len(k)-w) {
			return "", false
		}
		f := string(k[w : w+int(n)])
		k = k[w+int(n):]
		return f, true
	}
	p, ok := field()
	if !ok {
		return acct, "", false
	}
	if scope, ok = field(); !ok || p == "" || len(k) == 0 {
		return acct, "", false
	}
	return bot.AccountKey{Platform: bot.Platform(p), User: string(k)}, scope, true
}

// eachScope calls fn with every scope o's record names (Chats, Groups,
// Restricted) that the index holds; a scope may come more than once.
func eachScope(o *bot.Offender, fn func(string)) {
	for _, list := range [...][]string{o.Chats, o.Groups, o.Restricted} {
		for _, s := range list {
			if len(s) <= maxIndexedScope {
				fn(s)
			}
		}
	}
}

// namesScope reports whether o's record names one of scopes.
func namesScope(o *bot.Offender, scopes []string) bool {
	found := false
	eachScope(o, func(s string) { found = found || slices.Contains(scopes, s) })
	return found
}

// sameScopes reports whether a and b name the same scopes in the same
// lists, in the same order: the common case, a record written again where
// its account was flagged before.
func sameScopes(a, b *bot.Offender) bool {
	return slices.Equal(a.Chats, b.Chats) && slices.Equal(a.Groups, b.Groups) && slices.Equal(a.Restricted, b.Restricted)
}

// scopeList lists the scopes the index holds of o, once each; nil for
// no record.
func scopeList(o *bot.Offender) []string {
	var out []string
	if o != nil {
		eachScope(o, func(s string) {
			if !slices.Contains(out, s) {
				out = append(out, s)
			}
		})
	}
	return out
}

// noteScopes finds, before writeOffenders replaces them, the layer's
// offender records whose scopes change (scopeChanges): the record
// replaced is the one noteOldKeys found cached, or else the file's, read
// here. A record written again with the scopes it had costs nothing
// more, but while the index is rebuilt (noteAll), when every record
// written is noted (startIndexBuild). When the layer is to flush the
// index (flushScopes), it writes the index's keys of every account
// noted, in notes or here, as their records are after the layer.
func (l *layer) noteScopes(tx *bolt.Tx, notes *scopeNotes) error {
	clear(l.scopeChanges)
	l.scopeChanges = l.scopeChanges[:0]
	records := tx.Bucket(bucketOffendersBySeen)
	for k, o := range l.offenders {
		var old *bot.Offender
		if bits, ok := l.oldOffenders[k]; ok {
			if old = l.oldRecords[k]; old == nil {
				if v := records.Get(l.scratchKey(bits, k)); v != nil {
					// a record the file cannot read is replaced all the
					// same; its scopes are unknown
					old, _ = decodeOffender(v)
				}
			}
		}
		if old == nil && o == nil || !l.noteAll && old != nil && o != nil && sameScopes(old, o) {
			continue
		}
		l.scopeChanges = append(l.scopeChanges, scopeMove{k: k, old: old, now: o})
	}
	if !l.flushScopes {
		return nil
	}
	var ops scopeOps
	changed := make(map[bot.AccountKey]*bot.Offender, len(l.scopeChanges))
	for _, c := range l.scopeChanges {
		if notes.find(c.k) < 0 {
			ops.change(c.k, scopeList(c.old), scopeList(c.now))
		} else {
			changed[c.k] = c.now
		}
	}
	notes.ops(&ops, func(k bot.AccountKey) ([]string, bool) {
		o, ok := changed[k]
		if !ok {
			return nil, false
		}
		return scopeList(o), true
	})
	return ops.apply(tx.Bucket(bucketOffendersByScope))
}

// scopeMove is a record of the layer whose scopes change: the record it
// replaces (nil: none) and the new one (nil: deleted).
type scopeMove struct {
	k        bot.AccountKey
	old, now *bot.Offender
}

// scopeOps are writes to offenders_by_scope, made in key order by apply:
// bbolt splits the nodes of a transaction only when it commits, so that
// many keys put in no order into one transaction shift ever longer nodes
// (rebuilding the index of 200,000 records so ran for minutes).
type scopeOps struct {
	buf []byte
	ops []scopeOp
}

// scopeOp is a key in scopeOps.buf, put or deleted.
type scopeOp struct {
	start, end int
	put        bool
}

// add notes the key of k in scope, to put or to delete.
func (s *scopeOps) add(k bot.AccountKey, scope string, put bool) {
	start := len(s.buf)
	s.buf = appendScopeKey(s.buf, k, scope)
	s.ops = append(s.ops, scopeOp{start: start, end: len(s.buf), put: put})
}

// change notes the writes that take the index's keys of k from the
// scopes was to now.
func (s *scopeOps) change(k bot.AccountKey, was, now []string) {
	for _, x := range was {
		if !slices.Contains(now, x) {
			s.add(k, x, false)
		}
	}
	for _, x := range now {
		if !slices.Contains(was, x) {
			s.add(k, x, true)
		}
	}
}

// apply makes the writes, in key order.
func (s *scopeOps) apply(b *bolt.Bucket) error {
	key := func(o scopeOp) []byte { return s.buf[o.start:o.end] }
	slices.SortFunc(s.ops, func(x, y scopeOp) int { return bytes.Compare(key(x), key(y)) })
	for _, o := range s.ops {
		var err error
		if o.put {
			err = b.Put(key(o), empty)
		} else {
			err = b.Delete(key(o))
		}
		if err != nil {
			k, scope, _ := splitScopeKey(key(o))
			return fmt.Errorf("offender %s in %s: %w", k, trunc(scope), err)
		}
	}
	return nil
}

// scopeKey returns the key of k in scope in the layer's writeBuf, for
// bbolt to copy.
func (l *layer) scopeKey(k bot.AccountKey, scope string) []byte {
	l.reserve(len(k.Platform) + len(scope) + len(k.User) + 2*binary.MaxVarintLen64)
	n := len(l.writeBuf)
	l.writeBuf = appendScopeKey(l.writeBuf, k, scope)
	return l.writeBuf[n:]
}

// noteScopeChanges brings scopeNotes up to date with a layer now in the
// file: the accounts it changed the scopes of are noted, or none after
// it wrote the index. The caller holds db.mu.
func (db *DB) noteScopeChanges(f *layer) {
	if f.flushScopes {
		db.scopeNotes.reset()
		return
	}
	for _, c := range f.scopeChanges {
		db.scopeNotes.note(c.k, c.old, c.now)
	}
}

// flushScopesOnClose writes the index's keys of every account noted in
// scopeNotes, in tx (Close's, which marks the store closed cleanly).
func (db *DB) flushScopesOnClose(tx *bolt.Tx) error {
	var ops scopeOps
	db.scopeNotes.ops(&ops, nil)
	if err := ops.apply(tx.Bucket(bucketOffendersByScope)); err != nil {
		return err
	}
	db.scopeNotes.reset()
	return nil
}

// OffendersSeenIn returns the accounts of platform p on record in any of
// scopes, each with its LastSeen, in no particular order
// (bot.Offenders). It reads the index's keys of those scopes and the
// times held in memory, and no record but those of buffered writes.
func (db *DB) OffendersSeenIn(ctx context.Context, p bot.Platform, scopes []string) ([]bot.OffenderSeen, error) {
	var out []bot.OffenderSeen
	err := db.inScopes(ctx, p, scopes, func(k bot.AccountKey, bits uint64, _ *bolt.Bucket, o *bot.Offender) error {
		seen := bot.OffenderSeen{Account: k}
		switch {
		case o != nil:
			seen.LastSeen = o.LastSeen
		case bits != 0:
			seen.LastSeen = bitsTime(bits) // 0: the zero time, as written
		}
		out = append(out, seen)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("offenders in %s: %w", p, err)
	}
	return out, nil
}

// OffendersIn returns the records of the accounts of platform p on record
// in any of scopes, seen last first (bot.Offenders): those found through
// the index, read from the cache or the file.
func (db *DB) OffendersIn(ctx context.Context, p bot.Platform, scopes []string) ([]bot.Offender, error) {
	var out []bot.Offender
	var key []byte
	err := db.inScopes(ctx, p, scopes, func(k bot.AccountKey, bits uint64, records *bolt.Bucket, o *bot.Offender) error {
		if o == nil {
			if c, ok := db.offenders.peek(k); ok && c != nil {
				o = c
			}
		}
		if o != nil { // the store's own
			out = append(out, copyOffender(o))
			return nil
		}
		key = appendAccountTimeKey(key[:0], bits, k)
		v := records.Get(key)
		if v == nil {
			return nil // no record: not in the index either, but for damage
		}
		o, err := decodeOffender(v)
		if err != nil {
			return fmt.Errorf("offender %s: %w", k, err)
		}
		out = append(out, *o)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("offenders in %s: %w", p, err)
	}
	slices.SortFunc(out, func(a, b bot.Offender) int {
		if c := b.LastSeen.Compare(a.LastSeen); c != 0 {
			return c
		}
		return strings.Compare(a.Account.String(), b.Account.String())
	})
	return out, nil
}

// inScopes calls fn once for every account of platform p on record in
// any of scopes: with its record when a buffered write holds it, else with
// the time bits of its record in the file and the bucket of records (in
// the transaction the keys were read in). It holds db.mu throughout.
func (db *DB) inScopes(ctx context.Context, p bot.Platform, scopes []string, fn func(k bot.AccountKey, bits uint64, records *bolt.Bucket, o *bot.Offender) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		return ErrClosed
	}
	if db.scopesStale {
		return db.inScopesOfAll(p, scopes, fn)
	}
	// buffered writes are newer than the file's records and its index
	pending := make(map[bot.AccountKey]*bot.Offender)
	for _, l := range db.layers() {
		for k, o := range l.offenders {
			if k.Platform == p {
				pending[k] = o
			}
		}
	}
	done := make(map[bot.AccountKey]bool)
	err := db.view("reading offenders by scope", func(tx *bolt.Tx) error {
		b, records := tx.Bucket(bucketOffendersByScope), tx.Bucket(bucketOffendersBySeen)
		var prefix []byte
		for _, s := range scopes {
			if len(s) > maxIndexedScope {
				continue
			}
			prefix = appendScopePrefix(prefix[:0], p, s)
			c := b.Cursor()
			for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
				acct := bot.AccountKey{Platform: p, User: string(k[len(prefix):])}
				if _, ok := pending[acct]; ok || acct.User == "" || len(scopes) > 1 && done[acct] {
					continue
				}
				if db.scopeNotes.find(acct) >= 0 {
					continue // the index lags its record: below
				}
				bits, ok := db.offenderKeys[acct]
				if !ok {
					continue // damage: a key without a record
				}
				if len(scopes) > 1 { // one scope's keys name each account once
					done[acct] = true
				}
				if err := fn(acct, bits, records, nil); err != nil {
					return err
				}
			}
		}
		// each noted account once: the notes hold one list a record
		return db.scopeNotes.in(p, scopes, func(k bot.AccountKey) error {
			if _, ok := pending[k]; ok {
				return nil
			}
			bits, ok := db.offenderKeys[k]
			if !ok {
				return nil
			}
			return fn(k, bits, records, nil)
		})
	})
	if err != nil {
		return boltErr(err)
	}
	for k, o := range pending {
		if o != nil && namesScope(o, scopes) {
			if err := fn(k, 0, nil, o); err != nil {
				return err
			}
		}
	}
	return nil
}

// inScopesOfAll is inScopes from every record (and buffered write), for
// a store opened read-only whose index may lag its records. The caller
// holds db.mu.
func (db *DB) inScopesOfAll(p bot.Platform, scopes []string, fn func(k bot.AccountKey, bits uint64, records *bolt.Bucket, o *bot.Offender) error) error {
	pending := make(map[bot.AccountKey]*bot.Offender)
	for _, l := range db.layers() {
		for k, o := range l.offenders {
			pending[k] = o
		}
	}
	err := db.view("reading offenders", func(tx *bolt.Tx) error {
		records := tx.Bucket(bucketOffendersBySeen)
		for k, bits := range db.offenderKeys {
			if _, ok := pending[k]; ok || k.Platform != p {
				continue
			}
			v := records.Get(accountTimeKey(bits, k))
			if v == nil {
				continue
			}
			o, err := decodeOffender(v)
			if err != nil {
				return fmt.Errorf("offender %s: %w", k, err)
			}
			if namesScope(o, scopes) {
				if err := fn(k, 0, nil, o); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return boltErr(err)
	}
	for k, o := range pending {
		if o != nil && k.Platform == p && namesScope(o, scopes) {
			if err := fn(k, 0, nil, o); err != nil {
				return err
			}
		}
	}
	return nil
}
