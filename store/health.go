package store

import (
	"context"
	"fmt"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
)

// keyProbe is the meta key Probe writes.
var keyProbe = []byte("probe")

// CommitHook is called after every transaction a Commit runs, with how
// long it took and its error.
type CommitHook func(took time.Duration, err error)

// commitHook holds the hook; nil when none is set.
type commitHook struct{ fn atomic.Pointer[CommitHook] }

// SetCommitHook sets fn to be called after every write transaction a
// Commit runs, with how long it took: for the commit latency metric. It
// must return at once. Nil removes the hook.
func (db *DB) SetCommitHook(fn CommitHook) {
	if fn == nil {
		db.hook.fn.Store(nil)
		return
	}
	db.hook.fn.Store(&fn)
}

func (db *DB) observeCommit(took time.Duration, err error) {
	if p := db.hook.fn.Load(); p != nil {
		(*p)(took, err)
	}
}

// Size returns how many bytes the store's data takes in its file.
func (db *DB) Size(_ context.Context) (int64, error) {
	var n int64
	err := db.view("size", func(tx *bolt.Tx) error {
		n = tx.Size()
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store size: %w", boltErr(err))
	}
	return n, nil
}

// Probe checks that the store takes writes: a write transaction that
// records the time in the meta bucket, synced like any commit. It fails on
// a store opened read-only, one that stopped (Err), or a file or disk that
// refuses the write.
func (db *DB) Probe(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if db.opts.ReadOnly {
		return fmt.Errorf("probe: %w", ErrReadOnly)
	}
	err := db.update("a probe", func(tx *bolt.Tx) error {
		b, err := time.Now().UTC().MarshalBinary()
		if err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keyProbe, b)
	})
	if err != nil {
		return fmt.Errorf("probe: %w", boltErr(err))
	}
	return nil
}

// Writes counts what the store's commits have written since Open: the
// figures the long-stream benchmarks report, which the machine's load does
// not change.
type Writes struct {
	Pages           int64 // pages bbolt wrote (its TxStats.Write)
	OffenderRecords int64 // offender records encoded and put
	OffenderBytes   int64 // their bytes
	StaleOffenders  int   // stale copies of offender records in the file now (see staleCopies)
	StaleFirstLinks int   // and of first links
}

// Writes returns the counts of what the store's commits have written.
func (db *DB) Writes() Writes {
	st := db.bolt.Stats()
	db.mu.Lock()
	staleOffenders, staleFirstLinks := db.offenderStale.n, db.firstLinkStale.n
	db.mu.Unlock()
	return Writes{
		StaleOffenders:  staleOffenders,
		StaleFirstLinks: staleFirstLinks,
		Pages:           st.TxStats.GetWrite(),
		OffenderRecords: db.offenderPuts.Load(),
		OffenderBytes:   db.offenderBytes.Load(),
	}
}
