package postgres_test

import (
	"slices"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store/postgres"
	"github.com/immunebot/immune/store/postgres/pgtest"
)

// TestOpenIndexesNamesOfVersion13 opens a database at schema 13, before
// name_keys, whose offenders an older build wrote: Open fills in the keys
// of every row's name, OffendersNamed finds them through the index, and a
// row an older build renames afterwards (its write leaves name_keys
// alone) is still found by its new name, not its old one.
func TestOpenIndexesNamesOfVersion13(t *testing.T) {
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
	for v := range 13 {
		name, sql := postgres.Migration(v)
		if _, err := c.Exec(ctx, sql); err != nil {
			t.Fatalf("migration %d (%s): %v", v+1, name, err)
		}
		if _, err := c.Exec(ctx, "INSERT INTO immune_migrations (version, name) VALUES ($1, $2)", v+1, name); err != nil {
			t.Fatal(err)
		}
	}
	// rows as a schema 13 build writes them
	for _, r := range []struct{ platform, user, name string }{
		{"telegram", "1", "Lê Thị Hà (@ha_le)"},
		{"telegram", "2", "LE THI HA"},
		{"telegram", "3", "Bob"},
		{"discord", "4", "Lê Thị Hà"},
		{"telegram", "5", ""},
	} {
		if _, err := c.Exec(ctx, `INSERT INTO offenders (account, platform, user_id, name, chats) VALUES ($1, $2, $3, $4, '{g1}')`,
			r.platform+":"+r.user, r.platform, r.user, r.name); err != nil {
			t.Fatal(err)
		}
	}
	db := openURL(t, url, postgres.Options{OffenderRetention: -1})
	check := func(when string, got []string, want ...string) {
		t.Helper()
		if !slices.Equal(got, want) {
			t.Errorf("%s: %q, want %q", when, got, want)
		}
	}
	if err := db.IndexBuild(ctx); err != nil {
		t.Fatalf("IndexBuild: %v", err)
	}
	var unkeyed int
	if err := c.QueryRow(ctx, "SELECT count(*) FROM offenders WHERE keyed_name IS DISTINCT FROM name").Scan(&unkeyed); err != nil || unkeyed != 0 {
		t.Errorf("%d rows without name keys after Open, %v", unkeyed, err)
	}
	check("le thi ha", usersNamed(t, db, bot.Telegram, "le thi ha"), "1", "2")
	check("@ha_le", usersNamed(t, db, bot.Telegram, "ha_le"), "1")
	check("discord", usersNamed(t, db, bot.Discord, "Lê Thị Hà"), "4")
	check("nobody", usersNamed(t, db, bot.Telegram, "Carol"))

	// an older build renames Bob to Carol, and writes a new row
	if _, err := c.Exec(ctx, `UPDATE offenders SET name = 'Carol' WHERE account = 'telegram:3'`); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Exec(ctx, `INSERT INTO offenders (account, platform, user_id, name) VALUES ('telegram:6', 'telegram', '6', 'Carol')`); err != nil {
		t.Fatal(err)
	}
	check("Carol, renamed by an older build", usersNamed(t, db, bot.Telegram, "Carol"), "3", "6")
	// rows whose keys are not known are read by every lookup
	check("Bob, renamed by an older build", usersNamed(t, db, bot.Telegram, "Bob"), "3", "6")
	// this build renames Carol back, and le thi ha to LÊ THỊ HÀ, whose keys are the same
	for _, r := range []struct{ user, name string }{{"3", "Bob"}, {"2", "LÊ THỊ HÀ"}} {
		o, err := db.Offender(ctx, bot.AccountKey{Platform: bot.Telegram, User: r.user})
		if err != nil {
			t.Fatal(err)
		}
		o.Name = r.name
		if err := db.PutOffender(ctx, o); err != nil {
			t.Fatal(err)
		}
	}
	check("Carol after", usersNamed(t, db, bot.Telegram, "Carol"), "6")
	check("le thi ha after", usersNamed(t, db, bot.Telegram, "le thi ha"), "1", "2", "6")
	db = openURL(t, url, postgres.Options{OffenderRetention: -1})
	if err := db.IndexBuild(ctx); err != nil { // the restart keys row 6
		t.Fatalf("IndexBuild: %v", err)
	}
	check("Bob after a restart", usersNamed(t, db, bot.Telegram, "bob"), "3")
	check("Carol after a restart", usersNamed(t, db, bot.Telegram, "carol"), "6")
}

// TestOffendersInOneQuery: Offenders reads the records of many accounts in
// one query, leaving out those without one.
func TestOffendersInOneQuery(t *testing.T) {
	t.Parallel()
	db := openURL(t, pgtest.URL(t), postgres.Options{OffenderRetention: -1})
	var keys []bot.AccountKey
	for _, u := range []string{"1", "2", "3"} {
		k := bot.AccountKey{Platform: bot.Telegram, User: u}
		keys = append(keys, k)
		if u != "2" {
			if err := db.PutOffender(ctx, bot.Offender{Account: k, Name: "n" + u, Chats: []string{"g1"}}); err != nil {
				t.Fatal(err)
			}
		}
	}
	got, err := db.Offenders(ctx, append(keys, bot.AccountKey{Platform: bot.Discord, User: "1"}))
	if err != nil {
		t.Fatal(err)
	}
	var users []string
	for _, o := range got {
		users = append(users, o.Account.String()+" "+o.Name)
	}
	slices.Sort(users)
	if !slices.Equal(users, []string{"telegram:1 n1", "telegram:3 n3"}) {
		t.Errorf("Offenders = %q", users)
	}
}

// usersNamed returns the users of platform p whose records OffendersNamed
// gives for the keys of name, sorted.
func usersNamed(t *testing.T, db *opened, p bot.Platform, name string) []string {
	t.Helper()
	list, err := db.OffendersNamed(ctx, p, bot.NameKeys(name))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, o := range list {
		out = append(out, o.Account.User)
	}
	slices.Sort(out)
	return out
}
