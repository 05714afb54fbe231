package store_test

import (
	"bytes"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

// writeStore makes a committed store at path with n offenders.
func writeStore(t *testing.T, path string, n int) {
	t.Helper()
	db, err := store.Open(path, store.Options{})
	must(t, err)
	for i := range n {
		o := fullOffender(fmt.Sprint(i), t0.Add(time.Duration(i)*time.Second))
		o.Evidence = strings.Repeat("evidence ", 50)
		must(t, db.PutOffender(ctx, o))
	}
	mustCommit(t, db)
	must(t, db.Close())
}

func TestOpenErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		prepare func(t *testing.T, path string) // makes the file at path
		opts    store.Options
		want    error  // nil: any error that is none of the sentinels
		text    string // the message must contain this
	}{
		{
			name: "locked by another open",
			prepare: func(t *testing.T, path string) {
				openAt(t, path, store.Options{})
			},
			opts: store.Options{Timeout: 100 * time.Millisecond},
			want: store.ErrLocked,
		},
		{
			name: "read-only open of a locked file",
			prepare: func(t *testing.T, path string) {
				openAt(t, path, store.Options{})
			},
			opts: store.Options{Timeout: 100 * time.Millisecond, ReadOnly: true},
			want: store.ErrLocked,
		},
		{
			name: "random bytes",
			prepare: func(t *testing.T, path string) {
				must(t, os.WriteFile(path, randomBytes(1<<20), 0o600))
			},
			want: store.ErrCorrupt,
		},
		{
			name: "a few random bytes",
			prepare: func(t *testing.T, path string) {
				must(t, os.WriteFile(path, randomBytes(5000), 0o600))
			},
			want: store.ErrCorrupt,
		},
		{
			name: "a text file",
			prepare: func(t *testing.T, path string) {
				must(t, os.WriteFile(path, []byte("[store]\npath = \"immune.db\"\n"), 0o600))
			},
			want: store.ErrCorrupt,
		},
		{
			name: "truncated to a quarter",
			prepare: func(t *testing.T, path string) {
				writeStore(t, path, 2000)
				truncate(t, path, 4)
			},
			want: store.ErrCorrupt,
			text: "truncated",
		},
		{
			name: "truncated inside the second meta page",
			prepare: func(t *testing.T, path string) {
				writeStore(t, path, 10)
				must(t, os.Truncate(path, 6000))
			},
			want: store.ErrCorrupt,
		},
		{
			name: "both meta pages overwritten",
			prepare: func(t *testing.T, path string) {
				writeStore(t, path, 10)
				f, err := os.OpenFile(path, os.O_WRONLY, 0)
				must(t, err)
				_, err = f.WriteAt(randomBytes(2*os.Getpagesize()), 0)
				must(t, err)
				must(t, f.Close())
			},
			want: store.ErrCorrupt,
		},
		{
			name: "another program's bbolt file",
			prepare: func(t *testing.T, path string) {
				b, err := bolt.Open(path, 0o600, nil)
				must(t, err)
				must(t, b.Update(func(tx *bolt.Tx) error {
					_, err := tx.CreateBucket([]byte("sessions"))
					return err
				}))
				must(t, b.Close())
			},
			want: store.ErrCorrupt,
			text: "not an immune store",
		},
		{
			name: "a missing bucket",
			prepare: func(t *testing.T, path string) {
				writeStore(t, path, 1)
				boltUpdate(t, path, func(tx *bolt.Tx) error { return tx.DeleteBucket([]byte("audit")) })
			},
			want: store.ErrCorrupt,
			text: "bucket audit is missing",
		},
		{
			name: "newer schema",
			prepare: func(t *testing.T, path string) {
				writeStore(t, path, 1)
				setVersion(t, path, store.SchemaVersion+6)
			},
			want: store.ErrNewerSchema,
			text: fmt.Sprintf("version %d, this build knows up to %d", store.SchemaVersion+6, store.SchemaVersion),
		},
		{
			name:    "read-only open of a missing file",
			prepare: func(t *testing.T, path string) {},
			opts:    store.Options{ReadOnly: true},
			text:    "no such file",
		},
		{
			name: "read-only open of a store that needs migrating",
			prepare: func(t *testing.T, path string) {
				b, err := bolt.Open(path, 0o600, nil)
				must(t, err)
				must(t, b.Close())
			},
			opts: store.Options{ReadOnly: true},
			text: "needs migrating",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			path := filepath.Join(t.TempDir(), "immune.db")
			tc.prepare(t, path)
			before, _ := os.ReadFile(path)
			db, err := store.Open(path, tc.opts)
			if err == nil {
				db.Close()
				t.Fatal("Open succeeded")
			}
			t.Log(err)
			sentinels := []error{store.ErrLocked, store.ErrCorrupt, store.ErrNewerSchema}
			for _, s := range sentinels {
				if got, want := errors.Is(err, s), s == tc.want; got != want {
					t.Errorf("errors.Is(err, %v) = %v, want %v", s, got, want)
				}
			}
			if !strings.HasPrefix(err.Error(), "open store "+path+": ") {
				t.Errorf("error %q does not start with the path", err)
			}
			if !strings.Contains(err.Error(), tc.text) {
				t.Errorf("error %q does not say %q", err, tc.text)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Error("Open changed the file it refused")
			}
		})
	}
}

