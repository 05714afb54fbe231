package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/internal/faults"
)

// scopeBuild builds offenders_by_scope from the records: the upgrade to
// schema 13, and the Open of a store not closed cleanly, whose index may
// lag its records. It reads the records in key order, takes from each
// record that is its account's (not a stale copy) only the scopes it
// names, without decoding the rest, and keeps their keys flat in one
// byte slice; sorted, they are put in key order, in bounded batches.
// Building 1,000,000 records' index by decoding each record and putting
// every key in one transaction allocated 3.1 GB and took 50 s.
type scopeBuild struct {
	buf  []byte     // the keys
	keys []buildKey // in buf; in key order once sorted
}

// buildKey is a key in scopeBuild.buf.
type buildKey struct {
	off int
	n   int32
}

// scopeBatch is how many keys of the index one transaction of a rebuild
// puts, so that bbolt holds no more than that many new keys in memory (a
// variable for tests).
var scopeBatch = 100_000

// testHookScopeBatch, if set, runs before each transaction of a rebuild
// at Open that writes the index by chat, with the rebuild's context (ended
// by Close), the store's path and the number of keys written; an error
// ends the rebuild.
var testHookScopeBatch func(ctx context.Context, path string, written int) error

func (s *scopeBuild) key(k buildKey) []byte { return s.buf[k.off : k.off+int(k.n)] }

// collect adds the keys of every record in tx: an account's record is
// its greatest key in offenders_by_seen, and stale (its other keys, by
// account and time bits, as loadKeyTimes found them) are skipped.
func (s *scopeBuild) collect(tx *bolt.Tx, stale map[bot.AccountKey][]uint64) error {
	c := tx.Bucket(bucketOffendersBySeen).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		p, user, ok := recordKeyAccount(k)
		if !ok {
			return fmt.Errorf("%w: offender key %q", ErrCorrupt, k)
		}
		if len(stale) > 0 {
			if l, ok := stale[bot.AccountKey{Platform: bot.Platform(p), User: string(user)}]; ok {
				if _, ok := slices.BinarySearch(l, keyTime(k)); ok {
					continue // a stale copy
				}
			}
		}
		if err := s.add(p, user, v); err != nil {
			return fmt.Errorf("%w: offender %s:%s: %v", ErrCorrupt, p, user, err)
		}
	}
	return nil
}

// recordKeyAccount reads the platform and user of a key of
// offenders_by_seen, in the key.
func recordKeyAccount(k []byte) (p, user []byte, ok bool) {
	if len(k) <= 8 {
		return nil, nil, false
	}
	p, user, ok = bytes.Cut(k[8:], []byte(":"))
	return p, user, ok && len(user) > 0 && bot.Platform(p).Valid()
}

// add adds the keys of the record v of platform p's user: one a scope it
// names, once each.
func (s *scopeBuild) add(p, user, v []byte) error {
	first := len(s.keys)
	return eachRecordScope(v, func(scope []byte) {
		if len(scope) <= maxIndexedScope {
			s.addKey(p, scope, user, first)
		}
	})
}

// addNames adds the keys of the name of the record v of platform p's
// user (offenders_by_name's, in the form of offenders_by_scope's).
func (s *scopeBuild) addNames(p, user, v []byte) error {
	name, err := offenderName(v)
	if err != nil {
		return err
	}
	first := len(s.keys)
	for _, k := range foldNameKeys(name) {
		s.addKey(p, []byte(k), user, first)
	}
	return nil
}

// addKey adds the key of platform p's user under scope (or name key),
// unless the keys from the first on hold it.
func (s *scopeBuild) addKey(p, scope, user []byte, first int) {
	// doubled when full: append grows a large slice by a quarter,
	// allocating five times what it ends up holding
	if n := 2*binary.MaxVarintLen64 + len(p) + len(scope) + len(user); cap(s.buf)-len(s.buf) < n {
		s.buf = slices.Grow(s.buf, max(n, len(s.buf), 1<<16))
	}
	if len(s.keys) == cap(s.keys) {
		s.keys = slices.Grow(s.keys, max(len(s.keys), 4096))
	}
	off := len(s.buf)
	s.buf = binary.AppendUvarint(s.buf, uint64(len(p)))
	s.buf = append(s.buf, p...)
	s.buf = binary.AppendUvarint(s.buf, uint64(len(scope)))
	s.buf = append(s.buf, scope...)
	s.buf = append(s.buf, user...)
	k := buildKey{off: off, n: int32(len(s.buf) - off)}
	for _, e := range s.keys[first:] {
		if bytes.Equal(s.key(e), s.key(k)) {
			s.buf = s.buf[:off] // named twice
			return
		}
	}
	s.keys = append(s.keys, k)
}

