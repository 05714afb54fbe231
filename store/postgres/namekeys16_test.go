package postgres_test

import (
	"slices"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/internal/faults"
	"github.com/immunebot/immune/store/postgres"
	"github.com/immunebot/immune/store/postgres/pgtest"
)

// TestNameKeysOfAnotherVersionRekeyed: the database records the version
// of bot.NameKeys that made offenders.name_keys (immune_meta), as the bbolt
// store does, and an Open of another version makes every row's keys
// again (in the background: IndexBuild), so that OffendersNamed finds the
// rows by this version's keys; an
// Open of the same version trusts the keys; a database that recorded no
// version (schema 14 before it did) holds version 1's.
func TestNameKeysOfAnotherVersionRekeyed(t *testing.T) {
	t.Parallel()
	url := pgtest.URL(t)
	db := openURL(t, url, postgres.Options{OffenderRetention: -1})
	names := map[string]string{"1": "Lê Thị Hà (@ha_le)", "2": "Bob", "3": "Carol (@carol)", "4": ""}
	for u, name := range names {
		if err := db.PutOffender(ctx, bot.Offender{Account: bot.AccountKey{Platform: bot.Telegram, User: u}, Name: name, Chats: []string{"g1"}}); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	c, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	exec := func(sql string, args ...any) {
		t.Helper()
		if _, err := c.Exec(ctx, sql, args...); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
	}
	version := func() int64 {
		t.Helper()
		var v int64
		if err := c.QueryRow(ctx, "SELECT value FROM immune_meta WHERE key = 'name_keys_version'").Scan(&v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	if v := version(); v != bot.NameKeysVersion {
		t.Fatalf("the version recorded at Open = %d, want %d", v, bot.NameKeysVersion)
	}
	// keys another folding made: none of them this version's
	otherKeys := func() {
		t.Helper()
		exec("UPDATE offenders SET name_keys = array(SELECT 'v0 ' || k FROM unnest(name_keys) AS k)")
	}
	keysOf := func() map[string][]string {
		t.Helper()
		rows, err := c.Query(ctx, "SELECT user_id, name_keys FROM offenders")
		if err != nil {
			t.Fatal(err)
		}
		got := map[string][]string{}
		for rows.Next() {
			var u string
			var keys []string
			if err := rows.Scan(&u, &keys); err != nil {
				t.Fatal(err)
			}
			got[u] = keys
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		return got
	}

	// the same version: the keys are trusted as they are
	otherKeys()
	db = openURL(t, url, postgres.Options{OffenderRetention: -1})
	if got := usersNamed(t, db, bot.Telegram, "le thi ha"); len(got) != 0 {
		t.Errorf("an Open of the same version made the keys again: le thi ha found %q", got)
	}
	db.Close()

	// another version's keys
	exec("UPDATE immune_meta SET value = $1 WHERE key = 'name_keys_version'", bot.NameKeysVersion+1)
	db = openURL(t, url, postgres.Options{OffenderRetention: -1})
	if err := db.IndexBuild(ctx); err != nil {
		t.Fatalf("IndexBuild: %v", err)
	}
	for u, keys := range keysOf() {
		if want := bot.NameKeys(names[u]); !slices.Equal(keys, want) {
			t.Errorf("row %s: keys %q, want %q", u, keys, want)
		}
	}
	if v := version(); v != bot.NameKeysVersion {
		t.Errorf("the version after the keys were made again = %d", v)
	}
	for name, want := range map[string][]string{"le thi ha": {"1"}, "ha_le": {"1"}, "bob": {"2"}, "carol": {"3"}} {
		if got := usersNamed(t, db, bot.Telegram, name); !slices.Equal(got, want) {
			t.Errorf("%q: found %q, want %q", name, got, want)
		}
	}
	db.Close()

	// no version recorded: version 1's keys, kept
	exec("DELETE FROM immune_meta")
	otherKeys()
	db = openURL(t, url, postgres.Options{OffenderRetention: -1})
	if err := db.IndexBuild(ctx); err != nil {
		t.Fatalf("IndexBuild: %v", err)
	}
	db.Close()
	if v := version(); v != 1 {
		t.Errorf("the version recorded for a database that had none = %d, want 1", v)
	}
	if bot.NameKeysVersion == 1 {
		if keys := keysOf()["1"]; slices.Equal(keys, bot.NameKeys(names["1"])) {
			t.Errorf("the keys of a database that recorded no version were made again: %q", keys)
		}
	}
}

// TestOpenAnswersBeforeNameKeysAreMade: Open returns before it has made
// the keys of names (held here by the fault hook), which it used to make
// first (more than ConnectTimeout for 200,000 rows:
// BenchmarkOpenRekeysNames), and the rows without keys are found by name
// meanwhile; once made (IndexBuild), through their keys.
func TestOpenAnswersBeforeNameKeysAreMade(t *testing.T) {
	t.Parallel()
	url := pgtest.URL(t)
	db := openURL(t, url, postgres.Options{OffenderRetention: -1})
	for u, name := range map[string]string{"1": "Lê Thị Hà", "2": "Bob"} {
		if err := db.PutOffender(ctx, bot.Offender{Account: bot.AccountKey{Platform: bot.Telegram, User: u}, Name: name}); err != nil {
			t.Fatal(err)
		}
	}
	name := db.Name()
	db.Close()
	c, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	if _, err := c.Exec(ctx, "UPDATE immune_meta SET value = 0 WHERE key = 'name_keys_version'"); err != nil {
		t.Fatal(err)
	}
	held, release := make(chan struct{}), make(chan struct{})
	defer faults.SetIndexBuild(func(n string) error {
		if n == name {
			close(held)
			<-release
		}
		return nil
	})()
	db = openURL(t, url, postgres.Options{OffenderRetention: -1})
	<-held
	var unkeyed int
	if err := c.QueryRow(ctx, "SELECT count(*) FROM offenders WHERE keyed_name IS DISTINCT FROM name").Scan(&unkeyed); err != nil || unkeyed != 2 {
		t.Fatalf("%d rows without keys while they are made, %v", unkeyed, err)
	}
	find := func(when string) {
		t.Helper()
		list, err := db.OffendersNamed(ctx, bot.Telegram, bot.NameKeys("le thi ha"))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.ContainsFunc(list, func(o bot.Offender) bool { return o.Account.User == "1" }) {
			t.Errorf("%s: le thi ha not found: %v", when, list)
		}
	}
	find("while the keys are made")
	close(release)
	if err := db.IndexBuild(ctx); err != nil {
		t.Fatal(err)
	}
	if err := c.QueryRow(ctx, "SELECT count(*) FROM offenders WHERE keyed_name IS DISTINCT FROM name").Scan(&unkeyed); err != nil || unkeyed != 0 {
		t.Fatalf("%d rows without keys once made, %v", unkeyed, err)
	}
	find("once the keys are made")
}
