package store

import (
	"encoding/binary"
	"errors"
	"reflect"
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
	s := bot.Sighting{Account: acct, Fingerprints: []string{"u:evil.example/x"}, Message: bot.MessageRef{Platform: bot.Telegram, Chat: "g", ID: "9"}, Time: at}
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
	if err != nil || len(got) != 1 || !reflect.DeepEqual(got[0], s) {
		t.Fatalf("sightings after migration: %+v %v", got, err)
	}
	must(t, db.bolt.View(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketOldSightings) != nil || tx.Bucket(bucketOldSightingsBy) != nil {
			t.Error("old sighting buckets left behind")
		}
		return nil
	}))
}

// TestSightingFormats reads a sighting written as JSON (schema 1 and 2) and
// round-trips the binary form, including empty and non-ASCII strings.
func TestSightingFormats(t *testing.T) {
	t.Parallel()
	old := `{"account":{"platform":"discord","user":"9"},"fingerprint":"u:x.example/a","message":{"platform":"discord","chat":"c","id":"m"},"group":"g","time":"2026-01-02T03:04:05Z"}`
	s, err := decodeSighting([]byte(old))
	if err != nil || s.Account.User != "9" || !reflect.DeepEqual(s.Fingerprints, []string{"u:x.example/a"}) || s.Group != "g" ||
		s.Message.ID != "m" || !s.Time.Equal(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)) {
		t.Fatalf("JSON sighting: %+v %v", s, err)
	}
	in := bot.Sighting{Account: bot.AccountKey{Platform: bot.Telegram, User: "-100123"}, Fingerprints: []string{"t:xin chào", "", "f:ảnh.jpg.exe:1"},
		Message: bot.MessageRef{Platform: bot.Telegram, Chat: "-100123", ID: "5"}, Time: time.Unix(0, 1).UTC()}
	b, err := encodeSighting(&in)
	must(t, err)
	out, err := decodeSighting(b)
	if err != nil || !reflect.DeepEqual(in, out) {
		t.Fatalf("round trip: %+v %v", out, err)
	}
	for n := range b {
		if _, err := decodeSighting(b[:n]); err == nil {
			t.Errorf("a sighting cut to %d bytes decoded", n)
		}
	}
}
