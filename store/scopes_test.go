package store

import (
	"fmt"
	"hash/maphash"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// scopeKeys lists offenders_by_scope as "platform scope user".
func scopeKeys(t testing.TB, db *DB) []string {
	t.Helper()
	var out []string
	must(t, db.bolt.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketOffendersByScope).ForEach(func(k, _ []byte) error {
			acct, scope, ok := splitScopeKey(k)
			if !ok {
				t.Errorf("key %q does not read", k)
			}
			out = append(out, string(acct.Platform)+" "+scope+" "+acct.User)
			return nil
		})
	}))
	slices.Sort(out)
	return out
}

// offendersIn is OffendersIn's accounts, as "platform:user".
func offendersIn(t *testing.T, db *DB, p bot.Platform, scopes ...string) []string {
	t.Helper()
	list, err := db.OffendersIn(ctx, p, scopes)
	must(t, err)
	var out []string
	for _, o := range list {
		out = append(out, o.Account.String())
	}
	return out
}

// TestOpenIndexesVersion12 opens a file written at schema 12, before the
// index by scope: its records, one with stale copies naming chats it has
// since left, are indexed after the migration (the record's chats, not
// the stale copies'), and OffendersIn finds them; a record written after
// moves in the index.
func TestOpenIndexesVersion12(t *testing.T) {
	t.Parallel()
	path := tempPath(t)
	b, err := bolt.Open(path, 0o600, nil)
	must(t, err)
	must(t, migrate(b, migrations[:12]))
	t0 := time.Date(2026, 11, 4, 5, 6, 7, 8, time.UTC)
	ann := bot.AccountKey{Platform: bot.Telegram, User: "1"}
	records := []bot.Offender{
		// ann's stale copies first: she was in g0 and g1, and is in g1 and g2
		{Account: ann, Name: "Ann", LastSeen: t0, Chats: []string{"g0"}},
		{Account: ann, Name: "Ann", LastSeen: t0.Add(time.Minute), Chats: []string{"g0", "g1"}},
		{Account: ann, Name: "Ann", LastSeen: t0.Add(2 * time.Minute), Chats: []string{"g1", "g2"}},
		{Account: bot.AccountKey{Platform: bot.Telegram, User: "2"}, Name: "Bob", LastSeen: t0.Add(3 * time.Minute),
			Chats: []string{"g2"}, Restricted: []string{"g3"}, RestrictedEnds: []time.Time{t0.Add(time.Hour)}, RestrictedUntil: t0.Add(time.Hour)},
		{Account: bot.AccountKey{Platform: bot.Discord, User: "3"}, Name: "Cam", LastSeen: t0.Add(time.Second),
			Chats: []string{"c1"}, Groups: []string{"g2"}},
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
		if tx.Bucket(bucketOffendersByScope) != nil {
			t.Error("a schema 12 file with offenders_by_scope")
		}
		return nil
	}))
	must(t, b.Close())

	opts := Options{Now: func() time.Time { return t0 }, OffenderRetention: -1}
	db, err := Open(path, opts)
	must(t, err)
	t.Cleanup(func() { db.Close() })
	if v := version(t, db.bolt); v != SchemaVersion || SchemaVersion != 14 {
		t.Fatalf("version %d after Open, want %d (14)", v, SchemaVersion)
	}
	builtIndex(t, db) // in the background
	want := []string{"discord c1 3", "discord g2 3", "telegram g1 1", "telegram g2 1", "telegram g2 2", "telegram g3 2"}
	if got := scopeKeys(t, db); !slices.Equal(got, want) {
		t.Errorf("index after the migration = %q, want %q", got, want)
	}
	check := func(when string, p bot.Platform, scopes []string, want ...string) {
		t.Helper()
		if got := offendersIn(t, db, p, scopes...); !slices.Equal(got, want) {
			t.Errorf("%s: OffendersIn(%s, %q) = %q, want %q", when, p, scopes, got, want)
		}
	}
	check("migrated", bot.Telegram, []string{"g0"})
	check("migrated", bot.Telegram, []string{"g2"}, "telegram:2", "telegram:1")
	check("migrated", bot.Telegram, []string{"g3", "g1"}, "telegram:2", "telegram:1")
	check("migrated", bot.Discord, []string{"g2"}, "discord:3")
	full, err := db.OffendersIn(ctx, bot.Telegram, []string{"g1"})
	if err != nil || len(full) != 1 || !reflect.DeepEqual(full[0], records[2]) {
		t.Errorf("OffendersIn(g1) = %+v, %v; want ann's record, %+v", full, err, records[2])
	}

	// ann leaves g1 for g4; bob is deleted
	o := records[2]
	o.Chats, o.LastSeen = []string{"g2", "g4"}, t0.Add(4*time.Minute)
	must(t, db.PutOffender(ctx, o))
	must(t, db.DeleteOffender(ctx, records[3].Account))
	check("buffered", bot.Telegram, []string{"g1"})
	check("buffered", bot.Telegram, []string{"g4", "g3"}, "telegram:1")
	must(t, db.Commit(ctx))
	db = reopenInternal(t, db, opts)
	want = []string{"discord c1 3", "discord g2 3", "telegram g2 1", "telegram g4 1"}
	if got := scopeKeys(t, db); !slices.Equal(got, want) {
		t.Errorf("index after ann moved and bob went = %q, want %q", got, want)
	}
	check("reopened", bot.Telegram, []string{"g2"}, "telegram:1")
	seen, err := db.OffendersSeenIn(ctx, bot.Telegram, []string{"g4"})
	if err != nil || len(seen) != 1 || seen[0].Account != ann || !seen[0].LastSeen.Equal(o.LastSeen) {
		t.Errorf("OffendersSeenIn(g4) = %+v, %v; want ann seen at %v", seen, err, o.LastSeen)
	}
}

