package store

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"log/slog"
	"runtime"
	"runtime/debug"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"github.com/immunebot/immune/bot"
)

// The errors Open and the methods of DB return; test for them with errors.Is.
var (
	// ErrLocked is returned by Open when another process (or another Open in
	// this one) holds the file and does not let go within Options.Timeout.
	ErrLocked = errors.New("store is locked by another process")
	// ErrCorrupt is returned by Open when the file is not a bbolt file, is
	// cut short, is a bbolt file of some other program, or bbolt finds it
	// damaged. Open never resets such a file.
	ErrCorrupt = errors.New("store is corrupt")
	// ErrNewerSchema is returned by Open when the file was written by a newer
	// immune whose schema version this build does not know; the message
	// names both versions.
	ErrNewerSchema = errors.New("store schema is newer than this build")
	// ErrReadOnly is returned by Commit (and so by Backup) on a store opened
	// with Options.ReadOnly that has buffered writes.
	ErrReadOnly = errors.New("store is read-only")
	// ErrClosed is returned by every method called after Close.
	ErrClosed = errors.New("store is closed")
	// ErrEmptyFile is returned by Open for a file of zero bytes, unless
	// Options.AllowEmpty: a store that should hold a record and holds
	// nothing (a failed copy, a truncated volume) is never taken for a
	// new one.
	ErrEmptyFile = errors.New("store file is empty")
)

// Defaults for the zero fields of Options.
const (
	// DefaultTimeout is how long Open waits for the file lock.
	DefaultTimeout = time.Second
	// DefaultAuditRetention is how long audit entries are kept.
	DefaultAuditRetention = 90 * 24 * time.Hour
	// DefaultSightingRetention is how long link sightings are kept.
	DefaultSightingRetention = 24 * time.Hour
	// DefaultJudgedRetention is how long the record of a flagged message is
	// kept: the default strike lifetime, after which a message judged again
	// could not double a strike anyway.
	DefaultJudgedRetention = 30 * 24 * time.Hour
	// DefaultOffenderRetention is how long an offender record is kept
	// after the account was last flagged: long past its strikes (30 days)
	// and restrictions, so that offenders and the admin's view of them
	// stay, while the records of a year of spam accounts do not pile up.
	DefaultOffenderRetention = 180 * 24 * time.Hour
	// DefaultCompromisedTTL is how long a compromised mark holds, for
	// pruning: a record marked compromised more recently is kept whatever
	// its age. It matches the engine's default.
	DefaultCompromisedTTL = 30 * 24 * time.Hour
	// DefaultFirstLinkRetention is how long the engine's note of an
	// account's last link is kept.
	DefaultFirstLinkRetention = 180 * 24 * time.Hour
	// DefaultOutboxRetention is how long a task no adapter carried out is
	// kept: longer than any platform's delete window.
	DefaultOutboxRetention = 15 * 24 * time.Hour
	// DefaultExpansionRetention is how long expansions of shortened links
	// are kept.
	DefaultExpansionRetention = 24 * time.Hour
	// DefaultCacheSize is how many offender records (and, apart, chat
	// settings) the in-memory cache holds, absences included.
	DefaultCacheSize = 1 << 16
)

// pruneInterval is how often Commit prunes by retention, by Options.Now.
const pruneInterval = time.Minute

