package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// crashedStore writes n offender records over a dozen chats, some written
// again with other chats (stale copies), and returns a copy of the file
// as a killed process leaves it: the index lagging its records.
func crashedStore(t *testing.T, n int) string {
	t.Helper()
	db, err := Open(tempPath(t), Options{OffenderRetention: -1})
	must(t, err)
	db.scopeFlushAt = 1 << 30 // nothing written to the index
	t0 := time.Date(2026, 11, 4, 5, 6, 7, 0, time.UTC)
	for i := range n {
		for w := range 1 + i%2 { // odd accounts move on: a stale copy each
			o := bot.Offender{Account: bot.AccountKey{Platform: bot.Telegram, User: fmt.Sprint(1000 + i)},
				LastSeen: t0.Add(time.Duration(i*2+w) * time.Second)}
			for j := range 1 + i%3 {
				o.Chats = append(o.Chats, fmt.Sprint("g", (i+j*5+w)%12))
			}
			if i%7 == 0 {
				o.Restricted, o.RestrictedEnds, o.RestrictedUntil = []string{"g0"}, []time.Time{t0.Add(time.Hour)}, t0.Add(time.Hour)
			}
			must(t, db.PutOffender(ctx, o))
			must(t, db.Commit(ctx))
		}
	}
	must(t, db.DeleteOffender(ctx, bot.AccountKey{Platform: bot.Telegram, User: "1004"}))
	must(t, db.Commit(ctx))
	data, err := os.ReadFile(db.Path())
	must(t, err)
	crashed := filepath.Join(t.TempDir(), "crashed.db")
	must(t, os.WriteFile(crashed, data, 0o600))
	must(t, db.Close())
	return crashed
}

// TestOpenAnswersWhileTheIndexIsRebuilt: after an unclean stop, Open
// returns before the index by chat is rebuilt (here held between two of
// its transactions); meanwhile the queries answer from every record, a
// Commit that moves an account to other chats is answered at once and is
// in the index once it is built, and the index then matches the records,
// after Close and Open too. A copy of the file taken midway (a kill -9
// during the rebuild) holds half an index and the open mark: its Open
// builds the index again, whole.
func TestOpenAnswersWhileTheIndexIsRebuilt(t *testing.T) {
	crashed := crashedStore(t, 60)
	defer func(n int) { scopeBatch = n }(scopeBatch)
	scopeBatch = 10
	midway, release := make(chan struct{}), make(chan struct{})
	testHookScopeBatch = func(_ context.Context, path string, written int) error {
		if path == crashed && written == 30 {
			close(midway)
			<-release
		}
		return nil
	}
	defer func() { testHookScopeBatch = nil }()

	opened := make(chan *DB)
	go func() {
		db, err := Open(crashed, Options{OffenderRetention: -1})
		if err != nil {
			t.Error(err)
		}
		opened <- db
	}()
	var db *DB
	select {
	case db = <-opened:
	case <-time.After(time.Minute):
		close(release)
		t.Fatal("Open waited for the index to be rebuilt")
	}
	if db == nil {
		t.FailNow()
	}
	<-midway
	checkIndex(t, db, "while the index is rebuilt")
	// a kill -9 now
	data, err := os.ReadFile(crashed)
	must(t, err)
	killed := filepath.Join(t.TempDir(), "killed.db")
	must(t, os.WriteFile(killed, data, 0o600))
	// an account moves while the index is rebuilt
	moved := bot.AccountKey{Platform: bot.Telegram, User: "1003"}
	o := bot.Offender{Account: moved, LastSeen: time.Date(2026, 11, 5, 0, 0, 0, 0, time.UTC), Chats: []string{"g11", "new"}}
	must(t, db.PutOffender(ctx, o))
	must(t, db.Commit(ctx))
	if got := offendersIn(t, db, bot.Telegram, "new"); !slices.Equal(got, []string{moved.String()}) {
		t.Errorf("while the index is rebuilt: offenders in new = %q", got)
	}
	checkIndex(t, db, "after a Commit, while the index is rebuilt")
	close(release)
	builtIndex(t, db)
	checkIndex(t, db, "once the index is rebuilt")
	if got := offendersIn(t, db, bot.Telegram, "new"); !slices.Equal(got, []string{moved.String()}) {
		t.Errorf("once the index is rebuilt: offenders in new = %q", got)
	}
	must(t, db.Close())
	db, err = Open(crashed, Options{OffenderRetention: -1})
	must(t, err)
	if _, checked := db.Checked(); checked {
		t.Error("the store closed after its rebuild was checked as not closed cleanly")
	}
	if got, want := scopeKeys(t, db), indexOfRecords(t, db); !slices.Equal(got, want) {
		t.Errorf("after Close: the index = %q, want %q", got, want)
	}
	checkIndex(t, db, "after Close")
	must(t, db.Close())

	db, err = Open(killed, Options{OffenderRetention: -1})
	must(t, err)
	defer db.Close()
	if _, checked := db.Checked(); !checked {
		t.Error("a store killed during its rebuild was not checked")
	}
	builtIndex(t, db)
	got, want := scopeKeys(t, db), indexOfRecords(t, db)
	if !slices.Equal(got, want) {
		t.Errorf("after a kill during the rebuild: the index = %q, want %q", got, want)
	}
	if len(want) < 60 {
		t.Errorf("%d keys: too few for a rebuild of several transactions", len(want))
	}
	checkIndex(t, db, "after a kill during the rebuild")
}