// TestOpenIndexesVersion10 opens the committed schema 10 file
// (testdata/schema10.db): after the migrations its records are found by
// the chats and servers they name.
func TestOpenIndexesVersion10(t *testing.T) {
	t.Parallel()
	path := tempPath(t)
	data, err := os.ReadFile("testdata/schema10.db")
	must(t, err)
	must(t, os.WriteFile(path, data, 0o600))
	db, err := Open(path, Options{OffenderRetention: -1})
	must(t, err)
	t.Cleanup(func() { db.Close() })
	all, err := db.ListOffenders(ctx, 0)
	must(t, err)
	n := 0
	for _, o := range all {
		for _, scope := range slices.Concat(o.Chats, o.Groups, o.Restricted) {
			n++
			if got := offendersIn(t, db, o.Account.Platform, scope); !slices.Contains(got, o.Account.String()) {
				t.Errorf("OffendersIn(%s, %s) = %q, without %s", o.Account.Platform, scope, got, o.Account)
			}
		}
	}
	if n < 3 {
		t.Errorf("the schema 10 file names %d scopes, want a few to look up", n)
	}
}

// checkIndex compares OffendersIn, for every scope any record names, with
// what every record says.
func checkIndex(t *testing.T, db *DB, when string) {
	t.Helper()
	all, err := db.ListOffenders(ctx, 0)
	must(t, err)
	want := map[string][]string{}
	for _, o := range all {
		for _, s := range scopeList(&o) {
			k := string(o.Account.Platform) + " " + s
			want[k] = append(want[k], o.Account.String())
		}
	}
	for k, accounts := range want {
		p, s, _ := strings.Cut(k, " ")
		if got := offendersIn(t, db, bot.Platform(p), s); !slices.Equal(got, accounts) {
			t.Errorf("%s: OffendersIn(%s, %s) = %q, want %q", when, p, s, got, accounts)
		}
	}
}

// indexOfRecords is what offenders_by_scope holds when it is up to date
// with the records.
func indexOfRecords(t *testing.T, db *DB) []string {
	t.Helper()
	all, err := db.ListOffenders(ctx, 0)
	must(t, err)
	var out []string
	for _, o := range all {
		for _, s := range scopeList(&o) {
			out = append(out, string(o.Account.Platform)+" "+s+" "+o.Account.User)
		}
	}
	slices.Sort(out)
	return out
}

