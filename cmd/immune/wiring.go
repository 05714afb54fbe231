package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/config"
	"github.com/immunebot/immune/expand"
	"github.com/immunebot/immune/feeds"
	"github.com/immunebot/immune/store"
	"github.com/immunebot/immune/store/postgres"
)

// loadConfig reads the config file, or returns the defaults when path is
// empty. A bad file is a usage error: it names the key and line.
func loadConfig(path string) (config.Config, error) {
	if path == "" {
		c := config.Default()
		return c, nil
	}
	c, err := config.Load(path)
	if errors.Is(err, fs.ErrNotExist) {
		return c, usageError(fmt.Errorf("%w: to start one, copy config.example.toml (it documents every key), or leave -config out for the defaults", err))
	}
	if err != nil {
		return c, usageError(err)
	}
	return c, nil
}

// memory is the store a command runs on: a bbolt file (store.DB) or a
// PostgreSQL database (postgres.DB).
type memory interface {
	bot.Store
	Close() error
}

// openMemory opens the configured store: with [store] driver = "postgres"
// the database of IMMUNE_STORE_URL or [store] url, else the bbolt file at
// path (newStore: even if it exists and is empty, see openStore). It
// returns the store and a name for logs that holds no secret.
func openMemory(ctx context.Context, path string, c *config.Config, now func() time.Time, log *slog.Logger, newStore bool) (memory, string, error) {
	if c.Store.Driver == config.DriverPostgres {
		db, err := openPostgres(ctx, c, pgOptions(c, now, log))
		if err != nil {
			return nil, "", err
		}
		return db, db.Name(), nil
	}
	for _, w := range c.Warnings() {
		log.Warn("config: " + w)
	}
	db, err := openStore(path, c, now, log, newStore)
	if err != nil {
		return nil, "", err
	}
	logCheck(db, log)
	return db, "bbolt " + path, nil
}

// storeURL returns the PostgreSQL URL: IMMUNE_STORE_URL, else [store] url.
func storeURL(c *config.Config) (string, error) {
	if u := config.ReadSecrets().StoreURL; u.Set() {
		return u.Reveal(), nil
	}
	if c.Store.URL != "" {
		return c.Store.URL, nil
	}
	return "", usageError(fmt.Errorf("[store] driver = \"postgres\" needs the database: set %s (a postgres:// URL) in the environment, or [store] url", config.EnvStoreURL))
}

// pgOptions are the PostgreSQL store's options from the config.
func pgOptions(c *config.Config, now func() time.Time, log *slog.Logger) postgres.Options {
	return postgres.Options{
		Now:                now,
		AuditRetention:     time.Duration(c.Store.AuditRetention),
		SightingRetention:  sightingRetention(c),
		JudgedRetention:    judgedRetention(c),
		OffenderRetention:  time.Duration(c.Store.OffenderRetention),
		CompromisedTTL:     time.Duration(c.Policy.CompromisedTTL),
		FirstLinkRetention: time.Duration(c.Store.FirstLinkRetention),
		OutboxRetention:    time.Duration(c.Store.OutboxRetention),
		// expansions of shortened links are a cache of [expand] cache_ttl
		ExpansionRetention: time.Duration(c.Expand.CacheTTL),
		Log:                log,
	}
}

// openPostgres opens the PostgreSQL store of the config's URL.
func openPostgres(ctx context.Context, c *config.Config, opts postgres.Options) (*postgres.DB, error) {
	url, err := storeURL(c)
	if err != nil {
		return nil, err
	}
	db, err := postgres.Open(ctx, url, opts)
	switch {
	case errors.Is(err, postgres.ErrBadURL):
		return nil, usageError(fmt.Errorf("%w (check %s or [store] url)", err, config.EnvStoreURL))
	case errors.Is(err, postgres.ErrNewerSchema):
		return nil, fmt.Errorf("%w (a newer immune migrated this database; upgrade immune)", err)
	}
	return db, err
}

// sightingRetention is how long link sightings are kept: the engine looks
// back no further than the sweep window (which is at least the fan-out
// window); twice that is plenty.
func sightingRetention(c *config.Config) time.Duration {
	return 2 * time.Duration(c.FanOut.SweepWindow)
}

// judgedRetention is how long a flagged message is remembered: while its
// strike lives, so that one re-sent or edited in that time never counts
// twice.
func judgedRetention(c *config.Config) time.Duration { return time.Duration(c.Policy.StrikeTTL) }