// sort puts the keys in key order.
func (s *scopeBuild) sort() {
	slices.SortFunc(s.keys, func(a, b buildKey) int { return bytes.Compare(s.key(a), s.key(b)) })
}

// stopEvery is how many comparisons of a sort, or keys put, a rebuild of
// the indexes makes between two looks at whether Close stopped it: a
// sort of 2,000,000 keys took 2 s on a busy machine, and a batch of
// scopeBatch keys 0.6 s, which Close waited for.
const stopEvery = 1 << 14

// sortStopped is sortUnlessStopped's panic: ctx ended.
type sortStopped struct{}

// sortUnlessStopped puts the keys in key order, unless ctx ends first:
// then it returns errBuildStopped, the keys in no order.
func (s *scopeBuild) sortUnlessStopped(ctx context.Context) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(sortStopped); !ok {
				panic(r)
			}
			err = errBuildStopped
		}
	}()
	n := 0
	slices.SortFunc(s.keys, func(a, b buildKey) int {
		if n++; n%stopEvery == 0 && ctx.Err() != nil {
			panic(sortStopped{}) // out of the sort, which has no way to stop
		}
		return bytes.Compare(s.key(a), s.key(b))
	})
	return nil
}

// put puts the keys from the i-th to the j-th into b, in key order; it
// returns errBuildStopped when ctx ends first.
func (s *scopeBuild) put(ctx context.Context, b *bolt.Bucket, i, j int) error {
	b.FillPercent = 0.9 // written in order, read much more than written
	for n, k := range s.keys[i:j] {
		if n%stopEvery == stopEvery-1 && ctx.Err() != nil {
			return errBuildStopped
		}
		if err := b.Put(s.key(k), empty); err != nil {
			acct, scope, _ := splitScopeKey(s.key(k))
			return fmt.Errorf("offender %s in %s: %w", acct, trunc(scope), err)
		}
	}
	return nil
}

// eachRecordScope calls fn with every scope an offender record names in
// Restricted, Chats and Groups (a scope may come more than once), read
// from the record's bytes: the binary form is not decoded past them, and
// the bytes fn gets are the record's, valid until fn returns. A JSON
// record (schema 1-5) is decoded whole.
func eachRecordScope(v []byte, fn func(scope []byte)) error {
	r, _, ok := offenderRecord(v)
	if !ok {
		o, err := decodeOffender(v)
		if err != nil {
			return err
		}
		eachScope(o, func(s string) { fn([]byte(s)) })
		return nil
	}
	skip := func() { r.bytes() }
	skip() // platform
	skip() // user
	skip() // name
	for range r.count() {
		r.skipTime() // strikes
	}
	r.bool()      // compromised
	r.skipTime()  // since
	skip()        // evidence
	r.skipTime()  // restricted until
	for range 3 { // Restricted, Chats, Groups
		for range r.count() {
			if b := r.bytes(); r.err == nil {
				fn(b)
			}
		}
	}
	return r.err
}

// bytes reads a string field as the record's bytes.
func (r *reader) bytes() []byte {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.fail()
		return nil
	}
	b := r.b[:n:n]
	r.b = r.b[n:]
	return b
}

// skipTime reads a time field and lets it go.
func (r *reader) skipTime() {
	r.varint()
	if r.uvarint() >= 1e9 {
		r.fail()
	}
}

// scopeReadChunk is how many keys of offenders_by_seen one read
// transaction of a rebuild reads (a variable for tests): bbolt cannot map
// a growing file again while a read transaction is open, so a Commit that
// grows the file would wait for one that read every record (5-9 s of CPU
// for 1,000,000 records).
var scopeReadChunk = 4096

// testHookScopeRead, if set, runs between the read transactions of a
// rebuild at Open, with the rebuild's context (ended by Close), the
// store's path and the number of keys read.
var testHookScopeRead func(ctx context.Context, path string, read int)