// scopeStory writes records that join, leave and are deleted from chats,
// committing after each step.
func scopeStory(t *testing.T, db *DB, steps int) {
	t.Helper()
	t0 := time.Date(2026, 11, 4, 5, 6, 7, 0, time.UTC)
	for i := range steps {
		k := bot.AccountKey{Platform: bot.Telegram, User: fmt.Sprint(i % 7)}
		switch {
		case i%5 == 4:
			must(t, db.DeleteOffender(ctx, k))
		default:
			o := bot.Offender{Account: k, LastSeen: t0.Add(time.Duration(i) * time.Second),
				Chats: []string{fmt.Sprint("g", i%3), fmt.Sprint("g", i%4)}}
			if i%3 == 0 {
				o.Restricted, o.RestrictedEnds, o.RestrictedUntil = []string{"m"}, []time.Time{t0.Add(time.Hour)}, t0.Add(time.Hour)
			}
			must(t, db.PutOffender(ctx, o))
		}
		must(t, db.Commit(ctx))
		checkIndex(t, db, fmt.Sprint("step ", i))
	}
}

// TestScopeIndexWrittenInBulk: a Commit notes the accounts whose chats
// changed instead of writing the index, which queries read beside it; a
// Commit past scopeFlushAt of them writes the index up to date, and so
// does Close.
func TestScopeIndexWrittenInBulk(t *testing.T) {
	t.Parallel()
	db, err := Open(tempPath(t), Options{OffenderRetention: -1})
	must(t, err)
	t.Cleanup(func() { db.Close() })
	db.scopeFlushAt = 4
	flushed := 0
	for round := range 6 {
		scopeStory(t, db, 5+round)
		db.mu.Lock()
		noted := db.scopeNotes.len()
		db.mu.Unlock()
		if noted == 0 {
			flushed++
			if got, want := scopeKeys(t, db), indexOfRecords(t, db); !slices.Equal(got, want) {
				t.Errorf("round %d: the index written in bulk = %q, want %q", round, got, want)
			}
		}
		if noted > 4 { // one account a Commit in the story
			t.Errorf("round %d: %d accounts noted after a Commit, want at most 4", round, noted)
		}
	}
	if flushed == 0 {
		t.Error("no Commit wrote the index")
	}
	db.scopeFlushAt = 1 << 30
	scopeStory(t, db, 9)
	if got, want := scopeKeys(t, db), indexOfRecords(t, db); slices.Equal(got, want) {
		t.Error("the index was written with every Commit")
	}
	path := db.Path()
	must(t, db.Close())
	db, err = Open(path, Options{OffenderRetention: -1})
	must(t, err)
	t.Cleanup(func() { db.Close() })
	if got, want := scopeKeys(t, db), indexOfRecords(t, db); !slices.Equal(got, want) {
		t.Errorf("after Close: the index = %q, want %q", got, want)
	}
	checkIndex(t, db, "reopened")
}

// TestScopeIndexAfterACrash: a store whose process ended without Close
// (the file as it left it, copied) has an index that lags its records; the
// next Open rebuilds it, and a read-only Open answers from every record.
func TestScopeIndexAfterACrash(t *testing.T) {
	t.Parallel()
	db, err := Open(tempPath(t), Options{OffenderRetention: -1})
	must(t, err)
	t.Cleanup(func() { db.Close() })
	scopeStory(t, db, 12)
	data, err := os.ReadFile(db.Path())
	must(t, err)
	crashed := filepath.Join(t.TempDir(), "crashed.db")
	must(t, os.WriteFile(crashed, data, 0o600))
	want := indexOfRecords(t, db)

	ro, err := Open(crashed, Options{ReadOnly: true, OffenderRetention: -1})
	must(t, err)
	if got := scopeKeys(t, ro); slices.Equal(got, want) {
		t.Fatal("the crashed file's index is up to date: nothing to test")
	}
	checkIndex(t, ro, "read-only, after a crash")
	must(t, ro.Close())

	rw, err := Open(crashed, Options{OffenderRetention: -1})
	must(t, err)
	t.Cleanup(func() { rw.Close() })
	checkIndex(t, rw, "after a crash, while the index is rebuilt")
	builtIndex(t, rw)
	if got := scopeKeys(t, rw); !slices.Equal(got, want) {
		t.Errorf("after a crash: the index = %q, want it rebuilt, %q", got, want)
	}
	checkIndex(t, rw, "after a crash")
}