// TestFailedRebuildIsMadeAgain: a rebuild that fails leaves the queries
// answering from every record and the open mark set, so that the next Open
// checks the store and builds the index again.
func TestFailedRebuildIsMadeAgain(t *testing.T) {
	crashed := crashedStore(t, 30)
	undo := failBuildOf(crashed)
	defer undo()
	db, err := Open(crashed, Options{OffenderRetention: -1})
	must(t, err)
	<-db.buildDone
	if db.buildErr == nil || !db.scopesStale {
		t.Fatalf("rebuild: %v, stale %v; want it failed", db.buildErr, db.scopesStale)
	}
	checkIndex(t, db, "after the rebuild failed")
	must(t, db.Close())
	testHookScopeBatch = nil
	db, err = Open(crashed, Options{OffenderRetention: -1})
	must(t, err)
	defer db.Close()
	if _, checked := db.Checked(); !checked {
		t.Error("a store whose rebuild failed was not checked")
	}
	builtIndex(t, db)
	if got, want := scopeKeys(t, db), indexOfRecords(t, db); !slices.Equal(got, want) {
		t.Errorf("the index = %q, want %q", got, want)
	}
}

// TestRecordScopesReadAsDecoded: the scopes read from a record's bytes
// without decoding it are those of the decoded record, for the binary
// forms with and without RestrictedEnds.
func TestRecordScopesReadAsDecoded(t *testing.T) {
	t0 := time.Date(2026, 11, 4, 5, 6, 7, 8, time.UTC)
	for _, o := range []bot.Offender{
		{Account: bot.AccountKey{Platform: bot.Telegram, User: "1"}, LastSeen: t0},
		{Account: bot.AccountKey{Platform: bot.Discord, User: "2"}, Name: "Ann", Strikes: []time.Time{t0, t0.Add(time.Second)},
			Compromised: true, CompromisedSince: t0, Evidence: "x.example", Chats: []string{"c1", "c2", "c1"}, Groups: []string{"s1"},
			Restricted: []string{"c3"}, RestrictedUntil: t0.Add(time.Hour), Pardons: []bot.Pardon{{Scope: "c9", Time: t0}}, LastSeen: t0},
		{Account: bot.AccountKey{Platform: bot.Telegram, User: "3"}, Restricted: []string{"a", "b"}, RestrictedEnds: []time.Time{t0, t0},
			RestrictedUntil: t0, Chats: []string{"b"}, LastSeen: t0},
	} {
		v, err := appendOffender(nil, &o)
		must(t, err)
		var got, want []string
		must(t, eachRecordScope(v, func(s []byte) { got = append(got, string(s)) }))
		eachScope(&o, func(s string) { want = append(want, s) })
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: scopes %q, want %q", o.Account, got, want)
		}
	}
}

