package store

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

var ctx = context.Background()

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func offender(user string) bot.Offender {
	return bot.Offender{
		Account:  bot.AccountKey{Platform: bot.Telegram, User: user},
		Strikes:  []time.Time{time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC)},
		LastSeen: time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC),
	}
}

func tempPath(t *testing.T) string { return filepath.Join(t.TempDir(), "immune.db") }

func version(t *testing.T, b *bolt.DB) uint64 {
	t.Helper()
	var v uint64
	must(t, b.View(func(tx *bolt.Tx) (err error) {
		v, err = schemaVersion(tx)
		return err
	}))
	return v
}

// TestOpenMigratesVersion0 opens a bbolt file written before the schema had a
// version (version 0: no buckets at all), and sees it migrated and usable.
func TestOpenMigratesVersion0(t *testing.T) {
	t.Parallel()
	path := tempPath(t)
	b, err := bolt.Open(path, 0o600, nil)
	must(t, err)
	must(t, b.Close())

	db, err := Open(path, Options{})
	must(t, err)
	if v := version(t, db.bolt); v != SchemaVersion {
		t.Fatalf("version after Open = %d, want %d", v, SchemaVersion)
	}
	must(t, db.PutOffender(ctx, offender("1")))
	must(t, db.Commit(ctx))
	must(t, db.Close())

	db, err = Open(path, Options{})
	must(t, err)
	defer db.Close()
	if _, err := db.Offender(ctx, offender("1").Account); err != nil {
		t.Fatalf("offender after migration and reopen: %v", err)
	}
}

// TestMigrate runs the migration mechanism on a table of test steps.
func TestMigrate(t *testing.T) {
	t.Parallel()
	bucket := []byte("things")
	var ran []int
	var mu sync.Mutex
	step := func(n int, fn func(tx *bolt.Tx) error) migration {
		return migration{name: fmt.Sprint("step ", n), up: func(tx *bolt.Tx) error {
			mu.Lock()
			ran = append(ran, n)
			mu.Unlock()
			return fn(tx)
		}}
	}
	steps := []migration{
		step(0, func(tx *bolt.Tx) error { _, err := tx.CreateBucket(bucket); return err }),
		step(1, func(tx *bolt.Tx) error { return tx.Bucket(bucket).Put([]byte("old"), []byte("v1 value")) }),
		// Rewrites the data step 1 wrote, as a real step would.
		step(2, func(tx *bolt.Tx) error {
			b := tx.Bucket(bucket)
			v := b.Get([]byte("old"))
			if err := b.Put([]byte("new"), append([]byte("v2 of "), v...)); err != nil {
				return err
			}
			return b.Delete([]byte("old"))
		}),
	}
	failing := append(steps[:2:2], migration{name: "broken", up: func(tx *bolt.Tx) error {
		if err := tx.Bucket(bucket).Put([]byte("half"), []byte("done")); err != nil {
			return err
		}
		return errors.New("no room")
	}})

	tests := []struct {
		name    string
		from    int // steps already run on the fixture
		steps   []migration
		wantRan []int
		wantV   uint64
		wantErr string
	}{
		{name: "from version 0", from: 0, steps: steps, wantRan: []int{0, 1, 2}, wantV: 3},
		{name: "from version 1", from: 1, steps: steps, wantRan: []int{1, 2}, wantV: 3},
		{name: "already current", from: 3, steps: steps, wantRan: nil, wantV: 3},
		{name: "a failing step", from: 0, steps: failing, wantRan: []int{0, 1}, wantV: 2,
			wantErr: "migrate schema 2 to 3 (broken): no room"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// Not parallel: the steps record into ran.
			b, err := bolt.Open(tempPath(t), 0o600, nil)
			must(t, err)
			defer b.Close()
			must(t, migrate(b, steps[:tc.from]))
			mu.Lock()
			ran = nil
			mu.Unlock()

			err = migrate(b, tc.steps)
			if tc.wantErr == "" {
				must(t, err)
			} else if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("migrate: %v, want %q", err, tc.wantErr)
			}
			if fmt.Sprint(ran) != fmt.Sprint(tc.wantRan) {
				t.Errorf("steps run: %v, want %v", ran, tc.wantRan)
			}
			if v := version(t, b); v != tc.wantV {
				t.Errorf("version = %d, want %d", v, tc.wantV)
			}
			must(t, b.View(func(tx *bolt.Tx) error {
				things := tx.Bucket(bucket)
				if tc.wantV == 3 {
					if got := string(things.Get([]byte("new"))); got != "v2 of v1 value" {
						t.Errorf("migrated value = %q", got)
					}
				}
				if things.Get([]byte("half")) != nil {
					t.Error("a failed step left its writes")
				}
				return nil
			}))
		})
	}
}

