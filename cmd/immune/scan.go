package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/immunebot/immune/adapters/replay"
	"github.com/immunebot/immune/store"
)

func runScan(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("scan", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("config", "", "config file (TOML); defaults apply without one")
	dbPath := fs.String("db", "", "store file; the record continues across scans of the same file.\nDefault: the config's [store] path with -config, else a temporary store")
	batch := fs.Int("batch", replay.DefaultBatch, "lines per store commit (up to twice as many while the last commit runs)")
	newStore := fs.Bool("new-store", false, "make a new store in the store file even if it exists and is empty (0 bytes), which is refused otherwise")
	fs.Usage = func() {
		fmt.Fprintf(stderr, `Usage: immune scan [-config FILE] [-db FILE] [-batch N] [-new-store] < messages.jsonl > decisions.jsonl

Reads one JSON message a line (the contract in docs/scan.md) and writes one
decision a line, in input order. A malformed line gets {"line": N, "error": ...}
and the scan goes on. Decisions are printed once the store has committed
them. Give the lines in time order (as exports are): a line dated more than
twice fanout.sweep_window before a line above it sees no link sightings from
before then (no fan-out or sweep there), so that the output depends on the
input alone, never on -batch or the CPUs. The garbage collector runs at
GOGC=%d unless the GOGC environment variable sets it.

`, replay.ScanGCPercent)
		fs.PrintDefaults()
	}
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) == 1 && rest[0] == "-" {
		rest = nil // "-": stdin, by its usual name
	}
	if len(rest) > 0 {
		return usageError(fmt.Errorf("scan reads messages from stdin; unexpected argument %q", rest[0]))
	}
	if *batch < 1 {
		return usageError(fmt.Errorf("-batch %d: want 1 or more", *batch))
	}
	c, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	log := quietLogger(stderr)
	sc := &replay.Scanner{BatchSize: *batch, SightingRetention: sightingRetention(&c)}
	// The store's clock is the latest message time, so that an old export
	// is not pruned away as it is read.
	clock := func() time.Time {
		if t := sc.Clock(); !t.IsZero() {
			return t
		}
		return time.Now()
	}
	var db memory
	switch {
	case *dbPath != "":
		var bdb *store.DB
		if bdb, err = openStore(*dbPath, &c, clock, log, *newStore); err == nil {
			logCheck(bdb, log)
			db = bdb
		}
	case *cfgPath != "":
		db, _, err = openMemory(ctx, c.Store.Path, &c, clock, log, *newStore)
	default:
		var cleanup func()
		db, cleanup, err = tempStore(&c, clock)
		if err == nil {
			defer cleanup()
		}
	}
	if err != nil {
		return err
	}
	defer db.Close()
	engine, _, err := newEngine(ctx, &c, db, log, "scan")
	if err != nil {
		return err
	}
	sc.Engine = engine
	st, err := sc.Run(ctx, stdin, stdout)
	if err != nil {
		return fmt.Errorf("scan: %w (%d lines read)", err, st.Lines)
	}
	return nil
}
