package store_test

import (
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

const day = 24 * time.Hour

func acct(u string) bot.AccountKey { return bot.AccountKey{Platform: bot.Telegram, User: u} }

func listed(t *testing.T, db *store.DB) []string {
	t.Helper()
	os, err := db.ListOffenders(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, o := range os {
		out = append(out, o.Account.User)
	}
	slices.Sort(out)
	return out
}

// Offender records age out after OffenderRetention without a flagged
// message, except those whose compromised mark still holds; the index
// goes with them, and a reopen finds the same.
func TestOffendersAgeOut(t *testing.T) {
	t.Parallel()
	clk := newClock(t0)
	opts := store.Options{Now: clk.Now}
	db, _ := openTemp(t, opts)
	for _, o := range []bot.Offender{
		{Account: acct("old"), Strikes: []time.Time{t0}, LastSeen: t0},
		{Account: acct("recent"), Strikes: []time.Time{t0.Add(100 * day)}, LastSeen: t0.Add(100 * day)},
		{Account: acct("hijacked-long-ago"), Compromised: true, CompromisedSince: t0, LastSeen: t0},
		{Account: acct("hijacked"), Compromised: true, CompromisedSince: t0.Add(170 * day), LastSeen: t0.Add(2 * day)},
	} {
		if err := db.PutOffender(ctx, o); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	clk.Advance(181 * day)
	if err := db.Commit(ctx); err != nil { // the prune pass
		t.Fatal(err)
	}
	want := []string{"hijacked", "recent"}
	if got := listed(t, db); !slices.Equal(got, want) {
		t.Errorf("after 181 days: %v, want %v", got, want)
	}
	if _, err := db.Offender(ctx, acct("old")); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("old record: %v, want ErrNotFound", err)
	}
	db = reopen(t, db, opts)
	if got := listed(t, db); !slices.Equal(got, want) {
		t.Errorf("after a reopen: %v, want %v", got, want)
	}
	// the compromised mark runs out 30 days after it was set
	clk.Advance(30 * day)
	if err := db.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if got, want := listed(t, db), []string{"recent"}; !slices.Equal(got, want) {
		t.Errorf("after the mark ran out: %v, want %v", got, want)
	}
}

// A store full of old records is pruned a batch at a time, a pass a
// minute, and what is written meanwhile is never lost.
func TestPruningIsIncremental(t *testing.T) {
	t.Parallel()
	clk := newClock(t0)
	opts := store.Options{Now: clk.Now}
	db, _ := openTemp(t, opts)
	const n = 5000
	for i := range n {
		u := acct(fmt.Sprint(i))
		if err := db.PutOffender(ctx, bot.Offender{Account: u, LastSeen: t0.Add(time.Duration(i) * time.Second)}); err != nil {
			t.Fatal(err)
		}
		if err := db.SetFirstLink(ctx, u, t0); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	clk.Advance(365 * day)
	// written just before the pass: kept though the file's copy is old
	fresh := bot.Offender{Account: acct("0"), LastSeen: clk.Now()}
	if err := db.PutOffender(ctx, fresh); err != nil {
		t.Fatal(err)
	}
	if err := db.SetFirstLink(ctx, acct("0"), clk.Now()); err != nil {
		t.Fatal(err)
	}
	var left []int
	for range 4 {
		if err := db.Commit(ctx); err != nil {
			t.Fatal(err)
		}
		left = append(left, len(listed(t, db)))
		clk.Advance(time.Minute)
	}
	if left[0] <= 1 || left[0] >= n || left[len(left)-1] != 1 {
		t.Errorf("records left after each pass: %v, want a batch gone a pass down to the fresh one", left)
	}
	if _, err := db.FirstLink(ctx, acct("0")); err != nil {
		t.Errorf("the fresh first link: %v", err)
	}
	if _, err := db.FirstLink(ctx, acct("1")); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("an old first link: %v, want ErrNotFound", err)
	}
	db = reopen(t, db, opts)
	if got := listed(t, db); !slices.Equal(got, []string{"0"}) {
		t.Errorf("after a reopen: %v", got)
	}
	for _, u := range []string{"1", "2500", "4999"} {
		if _, err := db.FirstLink(ctx, acct(u)); !errors.Is(err, bot.ErrNotFound) {
			t.Errorf("first link of %s after a reopen: %v, want ErrNotFound", u, err)
		}
	}
}

func TestOldTasksAgeOut(t *testing.T) {
	t.Parallel()
	clk := newClock(t0)
	db, _ := openTemp(t, store.Options{Now: clk.Now})
	if err := db.AddTasks(ctx, []bot.Task{
		{ID: "old", Platform: bot.Discord, Action: bot.ActDelete, Chat: "c", Message: "1", Time: t0},
		{ID: "new", Platform: bot.Discord, Action: bot.ActDelete, Chat: "c", Message: "2", Time: t0.Add(10 * day)},
	}); err != nil {
		t.Fatal(err)
	}
	if err := db.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	clk.Advance(16 * day)
	if err := db.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	ts, err := db.PendingTasks(ctx, bot.Discord)
	if err != nil || len(ts) != 1 || ts[0].ID != "new" {
		t.Errorf("tasks after 16 days: %+v, %v; want the newer one", ts, err)
	}
}

func TestNegativeRetentionKeeps(t *testing.T) {
	t.Parallel()
	clk := newClock(t0)
	opts := store.Options{Now: clk.Now, OffenderRetention: -1, FirstLinkRetention: -1, OutboxRetention: -1}
	db, _ := openTemp(t, opts)
	if err := db.PutOffender(ctx, bot.Offender{Account: acct("a"), LastSeen: t0}); err != nil {
		t.Fatal(err)
	}
	if err := db.SetFirstLink(ctx, acct("a"), t0); err != nil {
		t.Fatal(err)
	}
	if err := db.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	clk.Advance(1000 * day)
	if err := db.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if got := listed(t, db); !slices.Equal(got, []string{"a"}) {
		t.Errorf("kept: %v", got)
	}
	if _, err := db.FirstLink(ctx, acct("a")); err != nil {
		t.Errorf("first link: %v", err)
	}
}