// TestOpenLockTimeout checks that a second Open waits for the lock for
// Options.Timeout, and succeeds once the first lets go.
func TestOpenLockTimeout(t *testing.T) {
	t.Parallel()
	db, path := openTemp(t, store.Options{})
	start := time.Now()
	_, err := store.Open(path, store.Options{Timeout: 300 * time.Millisecond})
	if !errors.Is(err, store.ErrLocked) {
		t.Fatalf("second Open: %v, want ErrLocked", err)
	}
	if waited := time.Since(start); waited < 200*time.Millisecond {
		t.Errorf("second Open gave up after %v, want about 300ms", waited)
	}
	must(t, db.Close())
	openAt(t, path, store.Options{Timeout: 300 * time.Millisecond})
}

func randomBytes(n int) []byte {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return b
}

// truncate cuts the file at path to a div-th of the store's data (bbolt's
// pages in use: the file holds up to 16 MiB of room beyond them).
func truncate(t *testing.T, path string, div int64) {
	t.Helper()
	b, err := bolt.Open(path, 0o600, nil)
	must(t, err)
	var size int64
	must(t, b.View(func(tx *bolt.Tx) error { size = tx.Size(); return nil }))
	must(t, b.Close())
	must(t, os.Truncate(path, size/div))
}

func boltUpdate(t *testing.T, path string, fn func(tx *bolt.Tx) error) {
	t.Helper()
	b, err := bolt.Open(path, 0o600, nil)
	must(t, err)
	must(t, b.Update(fn))
	must(t, b.Close())
}

func setVersion(t *testing.T, path string, v uint64) {
	t.Helper()
	boltUpdate(t, path, func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("meta")).Put([]byte("schema_version"), binary.BigEndian.AppendUint64(nil, v))
	})
}