// openStore opens the bbolt store with clear errors for the cases a user
// can fix. An existing empty file is refused unless newStore (the
// -new-store flag): it may be a store lost in a failed copy. log (nil:
// none) hears from the store of a rebuild of its indexes that failed,
// before Close returns.
func openStore(path string, c *config.Config, now func() time.Time, log *slog.Logger, newStore bool) (*store.DB, error) {
	db, err := store.Open(path, store.Options{
		Log:                log,
		AllowEmpty:         newStore,
		Timeout:            time.Duration(c.Store.Timeout),
		Now:                now,
		AuditRetention:     time.Duration(c.Store.AuditRetention),
		SightingRetention:  sightingRetention(c),
		JudgedRetention:    judgedRetention(c),
		OffenderRetention:  time.Duration(c.Store.OffenderRetention),
		CompromisedTTL:     time.Duration(c.Policy.CompromisedTTL),
		FirstLinkRetention: time.Duration(c.Store.FirstLinkRetention),
		OutboxRetention:    time.Duration(c.Store.OutboxRetention),
		ExpansionRetention: time.Duration(c.Expand.CacheTTL),
	})
	switch {
	case errors.Is(err, store.ErrLocked):
		return nil, fmt.Errorf("%w (is a bot or another scan running on it? use another -db file, or stop it)", err)
	case errors.Is(err, store.ErrCorrupt):
		return nil, fmt.Errorf("%w (restore it from a backup made with \"immune backup\", or move it away to start afresh)", err)
	case errors.Is(err, store.ErrNewerSchema):
		return nil, fmt.Errorf("%w (this store was written by a newer immune; upgrade immune)", err)
	case errors.Is(err, store.ErrEmptyFile):
		return nil, fmt.Errorf("%w (if it should hold the bot's record, restore it from a backup made with \"immune backup\"; to start a new store in it, run again with -new-store)", err)
	}
	return db, err
}

// logCheck says that the store was checked whole at open because the
// last run did not close it. (When the rebuild of its indexes that Open
// began in the background fails, the store logs why itself, through the
// logger openStore gave it, before Close returns: a goroutine here
// waiting for the rebuild raced Close, and a short scan ended before it
// logged.)
func logCheck(db *store.DB, log *slog.Logger) {
	if log == nil {
		return
	}
	if took, ok := db.Checked(); ok {
		log.Warn("the store was not closed cleanly last time: checked it whole, it is sound", "store", db.Path(), "took", took.Round(time.Millisecond).String())
	}
}

// failing is a store that can stop on its own (bbolt meeting a damaged
// page: store.DB.Failed).
type failing interface {
	Failed() <-chan struct{}
	Err() error
}

// tempStore opens a store in a new temporary directory; cleanup closes it
// and removes the directory.
func tempStore(c *config.Config, now func() time.Time) (*store.DB, func(), error) {
	dir, err := os.MkdirTemp("", "immune-")
	if err != nil {
		return nil, nil, fmt.Errorf("temporary store: %w", err)
	}
	db, err := openStore(dir+"/immune.db", c, now, nil, false)
	if err != nil {
		os.RemoveAll(dir)
		return nil, nil, err
	}
	return db, func() { db.Close(); os.RemoveAll(dir) }, nil
}

// newEngine builds the engine of a command (run, scan, check, demo) with
// the config's global lists (the block and allow files and the remote
// feeds, from their last good copies) and, when [expand] turns it on for
// the command, the expansion of shortened links. scan and check download
// now the remote feeds that have no copy yet, and expand links before
// judging; the live bot downloads feeds in the background as it runs the
// returned manager, and expands links after judging (RunExpansions).
func newEngine(ctx context.Context, c *config.Config, db bot.Store, log *slog.Logger, command string) (*bot.Engine, *feeds.Manager, error) {
	engine, err := bot.NewEngine(ctx, c.Bot(), db, nil, log)
	if err != nil {
		return nil, nil, err
	}
	fetchMissing := command == "scan" || command == "check"
	if c.Expand.On(command) {
		engine.SetExpander(bot.ExpandConfig{
			Expander: expand.New(expand.Options{
				Timeout:      time.Duration(c.Expand.Timeout),
				MaxRedirects: c.Expand.MaxRedirects,
				UserAgent:    c.Expand.UserAgent,
				// a hop already known to be dangerous is not contacted
				Stop: func(u string) bool { return engine.Check(&bot.Message{Text: u}).Level == bot.Delete },
			}),
			Shorteners: c.Expand.Shorteners,
			TTL:        time.Duration(c.Expand.CacheTTL),
			Inline:     command != "run",
		})
	}
	m, err := feeds.New(feeds.Options{
		CacheDir:  c.CacheDir(),
		ReadOnly:  command == "check", // a check only looks: no cache directory made, no copy kept
		Timeout:   time.Duration(c.Feeds.Timeout),
		MaxBytes:  int64(c.Feeds.MaxSizeMB) << 20,
		UserAgent: "immune (+https://github.com/immunebot/immune)",
		Log:       log,
		Apply:     engine.SetFeeds,
	}, c.Sources())
	if err != nil {
		return nil, nil, usageError(fmt.Errorf("feeds: %w", err))
	}
	if err := m.Load(ctx, fetchMissing); err != nil {
		return nil, nil, err
	}
	engine.SetFeedReporter(m)
	return engine, m, nil
}

// quietLogger logs warnings and errors only, as text, to w.
func quietLogger(w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelWarn}))
}
