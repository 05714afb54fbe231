package postgres

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/immunebot/immune/bot"
)

// The errors Open and the methods of DB return; test for them with
// errors.Is.
var (
	// ErrBadURL is returned by Open for a connection URL it cannot parse.
	// The message never repeats the URL, which holds the password.
	ErrBadURL = errors.New("bad PostgreSQL URL")
	// ErrNewerSchema is returned by Open when the database was migrated by
	// a newer immune than this build; the message names both versions.
	ErrNewerSchema = errors.New("store schema is newer than this build")
	// ErrClosed is returned by every method called after Close.
	ErrClosed = errors.New("store is closed")
)

// Defaults for the zero fields of Options; the same as bbolt's.
const (
	DefaultAuditRetention    = 90 * 24 * time.Hour
	DefaultSightingRetention = 24 * time.Hour
	DefaultJudgedRetention   = 30 * 24 * time.Hour
	// DefaultOffenderRetention, DefaultCompromisedTTL,
	// DefaultFirstLinkRetention and DefaultOutboxRetention are bbolt's
	// (store.Default...): see Options.
	DefaultOffenderRetention  = 180 * 24 * time.Hour
	DefaultCompromisedTTL     = 30 * 24 * time.Hour
	DefaultFirstLinkRetention = 180 * 24 * time.Hour
	DefaultOutboxRetention    = 15 * 24 * time.Hour
	// DefaultJoinRetention is how long a member's join is remembered:
	// long past the day after which a member counts as established.
	DefaultJoinRetention = 30 * 24 * time.Hour
	// DefaultDeliveryRetention is how long a claimed update is
	// remembered: far longer than a platform goes on retrying one.
	DefaultDeliveryRetention = time.Hour
	// DefaultExpansionRetention is how long expansions of shortened links
	// are kept.
	DefaultExpansionRetention = 24 * time.Hour
	// DefaultConnectTimeout bounds Open's first connection and its
	// migration.
	DefaultConnectTimeout = 30 * time.Second
)

// pruneInterval is how often Commit prunes by retention, by Options.Now.
const pruneInterval = time.Minute

// Options configure Open. The zero value is ready to use.
type Options struct {
	// Now is the clock that times automatic pruning and stamps audit
	// entries without a time; nil means time.Now.
	Now func() time.Time
	// AuditRetention and SightingRetention are how long audit entries and
	// link sightings are kept: Commit forgets older ones, at most once a
	// minute. Zero means the default, negative keeps them all.
	AuditRetention    time.Duration
	SightingRetention time.Duration
	// JudgedRetention is how long the record of a flagged message
	// (bot.Judged) is kept after its latest version; give it the strike
	// lifetime. Zero means the default, negative keeps them all.
	JudgedRetention time.Duration
	// OffenderRetention is how long an offender record is kept after the
	// account's last flagged message (Offender.LastSeen); a record whose
	// compromised mark is younger than CompromisedTTL is kept anyway.
	OffenderRetention time.Duration
	// CompromisedTTL is how long a compromised mark holds (the engine's
	// Config.CompromisedTTL).
	CompromisedTTL time.Duration
	// FirstLinkRetention is how long an account's first-link record is
	// kept after it was last set.
	FirstLinkRetention time.Duration
	// OutboxRetention is how long a task not marked done is kept (one no
	// adapter runs for).
	OutboxRetention time.Duration
	// JoinRetention is how long a member's join (PutJoin) is kept.
	JoinRetention time.Duration
	// For every retention: zero means the default, negative keeps them
	// all.
	//
	// DeliveryRetention is how long the claim of a platform update
	// (ClaimDelivery) is kept. Zero means the default, negative keeps them
	// all.
	DeliveryRetention time.Duration
	// ExpansionRetention is how long expansions of shortened links are
	// kept; zero means the default, negative keeps them all.
	ExpansionRetention time.Duration
	// MaxConns bounds the pool of connections; zero means pgxpool's
	// default (the larger of 4 and the number of CPUs) unless the URL sets
	// pool_max_conns.
	MaxConns int32
	// ConnectTimeout bounds Open; zero means DefaultConnectTimeout.
	ConnectTimeout time.Duration
	// Log receives what FollowChanges has to say about its connection;
	// nil discards it.
	Log *slog.Logger
}

