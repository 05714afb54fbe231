package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/config"
	"github.com/immunebot/immune/store"
	"github.com/immunebot/immune/store/postgres"
)

// pgEndpoint is how migrate's -from and -to name the PostgreSQL store.
const pgEndpoint = "postgres"

func runMigrate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("config", "", "config file; its [store] url names the PostgreSQL database unless IMMUNE_STORE_URL does")
	from := fs.String("from", "", `the store to copy: a bbolt file, or "postgres"`)
	to := fs.String("to", "", `where to copy it: "postgres" (an empty database), or a bbolt file that does not exist yet`)
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: immune migrate [-config FILE] -from SRC -to DST

Copies every record of one store into another: offenders, chat settings,
lists, first links, link sightings, the audit log, the outbox and the
records of judged messages. SRC and DST
are a bbolt file or "postgres", the database of IMMUNE_STORE_URL (or the
config's [store] url). A deployment that grows moves to PostgreSQL with
  immune migrate -from immune.db -to postgres
and back with
  immune migrate -from postgres -to immune.db
Stop the bots first. The destination must be empty (a bbolt file that does
not exist yet); the copy is counted and checked against the source.

`)
		fs.PrintDefaults()
	}
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if err := noArgs("migrate", rest); err != nil {
		return err
	}
	if *from == "" || *to == "" {
		return usageError(errors.New(`migrate needs -from and -to: a bbolt file or "postgres"`))
	}
	if *from == *to {
		return usageError(fmt.Errorf("-from and -to are both %q", *from))
	}
	for _, f := range []struct{ flag, v string }{{"-from", *from}, {"-to", *to}} {
		// a misspelt "postgres" would name a bbolt file
		switch strings.ToLower(f.v) {
		case "postgresql", "pg", "pgsql", "psql", "postgres", "postgre":
			if f.v != "postgres" {
				return usageError(fmt.Errorf(`%s %q: the database is written "postgres" (a file by that name would be a bbolt store: write ./%s for one)`, f.flag, f.v, f.v))
			}
		}
	}
	for _, e := range []string{*from, *to} {
		if strings.Contains(e, "://") || strings.Contains(e, "host=") {
			return usageError(fmt.Errorf(`give the PostgreSQL database as "postgres", with its URL in %s (a URL on the command line shows its password to every user of the machine)`, config.EnvStoreURL))
		}
	}
	c, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	src, srcName, err := openSource(ctx, *from, &c)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, dstName, err := openDestination(ctx, *to, &c)
	if err != nil {
		return err
	}
	counts, err := copyStore(ctx, src, dst, func(n int) { fmt.Fprintf(stderr, "%d records copied\n", n) })
	if cerr := dst.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("close %s: %w", dstName, cerr)
	}
	if err != nil {
		return fmt.Errorf("migrate %s to %s: %w", srcName, dstName, err)
	}
	fmt.Fprintf(stdout, "copied %s from %s to %s\n", describeCounts(counts), srcName, dstName)
	return nil
}

// keepAll is the retention of a store being copied: nothing is pruned
// while it is, so that the copy can be counted. The bot that opens it
// afterwards prunes as configured.
const keepAll = -1

// copyingPG are the options of a PostgreSQL store being copied.
func copyingPG() postgres.Options {
	return postgres.Options{AuditRetention: keepAll, SightingRetention: keepAll, JudgedRetention: keepAll,
		OffenderRetention: keepAll, FirstLinkRetention: keepAll, OutboxRetention: keepAll, DeliveryRetention: keepAll, JoinRetention: keepAll}
}

// copyingBolt are o with the retentions of a bbolt store being copied.
func copyingBolt(o store.Options) store.Options {
	o.AuditRetention, o.SightingRetention, o.JudgedRetention = keepAll, keepAll, keepAll
	o.OffenderRetention, o.FirstLinkRetention, o.OutboxRetention = keepAll, keepAll, keepAll
	return o
}

// openSource opens the store to copy from: a bbolt file read-only (it must
// exist, and no bot may hold it), or the PostgreSQL database.
func openSource(ctx context.Context, name string, c *config.Config) (memory, string, error) {
	if name == pgEndpoint {
		db, err := openPostgres(ctx, c, copyingPG())
		if err != nil {
			return nil, "", err
		}
		return db, db.Name(), nil
	}
	if _, err := os.Stat(name); err != nil {
		return nil, "", usageError(fmt.Errorf("-from %s: %w", name, err))
	}
	db, err := store.Open(name, copyingBolt(store.Options{ReadOnly: true, Timeout: time.Duration(c.Store.Timeout)}))
	if errors.Is(err, store.ErrLocked) {
		return nil, "", fmt.Errorf("%w (a bot is running on it: stop it first, so that nothing changes while it is copied)", err)
	}
	if err != nil {
		return nil, "", err
	}
	return db, "bbolt " + name, nil
}

// openDestination opens the store to copy into, which must be empty: a new
// bbolt file, or a PostgreSQL database without records.
func openDestination(ctx context.Context, name string, c *config.Config) (memory, string, error) {
	if name == pgEndpoint {
		db, err := openPostgres(ctx, c, copyingPG())
		if err != nil {
			return nil, "", err
		}
		if err := mustBeEmpty(ctx, db); err != nil {
			db.Close()
			return nil, "", fmt.Errorf("%s: %w", db.Name(), err)
		}
		return db, db.Name(), nil
	}
	if _, err := os.Stat(name); err == nil {
		return nil, "", usageError(fmt.Errorf("-to %s exists: migrate writes a new bbolt file; move it away or name another", name))
	}
	db, err := store.Open(name, copyingBolt(store.Options{}))
	if err != nil {
		return nil, "", err
	}
	return db, "bbolt " + name, nil
}

var errNotEmpty = errors.New("the destination already holds records; migrate copies into an empty store only")

// mustBeEmpty fails unless the store holds no record.
func mustBeEmpty(ctx context.Context, st bot.Store) error {
	err := st.Export(ctx, func(bot.Record) error { return errNotEmpty })
	if errors.Is(err, errNotEmpty) {
		return errNotEmpty
	}
	return err
}

// importer writes many records at once: PostgreSQL's batched Import.
type importer interface {
	Import(ctx context.Context, rs []bot.Record) error
}

// copyBatch is how many records are written between commits.
const copyBatch = 5000

// copyStore copies every record of src into dst, in batches, and checks
// that dst then holds as many of each kind as src handed out. progress is
// told the number copied after each batch.
func copyStore(ctx context.Context, src, dst bot.Store, progress func(int)) (map[string]int, error) {
	counts := map[string]int{}
	var batch []bot.Record
	n := 0
	flush := func() error {
		if imp, ok := dst.(importer); ok {
			if err := imp.Import(ctx, batch); err != nil {
				return err
			}
		} else {
			for i := range batch {
				if err := batch[i].WriteTo(ctx, dst); err != nil {
					return fmt.Errorf("write %s: %w", batch[i].Kind(), err)
				}
			}
		}
		if err := dst.Commit(ctx); err != nil {
			return err
		}
		n += len(batch)
		batch = batch[:0]
		if progress != nil {
			progress(n)
		}
		return nil
	}
	err := src.Export(ctx, func(r bot.Record) error {
		counts[r.Kind()]++
		batch = append(batch, r)
		if len(batch) == copyBatch {
			return flush()
		}
		return nil
	})
	if err == nil && len(batch) > 0 {
		err = flush()
	}
	if err != nil {
		return counts, err
	}
	copied := map[string]int{}
	if err := dst.Export(ctx, func(r bot.Record) error { copied[r.Kind()]++; return nil }); err != nil {
		return counts, fmt.Errorf("count the copy: %w", err)
	}
	for k, v := range counts {
		if copied[k] != v {
			return counts, fmt.Errorf("the copy holds %d %s records, the source %d", copied[k], k, v)
		}
	}
	return counts, nil
}

// describeCounts writes counts as "3 offender, 1 chat, ..." in a fixed
// order.
func describeCounts(counts map[string]int) string {
	kinds := []string{"offender", "chat", "list", "first_link", "sighting", "audit", "task", "judged"}
	for k := range counts {
		if !slices.Contains(kinds, k) {
			kinds = append(kinds, k)
		}
	}
	var parts []string
	for _, k := range kinds {
		parts = append(parts, fmt.Sprintf("%d %s", counts[k], k))
	}
	return "records: " + strings.Join(parts, ", ")
}
