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