func (o Options) withDefaults() Options {
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
	if o.DeliveryRetention == 0 {
		o.DeliveryRetention = DefaultDeliveryRetention
	}
	if o.OffenderRetention == 0 {
		o.OffenderRetention = DefaultOffenderRetention
	}
	if o.JoinRetention == 0 {
		o.JoinRetention = DefaultJoinRetention
	}
	if o.CompromisedTTL == 0 {
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
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = DefaultConnectTimeout
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	return o
}

// DB is immune's store on a PostgreSQL database, shared by every process
// that opens it. It implements bot.Store and bot.ChangeFeed; every method
// is safe for concurrent use. A write is committed when the method returns
// (inside UpdateAccount, when UpdateAccount returns), so Commit has nothing
// to write: it prunes by retention.
type DB struct {
	*store
	pool   *pgxpool.Pool
	opts   Options
	closed atomic.Bool

	pruneMu   sync.Mutex
	lastPrune time.Time

	// fillDone is closed when the keys of names Open makes in the
	// background (startNameFill) are made, or making them failed or was
	// stopped (fillStop, by Close): fillErr says why.
	fillDone chan struct{}
	fillErr  error
	fillStop context.CancelFunc
}

var (
	_ bot.Store      = (*DB)(nil)
	_ bot.ChangeFeed = (*DB)(nil)
	_ bot.Exporter   = (*DB)(nil)
	_ bot.Deliveries = (*DB)(nil)
	_ bot.Members    = (*DB)(nil)
)

// querier is what the store's methods run their SQL on: the pool, or the
// connection of one transaction.
type querier interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
	SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults
}

// store implements the methods of bot.Store on a querier. DB holds one on
// the pool; UpdateAccount hands fn one on its transaction.
type store struct {
	db   *DB
	q    querier
	inTx bool
}

// Open connects to the database at url (a postgres:// URL or a key=value
// connection string), migrates its schema to SchemaVersion under an
// advisory lock, so that processes starting together migrate once, and
// returns the store. The keys of names rows lack (after the upgrade to
// schema 14, or a change of bot.NameKeys: checkNameKeyVersion) are made
// in the background after Open returns (IndexBuild), lookups by name
// reading those rows meanwhile. The URL holds a password: no error
// repeats it.
func Open(ctx context.Context, url string, opts Options) (*DB, error) {
	opts = opts.withDefaults()
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("open store: %w: %s", ErrBadURL, parseProblem(err))
	}
	if opts.MaxConns > 0 {
		cfg.MaxConns = opts.MaxConns
	}
	ctx, cancel := context.WithTimeout(ctx, opts.ConnectTimeout)
	defer cancel()
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	db := &DB{pool: pool, opts: opts}
	db.store = &store{db: db, q: pool}
	if err := db.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open store %s: %w", db.Name(), err)
	}
	db.startNameFill()
	return db, nil
}

// startNameFill begins making the keys of names rows lack (fillNameKeys),
// in the background: Open waited for them, so that the upgrade of a
// database of 200,000 offenders to schema 14 (or a change of the keys)
// outlasted ConnectTimeout, and Open failed, at every start. Lookups by
// name read the rows without keys meanwhile (OffendersNamed); the rows
// it has not keyed when Close stops it the next Open keys. A failure is
// logged (Options.Log) at error level before Close returns.
func (db *DB) startNameFill() {
	ctx, stop := context.WithCancel(context.Background())
	db.fillStop, db.fillDone = stop, make(chan struct{})
	go func() {
		defer close(db.fillDone)
		err := db.fillNameKeys(ctx)
		switch {
		case err != nil && ctx.Err() != nil:
			err = fmt.Errorf("%w before it ended (the next Open goes on with it)", ErrClosed)
			db.opts.Log.Info("making the keys of offenders' names was stopped by closing the store: the next start goes on with it", "store", db.Name())
		case err != nil:
			db.opts.Log.Error("the keys of offenders' names could not be made: lookups by name read the rows without them until the next start makes them", "store", db.Name(), "err", err)
		}
		db.fillErr = err
	}()
}

// IndexBuild waits for the keys of names Open makes in the background
// (startNameFill) and returns why making them failed: nil when they were
// made, ctx's error when ctx ends first, an error wrapping ErrClosed
// when Close stopped it. Nothing is lost meanwhile or after a failure:
// lookups by name read the rows without keys.
func (db *DB) IndexBuild(ctx context.Context) error {
	select {
	case <-db.fillDone:
	case <-ctx.Done():
		return ctx.Err()
	}
	if db.fillErr != nil {
		return fmt.Errorf("making the keys of names in %s: %w", db.Name(), db.fillErr)
	}
	return nil
}

// parseProblem is what is wrong with a connection string, without the
// string.
func parseProblem(err error) string {
	var pe *pgconn.ParseConfigError
	if errors.As(err, &pe) {
		msg := pe.Error()
		if i := strings.LastIndex(msg, "`: "); i >= 0 {
			return msg[i+3:]
		}
		return "cannot parse it"
	}
	return err.Error()
}

