package store_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

// ids lists the message ids of sightings, in order.
func ids(ss []bot.Sighting) string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Message.ID)
	}
	return fmt.Sprint(out)
}

// at is a sighting of account u, message id, min minutes after t0.
func at(u, id string, min int) bot.Sighting {
	return fullSighting(u, "chat-"+id, id, t0.Add(time.Duration(min)*time.Minute))
}

func TestSightings(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		committed []bot.Sighting
		buffered  func(t *testing.T, db *store.DB)
		account   string
		since     int // minutes after t0
		want      string
	}{
		{
			name:      "oldest first, one account, since",
			committed: []bot.Sighting{at("1", "c", 3), at("1", "a", 1), at("1", "b", 2), at("2", "x", 2), at("12", "y", 2)},
			account:   "1",
			since:     2,
			want:      "[b c]",
		},
		{
			name:      "buffered sightings mix with committed ones",
			committed: []bot.Sighting{at("1", "a", 1), at("1", "c", 3)},
			buffered: func(t *testing.T, db *store.DB) {
				must(t, db.AddSightings(ctx, []bot.Sighting{at("1", "b", 2), at("1", "d", 4)}))
			},
			account: "1",
			want:    "[a b c d]",
		},
		{
			name:      "the same sighting twice is kept once",
			committed: []bot.Sighting{at("1", "a", 1)},
			buffered: func(t *testing.T, db *store.DB) {
				must(t, db.AddSightings(ctx, []bot.Sighting{at("1", "a", 1), at("1", "a", 1)}))
			},
			account: "1",
			want:    "[a]",
		},
		{
			name:      "delete committed and buffered sightings of messages",
			committed: []bot.Sighting{at("1", "a", 1), at("1", "b", 2), at("2", "a", 1)},
			buffered: func(t *testing.T, db *store.DB) {
				must(t, db.AddSightings(ctx, []bot.Sighting{at("1", "c", 3), at("1", "d", 4)}))
				must(t, db.DeleteSightings(ctx, account("1"), []bot.MessageRef{
					at("1", "a", 0).Message, at("1", "c", 0).Message,
				}))
			},
			account: "1",
			want:    "[b d]",
		},
		{
			name:      "delete leaves other accounts alone",
			committed: []bot.Sighting{at("1", "a", 1), at("2", "a", 1)},
			buffered: func(t *testing.T, db *store.DB) {
				must(t, db.DeleteSightings(ctx, account("1"), []bot.MessageRef{at("1", "a", 0).Message}))
			},
			account: "2",
			want:    "[a]",
		},
		{
			name:      "prune, then add an old sighting again",
			committed: []bot.Sighting{at("1", "a", 1), at("1", "b", 2), at("1", "c", 3)},
			buffered: func(t *testing.T, db *store.DB) {
				must(t, db.AddSightings(ctx, []bot.Sighting{at("1", "d", 1)}))
				must(t, db.PruneSightings(ctx, t0.Add(3*time.Minute)))
				must(t, db.AddSightings(ctx, []bot.Sighting{at("1", "e", 1)}))
			},
			account: "1",
			want:    "[e c]",
		},
		{
			name:      "a later prune wins over an earlier one",
			committed: []bot.Sighting{at("1", "a", 1), at("1", "b", 2), at("1", "c", 3)},
			buffered: func(t *testing.T, db *store.DB) {
				must(t, db.PruneSightings(ctx, t0.Add(3*time.Minute)))
				must(t, db.PruneSightings(ctx, t0.Add(2*time.Minute)))
			},
			account: "1",
			want:    "[c]",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			opts := store.Options{SightingRetention: -1}
			db, _ := openTemp(t, opts)
			must(t, db.AddSightings(ctx, tc.committed))
			mustCommit(t, db)
			if tc.buffered != nil {
				tc.buffered(t, db)
			}
			check := func(t *testing.T) {
				got, err := db.RecentSightings(ctx, account(tc.account), t0.Add(time.Duration(tc.since)*time.Minute))
				must(t, err)
				if ids(got) != tc.want {
					t.Errorf("RecentSightings = %s, want %s", ids(got), tc.want)
				}
			}
			t.Run("buffered", check)
			mustCommit(t, db)
			t.Run("committed", check)
			db = reopen(t, db, opts)
			t.Run("reopened", check)
		})
	}
}

// TestAutoPrune checks that Commit forgets sightings and audit entries past
// their retention, by the injected clock, at most once a minute.
func TestAutoPrune(t *testing.T) {
	t.Parallel()
	clk := newClock(t0)
	opts := store.Options{Now: clk.Now, SightingRetention: time.Hour, AuditRetention: 2 * time.Hour}
	db, _ := openTemp(t, opts)
	must(t, db.AddSightings(ctx, []bot.Sighting{at("1", "a", 0), at("1", "b", 30)}))
	must(t, db.AppendAudit(ctx, fullAudit(t0, "a")))
	must(t, db.AppendAudit(ctx, fullAudit(t0.Add(90*time.Minute), "b")))
	mustCommit(t, db)

	counts := func() (sightings, audit int) {
		s, err := db.RecentSightings(ctx, account("1"), time.Time{})
		must(t, err)
		a, err := db.RecentAudit(ctx, 0)
		must(t, err)
		return len(s), len(a)
	}
	if s, a := counts(); s != 2 || a != 2 {
		t.Fatalf("at t0: %d sightings, %d audit entries; want 2, 2", s, a)
	}
	// 70 minutes on, sighting a is past its hour, and the last prune (at
	// the first Commit) was more than a minute ago.
	clk.Advance(70 * time.Minute)
	mustCommit(t, db)
	if s, a := counts(); s != 1 || a != 2 {
		t.Fatalf("after 70m: %d sightings, %d audit entries; want 1, 2", s, a)
	}
	// c is 59m40s old after 40 more seconds, past its hour after 60: but
	// the last prune was less than a minute ago.
	must(t, db.AddSightings(ctx, []bot.Sighting{fullSighting("1", "chat-c", "c", t0.Add(10*time.Minute+20*time.Second))}))
	clk.Advance(40 * time.Second)
	mustCommit(t, db)
	if s, _ := counts(); s != 2 {
		t.Fatalf("prune again within a minute: %d sightings, want 2", s)
	}
	clk.Advance(20 * time.Second)
	mustCommit(t, db)
	if s, _ := counts(); s != 1 {
		t.Fatalf("prune a minute later: %d sightings, want 1", s)
	}
	// At 125m sighting b (30m) and audit entry a (0m) are past retention.
	clk.Advance(54 * time.Minute)
	mustCommit(t, db)
	if s, a := counts(); s != 0 || a != 1 {
		t.Fatalf("after 125m: %d sightings, %d audit entries; want 0, 1", s, a)
	}
	db = reopen(t, db, opts)
	if s, a := counts(); s != 0 || a != 1 {
		t.Fatalf("after reopen: %d sightings, %d audit entries; want 0, 1", s, a)
	}
}
