package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/config"
	"github.com/immunebot/immune/store"
)

// platform is one live adapter.
type platform interface {
	// Run serves the platform until ctx is done, then stops taking updates,
	// finishes the actions already decided and returns.
	Run(ctx context.Context) error
}

// starters build the adapters whose token is set; each lives in its own
// file beside this one.
type starter func(ctx context.Context, c *config.Config, s config.Secrets, engine *bot.Engine, m bot.Meter, log *slog.Logger) (platform, error)

func runBot(ctx context.Context, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("config", "", "config file (TOML); optional: without it the defaults of config.example.toml apply")
	newStore := fs.Bool("new-store", false, "make a new store in the store file even if it exists and is empty (0 bytes), which is refused otherwise")
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: immune run [-config FILE] [-new-store]

Runs the live bot on every platform whose token is set in the environment
(IMMUNE_TELEGRAM_TOKEN, IMMUNE_DISCORD_TOKEN) until SIGINT or SIGTERM.
Without -config the documented defaults apply, with the store at immune.db
in the current directory. A store file that exists but is empty is refused
(it may be a store lost in a failed copy) unless -new-store is given.

`)
		fs.PrintDefaults()
	}
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if err := noArgs("run", rest); err != nil {
		return err
	}
	// SIGHUP asks for a reload; caught from the start, since by default it
	// ends the process, and one sent while the bot starts (its platforms
	// already polling) waits for the reloader
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	// the config file as it is before it is read: a change made while the
	// bot starts is reloaded, never taken for what was read
	stamp := stampOf(*cfgPath)
	c, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	secrets := config.ReadSecrets()
	if !secrets.TelegramToken.Set() && !secrets.DiscordToken.Set() {
		return usageError(fmt.Errorf("no platform token: set %s (from @BotFather) and/or %s (from the Discord Developer Portal) in the environment",
			config.EnvTelegramToken, config.EnvDiscordToken))
	}
	log := c.Logger(stderr)
	db, storeName, err := openMemory(ctx, c.Store.Path, &c, time.Now, log, *newStore)
	if err != nil {
		return err
	}
	engine, lists, err := newEngine(ctx, &c, db, log, "run")
	if err != nil {
		db.Close()
		return err
	}
	reg := prometheus.NewRegistry()
	m := newMeter(reg)
	if hooked, ok := db.(interface{ SetCommitHook(store.CommitHook) }); ok {
		hooked.SetCommitHook(m.commit)
	}
	var plats []platform
	byName := map[bot.Platform]platform{}
	for _, s := range []struct {
		name  bot.Platform
		set   bool
		start starter
	}{{bot.Telegram, secrets.TelegramToken.Set(), startTelegram}, {bot.Discord, secrets.DiscordToken.Set(), startDiscord}} {
		if !s.set {
			continue
		}
		p, err := s.start(ctx, &c, secrets, engine, m, log)
		if err != nil {
			db.Close()
			return err
		}
		plats = append(plats, p)
		byName[s.name] = p
	}
	var wg sync.WaitGroup
	errs := make(chan error, len(plats)+2) // the platforms, the operator endpoint, the store
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	// A platform that fails (a revoked token, a missing intent) is logged
	// and the others go on; the bot stops when none is left.
	var alive atomic.Int32
	alive.Store(int32(len(plats)))
	for _, p := range plats {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := p.Run(runCtx)
			if err != nil && !errors.Is(err, context.Canceled) {
				log.Error("a platform stopped", bot.LogErr, err)
				errs <- err
			}
			if alive.Add(-1) == 0 {
				cancel()
			}
		}()
	}
	// The global lists: feeds downloaded on their intervals, list files
	// watched; the config's brands and feeds reloaded on SIGHUP or when
	// the file changes.
	wg.Add(3)
	go func() {
		defer wg.Done()
		lists.Run(runCtx)
	}()
	go func() {
		// shortened links followed after judging; late decisions go to
		// the platforms' adapters (engine.OnLate)
		defer wg.Done()
		engine.RunExpansions(runCtx)
	}()
	go func() {
		defer wg.Done()
		r := &reloader{path: *cfgPath, cur: c, engine: engine, lists: lists, log: log, every: 5 * time.Second, stamp: stamp}
		r.run(runCtx, hup)
	}()
	// A store other processes share tells of their changes to chat
	// settings and lists; the engine drops what it cached.
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := engine.FollowChanges(runCtx); err != nil {
			log.Error("changes made by other processes are not followed", bot.LogErr, err)
		}
	}()
	if c.HTTP.Listen != "" {
		wg.Add(1)
		go func() {
			defer wg.Done()
			op := operator{engine: engine, mem: db, plats: byName, reg: reg}
			if err := serveHTTP(runCtx, c.HTTP.Listen, op, log); err != nil {
				errs <- err
				cancel()
			}
		}()
	}
	if f, ok := db.(failing); ok {
		// A store that stops (bbolt met a damaged page) stops the bot
		// cleanly: no update is taken that could not be recorded.
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case <-f.Failed():
				log.Error("the store stopped: stopping the bot", bot.LogErr, f.Err())
				errs <- f.Err()
				cancel()
			case <-runCtx.Done():
			}
		}()
	}
	log.Info("immune is running", "store", storeName, "platforms", len(plats))
	<-runCtx.Done()
	log.Info("stopping: finishing actions in flight")
	wg.Wait()
	close(errs)
	var runErr error
	for err := range errs {
		runErr = errors.Join(runErr, err)
	}
	if err := engine.Commit(context.Background()); err != nil {
		runErr = errors.Join(runErr, fmt.Errorf("final commit: %w", err))
	}
	if err := db.Close(); err != nil {
		runErr = errors.Join(runErr, fmt.Errorf("close store: %w", err))
	}
	if runErr == nil {
		log.Info("stopped cleanly")
	}
	return runErr
}
