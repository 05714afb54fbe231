package postgres_test

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store/postgres"
	"github.com/immunebot/immune/store/postgres/pgtest"
)

// TestOffenderScopesTrigger: offender_scopes follows the rows whoever
// changes them — a row's lists emptied or changed by SQL of its own (an
// operator, another build), a row aged out by retention, a scope
// written twice or in two lists — and a scope too long for the
// index's key (bbolt indexes scopes up to 1,024 bytes and keeps the
// record) loses no record.
func TestOffenderScopesTrigger(t *testing.T) {
	t.Parallel()
	url := pgtest.URL(t)
	now := time.Date(2026, 12, 2, 4, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	db := openURL(t, url, postgres.Options{OffenderRetention: 24 * time.Hour, Now: clock})
	c, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	put := func(o bot.Offender) {
		t.Helper()
		if err := db.PutOffender(ctx, o); err != nil {
			t.Fatal(err)
		}
		if err := db.Commit(ctx); err != nil {
			t.Fatal(err)
		}
	}
	rows := func(account string) int {
		t.Helper()
		var n int
		if err := c.QueryRow(ctx, "SELECT count(*) FROM offender_scopes WHERE account = $1", account).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	in := func(scope string) []string {
		t.Helper()
		list, err := db.OffendersIn(ctx, bot.Telegram, []string{scope})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, o := range list {
			out = append(out, o.Account.User)
		}
		return out
	}
	acct := func(u string) bot.AccountKey { return bot.AccountKey{Platform: bot.Telegram, User: u} }

	put(bot.Offender{Account: acct("a"), Chats: []string{"g1", "g2"}, Restricted: []string{"g1"},
		RestrictedEnds: []time.Time{now.Add(time.Hour)}, RestrictedUntil: now.Add(time.Hour), LastSeen: now})
	if n := rows("telegram:a"); n != 2 {
		t.Errorf("a scope in two lists: %d rows, want 2", n)
	}
	if _, err := c.Exec(ctx, `UPDATE offenders SET chats = '{}', restricted = '{}' WHERE account = 'telegram:a'`); err != nil {
		t.Fatal(err)
	}
	if n := rows("telegram:a"); n != 0 || len(in("g1")) != 0 {
		t.Errorf("lists emptied by SQL: %d rows, in g1 %q; want none", n, in("g1"))
	}
	if _, err := c.Exec(ctx, `UPDATE offenders SET groups = '{g3}' WHERE account = 'telegram:a'`); err != nil {
		t.Fatal(err)
	}
	if got := in("g3"); len(got) != 1 || got[0] != "a" {
		t.Errorf("a group set by SQL: in g3 %q, want a", got)
	}

	put(bot.Offender{Account: acct("old"), Chats: []string{"g3"}, LastSeen: now.Add(-48 * time.Hour)})
	now = now.Add(time.Minute)
	put(bot.Offender{Account: acct("b"), Chats: []string{"g4"}, LastSeen: now}) // a Commit prunes
	if err := db.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if n := rows("telegram:old"); n != 0 {
		t.Errorf("aged out: %d rows left, want 0", n)
	}
	if got := in("g3"); len(got) != 1 || got[0] != "a" {
		t.Errorf("in g3 after the age-out: %q, want a", got)
	}

	// a scope no compression shortens (a run of one digit compresses
	// under the index's limit)
	rnd := rand.New(rand.NewPCG(13, 2026))
	var sb strings.Builder
	for range 3000 {
		sb.WriteByte("0123456789abcdef"[rnd.IntN(16)])
	}
	long := sb.String()
	o := bot.Offender{Account: acct("long"), Chats: []string{"g5", long}, LastSeen: now}
	if err := db.PutOffender(ctx, o); err != nil {
		t.Errorf("a record naming a scope of 3,000 bytes: %v", err)
	}
	if err := db.Commit(ctx); err != nil {
		t.Errorf("a record naming a scope of 3,000 bytes: %v", err)
	}
	if got, err := db.Offender(ctx, acct("long")); err != nil || len(got.Chats) != 2 {
		t.Errorf("the record naming a scope of 3,000 bytes: %+v, %v; want it kept whole", got, err)
	}
	if got := in("g5"); len(got) != 1 || got[0] != "long" {
		t.Errorf("in g5: %q, want long", got)
	}
}

// TestOffenderScopesMigrateALongScope: a database at schema 11 holding a
// record that names a scope longer than the index's key allows migrates
// (the backfill of offender_scopes failed on it, and so every start),
// and one at schema 12 whose trigger indexed every scope gets the
// bounded one: the record is written again whole.
func TestOffenderScopesMigrateALongScope(t *testing.T) {
	t.Parallel()
	rnd := rand.New(rand.NewPCG(12, 2026))
	var sb strings.Builder
	for range 3000 {
		sb.WriteByte("0123456789abcdef"[rnd.IntN(16)])
	}
	long := sb.String()
	for _, at := range []int{11, 12} {
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
		for v := range at {
			name, sql := postgres.Migration(v)
			if _, err := c.Exec(ctx, sql); err != nil {
				t.Fatalf("migration %d (%s): %v", v+1, name, err)
			}
			if _, err := c.Exec(ctx, "INSERT INTO immune_migrations (version, name) VALUES ($1, $2)", v+1, name); err != nil {
				t.Fatal(err)
			}
		}
		if at == 12 { // the trigger as schema 12 first wrote it
			if _, err := c.Exec(ctx, `CREATE OR REPLACE FUNCTION immune_offender_scopes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'UPDATE' THEN
		DELETE FROM offender_scopes s WHERE s.account = OLD.account
			AND NOT s.scope = ANY (NEW.chats || NEW.groups || NEW.restricted);
	END IF;
	INSERT INTO offender_scopes (platform, scope, account)
		SELECT DISTINCT NEW.platform, x, NEW.account FROM unnest(NEW.chats || NEW.groups || NEW.restricted) AS x
		ON CONFLICT DO NOTHING;
	RETURN NULL;
END $$`); err != nil {
				t.Fatal(err)
			}
		} else if _, err := c.Exec(ctx, `INSERT INTO offenders (account, platform, user_id, chats, last_seen)
			VALUES ('telegram:long', 'telegram', 'long', $1, 1)`, []string{"g1", long}); err != nil {
			t.Fatal(err)
		}
		db, err := postgres.Open(ctx, url, postgres.Options{OffenderRetention: -1})
		if err != nil {
			t.Fatalf("schema %d: Open: %v", at, err)
		}
		k := bot.AccountKey{Platform: bot.Telegram, User: "long"}
		if at == 12 {
			if err := db.PutOffender(ctx, bot.Offender{Account: k, Chats: []string{"g1", long}, LastSeen: time.Unix(0, 1)}); err != nil {
				t.Errorf("schema 12: %v", err)
			}
			if err := db.Commit(ctx); err != nil {
				t.Errorf("schema 12: %v", err)
			}
		}
		if got, err := db.OffendersIn(ctx, bot.Telegram, []string{"g1"}); err != nil || len(got) != 1 || len(got[0].Chats) != 2 {
			t.Errorf("schema %d: in g1 %+v, %v; want the record naming the long scope, whole", at, got, err)
		}
		db.Close()
	}
}
