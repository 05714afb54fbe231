package storetest

import (
	"fmt"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// notes lists the notes of audit entries, in order.
func notes(es []bot.AuditEntry) string {
	var out []string
	for _, e := range es {
		out = append(out, e.Note)
	}
	return fmt.Sprint(out)
}

// entry is an audit entry noted n, min minutes after T0.
func entry(n string, min int) bot.AuditEntry {
	return FullAudit(T0.Add(time.Duration(min)*time.Minute), n)
}

func testAudit(t *testing.T, b Backend) {
	tests := []struct {
		name      string
		committed []bot.AuditEntry
		then      func(t *testing.T, s bot.Store)
		limit     int
		want      string
	}{
		{
			name:      "newest first",
			committed: []bot.AuditEntry{entry("b", 2), entry("a", 1), entry("c", 3)},
			want:      "[c b a]",
		},
		{
			name:      "limit",
			committed: []bot.AuditEntry{entry("a", 1), entry("b", 2), entry("c", 3)},
			limit:     2,
			want:      "[c b]",
		},
		{
			name:      "same instant: appended last comes first",
			committed: []bot.AuditEntry{entry("a", 1), entry("b", 1)},
			then: func(t *testing.T, s bot.Store) {
				must(t, s.AppendAudit(ctx, entry("c", 1)))
			},
			want: "[c b a]",
		},
		{
			name:      "later entries mix with committed ones",
			committed: []bot.AuditEntry{entry("a", 1), entry("c", 3)},
			then: func(t *testing.T, s bot.Store) {
				must(t, s.AppendAudit(ctx, entry("b", 2)))
				must(t, s.AppendAudit(ctx, entry("d", 4)))
			},
			limit: 3,
			want:  "[d c b]",
		},
		{
			name:      "prune, then append an old entry",
			committed: []bot.AuditEntry{entry("a", 1), entry("c", 3)},
			then: func(t *testing.T, s bot.Store) {
				must(t, s.AppendAudit(ctx, entry("b", 2)))
				must(t, s.PruneAudit(ctx, T0.Add(3*time.Minute)))
				must(t, s.AppendAudit(ctx, entry("late", 1)))
			},
			want: "[c late]",
		},
		{
			name: "no time: stamped with the clock",
			then: func(t *testing.T, s bot.Store) {
				must(t, s.AppendAudit(ctx, bot.AuditEntry{Note: "now"}))
				must(t, s.AppendAudit(ctx, entry("later", 20)))
				must(t, s.AppendAudit(ctx, entry("earlier", 5)))
			},
			want: "[later now earlier]",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			opts := Options{Now: NewClock(T0.Add(10 * time.Minute)).Now, AuditRetention: -1}
			s := b.Open(t, opts)
			for _, e := range tc.committed {
				must(t, s.AppendAudit(ctx, e))
			}
			mustCommit(t, s)
			if tc.then != nil {
				tc.then(t, s)
			}
			phases(t, b, s, opts, func(t *testing.T, s bot.Store) {
				got, err := s.RecentAudit(ctx, tc.limit)
				must(t, err)
				if notes(got) != tc.want {
					t.Errorf("RecentAudit(%d) = %s, want %s", tc.limit, notes(got), tc.want)
				}
			})
		})
	}
}

// ids lists the message ids of sightings, in order.
func ids(ss []bot.Sighting) string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Message.ID)
	}
	return fmt.Sprint(out)
}

// at is a sighting of account u, message id, min minutes after T0.
func at(u, id string, min int) bot.Sighting {
	return FullSighting(u, "chat-"+id, id, T0.Add(time.Duration(min)*time.Minute))
}