// Name describes the database without its password: user, host and
// database name.
func (db *DB) Name() string {
	c := db.pool.Config().ConnConfig
	return fmt.Sprintf("postgres %s@%s/%s", c.User, c.Host, c.Database)
}

// Close closes every connection. Writes are committed as they are made, so
// none is lost.
func (db *DB) Close() error {
	if db.closed.Swap(true) {
		return nil
	}
	db.fillStop()
	<-db.fillDone
	db.pool.Close()
	return nil
}

// Commit has nothing to write: every write is committed when its method
// returns. At most once a minute by Options.Now it forgets the sightings
// and audit entries older than their retention.
func (s *store) Commit(ctx context.Context) error {
	if s.inTx {
		return nil
	}
	if err := s.live(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return s.db.autoPrune(ctx)
}

// autoPrune forgets what retention no longer keeps, once a minute.
func (db *DB) autoPrune(ctx context.Context) error {
	now := db.opts.Now()
	db.pruneMu.Lock()
	defer db.pruneMu.Unlock()
	if !db.lastPrune.IsZero() && now.Sub(db.lastPrune) < pruneInterval {
		return nil
	}
	var errs []error
	for _, p := range []struct {
		table     string
		retention time.Duration
	}{
		{"sightings", db.opts.SightingRetention},
		{"audit", db.opts.AuditRetention},
		{"judged", db.opts.JudgedRetention},
		{"deliveries", db.opts.DeliveryRetention},
		{"first_links", db.opts.FirstLinkRetention},
		{"outbox", db.opts.OutboxRetention},
		{"expansions", db.opts.ExpansionRetention},
		{"member_joins", db.opts.JoinRetention},
	} {
		if p.retention > 0 {
			errs = append(errs, db.prune(ctx, p.table, now.Add(-p.retention)))
		}
	}
	if r := db.opts.AuditRetention; r > 0 {
		// cases are the audit log's decisions as admins act on them
		errs = append(errs, db.pruneCases(ctx, bot.CaseIDFloor(now.Add(-r))))
	}
	if r := db.opts.OffenderRetention; r > 0 {
		// A record of an account whose compromised mark still holds stays.
		errs = append(errs, db.pruneWhere(ctx, "offenders",
			`(last_seen IS NULL OR last_seen < $1) AND NOT (compromised AND compromised_since > $2)`,
			nanos(now.Add(-r)), nanos(now.Add(-db.opts.CompromisedTTL))))
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	db.lastPrune = now
	return nil
}

// live returns ErrClosed after Close.
func (s *store) live() error {
	if s.db.closed.Load() {
		return ErrClosed
	}
	return nil
}

// fail wraps an error of the database with what was being done; after
// Close every error is ErrClosed.
func (s *store) fail(what string, err error) error {
	if s.db.closed.Load() {
		err = ErrClosed
	}
	return fmt.Errorf("%s: %w", what, err)
}

// Times are stored as Unix nanoseconds in bigint columns, which keeps every
// nanosecond (timestamptz keeps microseconds) and sorts as bbolt's keys do.
// The zero time is NULL; writes refuse other times outside the years
// 1678..2262 (ErrInvalidRecord), and bounds of queries are clamped to them.

var (
	minTime = time.Unix(0, math.MinInt64)
	maxTime = time.Unix(0, math.MaxInt64)
)

// nanos returns t in Unix nanoseconds, clamped to the range.
func nanos(t time.Time) int64 {
	switch {
	case t.Before(minTime):
		return math.MinInt64
	case t.After(maxTime):
		return math.MaxInt64
	}
	return t.UnixNano()
}

// nullNanos is nanos, with nil for the zero time.
func nullNanos(t time.Time) *int64 {
	if t.IsZero() {
		return nil
	}
	n := nanos(t)
	return &n
}

// fromNanos reads what nanos or nullNanos wrote, in UTC.
func fromNanos(n *int64) time.Time {
	if n == nil {
		return time.Time{}
	}
	return time.Unix(0, *n).UTC()
}

func validAccount(k bot.AccountKey) error {
	if k.Platform == "" || k.User == "" {
		return fmt.Errorf("account %q: platform and user must be set", k.String())
	}
	return nil
}

// noRows turns pgx's "no rows" into bot.ErrNotFound.
func noRows(err error) bool { return errors.Is(err, pgx.ErrNoRows) }

// strs returns nil for an empty slice, as the bot types hold them.
func strs(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

// orEmpty returns an empty slice for nil, for NOT NULL array columns.
func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
