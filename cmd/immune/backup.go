package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/immunebot/immune/config"
	"github.com/immunebot/immune/store"
)

func runBackup(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("config", "", "config file (TOML): its [store] path is backed up; optional (default immune.db)")
	dbPath := fs.String("db", "", "store file to back up (overrides the config's)")
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: immune backup [-config FILE] [-db FILE] OUT

Writes a consistent copy of the store to OUT. When a running bot holds the
store, the copy is asked of that bot over its [http] listen address. With
[store] driver = "postgres" it copies one snapshot of the database into a
new bbolt file (pg_dump backs up the database itself).

`)
		fs.PrintDefaults()
	}
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usageError(errors.New("backup needs one output file: immune backup [-config FILE] OUT"))
	}
	out := rest[0]
	if fi, err := os.Stat(out); err == nil && fi.IsDir() {
		return usageError(fmt.Errorf("%s is a directory: give the backup a file name, such as %s", out, filepath.Join(out, "immune-backup.db")))
	}
	c, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	if c.Store.Driver == config.DriverPostgres && *dbPath == "" {
		return backupPostgres(ctx, &c, out, stdout)
	}
	path := c.Store.Path
	if *dbPath != "" {
		path = *dbPath
	}
	if _, err := os.Stat(path); err != nil {
		return fmt.Errorf("backup %s: %w", path, err)
	}
	db, err := store.Open(path, store.Options{ReadOnly: true, Timeout: 200 * time.Millisecond})
	if errors.Is(err, store.ErrLocked) {
		if c.HTTP.Listen == "" {
			return fmt.Errorf("%w: a running bot holds it; set [http] listen in its config so that backup can ask it for a copy, or stop it", err)
		}
		if err := backupOverHTTP(ctx, c.HTTP.Listen, out); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "backed up the running bot's store to %s\n", out)
		return nil
	}
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.BackupFile(out); err != nil {
		return err // it names out
	}
	fmt.Fprintf(stdout, "backed up %s to %s\n", path, out)
	return nil
}

// backupOverHTTP fetches /backup from a running bot into out, atomically.
func backupOverHTTP(ctx context.Context, listen, out string) error {
	host, port, err := net.SplitHostPort(listen)
	if err != nil {
		return fmt.Errorf("http.listen %q: %w", listen, err)
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	u := "http://" + net.JoinHostPort(host, port) + "/backup"
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	if t := config.ReadSecrets().BackupToken; t.Set() {
		req.Header.Set("Authorization", "Bearer "+t.Reveal())
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("ask the running bot for a backup: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		return fmt.Errorf("ask the running bot for a backup: %s: %s", resp.Status, msg)
	}
	tmp, err := os.CreateTemp(filepath.Dir(out), ".immune-backup-*")
	if err != nil {
		return fmt.Errorf("backup to %s: %w", out, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := io.Copy(tmp, resp.Body); err != nil {
		tmp.Close()
		return fmt.Errorf("backup to %s: %w", out, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("backup to %s: %w", out, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("backup to %s: %w", out, err)
	}
	// Check that what arrived is a store before it replaces anything.
	db, err := store.Open(tmp.Name(), store.Options{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("the copy received is not a usable store: %w", err)
	}
	db.Close()
	return os.Rename(tmp.Name(), out)
}

// backupPostgres copies the PostgreSQL store, one consistent snapshot of it,
// into a new bbolt file at out: a file immune opens, or migrates back with
// "immune migrate -from FILE -to postgres". It writes a temporary file
// beside out and renames it, so out holds either its old content or a
// whole copy.
func backupPostgres(ctx context.Context, c *config.Config, out string, stdout io.Writer) error {
	src, err := openPostgres(ctx, c, copyingPG())
	if err != nil {
		return err
	}
	defer src.Close()
	dir, err := os.MkdirTemp(filepath.Dir(out), ".immune-backup-*")
	if err != nil {
		return fmt.Errorf("backup to %s: %w", out, err)
	}
	defer os.RemoveAll(dir)
	tmp := filepath.Join(dir, "immune.db")
	dst, err := store.Open(tmp, copyingBolt(store.Options{}))
	if err != nil {
		return fmt.Errorf("backup to %s: %w", out, err)
	}
	counts, err := copyStore(ctx, src, dst, nil)
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("backup %s to %s: %w", src.Name(), out, err)
	}
	if err := os.Rename(tmp, out); err != nil {
		return fmt.Errorf("backup to %s: %w", out, err)
	}
	fmt.Fprintf(stdout, "backed up %s to %s (bbolt; %s)\n", src.Name(), out, describeCounts(counts))
	return nil
}
