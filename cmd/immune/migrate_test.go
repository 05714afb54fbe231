package main

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/config"
	"github.com/immunebot/immune/store"
	"github.com/immunebot/immune/store/postgres"
	"github.com/immunebot/immune/store/postgres/pgtest"
	"github.com/immunebot/immune/store/storetest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// filledStore writes a bbolt store at path holding every kind of record.
func filledStore(t *testing.T, path string) []string {
	t.Helper()
	db, err := store.Open(path, store.Options{Now: func() time.Time { return storetest.T0.Add(time.Hour) }, AuditRetention: -1, SightingRetention: -1, JudgedRetention: -1})
	if err != nil {
		t.Fatal(err)
	}
	storetest.Fill(t, db)
	dump := storetest.Dump(t, db)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return dump
}

// dumpFile opens a bbolt store read-only and dumps it.
func dumpFile(t *testing.T, path string) []string {
	t.Helper()
	db, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	return storetest.Dump(t, db)
}

// TestMigrateToPostgresAndBack copies a bbolt store into PostgreSQL and back
// into a new bbolt file: every record arrives, in both directions.
func TestMigrateToPostgresAndBack(t *testing.T) {
	url := pgtest.URL(t)
	t.Setenv(config.EnvStoreURL, url)
	dir := t.TempDir()
	orig, back := filepath.Join(dir, "immune.db"), filepath.Join(dir, "back.db")
	want := filledStore(t, orig)

	code, out, errs := immune(t, "", "migrate", "-from", orig, "-to", "postgres")
	if code != 0 {
		t.Fatalf("migrate to postgres: exit %d\n%s%s", code, out, errs)
	}
	if !strings.Contains(out, "records: 3 offender, 1 chat, 2 list, 1 first_link, 2 sighting, 3 audit, 1 task, 1 judged") {
		t.Errorf("migrate said: %s", out)
	}
	pg, err := postgres.Open(ctx, url, postgres.Options{AuditRetention: -1, SightingRetention: -1, JudgedRetention: -1})
	if err != nil {
		t.Fatal(err)
	}
	if got := storetest.Dump(t, pg); !slices.Equal(got, want) {
		t.Errorf("in PostgreSQL:\n%q\nwant\n%q", got, want)
	}
	pg.Close()

	// Into a database that holds records: refused, nothing written.
	code, _, errs = immune(t, "", "migrate", "-from", orig, "-to", "postgres")
	if code == 0 || !strings.Contains(errs, "already holds records") {
		t.Errorf("second migrate into the same database: exit %d: %s", code, errs)
	}

	code, out, errs = immune(t, "", "migrate", "-from", "postgres", "-to", back)
	if code != 0 {
		t.Fatalf("migrate back: exit %d\n%s%s", code, out, errs)
	}
	if got := dumpFile(t, back); !slices.Equal(got, want) {
		t.Errorf("back in bbolt:\n%q\nwant\n%q", got, want)
	}

	// immune backup of a PostgreSQL store writes a bbolt copy.
	cfg := filepath.Join(dir, "pg.toml")
	os.WriteFile(cfg, []byte("[store]\ndriver = \"postgres\"\n"), 0o600)
	copyPath := filepath.Join(dir, "copy.db")
	code, out, errs = immune(t, "", "backup", "-config", cfg, copyPath)
	if code != 0 {
		t.Fatalf("backup: exit %d\n%s%s", code, out, errs)
	}
	if got := dumpFile(t, copyPath); !slices.Equal(got, want) {
		t.Errorf("backup of PostgreSQL:\n%q\nwant\n%q", got, want)
	}
	if strings.Contains(out+errs, url) {
		t.Errorf("the URL was printed: %s%s", out, errs)
	}
}

func TestMigrateMistakes(t *testing.T) {
	dir := t.TempDir()
	free, busy := filepath.Join(dir, "free.db"), filepath.Join(dir, "busy.db")
	filledStore(t, free)
	filledStore(t, busy)
	held, err := store.Open(busy, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	t.Setenv(config.EnvStoreURL, "")
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no flags", []string{"migrate"}, exitUsage, "needs -from and -to"},
		{"same", []string{"migrate", "-from", free, "-to", free}, exitUsage, "are both"},
		{"a URL", []string{"migrate", "-from", free, "-to", "postgres://u:pw@db/immune"}, exitUsage, "IMMUNE_STORE_URL"},
		{"no source", []string{"migrate", "-from", filepath.Join(dir, "none.db"), "-to", "postgres"}, exitUsage, "no such file"},
		{"destination exists", []string{"migrate", "-from", free, "-to", busy}, exitUsage, "exists: migrate writes a new bbolt file"},
		{"no URL", []string{"migrate", "-from", free, "-to", "postgres"}, exitUsage, "needs the database: set IMMUNE_STORE_URL"},
		// a misspelt "postgres" would write a bbolt file of that name
		{"PostgreSQL", []string{"migrate", "-from", free, "-to", "PostgreSQL"}, exitUsage, `-to "PostgreSQL": the database is written "postgres"`},
		{"pg", []string{"migrate", "-from", "pg", "-to", filepath.Join(dir, "back.db")}, exitUsage, `-from "pg": the database is written "postgres"`},
		{"a bot holds the source", []string{"migrate", "-from", busy, "-to", filepath.Join(dir, "new.db")}, 1, "stop it first"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, errs := immune(t, "", c.args...)
			if code != c.code || !strings.Contains(errs, c.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errs, c.code, c.want)
			}
			if strings.Contains(errs, "pw@") {
				t.Errorf("the URL's password was printed: %s", errs)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "new.db")); err == nil {
		t.Error("a failed migrate left its destination behind")
	}
}

var ctx = context.Background()

// TestScanOnPostgres scans twice with a config on PostgreSQL: the second
// scan, another process, continues the account's record.
func TestScanOnPostgres(t *testing.T) {
	t.Setenv(config.EnvStoreURL, pgtest.URL(t))
	cfg := filepath.Join(t.TempDir(), "pg.toml")
	os.WriteFile(cfg, []byte("[store]\ndriver = \"postgres\"\n"), 0o600)
	t0 := time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC)
	code, out, errs := immune(t, line("a", "g1", "u", t0, "https://dlscord.com/x"), "scan", "-config", cfg)
	if code != 0 || !strings.Contains(out, `"strikes":1`) {
		t.Fatalf("first scan: %d %s %s", code, out, errs)
	}
	code, out, errs = immune(t, line("b", "g2", "u", t0.Add(time.Hour), "https://dlscord.com/y"), "scan", "-config", cfg)
	if code != 0 || !strings.Contains(out, `"strikes":2`) {
		t.Fatalf("second scan did not continue the record: %d %s %s", code, out, errs)
	}
}
