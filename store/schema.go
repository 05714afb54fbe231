package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"os"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// Bucket names. The layout is described in doc.go.
var (
	bucketMeta             = []byte("meta")
	bucketOffenders        = []byte("offenders")         // before schema 8
	bucketOffendersBySeen  = []byte("offenders_by_seen") // an index before schema 8, the records since
	bucketChats            = []byte("chats")
	bucketLists            = []byte("lists")
	bucketSightings        = []byte("link_sightings")
	bucketOldSightings     = []byte("sightings")         // before schema 3
	bucketOldSightingsBy   = []byte("sightings_by_time") // before schema 3
	bucketAudit            = []byte("audit")
	bucketFirstLinks       = []byte("first_links") // before schema 8
	bucketFirstLinksByTime = []byte("first_links_by_time")
	bucketOutbox           = []byte("outbox") // before schema 9
	bucketOutboxByTime     = []byte("outbox_by_time")
	bucketJudged           = []byte("judged")         // before schema 8
	bucketJudgedByTime     = []byte("judged_by_time") // an index before schema 8, the records since
	bucketCases            = []byte("cases")
	bucketCaseScopes       = []byte("case_scopes")
	bucketCaseRefs         = []byte("case_refs")
	bucketExpansions       = []byte("expansions")
	bucketOffendersByScope = []byte("offenders_by_scope")
	bucketOffendersByName  = []byte("offenders_by_name")

	keySchemaVersion = []byte("schema_version")
)

// dataBuckets are the buckets every store at the current version has.
var dataBuckets = [][]byte{
	bucketOffendersBySeen, bucketChats, bucketLists,
	bucketSightings, bucketAudit, bucketFirstLinksByTime, bucketOutboxByTime,
	bucketJudgedByTime,
	bucketCases, bucketCaseScopes, bucketCaseRefs,
	bucketExpansions, bucketOffendersByScope, bucketOffendersByName,
}

// v1Buckets are the buckets schema version 1 created. Migration steps keep
// to what their version had, whatever the current layout is.
var v1Buckets = [][]byte{
	bucketOffenders, bucketOffendersBySeen, bucketChats, bucketLists,
	bucketOldSightings, bucketOldSightingsBy, bucketAudit,
}

// migration takes a store from one schema version to the next. It runs in
// the write transaction that also records the new version, so a step either
// happens entirely or not at all.
type migration struct {
	name string
	up   func(tx *bolt.Tx) error
}

// migrations[n] takes a store from version n to n+1. Version 0 is a file
// without a meta bucket: a new file, or one written before the schema had a
// version. Append a step for every change to buckets, keys or records.
var migrations = []migration{
	{name: "create buckets", up: createBuckets},
	{name: "first links", up: func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bucketFirstLinks)
		return err
	}},
	{name: "sightings keyed by time", up: sightingsByTime},
	{name: "outbox", up: func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bucketOutbox)
		return err
	}},
	{name: "judged messages", up: func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bucketJudged)
		if err == nil {
			_, err = tx.CreateBucketIfNotExists(bucketJudgedByTime)
		}
		return err
	}},
	{name: "cases", up: func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bucketCases, bucketCaseScopes, bucketCaseRefs} {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		return nil
	}},
	{name: "expansions", up: func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bucketExpansions)
		return err
	}},
	{name: "records keyed by time", up: recordsByTime},
	{name: "outbox keyed by time", up: outboxByTime},
	// Offender records written from now on may end with the end of each
	// mute (bot.Offender.RestrictedEnds), which older builds cannot read;
	// the records before read as they are.
	{name: "mute ends", up: func(*bolt.Tx) error { return nil }},
	// offenders_by_seen may hold stale copies of a record under earlier
	// keys (staleCopies): an account's record is its greatest key, which
	// older builds do not know. A file at version 10 has none.
	{name: "stale offender copies", up: func(*bolt.Tx) error { return nil }},
	// first_links_by_time too, which builds at version 11 do not know
	// (their prune would delete a first link for its stale copy).
	{name: "stale first-link copies", up: func(*bolt.Tx) error { return nil }},
	// The indexes are built from the records after Open, in the
	// background (upgradeIndexByScope, upgradeIndexByName).
	{name: "offenders by scope", up: upgradeIndexByScope},
	{name: "offenders by name", up: upgradeIndexByName},
}

