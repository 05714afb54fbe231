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
// A Commit changes the index only for a record whose scopes changed: it
// compares the record it writes with the one it replaces (cached, or read
// from the file in the same transaction), which is nearly always the same
// lists of chats. Keys are written in the Commit's transaction, so the
// index always matches the records.

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

// writeScopes brings offenders_by_scope up to date with the layer's
// offender records, before writeOffenders replaces them: the keys of the
// scopes a record no longer names go, those of the scopes it newly names
// come. The record replaced is the one noteOldKeys found cached, or else
// the file's, read here.
func (l *layer) writeScopes(tx *bolt.Tx) error {
	b, records := tx.Bucket(bucketOffendersByScope), tx.Bucket(bucketOffendersBySeen)
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
		if old != nil && o != nil && sameScopes(old, o) {
			continue
		}
		if l.scopesWas == nil {
			l.scopesWas, l.scopesNow = make(map[string]bool), make(map[string]bool)
		}
		was, now := l.scopesWas, l.scopesNow
		clear(was)
		clear(now)
		if old != nil {
			eachScope(old, func(s string) { was[s] = true })
		}
		if o != nil {
			eachScope(o, func(s string) { now[s] = true })
		}
		for s := range was {
			if !now[s] {
				if err := b.Delete(l.scopeKey(k, s)); err != nil {
					return fmt.Errorf("offender %s in %s: %w", k, trunc(s), err)
				}
			}
		}
		for s := range now {
			if !was[s] {
				if err := b.Put(l.scopeKey(k, s), empty); err != nil {
					return badRecord(err, func() { delete(l.offenders, k) }, "offender %s in %s", trunc(k.String()), trunc(s))
				}
			}
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

// offendersByScope builds offenders_by_scope (schema 13) from the records
// in offenders_by_seen: an account's record is its greatest key, the
// first met walking back from the end; earlier ones are stale copies.
func offendersByScope(tx *bolt.Tx) error {
	b, err := tx.CreateBucketIfNotExists(bucketOffendersByScope)
	if err != nil {
		return err
	}
	done := make(map[bot.AccountKey]bool)
	c := tx.Bucket(bucketOffendersBySeen).Cursor()
	var key []byte
	for k, v := c.Last(); k != nil; k, v = c.Prev() {
		acct, ok := accountOfKey(k)
		if !ok {
			return fmt.Errorf("%w: offender key %q", ErrCorrupt, k)
		}
		if done[acct] {
			continue
		}
		done[acct] = true
		o, err := decodeOffender(v)
		if err != nil {
			return fmt.Errorf("%w: offender %s: %v", ErrCorrupt, acct, err)
		}
		eachScope(o, func(s string) {
			if err == nil {
				key = appendScopeKey(key[:0], acct, s)
				err = b.Put(key, empty)
			}
		})
		if err != nil {
			return fmt.Errorf("offender %s: %w", acct, err)
		}
	}
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
		return nil
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
