package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// TestEmptyFileIsRefused: a store file of zero bytes is never taken for a
// new store unless asked for.
func TestEmptyFileIsRefused(t *testing.T) {
	t.Parallel()
	path := tempPath(t)
	must(t, os.WriteFile(path, nil, 0o600))
	for _, ro := range []bool{false, true} {
		_, err := Open(path, Options{ReadOnly: ro})
		if !errors.Is(err, ErrEmptyFile) || !strings.Contains(err.Error(), path) {
			t.Errorf("Open(read-only %v) of an empty file: %v, want ErrEmptyFile naming the file", ro, err)
		}
	}
	if st, err := os.Stat(path); err != nil || st.Size() != 0 {
		t.Fatalf("the refused file was changed: %v, %v", st, err)
	}
	db, err := Open(path, Options{AllowEmpty: true})
	must(t, err)
	must(t, db.PutOffender(ctx, offender("1")))
	must(t, db.Commit(ctx))
	must(t, db.Close())
	db, err = Open(path, Options{})
	must(t, err)
	defer db.Close()
	if _, err := db.Offender(ctx, offender("1").Account); err != nil {
		t.Errorf("the new store lost its record: %v", err)
	}
}

// storeWith writes n offenders to a new store at path and commits them;
// the store is left open.
func storeWith(t *testing.T, path string, n int) *DB {
	t.Helper()
	db, err := Open(path, Options{})
	must(t, err)
	for i := range n {
		o := offender(fmt.Sprint("user", i))
		o.Name = fmt.Sprintf("Name %d, long enough to fill a few pages", i)
		must(t, db.PutOffender(ctx, o))
	}
	must(t, db.Commit(ctx))
	return db
}

// copyFile copies the store file as it is, as a crash leaves it.
func copyFile(t *testing.T, from string) string {
	t.Helper()
	to := tempPath(t)
	in, err := os.Open(from)
	must(t, err)
	defer in.Close()
	out, err := os.Create(to)
	must(t, err)
	_, err = io.Copy(out, in)
	must(t, err)
	must(t, out.Close())
	return to
}

// damageLeafOf scrambles the element headers of the leaf page that holds
// key: flipped bytes inside a data page, which no checksum covers.
func damageLeafOf(t *testing.T, path, key string) {
	t.Helper()
	data, err := os.ReadFile(path)
	must(t, err)
	ps := os.Getpagesize()
	at := bytes.Index(data, []byte(key))
	if at < 0 {
		t.Fatalf("%q is not in the file", key)
	}
	page := at / ps * ps
	if flags := binary.LittleEndian.Uint16(data[page+8:]); flags != 0x02 {
		t.Fatalf("page %d holding %q is not a leaf (flags %x)", page/ps, key, flags)
	}
	count := int(binary.LittleEndian.Uint16(data[page+10:]))
	for i := range count {
		pos := page + 16 + 16*i + 4 // leafPageElement.pos
		binary.LittleEndian.PutUint32(data[pos:], binary.LittleEndian.Uint32(data[pos:])^0xfff00000)
	}
	must(t, os.WriteFile(path, data, 0o600))
}

// TestUncleanStoreIsChecked: a store copied while open, as a crash leaves
// it, is checked whole at Open; one closed cleanly is not.
func TestUncleanStoreIsChecked(t *testing.T) {
	t.Parallel()
	path := tempPath(t)
	db := storeWith(t, path, 500)
	crashed := copyFile(t, path)
	must(t, db.Close())

	db, err := Open(crashed, Options{})
	must(t, err)
	if took, ok := db.Checked(); !ok {
		t.Errorf("a store left open was not checked")
	} else {
		t.Logf("checked 500 records in %v", took)
	}
	must(t, db.Close())
	db, err = Open(crashed, Options{})
	must(t, err)
	if _, ok := db.Checked(); ok {
		t.Errorf("a store closed cleanly was checked")
	}
	must(t, db.Close())
}

// TestDamagedUncleanStoreIsRefused: flipped bytes in a data page of a
// store left open are found at Open, which refuses it with the problems,
// and leaves the file as it was.
func TestDamagedUncleanStoreIsRefused(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		damage func(t *testing.T, path string)
	}{
		{"leaf element headers", func(t *testing.T, path string) { damageLeafOf(t, path, "telegram:user250") }},
		{"a record's bytes", func(t *testing.T, path string) {
			data, err := os.ReadFile(path)
			must(t, err)
			o := offender("user250")
			o.Name = "Name 250, long enough to fill a few pages"
			rec, err := encodeOffender(&o)
			must(t, err)
			at := bytes.Index(data, rec)
			if at < 0 {
				t.Fatal("record not found")
			}
			data[at] ^= 0xff // its format byte
			must(t, os.WriteFile(path, data, 0o600))
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			path := tempPath(t)
			db := storeWith(t, path, 500)
			crashed := copyFile(t, path)
			must(t, db.Close())
			tc.damage(t, crashed)
			before, err := os.ReadFile(crashed)
			must(t, err)
			_, err = Open(crashed, Options{})
			if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), crashed) {
				t.Fatalf("Open of a damaged store left open: %v, want ErrCorrupt naming the file", err)
			}
			t.Logf("%v", err)
			after, err := os.ReadFile(crashed)
			must(t, err)
			if !bytes.Equal(before, after) {
				t.Errorf("the refused file was changed")
			}
		})
	}
}