// SchemaVersion is the schema version this build writes and the highest it
// can open.
const SchemaVersion = 14

func init() {
	if len(migrations) != SchemaVersion {
		panic("store: SchemaVersion does not match the migration table")
	}
}

func createBuckets(tx *bolt.Tx) error {
	for _, name := range v1Buckets {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return fmt.Errorf("bucket %s: %w", name, err)
		}
	}
	return nil
}

// sightingsByTime moves the sightings from the account-first bucket and its
// time index (schema 1 and 2) to one bucket keyed by time first (schema 3):
// new sightings are then appended at the end of the file's tree, and the
// store reads them from memory.
func sightingsByTime(tx *bolt.Tx) error {
	nb, err := tx.CreateBucketIfNotExists(bucketSightings)
	if err != nil {
		return err
	}
	old := tx.Bucket(bucketOldSightings)
	if old != nil {
		err := old.ForEach(func(k, v []byte) error {
			if len(k) < 17 || k[len(k)-17] != 0 {
				return nil
			}
			key := append(bytes.Clone(k[len(k)-16:]), k[:len(k)-17]...)
			return nb.Put(key, v)
		})
		if err != nil {
			return err
		}
	}
	for _, name := range [][]byte{bucketOldSightings, bucketOldSightingsBy} {
		if tx.Bucket(name) != nil {
			if err := tx.DeleteBucket(name); err != nil {
				return err
			}
		}
	}
	return nil
}

// recordsByTime keys offender records by their LastSeen, first links by
// their time and the records of judged messages by their time (schema 8),
// where they were keyed by account and message with time indexes beside
// (schema 7): a record written now is appended at the end of its tree, so
// that a commit dirties a few pages of each bucket instead of one page per
// record all over the file, and the indexes go. The records are rewritten
// in the binary form.
func recordsByTime(tx *bolt.Tx) error {
	rebuild := func(name []byte) (*bolt.Bucket, error) {
		if tx.Bucket(name) != nil {
			if err := tx.DeleteBucket(name); err != nil {
				return nil, err
			}
		}
		return tx.CreateBucket(name)
	}
	offenders, err := rebuild(bucketOffendersBySeen)
	if err != nil {
		return err
	}
	err = tx.Bucket(bucketOffenders).ForEach(func(k, v []byte) error {
		acct, ok := bot.ParseAccountKey(string(k))
		o, err := decodeOffender(v)
		if !ok || err != nil {
			return fmt.Errorf("%w: offender %q: %v", ErrCorrupt, k, err)
		}
		o.Account = acct
		enc, err := encodeOffender(o)
		if err != nil {
			return fmt.Errorf("%w: offender %q: %v", ErrCorrupt, k, err)
		}
		return offenders.Put(seenKey(o.LastSeen, acct), enc)
	})
	if err != nil {
		return err
	}
	first, err := tx.CreateBucketIfNotExists(bucketFirstLinksByTime)
	if err != nil {
		return err
	}
	err = tx.Bucket(bucketFirstLinks).ForEach(func(k, v []byte) error {
		acct, ok := bot.ParseAccountKey(string(k))
		if !ok || len(v) != 8 {
			return fmt.Errorf("%w: first link %q", ErrCorrupt, k)
		}
		// the value was the time's Unix nanoseconds; a key holds timeBits
		return first.Put(accountTimeKey(binary.BigEndian.Uint64(v)^1<<63, acct), empty)
	})
	if err != nil {
		return err
	}
	judged, err := rebuild(bucketJudgedByTime)
	if err != nil {
		return err
	}
	err = tx.Bucket(bucketJudged).ForEach(func(k, v []byte) error {
		m, ok := splitJudgedKey(k)
		j, err := decodeJudged(v)
		if !ok || err != nil {
			return fmt.Errorf("%w: judged message %q: %v", ErrCorrupt, k, err)
		}
		j.Message = m
		enc, err := encodeJudged(j)
		if err != nil {
			return fmt.Errorf("%w: judged message %q: %v", ErrCorrupt, k, err)
		}
		return judged.Put(judgedTimeKey(j.Time, m), enc)
	})
	if err != nil {
		return err
	}
	for _, name := range [][]byte{bucketOffenders, bucketFirstLinks, bucketJudged} {
		if err := tx.DeleteBucket(name); err != nil {
			return err
		}
	}
	return nil
}

