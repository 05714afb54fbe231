package store

import (
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
