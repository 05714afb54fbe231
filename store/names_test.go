package store

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// nameKeys lists offenders_by_name as "platform key user".
func nameKeys(t testing.TB, db *DB) []string {
	t.Helper()
	var out []string
	must(t, db.bolt.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketOffendersByName).ForEach(func(k, _ []byte) error {
			acct, key, ok := splitScopeKey(k)
			if !ok {
				t.Errorf("key %q does not read", k)
			}
			out = append(out, string(acct.Platform)+" "+key+" "+acct.User)
			return nil
		})
	}))
	slices.Sort(out)
	return out
}

// namesOfRecords is what offenders_by_name should hold: the keys of every
// record's name (ListOffenders).
func namesOfRecords(t testing.TB, db *DB) []string {
	t.Helper()
	all, err := db.ListOffenders(ctx, 0)
	must(t, err)
	var out []string
	for _, o := range all {
		for _, k := range foldNameKeys(o.Name) {
			out = append(out, string(o.Account.Platform)+" "+k+" "+o.Account.User)
		}
	}
	slices.Sort(out)
	return out
}

// named is OffendersNamed's accounts for the keys of name, sorted.
func named(t testing.TB, db *DB, p bot.Platform, name string) []string {
	t.Helper()
	list, err := db.OffendersNamed(ctx, p, foldNameKeys(name))
	must(t, err)
	var out []string
	for _, o := range list {
		out = append(out, o.Account.User)
	}
	slices.Sort(out)
	return out
}

// checkNamed compares OffendersNamed with every record, for each name of
// the story.
func checkNamed(t *testing.T, db *DB, when string) {
	t.Helper()
	all, err := db.ListOffenders(ctx, 0)
	must(t, err)
	for _, name := range storyNames {
		var want []string
		for _, o := range all {
			if o.Account.Platform == bot.Telegram && len(foldNameKeys(name)) > 0 &&
				slices.ContainsFunc(foldNameKeys(o.Name), func(k string) bool { return slices.Contains(foldNameKeys(name), k) }) {
				want = append(want, o.Account.User)
			}
		}
		slices.Sort(want)
		if got := named(t, db, bot.Telegram, name); !slices.Equal(got, want) {
			t.Fatalf("%s: named %q: %q, want %q", when, name, got, want)
		}
	}
}

var storyNames = []string{"Eve", "Lê Thị Hà", "Bob (@eve)", "Carol", "le thi ha"}

// nameStory writes, renames and deletes records of seven accounts,
// committing after each step.
func nameStory(t *testing.T, db *DB, steps int) {
	t.Helper()
	t0 := time.Date(2026, 12, 2, 5, 6, 7, 0, time.UTC)
	for i := range steps {
		k := bot.AccountKey{Platform: bot.Telegram, User: fmt.Sprint(i % 7)}
		if i%5 == 4 {
			must(t, db.DeleteOffender(ctx, k))
		} else {
			must(t, db.PutOffender(ctx, bot.Offender{Account: k, Name: storyNames[(i/7+i)%len(storyNames)],
				LastSeen: t0.Add(time.Duration(i) * time.Second), Chats: []string{"g1"}}))
		}
		must(t, db.Commit(ctx))
		checkNamed(t, db, fmt.Sprint("step ", i))
	}
}

// TestNameIndexWrittenInBulk: a Commit notes the accounts whose names
// changed instead of writing offenders_by_name, which OffendersNamed reads
// beside it; a Commit past scopeFlushAt of them writes the bucket up to
// date, and so does Close.
func TestNameIndexWrittenInBulk(t *testing.T) {
	t.Parallel()
	db, err := Open(tempPath(t), Options{OffenderRetention: -1})
	must(t, err)
	t.Cleanup(func() { db.Close() })
	db.scopeFlushAt = 3
	flushed := 0
	for round := range 6 {
		nameStory(t, db, 5+round)
		db.mu.Lock()
		noted := len(db.names.dirty)
		db.mu.Unlock()
		if noted == 0 {
			flushed++
			if got, want := nameKeys(t, db), namesOfRecords(t, db); !slices.Equal(got, want) {
				t.Errorf("round %d: the bucket written in bulk = %q, want %q", round, got, want)
			}
		}
	}
	if flushed == 0 {
		t.Error("no Commit wrote the bucket")
	}
	db.scopeFlushAt = 1 << 30
	nameStory(t, db, 9)
	if got, want := nameKeys(t, db), namesOfRecords(t, db); slices.Equal(got, want) {
		t.Error("the bucket was written with every Commit")
	}
	path := db.Path()
	must(t, db.Close())
	db, err = Open(path, Options{OffenderRetention: -1})
	must(t, err)
	t.Cleanup(func() { db.Close() })
	if got, want := nameKeys(t, db), namesOfRecords(t, db); !slices.Equal(got, want) {
		t.Errorf("after Close: the bucket = %q, want %q", got, want)
	}
	checkNamed(t, db, "reopened")
}

