package store_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

func TestLists(t *testing.T) {
	t.Parallel()
	global := bot.ListEntry{Kind: bot.AllowList, Value: "example.com", AddedBy: "telegram:1", AddedAt: t0}
	chat := bot.ListEntry{Scope: "telegram:-1", Kind: bot.AllowList, Value: "example.com"}
	block := bot.ListEntry{Scope: "telegram:-1", Kind: bot.BlockList, Value: "example.com"}
	db, _ := openTemp(t, store.Options{})
	for _, e := range []bot.ListEntry{block, global, chat} {
		must(t, db.PutListEntry(ctx, e))
	}
	mustCommit(t, db)
	replaced := global
	replaced.AddedBy = "telegram:2"
	must(t, db.PutListEntry(ctx, replaced))

	tests := []struct {
		name        string
		scope       string
		kind        bot.ListKind
		value       string
		wantExisted bool
	}{
		{"committed entry", chat.Scope, chat.Kind, chat.Value, true},
		{"the same entry again", chat.Scope, chat.Kind, chat.Value, false},
		{"entry that never was", "", bot.BlockList, "example.com", false},
		{"entry replaced by a buffered write", "", bot.AllowList, "example.com", true},
	}
	for _, tc := range tests {
		existed, err := db.DeleteListEntry(ctx, tc.scope, tc.kind, tc.value)
		must(t, err)
		if existed != tc.wantExisted {
			t.Errorf("%s: DeleteListEntry = %v, want %v", tc.name, existed, tc.wantExisted)
		}
	}
	check := func(t *testing.T, db *store.DB) {
		got, err := db.ListEntries(ctx)
		must(t, err)
		if len(got) != 1 || got[0] != block {
			t.Errorf("ListEntries = %+v, want only %+v", got, block)
		}
	}
	check(t, db)
	mustCommit(t, db)
	check(t, db)
	check(t, reopen(t, db, store.Options{}))
}