// outboxByTime keys the outbox's tasks by the time they were decided, in
// the binary form (schema 9), where they were keyed by platform and id
// (schema 8): tasks are appended as they are decided, and retention
// prunes them from the start without reading them.
func outboxByTime(tx *bolt.Tx) error {
	nb, err := tx.CreateBucketIfNotExists(bucketOutboxByTime)
	if err != nil {
		return err
	}
	err = tx.Bucket(bucketOutbox).ForEach(func(k, v []byte) error {
		t, err := decodeTask(v)
		if err != nil {
			return fmt.Errorf("%w: task %q: %v", ErrCorrupt, k, err)
		}
		enc, err := encodeTask(t)
		if err != nil {
			return fmt.Errorf("%w: task %q: %v", ErrCorrupt, k, err)
		}
		return nb.Put(taskKey{t.Platform, t.ID}.bytes(timeBits(t.Time)), enc)
	})
	if err != nil {
		return err
	}
	return tx.DeleteBucket(bucketOutbox)
}

// schemaVersion reads the version recorded in the meta bucket; a file
// without one is version 0 if it holds no buckets at all.
func schemaVersion(tx *bolt.Tx) (uint64, error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		foreign := ""
		_ = tx.ForEach(func(name []byte, _ *bolt.Bucket) error {
			foreign = string(name)
			return errStop
		})
		if foreign != "" {
			return 0, fmt.Errorf("%w: bucket %q but no schema version: not an immune store", ErrCorrupt, foreign)
		}
		return 0, nil
	}
	v := meta.Get(keySchemaVersion)
	if len(v) != 8 {
		return 0, fmt.Errorf("%w: meta bucket without a schema version", ErrCorrupt)
	}
	return binary.BigEndian.Uint64(v), nil
}

var errStop = errors.New("stop")

// migrate brings the store up to len(steps), one write transaction a step.
func migrate(db *bolt.DB, steps []migration) error {
	for {
		var done bool
		err := db.Update(func(tx *bolt.Tx) error {
			v, err := schemaVersion(tx)
			if err != nil {
				return err
			}
			if v >= uint64(len(steps)) {
				done = true
				return nil
			}
			step := steps[v]
			if err := step.up(tx); err != nil {
				return fmt.Errorf("migrate schema %d to %d (%s): %w", v, v+1, step.name, err)
			}
			meta, err := tx.CreateBucketIfNotExists(bucketMeta)
			if err != nil {
				return fmt.Errorf("migrate schema %d to %d: %w", v, v+1, err)
			}
			return meta.Put(keySchemaVersion, binary.BigEndian.AppendUint64(nil, v+1))
		})
		if err != nil || done {
			return err
		}
	}
}

