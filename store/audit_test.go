package store_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

// notes lists the notes of audit entries, in order.
func notes(es []bot.AuditEntry) string {
	var out []string
	for _, e := range es {
		out = append(out, e.Note)
	}
	return fmt.Sprint(out)
}

// entry is an audit entry noted n, min minutes after t0.
func entry(n string, min int) bot.AuditEntry {
	return fullAudit(t0.Add(time.Duration(min)*time.Minute), n)
}

func TestAudit(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		committed []bot.AuditEntry
		buffered  func(t *testing.T, db *store.DB)
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
			buffered: func(t *testing.T, db *store.DB) {
				must(t, db.AppendAudit(ctx, entry("c", 1)))
			},
			want: "[c b a]",
		},
		{
			name:      "buffered entries mix with committed ones",
			committed: []bot.AuditEntry{entry("a", 1), entry("c", 3)},
			buffered: func(t *testing.T, db *store.DB) {
				must(t, db.AppendAudit(ctx, entry("b", 2)))
				must(t, db.AppendAudit(ctx, entry("d", 4)))
			},
			limit: 3,
			want:  "[d c b]",
		},
		{
			name:      "prune committed and buffered entries",
			committed: []bot.AuditEntry{entry("a", 1), entry("c", 3)},
			buffered: func(t *testing.T, db *store.DB) {
				must(t, db.AppendAudit(ctx, entry("b", 2)))
				must(t, db.PruneAudit(ctx, t0.Add(3*time.Minute)))
				must(t, db.AppendAudit(ctx, entry("late", 1)))
			},
			want: "[c late]",
		},
		{
			name: "no time: stamped with the clock",
			buffered: func(t *testing.T, db *store.DB) {
				must(t, db.AppendAudit(ctx, bot.AuditEntry{Note: "now"}))
				must(t, db.AppendAudit(ctx, entry("later", 20)))
				must(t, db.AppendAudit(ctx, entry("earlier", 5)))
			},
			want: "[later now earlier]",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			opts := store.Options{Now: newClock(t0.Add(10 * time.Minute)).Now, AuditRetention: -1}
			db, _ := openTemp(t, opts)
			for _, e := range tc.committed {
				must(t, db.AppendAudit(ctx, e))
			}
			mustCommit(t, db)
			if tc.buffered != nil {
				tc.buffered(t, db)
			}
			check := func(t *testing.T) {
				got, err := db.RecentAudit(ctx, tc.limit)
				must(t, err)
				if notes(got) != tc.want {
					t.Errorf("RecentAudit(%d) = %s, want %s", tc.limit, notes(got), tc.want)
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