// startIndexBuild begins building offenders_by_scope (scopes) and
// offenders_by_name (names) again from the records: at the Open of a
// store not closed cleanly, whose indexes may lag its records, of one
// just upgraded to schema 13 or 14 (upgradeIndexByScope,
// upgradeIndexByName), and (names alone) of one whose name keys were
// made by another version of foldNameKeys. It runs in the background while queries answer from every
// record (scopesStale, names.stale) and Commits leave the index alone,
// noting every account whose record they write (or delete), whether its
// scopes or name change or not, with those it had at Open (scopeNotes,
// nameNotes: noteAll). The records are read in key order in read
// transactions of scopeReadChunk keys, each holding commitSem, so that
// the records read, offenderKeys and the notes agree: a key that is not
// its account's record is skipped, and so is an account noted, whose
// keys at Open the notes hold; a Commit waits at most for one chunk, and
// between chunks grows the file freely. Accounts not noted have their
// records of Open, under the keys of Open, and so are met once. The keys
// are sorted and written in transactions of scopeBatch keys; then,
// holding commitSem, the keys of the noted accounts at Open are put (and
// the version of the name keys, nameKeyVersion), and the indexes and the
// notes answer: the notes take the indexes from Open's keys to the
// records'. The store's open mark (and the old version of the name keys)
// stays until then: a rebuild cut short by a crash, or one that failed, is
// made again at the next Open, which checks the store; one Close stopped
// is marked to be made again (stoppedBuildMarks). Close stops it
// between two chunks read, in a sort or in a batch written (stopEvery),
// and waits for that. A rebuild that fails is logged (Options.Log) at error
// level before Close returns, one Close stopped at info level. The
// caller holds nothing.
func (db *DB) startIndexBuild(scopes, names bool) {
	db.scopesStale = db.scopesStale || scopes
	db.names.stale = db.names.stale || names
	db.buildDone = make(chan struct{})
	ctx, stop := context.WithCancel(context.Background())
	db.buildStop = stop
	go func() {
		defer close(db.buildDone)
		err := db.buildIndexes(ctx, scopes, names)
		switch {
		case errors.Is(err, errBuildStopped):
			db.opts.Log.Info("the rebuild of the store's indexes of offenders was stopped by closing the store: the next start builds them again", "store", db.path)
		case err != nil:
			db.opts.Log.Error("the store's indexes of offenders could not be rebuilt: lookups by chat and by name read every record until the next start builds them again", "store", db.path, "err", err)
		}
		db.mu.Lock()
		db.buildErr = err
		db.mu.Unlock()
	}()
}

// stoppedBuildMarks marks the indexes a rebuild Close stopped was
// building as the upgrades to schemas 13 and 14 do, so that the next Open
// (of this version or an older one of the schema) builds them in the
// background, without checking the store again (this Open checked it):
// the index by chat pending (keyScopesPending), the keys by name of
// version 0, which no folding of names is. The caller holds db.mu.
func (db *DB) stoppedBuildMarks(tx *bolt.Tx) error {
	meta := tx.Bucket(bucketMeta)
	if db.scopesStale {
		if err := meta.Put(keyScopesPending, empty); err != nil {
			return err
		}
	}
	if db.names.stale {
		return meta.Put(keyNameKeys, binary.BigEndian.AppendUint64(nil, 0))
	}
	return nil
}

// errBuildStopped is why a rebuild of the indexes Close stopped ended.
var errBuildStopped = fmt.Errorf("%w before it ended (the next Open builds the indexes again)", ErrClosed)

// buildGoes returns nil while the rebuild is to go on, errBuildStopped
// once Close has stopped it; an error the fault hook (internal/faults)
// gives comes first.
func (db *DB) buildGoes(ctx context.Context) error {
	if err := faults.IndexBuild(db.path); err != nil {
		return err
	}
	if ctx.Err() != nil {
		return errBuildStopped
	}
	return nil
}

// indexBuild is what startIndexBuild builds: the keys of the index by
// chat (if scopes) and of the index by name (if names).
type indexBuild struct {
	scopes, names bool
	s, n          scopeBuild
}

