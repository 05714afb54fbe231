package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"hash/maphash"
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
// (nameNotes: the keys the bucket holds of each, and those its record has
// now), which queries read beside the bucket; the bucket is brought up to
// date in one go when scopeFlushAt accounts are noted, and at Close. A
// record written again with the name it had is not noted. Names change
// seldom: nearly every account noted is a new record. A store not closed
// cleanly has the bucket rebuilt after Open, in the background with the
// index by scope, from the names of the records alone, answering from
// every record meanwhile; and so has a store whose keys another version
// of the folding of names made (nameKeyVersion). One opened read-only in
// either state answers from every record.

// nameIndex is the DB's bookkeeping of offenders_by_name. The fields are
// guarded by DB.mu; a Commit changes the notes (under db.mu, holding
// commitSem), a Commit's transaction (holding commitSem) and the queries
// (under db.mu) only read them.
type nameIndex struct {
	nameNotes
	// stale is set while the bucket may lag the records or hold another
	// version's keys (being rebuilt, or read-only): queries answer from
	// every record.
	stale bool
}

// nameNotes are the accounts noted, kept flat and without pointers as
// scopeNotes are, so that the collector has nothing to follow in them
// however many are noted: the accounts' keys in one byte slice, their
// lists of name keys in another (each key its length, then its bytes),
// the notes found by a 64-bit hash of the account, and the notes of a
// name key by a 64-bit hash of the platform and key (collisions chained,
// the note's list checked).
type nameNotes struct {
	noteAccounts            // note i's account is noteAccounts' i-th
	dirty        []nameNote // the noted accounts
	keys         []byte     // the notes' lists of name keys
	// dead counts the bytes in keys of lists since replaced: an account
	// renamed again gets a new list at the end.
	dead int
	// byKey is the last posting of the name keys with a hash; a note's
	// list now had the key when the posting was made (later lists are
	// added, earlier ones not taken out: in checks the list now).
	byKey map[uint64]int32
	posts []namePost
}

// nameNote is a noted account's lists of name keys in keys: those the
// bucket holds (was) and those its record has now.
type nameNote struct{ was, now span }

// namePost is a posting of a name key: the note, and the posting before
// it of the keys with the same hash (-1: none).
type namePost struct{ note, next int32 }

// nameKeyHash is the hash nameNotes finds a platform's name key by (a
// test makes every key's the same).
var nameKeyHash = func(seed maphash.Seed, p bot.Platform, key []byte) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	h.WriteString(string(p))
	h.WriteByte(0)
	h.Write(key)
	return h.Sum64()
}

// full reports whether the notes are to be written to the bucket.
func (n *nameNotes) full(limit int) bool {
	return len(n.dirty) >= limit || n.dead >= 64*limit
}

// eachKey calls fn with each name key of a list.
func (n *nameNotes) eachKey(s span, fn func(key []byte)) {
	b := n.keys[s.off : s.off+s.n]
	for len(b) > 0 {
		l, w := binary.Uvarint(b)
		fn(b[w : w+int(l)])
		b = b[w+int(l):]
	}
}

// has reports whether a list has key.
func (n *nameNotes) has(s span, key []byte) bool {
	found := false
	n.eachKey(s, func(k []byte) { found = found || bytes.Equal(k, key) })
	return found
}

// listOf appends a list of name keys to keys.
func (n *nameNotes) listOf(keys []string) span {
	off := uint32(len(n.keys))
	for _, k := range keys {
		n.keys = binary.AppendUvarint(n.keys, uint64(len(k)))
		n.keys = append(n.keys, k...)
	}
	return span{off, uint32(len(n.keys)) - off}
}

// note notes that k's record, whose name keys were was when the bucket
// was last written (or when k was last noted), has the keys now.
func (n *nameNotes) note(k bot.AccountKey, was, now []string) {
	if i := n.find(k); i >= 0 {
		n.dead += int(n.dirty[i].now.n)
		n.dirty[i].now = n.listOf(now)
		n.post(k.Platform, i)
		return
	}
	if n.byKey == nil {
		n.byKey = make(map[uint64]int32)
	}
	i := n.add(k)
	w := n.listOf(was)
	n.dirty = append(n.dirty, nameNote{was: w, now: n.listOf(now)})
	n.post(k.Platform, i)
}

// post adds note i to the postings of the keys its record has now.
func (n *nameNotes) post(p bot.Platform, i int32) {
	n.eachKey(n.dirty[i].now, func(key []byte) {
		h := nameKeyHash(n.seed, p, key)
		last, ok := n.byKey[h]
		if !ok {
			last = -1
		}
		n.posts = append(n.posts, namePost{note: i, next: last})
		n.byKey[h] = int32(len(n.posts) - 1)
	})
}

// reset forgets every note, once the bucket holds what they noted.
func (n *nameNotes) reset() {
	big := cap(n.keys) > 1<<22 // let go of what a burst grew
	n.noteAccounts.reset(big)
	clear(n.byKey)
	n.dirty, n.keys, n.posts, n.dead = n.dirty[:0], n.keys[:0], n.posts[:0], 0
	if big {
		n.dirty, n.keys, n.posts = nil, nil, nil
	}
}

