package store

import (
	"fmt"
	"hash/maphash"
	"slices"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// nameNoteState is what the notes hold: how many accounts, the bytes of
// their lists of keys and of the lists replaced.
func nameNoteState(db *DB) (noted, keys, dead int) {
	db.mu.Lock()
	defer db.mu.Unlock()
	return len(db.names.dirty), len(db.names.keys), db.names.dead
}

// TestNameNotesOnlyChanges: a record written again with the name it had
// is not noted again, whether its account is noted or the bucket holds
// it already; a rename is noted, answered by OffendersNamed at once and
// written to the bucket when the notes are, and so is a rename back.
func TestNameNotesOnlyChanges(t *testing.T) {
	t.Parallel()
	db, err := Open(tempPath(t), Options{OffenderRetention: -1})
	must(t, err)
	t.Cleanup(func() { db.Close() })
	db.scopeFlushAt = 1 << 30
	t0 := time.Date(2026, 12, 2, 7, 0, 0, 0, time.UTC)
	acct := func(i int) bot.AccountKey { return bot.AccountKey{Platform: bot.Telegram, User: fmt.Sprint("u", i)} }
	put := func(i int, name string, at int) {
		t.Helper()
		must(t, db.PutOffender(ctx, bot.Offender{Account: acct(i), Name: name,
			LastSeen: t0.Add(time.Duration(at) * time.Minute), Chats: []string{"g1"}}))
	}
	for i := range 4 {
		put(i, storyNames[i], 0)
	}
	must(t, db.Commit(ctx))
	noted, keys, dead := nameNoteState(db)
	if noted != 4 || dead != 0 {
		t.Fatalf("4 new records: %d noted, %d bytes replaced", noted, dead)
	}
	// written again, the same names: nothing more noted
	for at := 1; at <= 3; at++ {
		for i := range 4 {
			put(i, storyNames[i], at)
		}
		must(t, db.Commit(ctx))
	}
	if n, k, d := nameNoteState(db); n != noted || k != keys || d != 0 {
		t.Fatalf("the same names written again: notes %d/%d bytes/%d replaced, want %d/%d/0", n, k, d, noted, keys)
	}
	checkNamed(t, db, "the same names again")
	// a rename is noted and answered at once
	put(1, "Mallory", 4)
	must(t, db.Commit(ctx))
	if n, _, d := nameNoteState(db); n != noted || d == 0 {
		t.Fatalf("a noted account renamed: %d noted, %d bytes replaced", n, d)
	}
	if got := named(t, db, bot.Telegram, "Mallory"); !slices.Equal(got, []string{"u1"}) {
		t.Fatalf("named Mallory after the rename: %q", got)
	}
	if got := named(t, db, bot.Telegram, storyNames[1]); slices.Contains(got, "u1") {
		t.Fatalf("named %q after the rename: %q", storyNames[1], got)
	}
	checkNamed(t, db, "renamed")
	// the notes written: the bucket is the records', and nothing is noted
	db.scopeFlushAt = 1
	put(2, storyNames[2], 5)
	must(t, db.Commit(ctx))
	if n, _, _ := nameNoteState(db); n != 0 {
		t.Fatalf("after the bucket was written: %d noted", n)
	}
	if got, want := nameKeys(t, db), namesOfRecords(t, db); !slices.Equal(got, want) {
		t.Fatalf("the bucket written = %q, want %q", got, want)
	}
	db.scopeFlushAt = 1 << 30
	// accounts the bucket holds, written again with their names: not noted
	for i := range 4 {
		put(i, []string{storyNames[0], "Mallory", storyNames[2], storyNames[3]}[i], 6)
	}
	must(t, db.Commit(ctx))
	if n, k, _ := nameNoteState(db); n != 0 || k != 0 {
		t.Fatalf("records the bucket holds written again unchanged: %d noted (%d bytes)", n, k)
	}
	// renamed back, then written again: the rename back is not lost
	put(1, storyNames[1], 7)
	must(t, db.Commit(ctx))
	put(1, storyNames[1], 8)
	put(3, "Mallory", 8)
	must(t, db.Commit(ctx))
	if n, _, _ := nameNoteState(db); n != 2 {
		t.Fatalf("two accounts renamed: %d noted", n)
	}
	if got := named(t, db, bot.Telegram, "Mallory"); !slices.Equal(got, []string{"u3"}) {
		t.Fatalf("named Mallory: %q", got)
	}
	checkNamed(t, db, "renamed back")
	path := db.Path()
	must(t, db.Close())
	db, err = Open(path, Options{OffenderRetention: -1})
	must(t, err)
	t.Cleanup(func() { db.Close() })
	if got, want := nameKeys(t, db), namesOfRecords(t, db); !slices.Equal(got, want) {
		t.Fatalf("after Close: the bucket = %q, want %q", got, want)
	}
	checkNamed(t, db, "reopened")
}

// TestNameNotesWhoseHashesCollide: with every account's hash the same
// and every name key's, the notes (chained) and OffendersNamed still
// answer as the records say, before and after the bucket is written.
func TestNameNotesWhoseHashesCollide(t *testing.T) {
	oldAcct, oldKey := noteHash, nameKeyHash
	noteHash = func(maphash.Seed, bot.AccountKey) uint64 { return 7 }
	nameKeyHash = func(maphash.Seed, bot.Platform, []byte) uint64 { return 9 }
	t.Cleanup(func() { noteHash, nameKeyHash = oldAcct, oldKey })
	db, err := Open(tempPath(t), Options{OffenderRetention: -1})
	must(t, err)
	t.Cleanup(func() { db.Close() })
	db.scopeFlushAt = 1 << 30
	nameStory(t, db, 30)
	if n, _, _ := nameNoteState(db); n < 2 {
		t.Fatalf("%d accounts noted: no chain to test", n)
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
