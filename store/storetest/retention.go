package storetest

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

const day = 24 * time.Hour

func listed(t *testing.T, s bot.Store) []string {
	t.Helper()
	os, err := s.ListOffenders(ctx, 0)
	must(t, err)
	var out []string
	for _, o := range os {
		out = append(out, o.Account.User)
	}
	slices.Sort(out)
	return out
}

// testOffendersAgeOut: offender records age out after OffenderRetention
// without a flagged message, except those whose compromised mark still
// holds (CompromisedTTL); a reopen finds the same.
func testOffendersAgeOut(t *testing.T, b Backend) {
	clk := NewClock(T0)
	opts := Options{Now: clk.Now, OffenderRetention: 180 * day, CompromisedTTL: 30 * day}
	s := b.Open(t, opts)
	for _, o := range []bot.Offender{
		{Account: Account("old"), Strikes: []time.Time{T0}, LastSeen: T0},
		{Account: Account("never-seen")},
		{Account: Account("recent"), Strikes: []time.Time{T0.Add(100 * day)}, LastSeen: T0.Add(100 * day)},
		{Account: Account("hijacked-long-ago"), Compromised: true, CompromisedSince: T0, LastSeen: T0},
		{Account: Account("hijacked"), Compromised: true, CompromisedSince: T0.Add(170 * day), LastSeen: T0.Add(2 * day)},
	} {
		must(t, s.PutOffender(ctx, o))
	}
	mustCommit(t, s)
	clk.Advance(181 * day)
	mustCommit(t, s) // the prune pass
	want := []string{"hijacked", "recent"}
	if got := listed(t, s); !slices.Equal(got, want) {
		t.Errorf("after 181 days: %v, want %v", got, want)
	}
	if _, err := s.Offender(ctx, Account("old")); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("old record: %v, want ErrNotFound", err)
	}
	s = b.Reopen(t, s, opts)
	if got := listed(t, s); !slices.Equal(got, want) {
		t.Errorf("after a reopen: %v, want %v", got, want)
	}
	// the compromised mark runs out 30 days after it was set
	clk.Advance(30 * day)
	mustCommit(t, s)
	if got, want := listed(t, s), []string{"recent"}; !slices.Equal(got, want) {
		t.Errorf("after the mark ran out: %v, want %v", got, want)
	}
}

// testOldTasksAgeOut: a task no adapter carried out goes after
// OutboxRetention.
func testOldTasksAgeOut(t *testing.T, b Backend) {
	clk := NewClock(T0)
	s := b.Open(t, Options{Now: clk.Now, OutboxRetention: 15 * day})
	must(t, s.AddTasks(ctx, []bot.Task{
		{ID: "old", Platform: bot.Discord, Action: bot.ActDelete, Chat: "c", Message: "1", Time: T0},
		{ID: "new", Platform: bot.Discord, Action: bot.ActDelete, Chat: "c", Message: "2", Time: T0.Add(10 * day)},
	}))
	mustCommit(t, s)
	clk.Advance(16 * day)
	mustCommit(t, s)
	ts, err := s.PendingTasks(ctx, bot.Discord)
	if err != nil || len(ts) != 1 || ts[0].ID != "new" {
		t.Errorf("tasks after 16 days: %+v, %v; want the newer one", ts, err)
	}
}

// testFirstLinksAgeOut: a first link set longer ago than
// FirstLinkRetention is forgotten; with retention off (zero or negative),
// nothing ages out.
func testFirstLinksAgeOut(t *testing.T, b Backend) {
	clk := NewClock(T0)
	s := b.Open(t, Options{Now: clk.Now, FirstLinkRetention: 180 * day})
	must(t, s.SetFirstLink(ctx, Account("old"), T0))
	must(t, s.SetFirstLink(ctx, Account("new"), T0.Add(100*day)))
	mustCommit(t, s)
	clk.Advance(181 * day)
	mustCommit(t, s)
	if _, err := s.FirstLink(ctx, Account("old")); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("old first link: %v, want ErrNotFound", err)
	}
	if _, err := s.FirstLink(ctx, Account("new")); err != nil {
		t.Errorf("newer first link: %v", err)
	}

	kept := b.Open(t, Options{Now: clk.Now})
	must(t, kept.PutOffender(ctx, bot.Offender{Account: Account("a"), LastSeen: T0}))
	must(t, kept.SetFirstLink(ctx, Account("a"), T0))
	must(t, kept.AddTasks(ctx, []bot.Task{{ID: "t", Platform: bot.Telegram, Action: bot.ActDelete, Chat: "c", Message: "1", Time: T0}}))
	mustCommit(t, kept)
	clk.Advance(1000 * day)
	mustCommit(t, kept)
	if got := listed(t, kept); !slices.Equal(got, []string{"a"}) {
		t.Errorf("retention off, offenders kept: %v", got)
	}
	if _, err := kept.FirstLink(ctx, Account("a")); err != nil {
		t.Errorf("retention off, first link: %v", err)
	}
	if ts, err := kept.PendingTasks(ctx, bot.Telegram); err != nil || len(ts) != 1 {
		t.Errorf("retention off, tasks: %+v %v", ts, err)
	}
}