// in calls fn with every noted account of platform p whose record has
// one of keys now, once each.
func (n *nameNotes) in(p bot.Platform, keys []string, fn func(k bot.AccountKey) error) error {
	if len(n.dirty) == 0 {
		return nil
	}
	var done map[int32]bool
	for _, key := range keys {
		j, ok := n.byKey[nameKeyHash(n.seed, p, []byte(key))]
		if !ok {
			continue
		}
		for ; j >= 0; j = n.posts[j].next {
			i := n.posts[j].note
			if done[i] {
				continue
			}
			if pl, _ := n.acctBytes(i); string(pl) != string(p) || !n.has(n.dirty[i].now, []byte(key)) {
				continue // another key's hash, or renamed since
			}
			if done == nil {
				done = make(map[int32]bool)
			}
			done[i] = true
			if err := fn(n.account(i)); err != nil {
				return err
			}
		}
	}
	return nil
}

// ops notes in s the writes that bring the bucket up to date with every
// noted account; now, if set, gives the name keys of the accounts whose
// records a Commit is writing (ok false for the others).
func (n *nameNotes) ops(s *scopeOps, now func(k bot.AccountKey) (keys []string, ok bool)) {
	var was, to []string
	for i := range n.dirty {
		k := n.account(int32(i))
		was = n.appendKeys(was[:0], n.dirty[i].was)
		ok := false
		if now != nil {
			var keys []string
			if keys, ok = now(k); ok {
				to = append(to[:0], keys...)
			}
		}
		if !ok {
			to = n.appendKeys(to[:0], n.dirty[i].now)
		}
		s.change(k, was, to)
	}
}

// appendKeys appends the keys of a list to out.
func (n *nameNotes) appendKeys(out []string, s span) []string {
	n.eachKey(s, func(k []byte) { out = append(out, string(k)) })
	return out
}

// layerNames is what a Commit notes of a layer's names: notes are the
// DB's, which no one changes while the layer is written, flush whether
// the Commit brings the bucket up to date, changes the layer's records
// whose names change (every record it writes while the bucket is rebuilt:
// noteAll, see startIndexBuild).
type layerNames struct {
	notes   *nameNotes
	flush   bool
	noteAll bool // every record written is noted (while the bucket is rebuilt)
	changes []nameMove
}

// nameMove is a record of the layer whose name changes: whether it
// replaces one (had) and that one's name, and the new record (nil:
// deleted).
type nameMove struct {
	k   bot.AccountKey
	had bool
	was string
	now *bot.Offender
}

// nameKeysOf returns the keys o's name is indexed under; none for no
// record.
func nameKeysOf(o *bot.Offender) []string {
	if o == nil {
		return nil
	}
	return foldNameKeys(o.Name)
}

// wasKeys returns the keys the record m replaces is indexed under.
func (m *nameMove) wasKeys() []string {
	if !m.had {
		return nil
	}
	return foldNameKeys(m.was)
}

// offenderName reads the name of an offender record in the file's form,
// without decoding the rest of it.
func offenderName(v []byte) (string, error) {
	r, _, ok := offenderRecord(v)
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

// prepareNames notes, for the Commit writing f, the notes so far and
// whether f brings the bucket up to date. The caller holds db.mu.
func (db *DB) prepareNames(f *layer) {
	f.named.notes, f.named.flush = &db.names.nameNotes, !db.names.stale && db.names.full(db.scopeFlushAt)
	f.named.noteAll = db.names.stale
}

// noteNames finds, before writeOffenders replaces them, the layer's
// offender records whose names change: the record replaced is the one
// noteOldKeys found cached, or else the file's, whose name alone is read
// here. A record written again with the name it had costs nothing more.
// When the layer flushes the bucket, it writes the keys of every account
// noted, as their records are after the layer.
func (l *layer) noteNames(tx *bolt.Tx) error {
	n := &l.named
	clear(n.changes)
	n.changes = n.changes[:0]
	records := tx.Bucket(bucketOffendersBySeen)
	for k, o := range l.offenders {
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
		if !had && o == nil || !n.noteAll && had && o != nil && o.Name == was {
			continue
		}
		n.changes = append(n.changes, nameMove{k: k, had: had, was: was, now: o})
	}
	if !n.flush {
		return nil
	}
	var ops scopeOps
	var changed map[bot.AccountKey]*bot.Offender
	for i := range n.changes {
		c := &n.changes[i]
		if n.notes.find(c.k) < 0 {
			ops.change(c.k, c.wasKeys(), nameKeysOf(c.now))
			continue
		}
		if changed == nil {
			changed = make(map[bot.AccountKey]*bot.Offender)
		}
		changed[c.k] = c.now
	}
	n.notes.ops(&ops, func(k bot.AccountKey) ([]string, bool) {
		o, ok := changed[k]
		if !ok {
			return nil, false
		}
		return nameKeysOf(o), true
	})
	return ops.apply(tx.Bucket(bucketOffendersByName))
}

// noteNameChanges brings the notes up to date with a layer now in the
// file: the accounts whose names it changed are noted, or none after it
// wrote the bucket. The caller holds db.mu.
func (db *DB) noteNameChanges(f *layer) {
	if f.named.flush {
		db.names.reset()
		return
	}
	for i := range f.named.changes {
		c := &f.named.changes[i]
		was, now := c.wasKeys(), nameKeysOf(c.now)
		if len(was) == 0 && len(now) == 0 && db.names.find(c.k) < 0 {
			continue // under no key before or after
		}
		db.names.note(c.k, was, now)
	}
}

// flushNamesOnClose writes the keys of every account noted, in tx
// (Close's, which marks the store closed cleanly). The caller holds
// db.mu.
func (db *DB) flushNamesOnClose(tx *bolt.Tx) error {
	var ops scopeOps
	db.names.ops(&ops, nil)
	if err := ops.apply(tx.Bucket(bucketOffendersByName)); err != nil {
		return err
	}
	db.names.reset()
	return nil
}

// rebuildNames builds offenders_by_name again from the records, at once
// in one transaction: the upgrade's work, for the benchmark.
func rebuildNames(b *bolt.DB) error {
	return b.Update(func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketOffendersByName); err != nil {
			return err
		}
		return offendersByName(tx)
	})
}