// BenchmarkRebuildScopes is what the upgrade to schema 13, and the Open
// of a store not closed cleanly, spend building the index by chat: a
// store of 200,000 offender records over 5,000 chats, one to three each.
func BenchmarkRebuildScopes(b *testing.B) {
	db, err := Open(filepath.Join(b.TempDir(), "immune.db"), Options{OffenderRetention: -1})
	if err != nil {
		b.Fatal(err)
	}
	t0 := time.Date(2026, 11, 4, 5, 6, 7, 0, time.UTC)
	for i := range 200_000 {
		o := bot.Offender{Account: bot.AccountKey{Platform: bot.Telegram, User: fmt.Sprint(5000000000 + i)},
			Name: fmt.Sprintf("Member %d (@member%d)", i, i), LastSeen: t0.Add(time.Duration(i) * time.Second)}
		o.Strikes = []time.Time{o.LastSeen}
		for j := range 1 + i%3 {
			o.Chats = append(o.Chats, fmt.Sprint(-1001000000000-int64((i*7+j*1013)%5000)))
		}
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
		if err := rebuildScopes(db.bolt, db.offenderStale.of); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	if got := len(scopeKeys(b, db)); got != 399_999 {
		b.Errorf("%d keys, want 399,999 (one to three chats each)", got)
	}
	db.Close()
}

// TestScopeNotesWhoseHashesCollide: the notes find an account by a hash
// of it, and accounts whose hashes are the same are chained; with every
// hash the same, the index and the queries still answer as the records
// say, before and after the notes are written at Close.
func TestScopeNotesWhoseHashesCollide(t *testing.T) {
	old := noteHash
	noteHash = func(maphash.Seed, bot.AccountKey) uint64 { return 7 }
	t.Cleanup(func() { noteHash = old })
	db, err := Open(tempPath(t), Options{OffenderRetention: -1})
	must(t, err)
	t.Cleanup(func() { db.Close() })
	db.scopeFlushAt = 1 << 30
	scopeStory(t, db, 30)
	db.mu.Lock()
	noted := db.scopeNotes.len()
	db.mu.Unlock()
	if noted < 2 {
		t.Fatalf("%d accounts noted: no chain to test", noted)
	}
	path := db.Path()
	must(t, db.Close())
	db, err = Open(path, Options{OffenderRetention: -1})
	must(t, err)
	t.Cleanup(func() { db.Close() })
	if got, want := scopeKeys(t, db), indexOfRecords(t, db); !slices.Equal(got, want) {
		t.Errorf("after Close: the index = %q, want %q", got, want)
	}
	checkIndex(t, db, "reopened")
}

// TestScopeNotesKeepPlatformsApart: a chat of one platform and a server
// of another with the same id are two scopes in the notes, as in the
// index: each platform's offenders there are its own.
func TestScopeNotesKeepPlatformsApart(t *testing.T) {
	t.Parallel()
	db, err := Open(tempPath(t), Options{OffenderRetention: -1})
	must(t, err)
	t.Cleanup(func() { db.Close() })
	db.scopeFlushAt = 1 << 30 // answered from the notes
	t0 := time.Date(2026, 11, 4, 5, 6, 7, 0, time.UTC)
	for i, p := range []bot.Platform{bot.Telegram, bot.Discord, bot.Telegram} {
		must(t, db.PutOffender(ctx, bot.Offender{Account: bot.AccountKey{Platform: p, User: fmt.Sprint(i)},
			LastSeen: t0.Add(time.Duration(i) * time.Second), Chats: []string{"100", fmt.Sprint("only", i)}}))
		must(t, db.Commit(ctx))
	}
	check := func(when string) {
		t.Helper()
		if got := offendersIn(t, db, bot.Telegram, "100"); !slices.Equal(got, []string{"telegram:2", "telegram:0"}) {
			t.Errorf("%s: Telegram's offenders in 100 = %q", when, got)
		}
		if got := offendersIn(t, db, bot.Discord, "100"); !slices.Equal(got, []string{"discord:1"}) {
			t.Errorf("%s: Discord's offenders in 100 = %q", when, got)
		}
		if got := offendersIn(t, db, bot.Discord, "only0"); len(got) != 0 {
			t.Errorf("%s: Discord's offenders in Telegram's only0 = %q", when, got)
		}
		checkIndex(t, db, when)
	}
	check("noted")
	path := db.Path()
	must(t, db.Close())
	db, err = Open(path, Options{OffenderRetention: -1})
	must(t, err)
	t.Cleanup(func() { db.Close() })
	check("written at Close")
}