// TestNameIndexAfterACrash: a store whose process ended without Close has
// a bucket that lags its records; the next Open has it rebuilt (in the
// background), and a read-only Open answers from every record.
func TestNameIndexAfterACrash(t *testing.T) {
	t.Parallel()
	db, err := Open(tempPath(t), Options{OffenderRetention: -1})
	must(t, err)
	t.Cleanup(func() { db.Close() })
	nameStory(t, db, 12)
	data, err := os.ReadFile(db.Path())
	must(t, err)
	crashed := filepath.Join(t.TempDir(), "crashed.db")
	must(t, os.WriteFile(crashed, data, 0o600))
	want := namesOfRecords(t, db)

	ro, err := Open(crashed, Options{ReadOnly: true, OffenderRetention: -1})
	must(t, err)
	if got := nameKeys(t, ro); slices.Equal(got, want) {
		t.Fatal("the crashed file's bucket is up to date: nothing to test")
	}
	checkNamed(t, ro, "read-only, after a crash")
	must(t, ro.Close())

	rw, err := Open(crashed, Options{OffenderRetention: -1})
	must(t, err)
	t.Cleanup(func() { rw.Close() })
	builtIndex(t, rw)
	if got := nameKeys(t, rw); !slices.Equal(got, want) {
		t.Errorf("after a crash: the bucket = %q, want it rebuilt, %q", got, want)
	}
	checkNamed(t, rw, "after a crash")
}

// TestOpenIndexesNamesOfVersion13 opens a file written at schema 13,
// before the index by name: its records, one with a stale copy under an
// older name, are indexed after the migration (the record's name, not
// the stale copy's, read from binary and JSON records), and
// OffendersNamed finds them.
func TestOpenIndexesNamesOfVersion13(t *testing.T) {
	t.Parallel()
	path := tempPath(t)
	b, err := bolt.Open(path, 0o600, nil)
	must(t, err)
	must(t, migrate(b, migrations[:13]))
	t0 := time.Date(2026, 12, 2, 5, 6, 7, 8, time.UTC)
	ann := bot.AccountKey{Platform: bot.Telegram, User: "1"}
	records := []bot.Offender{
		{Account: ann, Name: "Annie", LastSeen: t0, Chats: []string{"g1"}}, // a stale copy
		{Account: ann, Name: "Lê Thị Hà (@ann)", LastSeen: t0.Add(time.Minute), Chats: []string{"g1"}},
		{Account: bot.AccountKey{Platform: bot.Discord, User: "2"}, Name: "Lê Thị Hà", LastSeen: t0.Add(time.Second), Chats: []string{"c1"}},
	}
	must(t, b.Update(func(tx *bolt.Tx) error {
		for _, o := range records {
			v, err := encodeOffender(&o)
			if err != nil {
				return err
			}
			if err := tx.Bucket(bucketOffendersBySeen).Put(seenKey(o.LastSeen, o.Account), v); err != nil {
				return err
			}
		}
		// a record of the JSON form older versions wrote
		return tx.Bucket(bucketOffendersBySeen).Put(seenKey(t0, bot.AccountKey{Platform: bot.Telegram, User: "3"}),
			[]byte(`{"account":{"platform":"telegram","user":"3"},"name":"LE THI HA","last_seen":"2026-12-02T05:06:07.000000008Z"}`))
	}))
	must(t, b.Close())

	db, err := Open(path, Options{OffenderRetention: -1})
	must(t, err)
	t.Cleanup(func() { db.Close() })
	if v := version(t, db.bolt); v != SchemaVersion || SchemaVersion != 14 {
		t.Fatalf("version %d after Open, want %d (14)", v, SchemaVersion)
	}
	builtIndex(t, db) // in the background
	if got, want := nameKeys(t, db), namesOfRecords(t, db); !slices.Equal(got, want) || len(got) != 4 {
		t.Errorf("after the upgrade: the bucket = %q, want %q", got, want)
	}
	if got := named(t, db, bot.Telegram, "le thi ha"); !slices.Equal(got, []string{"1", "3"}) {
		t.Errorf("named le thi ha on Telegram: %q, want 1 and 3", got)
	}
	if got := named(t, db, bot.Telegram, "Annie"); len(got) != 0 {
		t.Errorf("named Annie, the stale copy's name: %q", got)
	}
	if got := named(t, db, bot.Discord, "Lê Thị Hà"); !slices.Equal(got, []string{"2"}) {
		t.Errorf("named Lê Thị Hà on Discord: %q", got)
	}
}

