package store

import (
	"encoding/binary"
	"errors"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// TestOpenMigratesVersion1 opens a store written at schema version 1 (before
// first links were kept), with a record in it, and sees it migrated to the
// current version with the record intact and first links usable.
func TestOpenMigratesVersion1(t *testing.T) {
	t.Parallel()
	path := tempPath(t)
	b, err := bolt.Open(path, 0o600, nil)
	must(t, err)
	must(t, migrate(b, migrations[:1]))
	if v := version(t, b); v != 1 {
		t.Fatalf("fixture at version %d", v)
	}
	must(t, b.Update(func(tx *bolt.Tx) error {
		v, err := encodeChat(&bot.ChatSettings{Chat: bot.ChatKey{Platform: bot.Telegram, Chat: "g"}, Mode: bot.ModeWarn})
		if err != nil {
			return err
		}
		return tx.Bucket(bucketChats).Put([]byte("telegram:g"), v)
	}))
	must(t, b.Close())

	db, err := Open(path, Options{})
	must(t, err)
	defer db.Close()
	if v := version(t, db.bolt); v != SchemaVersion {
		t.Fatalf("version %d after Open, want %d", v, SchemaVersion)
	}
	s, err := db.ChatSettings(ctx, bot.ChatKey{Platform: bot.Telegram, Chat: "g"})
	if err != nil || s.Mode != bot.ModeWarn {
		t.Fatalf("v1 record after migration: %+v %v", s, err)
	}
	k := bot.AccountKey{Platform: bot.Discord, User: "42"}
	if _, err := db.FirstLink(ctx, k); !errors.Is(err, bot.ErrNotFound) {
		t.Fatalf("first link of a new account: %v", err)
	}
	at := time.Date(2026, 3, 4, 5, 6, 7, 8, time.UTC)
	must(t, db.SetFirstLink(ctx, k, at))
	if got, err := db.FirstLink(ctx, k); err != nil || !got.Equal(at) {
		t.Fatalf("before commit: %v %v", got, err)
	}
	must(t, db.Commit(ctx))
	must(t, db.Close())
	db2, err := Open(path, Options{})
	must(t, err)
	defer db2.Close()
	if got, err := db2.FirstLink(ctx, k); err != nil || !got.Equal(at) {
		t.Fatalf("after reopen: %v %v", got, err)
	}
	if err := db2.SetFirstLink(ctx, bot.AccountKey{}, at); err == nil {
		t.Error("first link of no account accepted")
	}
}

// TestOpenMigratesVersion2 opens a store written at schema version 2, with
// sightings in the account-first layout, and reads them back after the
// migration to time-first keys.
func TestOpenMigratesVersion2(t *testing.T) {
	t.Parallel()
	path := tempPath(t)
	b, err := bolt.Open(path, 0o600, nil)
	must(t, err)
	must(t, migrate(b, migrations[:2]))
	acct := bot.AccountKey{Platform: bot.Telegram, User: "77"}
	at := time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC)
	s := bot.Sighting{Account: acct, Fingerprint: "u:evil.example/x", Message: bot.MessageRef{Platform: bot.Telegram, Chat: "g", ID: "9"}, Time: at}
	must(t, b.Update(func(tx *bolt.Tx) error {
		v, err := encodeSighting(&s)
		if err != nil {
			return err
		}
		sk := newSightKey(&s)
		old := append([]byte(acct.String()), 0)
		old = appendTime(old, sk.time)
		old = binary.BigEndian.AppendUint64(old, sk.hash)
		if err := tx.Bucket(bucketOldSightings).Put(old, v); err != nil {
			return err
		}
		return tx.Bucket(bucketOldSightingsBy).Put(sk.bytes(), []byte{})
	}))
	must(t, b.Close())

	db, err := Open(path, Options{Now: func() time.Time { return at }})
	must(t, err)
	defer db.Close()
	if v := version(t, db.bolt); v != SchemaVersion {
		t.Fatalf("version %d, want %d", v, SchemaVersion)
	}
	got, err := db.RecentSightings(ctx, acct, at.Add(-time.Minute))
	if err != nil || len(got) != 1 || got[0] != s {
		t.Fatalf("sightings after migration: %+v %v", got, err)
	}
	must(t, db.bolt.View(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketOldSightings) != nil || tx.Bucket(bucketOldSightingsBy) != nil {
			t.Error("old sighting buckets left behind")
		}
		return nil
	}))
}