// TestDurability checks what survives a reopen: everything committed, and
// nothing that was only buffered.
func TestDurability(t *testing.T) {
	t.Parallel()
	opts := store.Options{Now: newClock(t0).Now}
	db, _ := openTemp(t, opts)
	committed, buffered := fullOffender("1", t0), fullOffender("2", t0)
	must(t, db.PutOffender(ctx, committed))
	must(t, db.PutChatSettings(ctx, bot.ChatSettings{Chat: bot.ChatKey{Platform: bot.Telegram, Chat: "-1"}, Mode: bot.ModeOff}))
	mustCommit(t, db)

	must(t, db.PutOffender(ctx, buffered))
	must(t, db.DeleteOffender(ctx, committed.Account))
	must(t, db.PutChatSettings(ctx, bot.ChatSettings{Chat: bot.ChatKey{Platform: bot.Telegram, Chat: "-1"}, Mode: bot.ModeDelete}))
	must(t, db.AppendAudit(ctx, fullAudit(t0, "buffered")))
	must(t, db.AddSightings(ctx, []bot.Sighting{fullSighting("2", "-1", "1", t0)}))
	must(t, db.PutListEntry(ctx, bot.ListEntry{Kind: bot.BlockList, Value: "evil.example"}))
	if _, err := db.Offender(ctx, committed.Account); !errors.Is(err, bot.ErrNotFound) {
		t.Fatalf("deleted offender before Commit: %v, want ErrNotFound", err)
	}
	if n := db.Pending(); n != 6 {
		t.Errorf("Pending = %d, want 6", n)
	}

	// Close discards the buffered writes.
	db = reopen(t, db, opts)
	if db.Pending() != 0 {
		t.Errorf("Pending after reopen = %d", db.Pending())
	}
	if got, err := db.Offender(ctx, committed.Account); err != nil || !reflect.DeepEqual(got, inUTC(committed)) {
		t.Errorf("committed offender after reopen: %+v, %v", got, err)
	}
	if _, err := db.Offender(ctx, buffered.Account); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("uncommitted offender after reopen: %v, want ErrNotFound", err)
	}
	if s, err := db.ChatSettings(ctx, bot.ChatKey{Platform: bot.Telegram, Chat: "-1"}); err != nil || s.Mode != bot.ModeOff {
		t.Errorf("chat settings after reopen: %+v, %v; want the committed mode off", s, err)
	}
	if a, _ := db.RecentAudit(ctx, 0); len(a) != 0 {
		t.Errorf("uncommitted audit after reopen: %+v", a)
	}
	if s, _ := db.RecentSightings(ctx, account("2"), time.Time{}); len(s) != 0 {
		t.Errorf("uncommitted sightings after reopen: %+v", s)
	}
	if e, _ := db.ListEntries(ctx); len(e) != 0 {
		t.Errorf("uncommitted list entries after reopen: %+v", e)
	}

	// A reopened store goes on from where it was.
	must(t, db.PutOffender(ctx, buffered))
	must(t, db.AppendAudit(ctx, fullAudit(t0.Add(time.Second), "after reopen")))
	mustCommit(t, db)
	db = reopen(t, db, opts)
	list, err := db.ListOffenders(ctx, 0)
	must(t, err)
	if len(list) != 2 {
		t.Errorf("ListOffenders after second reopen: %d records, want 2", len(list))
	}
	if a, _ := db.RecentAudit(ctx, 0); len(a) != 1 || a[0].Note != "after reopen" {
		t.Errorf("audit after second reopen: %+v", a)
	}
}

// TestCommitFailureKeepsWrites commits on a read-only store: the commit fails
// and the writes stay buffered and visible.
func TestCommitFailureKeepsWrites(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "immune.db")
	writeStore(t, path, 1)
	db := openAt(t, path, store.Options{ReadOnly: true})
	mustCommit(t, db) // nothing buffered: nothing to fail

	o := fullOffender("99", t0)
	must(t, db.PutOffender(ctx, o))
	must(t, db.AppendAudit(ctx, fullAudit(t0, "kept")))
	for range 2 {
		err := db.Commit(ctx)
		if !errors.Is(err, store.ErrReadOnly) {
			t.Fatalf("Commit on a read-only store: %v, want ErrReadOnly", err)
		}
		if db.Pending() != 2 {
			t.Errorf("Pending after failed Commit = %d, want 2", db.Pending())
		}
		if _, err := db.Offender(ctx, o.Account); err != nil {
			t.Errorf("offender after failed Commit: %v", err)
		}
		if a, _ := db.RecentAudit(ctx, 1); len(a) != 1 || a[0].Note != "kept" {
			t.Errorf("audit after failed Commit: %+v", a)
		}
	}
	if _, err := db.Backup(new(bytes.Buffer)); !errors.Is(err, store.ErrReadOnly) {
		t.Errorf("Backup with writes a read-only store cannot commit: %v", err)
	}
}

func TestClosed(t *testing.T) {
	t.Parallel()
	db, _ := openTemp(t, store.Options{})
	must(t, db.Close())
	must(t, db.Close())
	k := account("1")
	errs := map[string]error{
		"PutOffender": db.PutOffender(ctx, bot.Offender{Account: k}),
		"Commit":      db.Commit(ctx),
	}
	_, errs["Offender"] = db.Offender(ctx, k)
	_, errs["ListOffenders"] = db.ListOffenders(ctx, 1)
	_, errs["RecentSightings"] = db.RecentSightings(ctx, k, t0)
	_, errs["RecentAudit"] = db.RecentAudit(ctx, 1)
	_, errs["ListEntries"] = db.ListEntries(ctx)
	_, errs["Backup"] = db.Backup(new(bytes.Buffer))
	for name, err := range errs {
		if !errors.Is(err, store.ErrClosed) {
			t.Errorf("%s after Close: %v, want ErrClosed", name, err)
		}
	}
}

