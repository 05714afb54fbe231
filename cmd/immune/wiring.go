package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/config"
	"github.com/immunebot/immune/store"
)

// loadConfig reads the config file, or returns the defaults when path is
// empty. A bad file is a usage error: it names the key and line.
func loadConfig(path string) (config.Config, error) {
	if path == "" {
		c := config.Default()
		return c, nil
	}
	c, err := config.Load(path)
	if err != nil {
		return c, usageError(err)
	}
	return c, nil
}

// loadFeeds reads the block and allow list files of the config. Lines that
// are not domains or URLs are logged and skipped; a file that cannot be
// read is an error.
func loadFeeds(c *config.Config, log *slog.Logger) ([]bot.ListEntry, error) {
	var all []bot.ListEntry
	for _, f := range []struct {
		files []string
		kind  bot.ListKind
	}{{c.Feeds.Files, bot.BlockList}, {c.Feeds.AllowFiles, bot.AllowList}} {
		for _, path := range f.files {
			entries, problems, err := bot.LoadListFile(path, f.kind)
			if err != nil {
				return nil, err
			}
			for i, p := range problems {
				if i == 5 {
					log.Warn("more lines skipped in list file", bot.LogFile, path, "count", len(problems)-5)
					break
				}
				log.Warn("list line skipped", "problem", p.Error())
			}
			log.Info("list file loaded", bot.LogFile, path, "kind", string(f.kind), "entries", len(entries))
			all = append(all, entries...)
		}
	}
	return all, nil
}

// openStore opens the store with clear errors for the cases a user can fix.
func openStore(path string, c *config.Config, now func() time.Time) (*store.DB, error) {
	db, err := store.Open(path, store.Options{
		Timeout:        time.Duration(c.Store.Timeout),
		Now:            now,
		AuditRetention: time.Duration(c.Store.AuditRetention),
		// The engine looks back no further than the sweep window (which is
		// at least the fan-out window); twice that is plenty.
		SightingRetention: 2 * time.Duration(c.FanOut.SweepWindow),
	})
	switch {
	case errors.Is(err, store.ErrLocked):
		return nil, fmt.Errorf("%w (is a bot or another scan running on it? use another -db file, or stop it)", err)
	case errors.Is(err, store.ErrCorrupt):
		return nil, fmt.Errorf("%w (restore it from a backup made with \"immune backup\", or move it away to start afresh)", err)
	case errors.Is(err, store.ErrNewerSchema):
		return nil, fmt.Errorf("%w (this store was written by a newer immune; upgrade immune)", err)
	}
	return db, err
}

// tempStore opens a store in a new temporary directory; cleanup closes it
// and removes the directory.
func tempStore(c *config.Config, now func() time.Time) (*store.DB, func(), error) {
	dir, err := os.MkdirTemp("", "immune-")
	if err != nil {
		return nil, nil, fmt.Errorf("temporary store: %w", err)
	}
	db, err := openStore(dir+"/immune.db", c, now)
	if err != nil {
		os.RemoveAll(dir)
		return nil, nil, err
	}
	return db, func() { db.Close(); os.RemoveAll(dir) }, nil
}

// newEngine builds the engine with the config's feeds.
func newEngine(ctx context.Context, c *config.Config, db bot.Store, log *slog.Logger) (*bot.Engine, error) {
	feeds, err := loadFeeds(c, log)
	if err != nil {
		return nil, err
	}
	return bot.NewEngine(ctx, c.Bot(), db, feeds, log)
}

// quietLogger logs warnings and errors only, as text, to w.
func quietLogger(w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelWarn}))
}