// TestGroupCommit holds the commit lock while goroutines write and call
// Commit, then lets go: one transaction makes all their writes durable.
func TestGroupCommit(t *testing.T) {
	t.Parallel()
	path := tempPath(t)
	db, err := Open(path, Options{})
	must(t, err)
	const n = 20
	db.commitSem <- struct{}{}
	errs := make(chan error, n)
	for i := range n {
		go func() {
			if err := db.PutOffender(ctx, offender(fmt.Sprint(i))); err != nil {
				errs <- err
				return
			}
			errs <- db.Commit(ctx)
		}()
	}
	for {
		db.mu.Lock()
		written := db.writeSeq
		db.mu.Unlock()
		if written == n {
			break
		}
		time.Sleep(time.Millisecond)
	}
	before := db.commits.Load()
	<-db.commitSem
	for range n {
		must(t, <-errs)
	}
	if got := db.commits.Load() - before; got != 1 {
		t.Errorf("%d Commit calls ran %d transactions, want 1", n, got)
	}
	must(t, db.Close())
	db, err = Open(path, Options{})
	must(t, err)
	defer db.Close()
	list, err := db.ListOffenders(ctx, 0)
	must(t, err)
	if len(list) != n {
		t.Errorf("%d offenders durable, want %d", len(list), n)
	}
}

// TestCommitFailureRetries fails a Commit by closing the bbolt file under it,
// with writes made while it runs, and checks that nothing is lost or
// reordered: the writes stay buffered and a later Commit makes them durable.
func TestCommitFailureRetries(t *testing.T) {
	t.Parallel()
	path := tempPath(t)
	db, err := Open(path, Options{})
	must(t, err)
	a, b, c := offender("a"), offender("b"), offender("c")
	must(t, db.PutOffender(ctx, a))
	must(t, db.PutOffender(ctx, b))
	must(t, db.AppendAudit(ctx, bot.AuditEntry{Note: "one"}))
	db.testHookFlushing = func() {
		db.testHookFlushing = nil
		// The layer being written is visible to reads...
		if _, err := db.Offender(ctx, a.Account); err != nil {
			t.Errorf("offender being committed: %v", err)
		}
		// ...and writes made meanwhile go on top of it.
		must(t, db.DeleteOffender(ctx, b.Account))
		must(t, db.PutOffender(ctx, c))
		must(t, db.AppendAudit(ctx, bot.AuditEntry{Note: "two"}))
		must(t, db.PruneAudit(ctx, time.Now().Add(-time.Hour)))
		must(t, db.bolt.Close())
	}
	if err := db.Commit(ctx); !errors.Is(err, ErrClosed) {
		t.Fatalf("Commit with the file closed under it: %v", err)
	}
	check := func(t *testing.T, db *DB) {
		t.Helper()
		for _, k := range []bot.AccountKey{a.Account, c.Account} {
			if _, err := db.Offender(ctx, k); err != nil {
				t.Errorf("offender %s: %v", k, err)
			}
		}
		if _, err := db.Offender(ctx, b.Account); !errors.Is(err, bot.ErrNotFound) {
			t.Errorf("offender deleted during the failed Commit: %v", err)
		}
		audit, err := db.RecentAudit(ctx, 0)
		must(t, err)
		if len(audit) != 2 || audit[0].Note != "two" || audit[1].Note != "one" {
			t.Errorf("audit: %+v", audit)
		}
	}
	if n := db.Pending(); n != 5 {
		t.Errorf("Pending after the failed Commit = %d, want 5", n)
	}
	db.bolt, err = bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	must(t, err)
	check(t, db)
	must(t, db.Commit(ctx))
	if n := db.Pending(); n != 0 {
		t.Errorf("Pending after the retried Commit = %d", n)
	}
	check(t, db)
	must(t, db.Close())
	db, err = Open(path, Options{})
	must(t, err)
	defer db.Close()
	check(t, db)
}

