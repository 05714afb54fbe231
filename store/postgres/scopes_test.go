package postgres_test

import (
	"slices"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store/postgres"
	"github.com/immunebot/immune/store/postgres/pgtest"
)

// TestOpenIndexesVersion11 opens a database at schema 11, before
// offender_scopes, whose offenders an older build wrote: the migration
// indexes every row by the chats, servers and mutes it names, and a row
// changed after moves in the index (the trigger), whichever process
// writes it.
func TestOpenIndexesVersion11(t *testing.T) {
	t.Parallel()
	url := pgtest.URL(t)
	c, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	if _, err := c.Exec(ctx, `CREATE TABLE immune_migrations (
		version    integer PRIMARY KEY,
		name       text NOT NULL,
		applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
		t.Fatal(err)
	}
	for v := range 11 {
		name, sql := postgres.Migration(v)
		if _, err := c.Exec(ctx, sql); err != nil {
			t.Fatalf("migration %d (%s): %v", v+1, name, err)
		}
		if _, err := c.Exec(ctx, "INSERT INTO immune_migrations (version, name) VALUES ($1, $2)", v+1, name); err != nil {
			t.Fatal(err)
		}
	}
	// rows as a schema 11 build writes them
	t0 := time.Date(2026, 11, 4, 5, 6, 7, 0, time.UTC)
	for _, r := range []struct {
		platform, user          string
		chats, groups, restrict []string
		seen                    time.Duration
	}{
		{"telegram", "1", []string{"g1", "g2"}, nil, nil, 2 * time.Minute},
		{"telegram", "2", []string{"g2"}, nil, []string{"g3", "g2"}, 3 * time.Minute},
		{"discord", "3", []string{"c1"}, []string{"g2"}, nil, time.Second},
		{"telegram", "4", nil, nil, nil, time.Minute},
	} {
		if _, err := c.Exec(ctx, `INSERT INTO offenders (account, platform, user_id, chats, groups, restricted, last_seen)
			VALUES ($1, $2, $3, $4, $5, $6, $7)`, r.platform+":"+r.user, r.platform, r.user,
			orNone(r.chats), orNone(r.groups), orNone(r.restrict), t0.Add(r.seen).UnixNano()); err != nil {
			t.Fatal(err)
		}
	}
	db := openURL(t, url, postgres.Options{OffenderRetention: -1})
	in := func(p bot.Platform, scopes ...string) []string {
		t.Helper()
		list, err := db.OffendersIn(ctx, p, scopes)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, o := range list {
			out = append(out, o.Account.String())
		}
		return out
	}
	check := func(when string, got []string, want ...string) {
		t.Helper()
		if !slices.Equal(got, want) {
			t.Errorf("%s: %q, want %q", when, got, want)
		}
	}
	check("g2", in(bot.Telegram, "g2"), "telegram:2", "telegram:1")
	check("g3 or g1", in(bot.Telegram, "g3", "g1"), "telegram:2", "telegram:1")
	check("discord g2", in(bot.Discord, "g2"), "discord:3")
	check("nowhere", in(bot.Telegram, "g0"))
	var rows int
	if err := c.QueryRow(ctx, "SELECT count(*) FROM offender_scopes").Scan(&rows); err != nil || rows != 6 {
		t.Errorf("offender_scopes holds %d rows, %v; want 6, one for each scope of each account", rows, err)
	}

	// an account leaves g2 for g4, through the store; another is deleted
	o, err := db.Offender(ctx, bot.AccountKey{Platform: bot.Telegram, User: "1"})
	if err != nil {
		t.Fatal(err)
	}
	o.Chats, o.LastSeen = []string{"g1", "g4"}, t0.Add(time.Hour)
	if err := db.PutOffender(ctx, o); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteOffender(ctx, bot.AccountKey{Platform: bot.Telegram, User: "2"}); err != nil {
		t.Fatal(err)
	}
	if err := db.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	check("g2 after", in(bot.Telegram, "g2"))
	check("g4 after", in(bot.Telegram, "g4", "g1"), "telegram:1")
	seen, err := db.OffendersSeenIn(ctx, bot.Telegram, []string{"g4"})
	if err != nil || len(seen) != 1 || !seen[0].LastSeen.Equal(o.LastSeen) {
		t.Errorf("OffendersSeenIn(g4) = %+v, %v; want telegram:1 seen at %v", seen, err, o.LastSeen)
	}
}

func orNone(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