// TestCommitGrowsTheFileWhileTheIndexIsRebuilt: a Commit that must grow
// the file (and so map it again, which bbolt does only when no read
// transaction is open) completes while the rebuild of the index after an
// unclean stop is held midway through reading the records; records
// written meanwhile are in the index once it is built: one whose key goes
// back in time to before where the reading is, with the same chats, one
// moved to other chats, one deleted, and the new ones.
func TestCommitGrowsTheFileWhileTheIndexIsRebuilt(t *testing.T) {
	defer func(n int) { initialMmap = n }(initialMmap)
	initialMmap = 0 // the file mapped at its size, again as it grows
	crashed := crashedStore(t, 60)
	midway, release := holdBuild(t, crashed, 10, 30)
	db, err := Open(crashed, Options{OffenderRetention: -1})
	must(t, err)
	defer db.Close()
	select {
	case <-midway:
	case <-db.buildDone:
		t.Fatal("the rebuild ended without the hook")
	}
	info, err := os.Stat(crashed)
	must(t, err)
	t0 := time.Date(2026, 11, 4, 5, 6, 7, 0, time.UTC)
	back := bot.AccountKey{Platform: bot.Telegram, User: "1058"} // read last
	o, err := db.Offender(ctx, back)
	must(t, err)
	o.LastSeen = t0.Add(-time.Hour) // before every key read so far
	must(t, db.PutOffender(ctx, o))
	moved := bot.AccountKey{Platform: bot.Telegram, User: "1001"}
	must(t, db.PutOffender(ctx, bot.Offender{Account: moved, LastSeen: t0.Add(time.Minute), Chats: []string{"g11", "new"}}))
	must(t, db.DeleteOffender(ctx, bot.AccountKey{Platform: bot.Telegram, User: "1040"}))
	evidence := strings.Repeat("x", 900)
	for i := range 2000 { // several times the file's size
		must(t, db.PutOffender(ctx, bot.Offender{Account: bot.AccountKey{Platform: bot.Telegram, User: fmt.Sprint(9000 + i)},
			LastSeen: t0.Add(time.Duration(i) * time.Millisecond), Evidence: evidence, Chats: []string{fmt.Sprint("h", i%5)}}))
	}
	done := make(chan error, 1)
	go func() { done <- db.Commit(ctx) }()
	select {
	case err := <-done:
		must(t, err)
	case <-time.After(30 * time.Second):
		close(release)
		must(t, <-done)
		t.Fatal("a Commit that grows the file waited for the rebuild to read the records")
	}
	grown, err := os.Stat(crashed)
	must(t, err)
	if grown.Size() < 2*info.Size() {
		t.Errorf("the file grew from %d to %d bytes only", info.Size(), grown.Size())
	}
	checkIndex(t, db, "after a Commit, while the index is rebuilt")
	close(release)
	builtIndex(t, db)
	checkIndex(t, db, "once the index is rebuilt")
	if got := offendersIn(t, db, bot.Telegram, "new"); !slices.Equal(got, []string{moved.String()}) {
		t.Errorf("offenders in new = %q", got)
	}
	must(t, db.Close())
	db, err = Open(crashed, Options{OffenderRetention: -1})
	must(t, err)
	if missing, extra := keysDiff(scopeKeys(t, db), indexOfRecords(t, db)); len(missing)+len(extra) > 0 {
		t.Errorf("after Close: the index lacks %q and has %q too", missing, extra)
	}
	checkIndex(t, db, "after Close")
}

// keysDiff returns the keys of want not in got, and those of got not in
// want; both sorted.
func keysDiff(got, want []string) (missing, extra []string) {
	for _, k := range want {
		if _, ok := slices.BinarySearch(got, k); !ok {
			missing = append(missing, k)
		}
	}
	for _, k := range got {
		if _, ok := slices.BinarySearch(want, k); !ok {
			extra = append(extra, k)
		}
	}
	return missing, extra
}

