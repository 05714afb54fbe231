package store_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

// TestRoundTrip writes each kind of record with every field set, and reads
// it back from the buffered writes, after Commit, and after Close and Open.
func TestRoundTrip(t *testing.T) {
	t.Parallel()
	offender := fullOffender("42", t0)
	minimal := bot.Offender{Account: bot.AccountKey{Platform: bot.Discord, User: "7"}}
	chat := bot.ChatSettings{
		Chat: bot.ChatKey{Platform: bot.Discord, Chat: "guild-1"}, Mode: bot.ModeWarn,
		Lang: bot.Vietnamese, LogChat: "mod-log",
	}
	entries := []bot.ListEntry{
		{Kind: bot.AllowList, Value: "example.com", AddedBy: "telegram:1", AddedAt: t0},
		{Scope: "telegram:-100123", Kind: bot.BlockList, Value: "https://evil.example/login", AddedBy: "telegram:2", AddedAt: t0.Add(time.Second)},
	}
	sightings := []bot.Sighting{
		fullSighting("42", "-1001", "10", t0),
		fullSighting("42", "-1002", "11", t0.Add(time.Minute)),
	}
	audit := []bot.AuditEntry{fullAudit(t0, "first"), fullAudit(t0.Add(time.Second), "second")}

	tests := []struct {
		name  string
		write func(t *testing.T, db *store.DB)
		check func(t *testing.T, db *store.DB)
	}{
		{
			name:  "offender with every field",
			write: func(t *testing.T, db *store.DB) { must(t, db.PutOffender(ctx, offender)) },
			check: func(t *testing.T, db *store.DB) {
				got, err := db.Offender(ctx, offender.Account)
				must(t, err)
				if want := inUTC(offender); !reflect.DeepEqual(got, want) {
					t.Errorf("Offender:\n got %+v\nwant %+v", got, want)
				}
			},
		},
		{
			name:  "offender with only an account",
			write: func(t *testing.T, db *store.DB) { must(t, db.PutOffender(ctx, minimal)) },
			check: func(t *testing.T, db *store.DB) {
				got, err := db.Offender(ctx, minimal.Account)
				must(t, err)
				if !reflect.DeepEqual(got, minimal) {
					t.Errorf("Offender:\n got %+v\nwant %+v", got, minimal)
				}
			},
		},
		{
			name:  "chat settings",
			write: func(t *testing.T, db *store.DB) { must(t, db.PutChatSettings(ctx, chat)) },
			check: func(t *testing.T, db *store.DB) {
				got, err := db.ChatSettings(ctx, chat.Chat)
				must(t, err)
				if got != chat {
					t.Errorf("ChatSettings: got %+v, want %+v", got, chat)
				}
			},
		},
		{
			name: "list entries",
			write: func(t *testing.T, db *store.DB) {
				for _, e := range entries {
					must(t, db.PutListEntry(ctx, e))
				}
			},
			check: func(t *testing.T, db *store.DB) {
				got, err := db.ListEntries(ctx)
				must(t, err)
				if !reflect.DeepEqual(got, entries) {
					t.Errorf("ListEntries:\n got %+v\nwant %+v", got, entries)
				}
			},
		},
		{
			name:  "sightings",
			write: func(t *testing.T, db *store.DB) { must(t, db.AddSightings(ctx, sightings)) },
			check: func(t *testing.T, db *store.DB) {
				got, err := db.RecentSightings(ctx, account("42"), time.Time{})
				must(t, err)
				if !reflect.DeepEqual(got, sightings) {
					t.Errorf("RecentSightings:\n got %+v\nwant %+v", got, sightings)
				}
			},
		},
		{
			name: "audit entries with reasons' subject, imitates and weight",
			write: func(t *testing.T, db *store.DB) {
				for _, e := range audit {
					must(t, db.AppendAudit(ctx, e))
				}
			},
			check: func(t *testing.T, db *store.DB) {
				got, err := db.RecentAudit(ctx, 10)
				must(t, err)
				want := []bot.AuditEntry{audit[1], audit[0]}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("RecentAudit:\n got %+v\nwant %+v", got, want)
				}
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			opts := store.Options{Now: newClock(t0).Now}
			db, _ := openTemp(t, opts)
			tc.write(t, db)
			t.Run("buffered", func(t *testing.T) { tc.check(t, db) })
			mustCommit(t, db)
			t.Run("committed", func(t *testing.T) { tc.check(t, db) })
			db = reopen(t, db, opts)
			t.Run("reopened", func(t *testing.T) { tc.check(t, db) })
		})
	}
}

// TestCopies checks that the store keeps its own copy of what it is given
// and hands out copies of what it holds.
func TestCopies(t *testing.T) {
	t.Parallel()
	db, _ := openTemp(t, store.Options{})
	o := fullOffender("1", t0)
	must(t, db.PutOffender(ctx, o))
	o.Chats[0] = "changed by caller"
	got, err := db.Offender(ctx, o.Account)
	must(t, err)
	if got.Chats[0] != "-100123" {
		t.Fatalf("store shares the caller's slice: Chats[0] = %q", got.Chats[0])
	}
	got.Strikes[0] = time.Time{}
	mustCommit(t, db)
	again, err := db.Offender(ctx, o.Account)
	must(t, err)
	if again.Strikes[0].IsZero() {
		t.Fatal("store shares its slice with a reader")
	}
}