// Options configure Open. The zero value is ready to use.
type Options struct {
	// Timeout is how long Open waits for the file lock before it returns
	// ErrLocked; zero means DefaultTimeout, a negative value tries once.
	Timeout time.Duration
	// AllowEmpty lets Open make a new store in an existing file of zero
	// bytes, which it refuses otherwise (ErrEmptyFile). A missing file is
	// always created.
	AllowEmpty bool
	// Check makes Open check the whole file (as it does anyway when the
	// last process to write it did not close it) before using it.
	Check bool
	// ReadOnly opens the file with a shared lock and never writes it:
	// writes are still buffered, but Commit returns ErrReadOnly.
	ReadOnly bool
	// Now is the clock that times automatic pruning and stamps audit
	// entries without a time; nil means time.Now.
	Now func() time.Time
	// AuditRetention is how long audit entries are kept: Commit forgets
	// older ones. Zero means DefaultAuditRetention, negative keeps them all.
	AuditRetention time.Duration
	// SightingRetention is how long link sightings are kept: Commit forgets
	// older ones. Zero means DefaultSightingRetention, negative keeps them all.
	SightingRetention time.Duration
	// JudgedRetention is how long the record of a flagged message
	// (bot.Judged) is kept after its latest version: Commit forgets older
	// ones. Give it the strike lifetime (policy.strike_ttl), so that a
	// message re-sent or edited while its strike lives never counts twice.
	// Zero means DefaultJudgedRetention, negative keeps them all.
	JudgedRetention time.Duration
	// OffenderRetention is how long an offender record is kept after the
	// account's last flagged message (Offender.LastSeen); a record whose
	// compromised mark is younger than CompromisedTTL is kept anyway. Zero
	// means DefaultOffenderRetention, negative keeps them all.
	OffenderRetention time.Duration
	// CompromisedTTL is how long a compromised mark holds (the engine's
	// Config.CompromisedTTL); zero means DefaultCompromisedTTL.
	CompromisedTTL time.Duration
	// FirstLinkRetention is how long an account's first-link record is
	// kept after it was last set; zero means DefaultFirstLinkRetention,
	// negative keeps them all.
	FirstLinkRetention time.Duration
	// OutboxRetention is how long a task not marked done is kept (one no
	// adapter runs for); zero means DefaultOutboxRetention, negative
	// keeps them all.
	OutboxRetention time.Duration
	// ExpansionRetention is how long expansions of shortened links are
	// kept: a Commit that writes anything forgets older ones. Zero means
	// DefaultExpansionRetention, negative keeps them all.
	ExpansionRetention time.Duration
	// CacheSize bounds the in-memory cache of offender records (and, apart,
	// of chat settings), counting the cached "no record" answers; zero means
	// DefaultCacheSize.
	CacheSize int
	// Log receives what the store has to tell an admin on its own: a
	// rebuild of the indexes in the background (IndexBuild) that failed,
	// at error level, before Close returns; nil logs nothing.
	Log *slog.Logger
}