func testSightings(t *testing.T, b Backend) {
	tests := []struct {
		name      string
		committed []bot.Sighting
		then      func(t *testing.T, s bot.Store)
		account   string
		since     int // minutes after T0
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
			name:      "later sightings mix with committed ones",
			committed: []bot.Sighting{at("1", "a", 1), at("1", "c", 3)},
			then: func(t *testing.T, s bot.Store) {
				must(t, s.AddSightings(ctx, []bot.Sighting{at("1", "b", 2), at("1", "d", 4)}))
			},
			account: "1",
			want:    "[a b c d]",
		},
		{
			name:      "the same sighting twice is kept once",
			committed: []bot.Sighting{at("1", "a", 1)},
			then: func(t *testing.T, s bot.Store) {
				must(t, s.AddSightings(ctx, []bot.Sighting{at("1", "a", 1), at("1", "a", 1)}))
			},
			account: "1",
			want:    "[a]",
		},
		{
			name:      "delete sightings of messages",
			committed: []bot.Sighting{at("1", "a", 1), at("1", "b", 2), at("2", "a", 1)},
			then: func(t *testing.T, s bot.Store) {
				must(t, s.AddSightings(ctx, []bot.Sighting{at("1", "c", 3), at("1", "d", 4)}))
				must(t, s.DeleteSightings(ctx, Account("1"), []bot.MessageRef{
					at("1", "a", 0).Message, at("1", "c", 0).Message,
				}))
			},
			account: "1",
			want:    "[b d]",
		},
		{
			name:      "delete leaves other accounts alone",
			committed: []bot.Sighting{at("1", "a", 1), at("2", "a", 1)},
			then: func(t *testing.T, s bot.Store) {
				must(t, s.DeleteSightings(ctx, Account("1"), []bot.MessageRef{at("1", "a", 0).Message}))
			},
			account: "2",
			want:    "[a]",
		},
		{
			name:      "prune, then add an old sighting again",
			committed: []bot.Sighting{at("1", "a", 1), at("1", "b", 2), at("1", "c", 3)},
			then: func(t *testing.T, s bot.Store) {
				must(t, s.AddSightings(ctx, []bot.Sighting{at("1", "d", 1)}))
				must(t, s.PruneSightings(ctx, T0.Add(3*time.Minute)))
				must(t, s.AddSightings(ctx, []bot.Sighting{at("1", "e", 1)}))
			},
			account: "1",
			want:    "[e c]",
		},
		{
			name:      "a later prune wins over an earlier one",
			committed: []bot.Sighting{at("1", "a", 1), at("1", "b", 2), at("1", "c", 3)},
			then: func(t *testing.T, s bot.Store) {
				must(t, s.PruneSightings(ctx, T0.Add(3*time.Minute)))
				must(t, s.PruneSightings(ctx, T0.Add(2*time.Minute)))
			},
			account: "1",
			want:    "[c]",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			opts := Options{SightingRetention: -1}
			s := b.Open(t, opts)
			must(t, s.AddSightings(ctx, tc.committed))
			mustCommit(t, s)
			if tc.then != nil {
				tc.then(t, s)
			}
			phases(t, b, s, opts, func(t *testing.T, s bot.Store) {
				got, err := s.RecentSightings(ctx, Account(tc.account), T0.Add(time.Duration(tc.since)*time.Minute))
				must(t, err)
				if ids(got) != tc.want {
					t.Errorf("RecentSightings = %s, want %s", ids(got), tc.want)
				}
			})
		})
	}
}

// testAutoPrune checks that Commit forgets sightings and audit entries past
// their retention, by the injected clock, at most once a minute.
func testAutoPrune(t *testing.T, b Backend) {
	clk := NewClock(T0)
	opts := Options{Now: clk.Now, SightingRetention: time.Hour, AuditRetention: 2 * time.Hour}
	s := b.Open(t, opts)
	must(t, s.AddSightings(ctx, []bot.Sighting{at("1", "a", 0), at("1", "b", 30)}))
	must(t, s.AppendAudit(ctx, FullAudit(T0, "a")))
	must(t, s.AppendAudit(ctx, FullAudit(T0.Add(90*time.Minute), "b")))
	mustCommit(t, s)

	counts := func() (sightings, audit int) {
		ss, err := s.RecentSightings(ctx, Account("1"), time.Time{})
		must(t, err)
		a, err := s.RecentAudit(ctx, 0)
		must(t, err)
		return len(ss), len(a)
	}
	if ns, na := counts(); ns != 2 || na != 2 {
		t.Fatalf("at T0: %d sightings, %d audit entries; want 2, 2", ns, na)
	}
	// 70 minutes on, sighting a is past its hour, and the last prune (at
	// the first Commit) was more than a minute ago.
	clk.Advance(70 * time.Minute)
	mustCommit(t, s)
	if ns, na := counts(); ns != 1 || na != 2 {
		t.Fatalf("after 70m: %d sightings, %d audit entries; want 1, 2", ns, na)
	}
	// c is 59m40s old after 40 more seconds, past its hour after 60: but
	// the last prune was less than a minute ago.
	must(t, s.AddSightings(ctx, []bot.Sighting{FullSighting("1", "chat-c", "c", T0.Add(10*time.Minute+20*time.Second))}))
	clk.Advance(40 * time.Second)
	mustCommit(t, s)
	if ns, _ := counts(); ns != 2 {
		t.Fatalf("prune again within a minute: %d sightings, want 2", ns)
	}
	clk.Advance(20 * time.Second)
	mustCommit(t, s)
	if ns, _ := counts(); ns != 1 {
		t.Fatalf("prune a minute later: %d sightings, want 1", ns)
	}
	// At 125m sighting b (30m) and audit entry a (0m) are past retention.
	clk.Advance(54 * time.Minute)
	mustCommit(t, s)
	if ns, na := counts(); ns != 0 || na != 1 {
		t.Fatalf("after 125m: %d sightings, %d audit entries; want 0, 1", ns, na)
	}
	s = b.Reopen(t, s, opts)
	if ns, na := counts(); ns != 0 || na != 1 {
		t.Fatalf("after reopen: %d sightings, %d audit entries; want 0, 1", ns, na)
	}
}