// buildIndexes is startIndexBuild's background work.
func (db *DB) buildIndexes(ctx context.Context, scopes, names bool) error {
	b := indexBuild{scopes: scopes, names: names}
	var after []byte // the last key read
	for read := 0; ; {
		if testHookScopeRead != nil {
			testHookScopeRead(ctx, db.path, read)
		}
		if err := db.buildGoes(ctx); err != nil {
			return err
		}
		n, err := db.collectChunk(&b, &after)
		if err != nil {
			return err
		}
		if n == 0 {
			break
		}
		read += n
	}
	if scopes {
		if err := db.putBuilt(ctx, &b.s, bucketOffendersByScope, "building the index by chat", testHookScopeBatch); err != nil {
			return err
		}
	}
	if names {
		if err := db.putBuilt(ctx, &b.n, bucketOffendersByName, "building the index by name", nil); err != nil {
			return err
		}
	}
	// No Commit may run between the last notes it made and the switch:
	// the next one decides from scopesStale and names.stale whether to
	// write the indexes.
	db.commitSem <- struct{}{}
	defer func() { <-db.commitSem }()
	// the notes change only under commitSem
	var scopeOps, nameOps scopeOps
	if scopes {
		db.scopeNotes.wasOps(&scopeOps)
	}
	if names {
		db.names.wasOps(&nameOps)
	}
	err := db.update("building the indexes of offenders", func(tx *bolt.Tx) error {
		if err := scopeOps.apply(tx.Bucket(bucketOffendersByScope)); err != nil {
			return err
		}
		if scopes {
			if err := tx.Bucket(bucketMeta).Delete(keyScopesPending); err != nil {
				return err
			}
		}
		if !names {
			return nil
		}
		if err := nameOps.apply(tx.Bucket(bucketOffendersByName)); err != nil {
			return err
		}
		return putNameKeyVersion(tx)
	})
	if err != nil {
		return err
	}
	db.mu.Lock()
	defer db.mu.Unlock()
	if scopes {
		db.scopesStale = false
	}
	if names {
		db.names.stale = false
	}
	return nil
}

// putBuilt writes the keys of s into bucket, emptied first, in key order
// and in transactions of scopeBatch keys; hook, if set, runs before each
// with the number of keys written. It ends with errBuildStopped when ctx
// ends, before or during the sort or a transaction (which is then rolled
// back).
func (db *DB) putBuilt(ctx context.Context, s *scopeBuild, bucket []byte, what string, hook func(ctx context.Context, path string, written int) error) error {
	if err := db.buildGoes(ctx); err != nil {
		return err
	}
	if err := s.sortUnlessStopped(ctx); err != nil {
		return err
	}
	for i := 0; i == 0 || i < len(s.keys); i += scopeBatch {
		if hook != nil {
			if err := hook(ctx, db.path, i); err != nil {
				return err
			}
		}
		if err := db.buildGoes(ctx); err != nil {
			return err
		}
		err := db.update(what, func(tx *bolt.Tx) error {
			if i == 0 {
				if err := tx.DeleteBucket(bucket); err != nil {
					return err
				}
				if _, err := tx.CreateBucket(bucket); err != nil {
					return err
				}
			}
			return s.put(ctx, tx.Bucket(bucket), i, min(i+scopeBatch, len(s.keys)))
		})
		if err != nil {
			return err
		}
	}
	s.buf, s.keys = nil, nil
	return nil
}

// collectChunk adds to b the keys of the next scopeReadChunk keys of
// offenders_by_seen after *after (from the first if nil), in one read
// transaction, holding commitSem; it sets *after to the last key read and
// returns how many it read (0: none was left).
func (db *DB) collectChunk(b *indexBuild, after *[]byte) (n int, err error) {
	db.commitSem <- struct{}{}
	defer func() { <-db.commitSem }()
	err = db.protect("reading the records for the indexes of offenders", func() error {
		tx, err := db.bolt.Begin(false)
		if err != nil {
			return err
		}
		defer func() { _ = tx.Rollback() }()
		c := tx.Bucket(bucketOffendersBySeen).Cursor()
		var k, v []byte
		if *after == nil {
			k, v = c.First()
		} else if k, v = c.Seek(*after); k != nil && bytes.Equal(k, *after) {
			k, v = c.Next()
		}
		for ; k != nil && n < scopeReadChunk; k, v = c.Next() {
			n++
			*after = append((*after)[:0], k...)
			p, user, ok := recordKeyAccount(k)
			if !ok {
				return fmt.Errorf("%w: offender key %q", ErrCorrupt, k)
			}
			acct := bot.AccountKey{Platform: bot.Platform(p), User: string(user)}
			// the notes and offenderKeys change only under commitSem
			if bits, ok := db.offenderKeys[acct]; !ok || bits != keyTime(k) {
				continue // a stale copy
			}
			// an account noted has its keys at Open put from the notes
			if b.scopes && db.scopeNotes.find(acct) < 0 {
				if err := b.s.add(p, user, v); err != nil {
					return fmt.Errorf("%w: offender %s: %v", ErrCorrupt, acct, err)
				}
			}
			if b.names && db.names.find(acct) < 0 {
				if err := b.n.addNames(p, user, v); err != nil {
					return fmt.Errorf("%w: offender %s: %v", ErrCorrupt, acct, err)
				}
			}
		}
		return nil
	})
	return n, err
}