// storeWithAudit writes n audit entries to a new store at path and
// commits them; the store is left open.
func storeWithAudit(t *testing.T, path string, n int) *DB {
	t.Helper()
	db, err := Open(path, Options{AuditRetention: -1})
	must(t, err)
	for i := range n {
		must(t, db.AppendAudit(ctx, auditEntry(i)))
	}
	must(t, db.Commit(ctx))
	return db
}

func auditEntry(i int) bot.AuditEntry {
	return bot.AuditEntry{Time: time.Date(2026, 1, 2, 3, 4, 5, i, time.UTC), Note: fmt.Sprintf("entry %d of a long list", i)}
}

// TestDamagedOffendersAreRefusedAtOpen: the keys of the offender records
// (and of first links, judged messages, tasks and chat settings) are read
// whole at Open, into the indexes in memory, so a damaged page among them
// is met there, even in a store closed cleanly: Open refuses it and leaves
// the file as it was.
func TestDamagedOffendersAreRefusedAtOpen(t *testing.T) {
	t.Parallel()
	path := tempPath(t)
	must(t, storeWith(t, path, 500).Close())
	damageLeafOf(t, path, "telegram:user250")
	before, err := os.ReadFile(path)
	must(t, err)
	if _, err := Open(path, Options{}); !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), path) {
		t.Fatalf("Open of a store with a damaged offender page: %v, want ErrCorrupt naming the file", err)
	}
	after, err := os.ReadFile(path)
	must(t, err)
	if !bytes.Equal(before, after) {
		t.Errorf("the refused file was changed")
	}
}

// TestPanicInsideTheStoreStopsIt: a damaged page in a store closed cleanly
// (so not checked), of a bucket Open does not read whole (the audit log),
// makes bbolt panic in the middle of a commit. The store returns an
// error, stops (Failed, Err) instead of killing the process, and the file
// keeps what the last successful commit wrote: with the damage undone, it
// checks clean and holds those records.
func TestPanicInsideTheStoreStopsIt(t *testing.T) {
	t.Parallel()
	path := tempPath(t)
	must(t, storeWithAudit(t, path, 500).Close())
	clean, err := os.ReadFile(path)
	must(t, err)
	damageLeafOf(t, path, "entry 499 of a long list") // the last page, where new entries go
	damaged, err := os.ReadFile(path)
	must(t, err)

	db, err := Open(path, Options{AuditRetention: -1})
	must(t, err)
	must(t, db.AppendAudit(ctx, auditEntry(500)))
	err = db.Commit(ctx)
	if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "panicked") {
		t.Fatalf("Commit over a damaged page: %v, want ErrCorrupt saying bbolt panicked", err)
	}
	select {
	case <-db.Failed():
	default:
		t.Fatal("the store did not stop")
	}
	if !errors.Is(db.Err(), ErrCorrupt) {
		t.Errorf("Err = %v", db.Err())
	}
	if err := db.PutOffender(ctx, offender("later")); !errors.Is(err, ErrCorrupt) {
		t.Errorf("a write after the stop: %v, want the failure", err)
	}
	if _, err := db.ListOffenders(ctx, 0); !errors.Is(err, ErrCorrupt) {
		t.Errorf("a read after the stop: %v, want the failure", err)
	}
	if err := db.Commit(ctx); !errors.Is(err, ErrCorrupt) {
		t.Errorf("a Commit after the stop: %v, want the failure", err)
	}
	must(t, db.Close())

	// Closed after a failure, the store is checked at the next Open.
	if _, err := Open(path, Options{}); !errors.Is(err, ErrCorrupt) {
		t.Errorf("reopening the damaged store: %v, want ErrCorrupt from the check", err)
	}
	// Undo the damage: what the failed commit wrote is not reachable from
	// the file's meta page; the store is the one last committed.
	after, err := os.ReadFile(path)
	must(t, err)
	ps := os.Getpagesize()
	for p := 0; p < len(damaged); p += ps {
		if !bytes.Equal(damaged[p:p+ps], clean[p:p+ps]) {
			copy(after[p:p+ps], clean[p:p+ps])
		}
	}
	must(t, os.WriteFile(path, after, 0o600))
	db, err = Open(path, Options{Check: true, AuditRetention: -1})
	must(t, err)
	defer db.Close()
	got, err := db.RecentAudit(ctx, 0)
	if err != nil || len(got) != 500 || got[0].Note != auditEntry(499).Note {
		t.Fatalf("after the damage is undone: %d entries, the newest %+v, %v; want the 500 committed", len(got), got[0], err)
	}
}