// TestCache checks the two-generation cache keeps within its bound and keeps
// entries in use.
func TestCache(t *testing.T) {
	t.Parallel()
	c := newCache[int, *int](100)
	hot := 7
	c.put(-1, &hot)
	for i := range 1000 {
		c.put(i, nil)
		if v, ok := c.get(-1); !ok || v != &hot {
			t.Fatalf("hot entry lost after %d puts", i)
		}
		if c.len() > 100 {
			t.Fatalf("cache holds %d entries, bound 100", c.len())
		}
	}
	if _, ok := c.get(0); ok {
		t.Error("cold entry kept")
	}
	if v, ok := c.get(999); !ok || v != nil {
		t.Error("negative entry lost")
	}
}

// TestKeysSortByTime checks that time keys sort as times do, the zero time
// first.
func TestKeysSortByTime(t *testing.T) {
	t.Parallel()
	times := []time.Time{
		{},
		time.Date(1600, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1969, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Unix(0, 0),
		time.Unix(0, 1),
		time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2300, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	for i := 1; i < len(times); i++ {
		a, b := auditKey(times[i-1], 0), auditKey(times[i], 0)
		if string(a) > string(b) {
			t.Errorf("key of %v sorts after key of %v", times[i-1], times[i])
		}
	}
	if k := auditKey(time.Time{}, 5); binary.BigEndian.Uint64(k) != 0 {
		t.Errorf("zero time key = %x", k)
	}
}

// TestSeenIndex checks that replacing a record moves it to the key of its
// new LastSeen and deleting it removes its key, whether the record was
// committed in this run, read since a reopen, or is only in the file.
func TestSeenIndex(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		readFirst bool // the old record is in the cache
		reopen    bool // the cache is empty
	}{
		{name: "old record cached after Commit"},
		{name: "old record cached by a read", reopen: true, readFirst: true},
		{name: "old record only in the file", reopen: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			path := tempPath(t)
			keep := Options{OffenderRetention: -1} // the records have fixed times
			db, err := Open(path, keep)
			must(t, err)
			defer func() { db.Close() }()
			for _, u := range []string{"a", "b", "c"} {
				must(t, db.PutOffender(ctx, offender(u)))
			}
			must(t, db.Commit(ctx))
			if tc.reopen {
				must(t, db.Close())
				db, err = Open(path, keep)
				must(t, err)
			}
			o := offender("b")
			if tc.readFirst {
				_, err := db.Offender(ctx, o.Account)
				must(t, err)
			}
			o.LastSeen = o.LastSeen.Add(time.Hour)
			must(t, db.PutOffender(ctx, o))
			must(t, db.DeleteOffender(ctx, offender("c").Account))
			must(t, db.Commit(ctx))
			var keys []string
			must(t, db.bolt.View(func(tx *bolt.Tx) error {
				return tx.Bucket(bucketOffendersBySeen).ForEach(func(k, _ []byte) error {
					keys = append(keys, string(k[8:]))
					return nil
				})
			}))
			// b's old key stays, a stale copy; c's record goes
			if fmt.Sprint(keys) != "[telegram:a telegram:b telegram:b]" {
				t.Errorf("index holds %v, want [telegram:a telegram:b telegram:b]", keys)
			}
			if got, err := db.ListOffenders(ctx, 0); err != nil || len(got) != 2 || got[0].Account != o.Account || !got[0].LastSeen.Equal(o.LastSeen) {
				t.Errorf("ListOffenders = %+v, %v; want b's record, then a's", got, err)
			}
		})
	}
}