// IndexBuild waits for the background rebuild of the indexes of offenders
// begun at Open (after an unclean stop, an upgrade, or name keys of
// another version) to end, and returns why it failed: nil when it
// succeeded or none ran, ctx's error when ctx ends first, an error
// wrapping ErrClosed when Close stopped it. A failed rebuild loses
// nothing: lookups by chat and by name read every record until the next
// Open builds the indexes again; but an admin should hear of it (a full
// disk, a damaged record): Options.Log has it.
func (db *DB) IndexBuild(ctx context.Context) error {
	if db.buildDone == nil {
		return nil
	}
	select {
	case <-db.buildDone:
	case <-ctx.Done():
		return ctx.Err()
	}
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.buildErr != nil {
		return fmt.Errorf("rebuilding the indexes of offenders in %s: %w", db.path, db.buildErr)
	}
	return nil
}

// stopIndexBuild stops a rebuild in progress (between two chunks read, in
// a sort or a batch written: stopEvery) and waits for it to end (Close).
func (db *DB) stopIndexBuild() {
	if db.buildDone != nil {
		db.buildStop()
		<-db.buildDone
	}
}

// rebuildScopes builds offenders_by_scope again from the records of b,
// whose stale copies are stale, at once: startIndexBuild's work, for
// benchmarks and tests that compare them.
func rebuildScopes(b *bolt.DB, stale map[bot.AccountKey][]uint64) error {
	var s scopeBuild
	if err := b.View(func(tx *bolt.Tx) error { return s.collect(tx, stale) }); err != nil {
		return err
	}
	s.sort()
	return b.Update(func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketOffendersByScope); err != nil {
			return err
		}
		bk, err := tx.CreateBucket(bucketOffendersByScope)
		if err != nil {
			return err
		}
		return s.put(context.Background(), bk, 0, len(s.keys))
	})
}

// keyScopesPending is the meta key set while offenders_by_scope is to be
// built from the records (by startIndexBuild): the upgrade to schema 13
// sets it, and the build deletes it once the index is written.
var keyScopesPending = []byte("scope_index_pending")

// upgradeIndexByScope is the upgrade to schema 13: offenders_by_scope,
// made empty, to be built from the records after Open, in the background
// (keyScopesPending), so that the bot answers meanwhile; a store without
// a record has it whole at once.
func upgradeIndexByScope(tx *bolt.Tx) error {
	if _, err := tx.CreateBucketIfNotExists(bucketOffendersByScope); err != nil {
		return err
	}
	if k, _ := tx.Bucket(bucketOffendersBySeen).Cursor().First(); k == nil {
		return nil
	}
	return tx.Bucket(bucketMeta).Put(keyScopesPending, empty)
}

// scopesPending reports whether offenders_by_scope is to be built from the
// records (keyScopesPending).
func scopesPending(b *bolt.DB) (bool, error) {
	var pending bool
	err := b.View(func(tx *bolt.Tx) error {
		pending = tx.Bucket(bucketMeta).Get(keyScopesPending) != nil
		return nil
	})
	return pending, err
}

// offendersByScope builds offenders_by_scope from the records in
// offenders_by_seen, in one transaction (the upgrade to schema 13 before
// it was made in the background, for tests and benchmarks).
func offendersByScope(tx *bolt.Tx) error {
	b, err := tx.CreateBucketIfNotExists(bucketOffendersByScope)
	if err != nil {
		return err
	}
	_, stale, err := loadKeyTimes(tx, bucketOffendersBySeen)
	if err != nil {
		return err
	}
	var s scopeBuild
	if err := s.collect(tx, stale.of); err != nil {
		return err
	}
	s.sort()
	return s.put(context.Background(), b, 0, len(s.keys))
}