// checkSchema opens the store at the version this build knows: it migrates an
// older store (unless read-only), and refuses a newer one or a damaged one.
func checkSchema(db *bolt.DB, readOnly bool) error {
	var v uint64
	if err := db.View(func(tx *bolt.Tx) (err error) {
		v, err = schemaVersion(tx)
		return err
	}); err != nil {
		return err
	}
	switch {
	case v > SchemaVersion:
		return fmt.Errorf("%w: the file is at version %d, this build knows up to %d", ErrNewerSchema, v, SchemaVersion)
	case v < SchemaVersion && readOnly:
		return fmt.Errorf("schema version %d needs migrating to %d, which a read-only open cannot do", v, SchemaVersion)
	case v < SchemaVersion:
		if err := migrate(db, migrations); err != nil {
			return err
		}
	}
	return db.View(func(tx *bolt.Tx) error {
		for _, name := range dataBuckets {
			if tx.Bucket(name) == nil {
				return fmt.Errorf("%w: bucket %s is missing", ErrCorrupt, name)
			}
		}
		return nil
	})
}

// bbolt's file header, read by checkFile. bbolt maps the file into memory and
// trusts its meta page, so a file cut short makes it fault on the first page
// past the end, which kills the process; checkFile refuses such a file first.
// The layout is bbolt's format version 2: a page header of 16 bytes, then the
// meta fields, in the machine's byte order.
const (
	boltMagic        = 0xED0CDAED
	boltVersion      = 2
	pageHeaderSize   = 16
	metaSize         = 64 // magic .. checksum
	metaChecksumFrom = 56 // bytes of meta covered by the checksum
)

type boltMeta struct {
	pageSize uint32
	pgid     uint64 // high-water mark: pages in use
	txid     uint64
}

// readMeta decodes the meta page at off; ok is false if it is not a valid one.
func readMeta(f *os.File, off int64) (boltMeta, bool) {
	var buf [pageHeaderSize + metaSize]byte
	if _, err := f.ReadAt(buf[:], off); err != nil {
		return boltMeta{}, false
	}
	m := buf[pageHeaderSize:]
	ne := binary.NativeEndian
	if ne.Uint32(m[0:]) != boltMagic || ne.Uint32(m[4:]) != boltVersion {
		return boltMeta{}, false
	}
	h := fnv.New64a()
	h.Write(m[:metaChecksumFrom])
	if h.Sum64() != ne.Uint64(m[metaChecksumFrom:]) {
		return boltMeta{}, false
	}
	return boltMeta{pageSize: ne.Uint32(m[8:]), pgid: ne.Uint64(m[40:]), txid: ne.Uint64(m[48:])}, true
}

// checkFile refuses a file that bbolt could not open safely: one that is not
// a bbolt file at all, or one shorter than its own meta page says it is. A
// missing file is fine: bbolt creates it. An empty one is refused unless
// allowEmpty.
func checkFile(path string, allowEmpty bool) error {
	f, err := os.Open(path)
	if err != nil {
		return nil // bbolt reports it, or creates the file
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return nil
	}
	if st.Size() == 0 {
		if allowEmpty {
			return nil
		}
		return fmt.Errorf("%w: it holds no store at all (0 bytes); a new store is made in an empty file only when asked to", ErrEmptyFile)
	}
	size := st.Size()
	var best boltMeta
	var found bool
	consider := func(m boltMeta, ok bool) {
		if ok && (!found || m.txid > best.txid) {
			best, found = m, true
		}
	}
	m0, ok0 := readMeta(f, 0)
	consider(m0, ok0)
	if ok0 {
		consider(readMeta(f, int64(m0.pageSize)))
	} else {
		// The first meta page is damaged: look for the second at every page
		// size bbolt might have used, as bbolt does.
		for i := 0; i <= 14; i++ {
			consider(readMeta(f, int64(1024)<<i))
		}
	}
	if !found {
		return fmt.Errorf("%w: no valid bbolt meta page in %d bytes", ErrCorrupt, size)
	}
	if need := int64(best.pgid) * int64(best.pageSize); size < need || size < 2*int64(best.pageSize) {
		return fmt.Errorf("%w: truncated: %d bytes, its meta page needs %d", ErrCorrupt, size, max(need, 2*int64(best.pageSize)))
	}
	return nil
}
