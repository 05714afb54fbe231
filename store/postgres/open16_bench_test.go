package postgres_test

import (
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store/postgres"
	"github.com/immunebot/immune/store/postgres/pgtest"
)

// BenchmarkOpenRekeysNames is an Open that makes the keys of 200,000
// offenders' names again (another version of bot.NameKeys made them:
// immune_meta's version changed before each round); open_ms is Open
// alone, until the store answers, keyed_ms until the keys are made
// (IndexBuild). The rows are written by SQL, with names such as
// "Member 12 (@member12)" and one in ten Vietnamese.
func BenchmarkOpenRekeysNames(b *testing.B) {
	url := pgtest.URL(b)
	db, err := postgres.Open(ctx, url, postgres.Options{OffenderRetention: -1})
	if err != nil {
		b.Fatal(err)
	}
	db.Close()
	c, err := pgx.Connect(ctx, url)
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close(ctx)
	const n = 200_000
	if _, err := c.Exec(ctx, `INSERT INTO offenders (account, platform, user_id, name, chats, last_seen)
		SELECT 'telegram:' || i, 'telegram', i::text,
			CASE WHEN i % 10 = 0 THEN 'Nguyễn Văn ' || i ELSE 'Member ' || i || ' (@member' || i || ')' END,
			ARRAY['-100' || (i % 2000)], i
		FROM generate_series(1, $1) AS i`, n); err != nil {
		b.Fatal(err)
	}
	var opened, keyed time.Duration
	for b.Loop() {
		b.StopTimer()
		if _, err := c.Exec(ctx, "UPDATE immune_meta SET value = 0 WHERE key = 'name_keys_version'"); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		db, err := postgres.Open(ctx, url, postgres.Options{OffenderRetention: -1})
		if err != nil {
			b.Fatal(err)
		}
		opened += time.Since(start)
		if err := db.IndexBuild(ctx); err != nil {
			b.Fatal(err)
		}
		keyed += time.Since(start)
		b.StopTimer()
		list, err := db.OffendersNamed(ctx, bot.Telegram, bot.NameKeys("member77"))
		if err != nil || len(list) != 1 {
			b.Fatalf("member77: %d records, %v", len(list), err)
		}
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(opened.Milliseconds())/float64(b.N), "open_ms")
	b.ReportMetric(float64(keyed.Milliseconds())/float64(b.N), "keyed_ms")
}