// upgradeIndexByName is the upgrade to schema 14: offenders_by_name,
// made empty, to be built from the records after Open, in the background:
// its keys are of version 0 (keyNameKeys), which no folding of names is,
// so that the bot answers meanwhile; a store without a record has it
// whole at once.
func upgradeIndexByName(tx *bolt.Tx) error {
	if _, err := tx.CreateBucketIfNotExists(bucketOffendersByName); err != nil {
		return err
	}
	v := nameKeyVersion
	if k, _ := tx.Bucket(bucketOffendersBySeen).Cursor().First(); k != nil {
		v = 0
	}
	return tx.Bucket(bucketMeta).Put(keyNameKeys, binary.BigEndian.AppendUint64(nil, v))
}

// offendersByName builds offenders_by_name (schema 14) from the records
// in offenders_by_seen, reading their names alone, in one transaction
// (the upgrade before it was made in the background, for the benchmark):
// an account's record is its greatest key, the first met walking back
// from the end.
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
		for _, s := range foldNameKeys(name) {
			ops.add(acct, s, true)
		}
	}
	b.FillPercent = 0.9 // written in order, read much more than written
	if err := ops.apply(b); err != nil {
		return err
	}
	return putNameKeyVersion(tx)
}

// foldNameKeys are the keys of a name in offenders_by_name: bot.NameKeys (a
// test folds names otherwise).
var foldNameKeys = bot.NameKeys

// nameKeyVersion is the version of foldNameKeys' folding of names
// (bot.NameKeysVersion; a variable for tests): offenders_by_name's keys
// were made by the version its meta key keyNameKeys holds (1 when it
// holds none: schema 14's), and a store whose keys another version made
// has the bucket built again after Open, in the background
// (startIndexBuild), answering from every record meanwhile. The
// PostgreSQL store keeps the same version and keys its rows again at
// Open when it differs.
var nameKeyVersion uint64 = bot.NameKeysVersion

// keyNameKeys is the meta key of the version of foldNameKeys that made the
// keys of offenders_by_name (8 bytes, big-endian).
var keyNameKeys = []byte("name_keys_version")

// readNameKeyVersion returns the version of foldNameKeys that made the keys
// of offenders_by_name.
func readNameKeyVersion(b *bolt.DB) (uint64, error) {
	v := uint64(1)
	err := b.View(func(tx *bolt.Tx) error {
		switch x := tx.Bucket(bucketMeta).Get(keyNameKeys); {
		case x == nil:
		case len(x) != 8:
			return fmt.Errorf("%w: meta %s of %d bytes", ErrCorrupt, keyNameKeys, len(x))
		default:
			v = binary.BigEndian.Uint64(x)
		}
		return nil
	})
	return v, err
}

// putNameKeyVersion records that nameKeyVersion made the keys of
// offenders_by_name.
func putNameKeyVersion(tx *bolt.Tx) error {
	return tx.Bucket(bucketMeta).Put(keyNameKeys, binary.BigEndian.AppendUint64(nil, nameKeyVersion))
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
		for _, k := range foldNameKeys(o.Name) {
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
				if db.names.find(acct) >= 0 {
					continue // the bucket lags its record: below
				}
				if err := found(acct); err != nil {
					return err
				}
			}
		}
		return db.names.in(p, keys, found)
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

// wasOps notes in s the puts of the bucket's keys of every noted account
// as the notes hold it (was): a rebuild skips the noted accounts'
// records, and puts these instead (startIndexBuild).
func (n *nameNotes) wasOps(s *scopeOps) {
	for i := range n.dirty {
		k := n.account(int32(i))
		n.eachKey(n.dirty[i].was, func(key []byte) { s.add(k, string(key), true) })
	}
}