// TestCaseExplanations: a case's reasons keep their explanations (what
// /why puts in the reader's language) through the binary form; a case
// written before they were kept (the record ends at its note) still reads,
// its reasons with their English details; a damaged explanation section is
// an error, not a panic.
func TestCaseExplanations(t *testing.T) {
	t.Parallel()
	r := bot.Reason{Code: bot.CodeLure, Detail: "lure words: account-lock urgency (\"locked\")"}
	r.SetExplanation("lure", []string{"account_lock", "locked"})
	c := &bot.Case{ID: bot.NewCaseID(time.Unix(1_700_000_000, 0)), Time: time.Unix(1_700_000_000, 0).UTC(),
		Scope: bot.ChatKey{Platform: bot.Telegram, Chat: "-1"}, Message: bot.MessageRef{Platform: bot.Telegram, Chat: "-1", ID: "5"},
		Reasons: []bot.Reason{r, {Code: bot.CodeBlocklisted, Detail: "listed by antiscam"}}}
	b, err := encodeCase(c)
	must(t, err)
	got, err := decodeCase(b)
	must(t, err)
	if got.Reasons[0].DetailIn(bot.Vietnamese) == r.Detail || got.Reasons[0].DetailIn(bot.Vietnamese) != r.DetailIn(bot.Vietnamese) {
		t.Errorf("read back: %q, want %q", got.Reasons[0].DetailIn(bot.Vietnamese), r.DetailIn(bot.Vietnamese))
	}

	old := *c
	old.Reasons = []bot.Reason{{Code: bot.CodeLure, Detail: r.Detail}}
	b, err = encodeCase(&old)
	must(t, err)
	got, err = decodeCase(b)
	must(t, err)
	if key, _ := got.Reasons[0].Explanation(); key != "" || got.Reasons[0].DetailIn(bot.Vietnamese) != r.Detail {
		t.Errorf("an old case: %q, want its English detail", got.Reasons[0].DetailIn(bot.Vietnamese))
	}

	b, err = encodeCase(c)
	must(t, err)
	if _, err := decodeCase(b[:len(b)-3]); err == nil {
		t.Error("a case cut short in its explanations read without an error")
	}
}

// TestSightingsAcrossLayers reads an account's sightings while a Commit
// writes some of them: those in the file, those in the layer being
// written and those written meanwhile are merged, a layer's deletions,
// rewrites and pruning watermark applied to what lies below it, oldest
// first; and the answer is the same once the Commit is done and after
// the store is opened again.
func TestSightingsAcrossLayers(t *testing.T) {
	t.Parallel()
	path := tempPath(t)
	t0 := time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC)
	db, err := Open(path, Options{Now: func() time.Time { return t0 }})
	must(t, err)
	acct := bot.AccountKey{Platform: bot.Telegram, User: "u"}
	at := func(id string, min int) bot.Sighting {
		return bot.Sighting{Account: acct, Fingerprints: []string{"u:dlscord.com/gift"},
			Message: bot.MessageRef{Platform: bot.Telegram, Chat: "c" + id, ID: id}, Time: t0.Add(time.Duration(min) * time.Minute)}
	}
	add := func(ss ...bot.Sighting) { t.Helper(); must(t, db.AddSightings(ctx, ss)) }
	del := func(s bot.Sighting) {
		t.Helper()
		must(t, db.DeleteSightings(ctx, acct, []bot.MessageRef{s.Message}))
	}
	read := func(when string) {
		t.Helper()
		got, err := db.RecentSightings(ctx, acct, t0)
		must(t, err)
		var ids []string
		for _, s := range got {
			ids = append(ids, s.Message.ID)
		}
		if want := "[3 5 6 7]"; fmt.Sprint(ids) != want {
			t.Errorf("%s: sightings %v, want %s", when, ids, want)
		}
	}
	// in the file
	add(at("1", 1), at("2", 2), at("3", 3))
	must(t, db.Commit(ctx))
	// in the layer the next Commit writes
	add(at("4", 4), at("5", 5), at("8", 1))
	del(at("2", 2))
	db.testHookFlushing = func() {
		db.testHookFlushing = nil
		// written meanwhile, on top of it
		del(at("4", 4))
		add(at("3", 3), at("7", 7), at("6", 6))
		must(t, db.PruneSightings(ctx, t0.Add(90*time.Second))) // forgets 1 and 8
		read("during the Commit")
	}
	must(t, db.Commit(ctx))
	read("after it")
	must(t, db.Commit(ctx))
	read("after the next")
	must(t, db.Close())
	db, err = Open(path, Options{Now: func() time.Time { return t0 }})
	must(t, err)
	defer db.Close()
	read("opened again")
}