// TestBackup copies a store in use, with writes not yet committed, and opens
// the copy.
func TestBackup(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		backup func(t *testing.T, db *store.DB, path string)
	}{
		{
			name: "Backup to a writer",
			backup: func(t *testing.T, db *store.DB, path string) {
				var buf bytes.Buffer
				n, err := db.Backup(&buf)
				must(t, err)
				if n != int64(buf.Len()) {
					t.Errorf("Backup returned %d, wrote %d bytes", n, buf.Len())
				}
				must(t, os.WriteFile(path, buf.Bytes(), 0o600))
			},
		},
		{
			name: "BackupFile",
			backup: func(t *testing.T, db *store.DB, path string) {
				must(t, os.WriteFile(path, []byte("an older backup"), 0o600))
				must(t, db.BackupFile(path))
				if left, _ := filepath.Glob(path + "*tmp*"); len(left) > 0 {
					t.Errorf("temporary files left: %v", left)
				}
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			db, _ := openTemp(t, store.Options{})
			for i := range 100 {
				must(t, db.PutOffender(ctx, fullOffender(fmt.Sprint(i), t0)))
			}
			mustCommit(t, db)
			must(t, db.PutOffender(ctx, fullOffender("buffered", t0)))

			backup := filepath.Join(t.TempDir(), "backup.db")
			tc.backup(t, db, backup)
			// The store is still in use.
			must(t, db.PutOffender(ctx, fullOffender("after", t0)))
			mustCommit(t, db)

			copied := openAt(t, backup, store.Options{})
			list, err := copied.ListOffenders(ctx, 0)
			must(t, err)
			if len(list) != 101 {
				t.Errorf("backup holds %d offenders, want 101", len(list))
			}
			if _, err := copied.Offender(ctx, account("buffered")); err != nil {
				t.Errorf("write buffered before the backup: %v", err)
			}
			if _, err := copied.Offender(ctx, account("after")); !errors.Is(err, bot.ErrNotFound) {
				t.Errorf("write made after the backup: %v, want ErrNotFound", err)
			}
		})
	}
}

func TestBackupFileRefusesTheStore(t *testing.T) {
	t.Parallel()
	db, path := openTemp(t, store.Options{})
	if err := db.BackupFile(path); err == nil {
		t.Fatal("BackupFile over the store itself succeeded")
	}
	if err := db.BackupFile(filepath.Join(filepath.Dir(path), ".", "immune.db")); err == nil {
		t.Fatal("BackupFile over the store itself, by another name, succeeded")
	}
}

// TestOpenTrimmedTail checks that a file cut to exactly the pages in use,
// dropping only the unused space bbolt grew it by, still opens.
func TestOpenTrimmedTail(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "immune.db")
	writeStore(t, path, 2000)
	var used int64
	b, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	must(t, err)
	must(t, b.View(func(tx *bolt.Tx) error { used = tx.Size(); return nil }))
	must(t, b.Close())
	st, err := os.Stat(path)
	must(t, err)
	if st.Size() <= used {
		t.Skipf("file has no unused tail: %d bytes, %d used", st.Size(), used)
	}
	must(t, os.Truncate(path, used))
	db := openAt(t, path, store.Options{})
	if list, err := db.ListOffenders(ctx, 0); err != nil || len(list) != 2000 {
		t.Fatalf("ListOffenders: %d, %v", len(list), err)
	}
}

func TestProbeSizeAndCommitHook(t *testing.T) {
	t.Parallel()
	db, path := openTemp(t, store.Options{})
	var commits atomic.Int64
	db.SetCommitHook(func(took time.Duration, err error) {
		if err == nil && took > 0 {
			commits.Add(1)
		}
	})
	if err := db.Probe(ctx); err != nil {
		t.Fatalf("Probe: %v", err)
	}
	if err := db.PutChatSettings(ctx, bot.ChatSettings{Chat: bot.ChatKey{Platform: bot.Telegram, Chat: "-1"}, Mode: bot.ModeWarn}); err != nil {
		t.Fatal(err)
	}
	if err := db.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if commits.Load() != 1 {
		t.Errorf("the hook saw %d commits, want 1", commits.Load())
	}
	n, err := db.Size(ctx)
	if fi, serr := os.Stat(path); err != nil || serr != nil || n <= 0 || n > fi.Size() {
		t.Errorf("Size = %d, %v; file %v", n, err, fi)
	}
	db.Close()
	ro := openAt(t, path, store.Options{ReadOnly: true})
	if err := ro.Probe(ctx); !errors.Is(err, store.ErrReadOnly) {
		t.Errorf("Probe of a read-only store: %v", err)
	}
}