// BenchmarkRebuildNames is what the upgrade to schema 14, and the Open of
// a store not closed cleanly, spend building the index by name: a store
// of 200,000 offender records, each with a display name and a username
// ("Member 1 (@member1)", one key).
func BenchmarkRebuildNames(b *testing.B) {
	db, err := Open(filepath.Join(b.TempDir(), "immune.db"), Options{OffenderRetention: -1})
	if err != nil {
		b.Fatal(err)
	}
	t0 := time.Date(2026, 11, 4, 5, 6, 7, 0, time.UTC)
	for i := range 200_000 {
		o := bot.Offender{Account: bot.AccountKey{Platform: bot.Telegram, User: fmt.Sprint(5000000000 + i)},
			Name: fmt.Sprintf("Member %d (@member%d)", i, i), LastSeen: t0.Add(time.Duration(i) * time.Second)}
		o.Strikes = []time.Time{o.LastSeen}
		o.Chats = []string{fmt.Sprint(-1001000000000 - int64(i%5000))}
		if err := db.PutOffender(ctx, o); err != nil {
			b.Fatal(err)
		}
		if i%5000 == 4999 {
			if err := db.Commit(ctx); err != nil {
				b.Fatal(err)
			}
		}
	}
	if err := db.Commit(ctx); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if err := rebuildNames(db.bolt); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	if got := len(nameKeys(b, db)); got != 200_000 {
		b.Errorf("%d keys, want 200,000 (the display name, which is the username's)", got)
	}
	db.Close()
}

// TestNameKeysOfAnotherVersionRekeyed: a store whose keys by name another
// version of the folding of names made (nameKeyVersion) has them made
// again after Open, in the background, answering from every record
// meanwhile (and read-only); an Open with the same version rebuilds
// nothing, and a rebuild cut short by a kill is made again.
func TestNameKeysOfAnotherVersionRekeyed(t *testing.T) {
	db, err := Open(tempPath(t), Options{OffenderRetention: -1})
	must(t, err)
	nameStory(t, db, 12)
	path := db.Path()
	must(t, db.Close())
	was := nameKeysAt(t, path)

	defer func(f func(string) []string, v uint64) { foldNameKeys, nameKeyVersion = f, v }(foldNameKeys, nameKeyVersion)
	foldNameKeys = func(name string) []string {
		var out []string
		for _, k := range bot.NameKeys(name) {
			out = append(out, "v2 "+k)
		}
		return out
	}
	nameKeyVersion = 2

	ro, err := Open(path, Options{ReadOnly: true, OffenderRetention: -1})
	must(t, err)
	checkNamed(t, ro, "read-only, keys of version 1")
	must(t, ro.Close())

	// a kill -9 during the rebuild
	midway, release := holdBuild(t, path, 2, 2)
	db, err = Open(path, Options{OffenderRetention: -1})
	must(t, err)
	<-midway
	checkNamed(t, db, "while the keys are made again")
	killed := copyKilled(t, path)
	nameStory(t, db, 3) // renames meanwhile
	close(release)
	builtIndex(t, db)
	checkNamed(t, db, "once the keys are made again")
	must(t, db.Close())

	for _, p := range []string{path, killed} {
		db := openBuilt(t, p, p == killed)
		if got, want := nameKeys(t, db), namesOfRecords(t, db); !slices.Equal(got, want) || slices.Equal(got, was) {
			t.Errorf("%s: the bucket = %q, want %q", p, got, want)
		}
		checkNamed(t, db, p)
		must(t, db.Close())
	}
}

