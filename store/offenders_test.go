package store_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

func TestListOffenders(t *testing.T) {
	t.Parallel()
	// seen(user, minutes after t0) makes an offender seen then.
	seen := func(user string, min int) bot.Offender {
		return bot.Offender{Account: account(user), LastSeen: t0.Add(time.Duration(min) * time.Minute)}
	}
	tests := []struct {
		name      string
		committed []bot.Offender
		buffered  func(t *testing.T, db *store.DB)
		limit     int
		want      []string // users, seen last first
	}{
		{
			name:      "committed only, newest first",
			committed: []bot.Offender{seen("a", 1), seen("b", 3), seen("c", 2)},
			want:      []string{"b", "c", "a"},
		},
		{
			name:      "limit",
			committed: []bot.Offender{seen("a", 1), seen("b", 3), seen("c", 2)},
			limit:     2,
			want:      []string{"b", "c"},
		},
		{
			name:      "buffered records mix with committed ones",
			committed: []bot.Offender{seen("a", 1), seen("b", 3)},
			buffered: func(t *testing.T, db *store.DB) {
				must(t, db.PutOffender(ctx, seen("c", 2)))
				must(t, db.PutOffender(ctx, seen("d", 4)))
			},
			limit: 3,
			want:  []string{"d", "b", "c"},
		},
		{
			name:      "a buffered update moves a record",
			committed: []bot.Offender{seen("a", 1), seen("b", 3), seen("c", 2)},
			buffered: func(t *testing.T, db *store.DB) {
				must(t, db.PutOffender(ctx, seen("a", 9)))
			},
			want: []string{"a", "b", "c"},
		},
		{
			name:      "a buffered delete hides a record",
			committed: []bot.Offender{seen("a", 1), seen("b", 3), seen("c", 2)},
			buffered: func(t *testing.T, db *store.DB) {
				must(t, db.DeleteOffender(ctx, account("b")))
				must(t, db.DeleteOffender(ctx, account("nobody")))
			},
			limit: 2,
			want:  []string{"c", "a"},
		},
		{
			name: "same LastSeen is ordered by account",
			committed: []bot.Offender{
				seen("b", 1), seen("a", 1), {Account: account("never")},
			},
			want: []string{"a", "b", "never"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			db, _ := openTemp(t, store.Options{})
			for _, o := range tc.committed {
				must(t, db.PutOffender(ctx, o))
			}
			mustCommit(t, db)
			check := func(t *testing.T) {
				list, err := db.ListOffenders(ctx, tc.limit)
				must(t, err)
				var got []string
				for _, o := range list {
					got = append(got, o.Account.User)
				}
				if fmt.Sprint(got) != fmt.Sprint(tc.want) {
					t.Errorf("ListOffenders(%d) = %v, want %v", tc.limit, got, tc.want)
				}
			}
			if tc.buffered != nil {
				tc.buffered(t, db)
			}
			t.Run("buffered", check)
			mustCommit(t, db)
			t.Run("committed", check)
			db = reopen(t, db, store.Options{})
			t.Run("reopened", check)
		})
	}
}

// TestOffenderUpdates replaces and deletes records across commits and checks
// every read path: buffered, cached and from the file.
func TestOffenderUpdates(t *testing.T) {
	t.Parallel()
	db, _ := openTemp(t, store.Options{CacheSize: 4})
	k := account("1")
	if _, err := db.Offender(ctx, k); !errors.Is(err, bot.ErrNotFound) {
		t.Fatalf("Offender of a new account: %v, want ErrNotFound", err)
	}
	// The cached "no record" must give way to a write.
	o := fullOffender("1", t0)
	must(t, db.PutOffender(ctx, o))
	mustCommit(t, db)
	o.Strikes = append(o.Strikes, t0)
	o.LastSeen = t0.Add(time.Hour)
	must(t, db.PutOffender(ctx, o))
	mustCommit(t, db)
	// Push the record out of the small cache, so the next read is from the file.
	for i := range 10 {
		_, _ = db.Offender(ctx, account(fmt.Sprint("other", i)))
	}
	got, err := db.Offender(ctx, k)
	must(t, err)
	if len(got.Strikes) != 3 || !got.LastSeen.Equal(o.LastSeen) {
		t.Errorf("updated record: %+v", got)
	}
	list, err := db.ListOffenders(ctx, 0)
	must(t, err)
	if len(list) != 1 {
		t.Errorf("ListOffenders after an update: %d records, want 1", len(list))
	}
	must(t, db.DeleteOffender(ctx, k))
	mustCommit(t, db)
	if _, err := db.Offender(ctx, k); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("Offender after delete: %v", err)
	}
	if list, _ := db.ListOffenders(ctx, 0); len(list) != 0 {
		t.Errorf("ListOffenders after delete: %+v", list)
	}
	db = reopen(t, db, store.Options{})
	if _, err := db.Offender(ctx, k); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("Offender after delete and reopen: %v", err)
	}
}

func TestInvalidWrites(t *testing.T) {
	t.Parallel()
	db, _ := openTemp(t, store.Options{})
	tests := []struct {
		name string
		err  error
	}{
		{"offender without a user", db.PutOffender(ctx, bot.Offender{Account: bot.AccountKey{Platform: bot.Telegram}})},
		{"offender without a platform", db.PutOffender(ctx, bot.Offender{Account: bot.AccountKey{User: "1"}})},
		{"sighting without an account", db.AddSightings(ctx, []bot.Sighting{{Fingerprints: []string{"x"}}})},
		{"chat settings without a chat", db.PutChatSettings(ctx, bot.ChatSettings{Mode: bot.ModeOff})},
		{"list entry of no kind", db.PutListEntry(ctx, bot.ListEntry{Value: "x.example"})},
		{"list entry without a value", db.PutListEntry(ctx, bot.ListEntry{Kind: bot.AllowList})},
	}
	for _, tc := range tests {
		if tc.err == nil {
			t.Errorf("%s: no error", tc.name)
		}
	}
	if n := db.Pending(); n != 0 {
		t.Errorf("invalid writes were buffered: Pending = %d", n)
	}
}