func (o Options) withDefaults() Options {
	if o.Timeout == 0 {
		o.Timeout = DefaultTimeout
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.AuditRetention == 0 {
		o.AuditRetention = DefaultAuditRetention
	}
	if o.SightingRetention == 0 {
		o.SightingRetention = DefaultSightingRetention
	}
	if o.JudgedRetention == 0 {
		o.JudgedRetention = DefaultJudgedRetention
	}
	if o.OffenderRetention == 0 {
		o.OffenderRetention = DefaultOffenderRetention
	}
	if o.CompromisedTTL <= 0 {
		o.CompromisedTTL = DefaultCompromisedTTL
	}
	if o.FirstLinkRetention == 0 {
		o.FirstLinkRetention = DefaultFirstLinkRetention
	}
	if o.OutboxRetention == 0 {
		o.OutboxRetention = DefaultOutboxRetention
	}
	if o.ExpansionRetention == 0 {
		o.ExpansionRetention = DefaultExpansionRetention
	}
	if o.CacheSize <= 0 {
		o.CacheSize = DefaultCacheSize
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	return o
}

// DB is immune's store on one bbolt file. It implements bot.Store; every
// method is safe for concurrent use. Writes are buffered in memory, visible
// to reads at once, and durable once Commit returns nil; see the package
// documentation.
type DB struct {
	bolt *bolt.DB
	path string
	opts Options

	locks     accountLocks  // UpdateAccount's
	commitSem chan struct{} // held by the one flush in progress
	commits   atomic.Uint64 // write transactions run by Commit
	// offender records (and their bytes) committed, for Writes
	offenderPuts, offenderBytes atomic.Int64
	hook                        commitHook // SetCommitHook's

	testHookFlushing func() // if set, runs while a Commit's layer is being written

	mu         sync.Mutex
	closed     bool
	top        *layer // takes every write
	flushing   *layer // being written by Commit, or nil
	spare      *layer // the layer last written, emptied: the next top layer
	writeSeq   uint64 // writes made
	durableSeq uint64 // writes known durable
	lastPrune  time.Time
	// offenderKeys and firstLinkKeys are the accounts the file has an
	// offender record and a first link of, with the time their key begins
	// with (see keyTimes). The first link's time is all there is of it:
	// FirstLink answers from here.
	offenderKeys, firstLinkKeys keyTimes
	// offenderStale and firstLinkStale are the stale copies of offender
	// records and first links in the file (see staleCopies).
	offenderStale, firstLinkStale *staleCopies
	// scopeNotes are the accounts whose records changed their scopes
	// since the index by scope was last written (see scopes.go);
	// scopesStale is set when the index may lag the records and cannot
	// be rebuilt (a read-only open of a store not closed cleanly).
	scopeNotes   scopeNotes
	scopesStale  bool
	scopeFlushAt int
	names        nameIndex // the index by name's (see names.go)
	// buildDone is closed when the rebuild of the indexes after an
	// unclean stop (startIndexBuild) has ended (nil when none ran);
	// buildErr is why it failed, if it did (the index is then built at
	// the next Open); buildStop stops it (Close).
	buildDone chan struct{}
	buildErr  error
	buildStop context.CancelFunc
	// expansionCursor is where the next prune pass over expansions starts.
	expansionCursor []byte
	offenders       cache[bot.AccountKey, *bot.Offender]
	chats           cache[bot.ChatKey, *bot.ChatSettings]
	lists           map[listKey]*bot.ListEntry // every committed entry
	// sights mirrors the sightings in the file, so that reading an
	// account's recent sightings costs no transaction. Sightings are few
	// (they are pruned after SightingRetention) and read on every link.
	sights map[bot.AccountKey]sightList
	// sightScratch is RecentSightings' list of what it found, kept for
	// the next call (under mu): a link's sender is asked about at every
	// link.
	sightScratch []sightEntry
	failure      atomic.Pointer[error] // why the store stopped (see guard), or nil
	failCh       chan struct{}         // closed when it stops
	checked      time.Duration         // how long the check at Open took; 0 if none ran

	// judged indexes the judged records in the file: the hash of each
	// message (judgedHash) and the time bits of its record. A message
	// not in it has no record, and asking costs no transaction.
	judged map[uint64]uint64
	// judgedFloor is at most the least time bits in judged (0 when not
	// known), so that a Commit's prune goes through judged only when it
	// has something to forget: each Commit of a scan prunes, and the
	// records of a month of flagged messages are kept.
	judgedFloor uint64
	// tasks are the outbox's tasks in the file, with the time bits their
	// keys begin with.
	tasks map[taskKey]uint64
	// chatKeys are the chats the file has settings of: a scan's chats
	// mostly have none, and asking costs no transaction.
	chatKeys map[bot.ChatKey]struct{}
}

var (
	_ bot.Store    = (*DB)(nil)
	_ bot.Exporter = (*DB)(nil)
)

// Open opens the store at path, creating it if it does not exist (unless
// opts.ReadOnly), and migrates it to SchemaVersion. It returns an error
// wrapping ErrLocked, ErrCorrupt, ErrNewerSchema or ErrEmptyFile when the
// file cannot be used as it is; it never resets a file.
//
// A store the last process to write it did not close (a crash, a kill, a
// power cut) is checked whole before use: every record is read and decoded
// and bbolt's consistency check run (Checked says how long it took). A
// damaged one is refused with ErrCorrupt and the problems found.
func Open(path string, opts Options) (*DB, error) {
	opts = opts.withDefaults()
	db, err := open(path, opts)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return db, nil
}

// initialMmap is the size bbolt maps the file at from the start: 1 GiB of
// address space on 64-bit systems, so that the map is not made again each
// time the file doubles on its way there (32 KiB, 64 KiB, … 512 MiB): each
// new map loses the pages read through the old one, and reading them again
// costs a page fault each (3,500–7,000 of them in an immune scan of 100,000
// lines, BENCHMARKS.md), and each waits for every read transaction to end.
// The file itself grows as before. Not on Windows, where bbolt makes the
// file that large at once, nor on 32-bit systems, short of address space;
// and where the address space is limited (ulimit -v) and has no room for
// the map, Open maps the file at its size instead.
var initialMmap = func() int {
	if runtime.GOOS == "windows" || strconv.IntSize < 64 {
		return 0
	}
	return 1 << 30
}()

func open(path string, opts Options) (db *DB, err error) {
	if err := checkFile(path, opts.AllowEmpty); err != nil {
		return nil, err
	}
	// bbolt reads the file through a memory map and panics on pages it
	// cannot make sense of; at open, turn that into ErrCorrupt.
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	var b *bolt.DB
	defer func() {
		if r := recover(); r != nil {
			if b != nil {
				_ = b.Close()
			}
			db, err = nil, fmt.Errorf("%w: bbolt panicked reading it: %v", ErrCorrupt, r)
		}
	}()
	bopts := &bolt.Options{Timeout: opts.Timeout, ReadOnly: opts.ReadOnly, InitialMmapSize: initialMmap}
	b, err = bolt.Open(path, 0o600, bopts)
	if err != nil && bopts.InitialMmapSize > 0 && errors.Is(err, syscall.ENOMEM) {
		// The address space is limited (ulimit -v on a small server) and
		// has no room for the 1 GiB: map the file at its size, remapping
		// as it grows, as bbolt does by default.
		bopts.InitialMmapSize = 0
		b, err = bolt.Open(path, 0o600, bopts)
	}
	switch {
	case errors.Is(err, berrors.ErrTimeout):
		return nil, ErrLocked
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrChecksum),
		errors.Is(err, berrors.ErrVersionMismatch):
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	case err != nil:
		return nil, err
	}
	left, err := openMark(b)
	if err != nil || left || opts.Check {
		start := time.Now()
		if err == nil {
			err = checkStore(b)
		}
		if err != nil {
			_ = b.Close()
			return nil, err
		}
		defer func() {
			if db != nil {
				db.checked = max(time.Since(start), time.Nanosecond)
			}
		}()
	}
	db = &DB{
		bolt:         b,
		path:         path,
		opts:         opts,
		failCh:       make(chan struct{}),
		locks:        accountLocks{seed: maphash.MakeSeed()},
		commitSem:    make(chan struct{}, 1),
		top:          newLayer(),
		scopeFlushAt: scopeFlushAt,
		offenders:    newCache[bot.AccountKey, *bot.Offender](opts.CacheSize),
		chats:        newCache[bot.ChatKey, *bot.ChatSettings](opts.CacheSize),
	}
	if err := checkSchema(b, opts.ReadOnly); err != nil {
		_ = b.Close()
		return nil, err
	}
	keyVersion, err := readNameKeyVersion(b)
	if err != nil {
		_ = b.Close()
		return nil, err
	}
	// the keys of the index by name another version of foldNameKeys made
	// (0: none yet, after the upgrade to schema 14)
	rekey := keyVersion != nameKeyVersion
	// the index by chat to be built (after the upgrade to schema 13)
	pending, err := scopesPending(b)
	if err != nil {
		_ = b.Close()
		return nil, err
	}
	if opts.ReadOnly {
		// the indexes may lag the records: answered from every record
		db.scopesStale = left || pending
		db.names.stale = left || rekey
	}
	if db.lists, err = loadLists(b); err != nil {
		_ = b.Close()
		return nil, err
	}
	if db.sights, err = loadSightings(b); err != nil {
		_ = b.Close()
		return nil, err
	}
	err = b.View(func(tx *bolt.Tx) (err error) {
		if db.offenderKeys, db.offenderStale, err = loadKeyTimes(tx, bucketOffendersBySeen); err != nil {
			return err
		}
		if db.firstLinkKeys, db.firstLinkStale, err = loadKeyTimes(tx, bucketFirstLinksByTime); err != nil {
			return err
		}
		if db.tasks, err = loadTasks(tx); err != nil {
			return err
		}
		db.chatKeys, err = loadChatKeys(tx)
		return err
	})
	if err != nil {
		_ = b.Close()
		return nil, err
	}
	if db.judged, err = loadJudged(b); err != nil {
		_ = b.Close()
		return nil, err
	}
	if !opts.ReadOnly {
		if err := markOpen(b, opts.Now()); err != nil {
			_ = b.Close()
			return nil, err
		}
	}
	if (left || pending || rekey) && !opts.ReadOnly {
		// the indexes may lag the records (or the keys by name be another
		// version's, or the upgrade have left them to build): built
		// again from the file, in the background
		db.startIndexBuild(left || pending, left || rekey)
	}
	return db, nil
}

// Checked reports how long the check at Open took, if one ran (the last
// process to write the store did not close it, or Options.Check).
func (db *DB) Checked() (time.Duration, bool) { return db.checked, db.checked > 0 }

// Path returns the path the store was opened at.
func (db *DB) Path() string { return db.path }

// Pending returns how many buffered writes Commit has yet to make durable.
func (db *DB) Pending() int {
	db.mu.Lock()
	defer db.mu.Unlock()
	n := db.top.size()
	if db.flushing != nil {
		n += db.flushing.size()
	}
	return n
}

// Close waits for a Commit in progress, then closes the file. Writes not
// committed by then are discarded: they never reach the file. Closing
// records that the store was closed cleanly, unless it stopped after a
// panic (Failed): then the next Open checks it. A rebuild of the indexes
// in the background (IndexBuild) is stopped, not waited for, and the
// indexes it was building marked to be built again, in the background,
// at the next Open (which does not check the store again for it).
func (db *DB) Close() error {
	db.stopIndexBuild()
	db.commitSem <- struct{}{}
	defer func() { <-db.commitSem }()
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		return nil
	}
	db.closed = true
	db.top = newLayer()
	var errs []error
	// An index whose rebuild failed is rebuilt at the next Open, by
	// this version or an older one of the same schema: the open mark
	// stays. One whose rebuild Close stopped is marked to be built
	// (stoppedBuildMarks), and the store closed cleanly: it was checked
	// at this Open.
	stale := db.scopesStale || db.names.stale
	if !db.opts.ReadOnly && db.Err() == nil && (!stale || errors.Is(db.buildErr, errBuildStopped)) {
		errs = append(errs, db.update("closing", func(tx *bolt.Tx) error {
			if stale {
				if err := db.stoppedBuildMarks(tx); err != nil {
					return err
				}
				return tx.Bucket(bucketMeta).Delete(keyOpen)
			}
			if err := db.flushScopesOnClose(tx); err != nil {
				return fmt.Errorf("index of offenders by chat: %w", err)
			}
			if err := db.flushNamesOnClose(tx); err != nil {
				return fmt.Errorf("index of offenders by name: %w", err)
			}
			return tx.Bucket(bucketMeta).Delete(keyOpen)
		}))
	}
	errs = append(errs, db.protect("closing", db.bolt.Close))
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close store %s: %w", db.path, err)
	}
	return nil
}

// boltErr turns bbolt's errors into the package's.
func boltErr(err error) error {
	switch {
	case errors.Is(err, berrors.ErrDatabaseNotOpen):
		return ErrClosed
	case errors.Is(err, berrors.ErrDatabaseReadOnly):
		return ErrReadOnly
	}
	return err
}

// write runs fn on the top layer.
func (db *DB) write(fn func(top *layer)) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		return ErrClosed
	}
	if err := db.Err(); err != nil {
		return err
	}
	fn(db.top)
	db.writeSeq++
	return nil
}

// layers returns the layers with buffered writes, lowest first. The caller
// holds db.mu.
func (db *DB) layers() []*layer {
	if db.flushing != nil {
		return []*layer{db.flushing, db.top}
	}
	return []*layer{db.top}
}