// TestUpgradeBuildsTheIndexesInTheBackground: the upgrade of a schema 12
// store (before both indexes) returns from Open before the indexes are
// built (held here midway through reading the records), answering from
// every record meanwhile; a kill then has them built at the next Open;
// once built, the meta keys say so and the next Open builds nothing.
func TestUpgradeBuildsTheIndexesInTheBackground(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v12.db")
	b, err := bolt.Open(path, 0o600, nil)
	must(t, err)
	must(t, migrate(b, migrations[:12]))
	t0 := time.Date(2026, 11, 4, 5, 6, 7, 8, time.UTC)
	must(t, b.Update(func(tx *bolt.Tx) error {
		for i := range 40 {
			o := bot.Offender{Account: bot.AccountKey{Platform: bot.Telegram, User: fmt.Sprint(100 + i)},
				Name: storyNames[i%len(storyNames)], LastSeen: t0.Add(time.Duration(i) * time.Second), Chats: []string{fmt.Sprint("g", i%4)}}
			v, err := encodeOffender(&o)
			if err != nil {
				return err
			}
			if err := tx.Bucket(bucketOffendersBySeen).Put(seenKey(o.LastSeen, o.Account), v); err != nil {
				return err
			}
		}
		return nil
	}))
	must(t, b.Close())

	midway, release := holdBuild(t, path, 10, 20)
	db, err := Open(path, Options{OffenderRetention: -1})
	must(t, err)
	select {
	case <-midway:
	case <-time.After(time.Minute):
		t.Fatal("no index was built after Open: the upgrade built them before it returned")
	}
	if got := scopeKeys(t, db); len(got) != 0 {
		t.Errorf("the index by chat was written before Open returned: %q", got)
	}
	checkIndex(t, db, "while the upgrade's indexes are built")
	checkNamed(t, db, "while the upgrade's indexes are built")
	killed := copyKilled(t, path)
	close(release)
	builtIndex(t, db)
	must(t, db.Close())

	for _, p := range []string{path, killed} {
		db := openBuilt(t, p, p == killed)
		if got, want := scopeKeys(t, db), indexOfRecords(t, db); !slices.Equal(got, want) || len(got) != 40 {
			t.Errorf("%s: the index by chat = %q, want %q", p, got, want)
		}
		if got, want := nameKeys(t, db), namesOfRecords(t, db); !slices.Equal(got, want) {
			t.Errorf("%s: the index by name = %q, want %q", p, got, want)
		}
		checkIndex(t, db, p)
		checkNamed(t, db, p)
		must(t, db.Close())
	}
}

// copyKilled copies the store at path as a kill -9 now would leave it.
func copyKilled(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	must(t, err)
	killed := filepath.Join(t.TempDir(), "killed.db")
	must(t, os.WriteFile(killed, data, 0o600))
	return killed
}

// openBuilt opens the store at path once its indexes are built: a copy
// killed during a build (killed) builds them again, which it waits for;
// another builds nothing.
func openBuilt(t *testing.T, path string, killed bool) *DB {
	t.Helper()
	db, err := Open(path, Options{OffenderRetention: -1})
	must(t, err)
	if killed {
		builtIndex(t, db)
	} else if db.buildDone != nil {
		t.Errorf("%s: the indexes were built again at the next Open", path)
	}
	return db
}

// holdBuild has the index builds read chunk keys a read transaction, and
// holds the first build of the store at path once it has read at keys:
// midway is closed then, and the build goes on once release is closed.
// The test's end undoes both.
func holdBuild(t *testing.T, path string, chunk, at int) (midway, release chan struct{}) {
	t.Helper()
	midway, release = make(chan struct{}), make(chan struct{})
	var once sync.Once
	old := scopeReadChunk
	scopeReadChunk = chunk
	testHookScopeRead = func(_ context.Context, p string, read int) {
		if p == path && read == at {
			once.Do(func() {
				close(midway)
				<-release
			})
		}
	}
	t.Cleanup(func() { scopeReadChunk, testHookScopeRead = old, nil })
	return midway, release
}