// nameKeysAt is nameKeys of the store at path.
func nameKeysAt(t *testing.T, path string) []string {
	t.Helper()
	db, err := Open(path, Options{ReadOnly: true})
	must(t, err)
	defer db.Close()
	return nameKeys(t, db)
}

// TestNamesAnswerWhileTheIndexIsRebuilt: after a crash, Open returns
// before the index by name is rebuilt (held here midway through reading
// the records), answering from every record meanwhile; records renamed,
// deleted or written meanwhile are in the index once it is built.
func TestNamesAnswerWhileTheIndexIsRebuilt(t *testing.T) {
	db, err := Open(tempPath(t), Options{OffenderRetention: -1})
	must(t, err)
	db.scopeFlushAt = 1 << 30 // nothing written to the indexes
	nameStory(t, db, 40)
	data, err := os.ReadFile(db.Path())
	must(t, err)
	crashed := filepath.Join(t.TempDir(), "crashed.db")
	must(t, os.WriteFile(crashed, data, 0o600))
	must(t, db.Close())
	stale := nameKeysAt(t, crashed)

	midway, release := holdBuild(t, crashed, 2, 4)
	db, err = Open(crashed, Options{OffenderRetention: -1})
	must(t, err)
	defer db.Close()
	<-midway
	if got := nameKeys(t, db); !slices.Equal(got, stale) {
		t.Errorf("Open rebuilt the index by name before it returned: %q, was %q", got, stale)
	}
	checkNamed(t, db, "while the index is rebuilt")
	nameStory(t, db, 9)
	close(release)
	builtIndex(t, db)
	checkNamed(t, db, "once the index is rebuilt")
	must(t, db.Close())
	db, err = Open(crashed, Options{OffenderRetention: -1})
	must(t, err)
	if got, want := nameKeys(t, db), namesOfRecords(t, db); !slices.Equal(got, want) {
		t.Errorf("after Close: the bucket = %q, want %q", got, want)
	}
	checkNamed(t, db, "after Close")
}

// TestNameKeysOfThisVersion pins the keys bot.NameKeys gives a few names
// at nameKeyVersion 1: a change to them must raise nameKeyVersion (and
// this table), or stores would keep keys pardon NAME no longer looks up.
func TestNameKeysOfThisVersion(t *testing.T) {
	if nameKeyVersion != 1 {
		t.Fatalf("nameKeyVersion %d: pin the keys of this version here", nameKeyVersion)
	}
	for _, c := range []struct {
		name string
		keys []string
	}{
		{"Eve", []string{"EVE"}},
		{"Lê Thị Hà (@ha_le)", []string{"LETHIHA", "HALE"}},
		{"Bob (@eve)", []string{"BOB", "EVE"}},
		{"ＡＤＭＩＮ Support", []string{"ＡＤＭＩＮSUPPORT"}},
		{"", nil},
		{"  carol  ", []string{"CAROL"}},
		{"Đức | official", []string{"DUC|OFFICIAL"}},
		{"Mr. X (@x)", []string{"MRX", "X"}},
		{"аdmin", []string{"АDMIN"}},
		{"Ｔｅｌｅｇｒａｍ 🛡️ Support", []string{"ＴＥＬＥＧＲＡＭ🛡SUPPORT"}},
		{"http://evil.example", []string{"HXXP://EVIL[]EXAMPLE"}},
		{"@someone", []string{"@SOMEONE"}},
	} {
		if got := bot.NameKeys(c.name); !slices.Equal(got, c.keys) {
			t.Errorf("NameKeys(%q) = %q, version 1 gave %q: raise nameKeyVersion (store/names.go says what else to do)", c.name, got, c.keys)
		}
	}
}
