package postgres_test

import (
	"context"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/internal/chatmix"
	"github.com/immunebot/immune/store/postgres"
	"github.com/immunebot/immune/store/postgres/pgtest"
)

// benchServer is a PostgreSQL server as production has it (fsync and
// synchronous commits on), started for the benchmarks: the tests' server
// runs without fsync. IMMUNE_BENCH_POSTGRES_URL names another server to use
// (a database whose user may create databases).
func benchServer(b *testing.B) *pgtest.Server {
	b.Helper()
	if u := os.Getenv("IMMUNE_BENCH_POSTGRES_URL"); u != "" {
		return &pgtest.Server{URL: u}
	}
	s, err := pgtest.Start(pgtest.StartOptions{Durable: true})
	if err != nil {
		b.Skipf("no PostgreSQL server for the benchmark: %v", err)
	}
	b.Cleanup(func() { s.Stop() })
	return s
}

// BenchmarkEnginePostgres is the engine on PostgreSQL, as replicas drive
// it: the realistic chat mix (internal/chatmix: 70 % plain chat, 25 %
// benign links, 5 % threats from 50 accounts, over 50 chats and 2,000
// members), each message judged and committed (fsync on) before the next
// of its chat. A "process" is an engine with its own connection pool (8
// connections) fed by 8 workers, a chat to a worker, as a live bot's
// queues are; with several processes, message i goes to process i mod P,
// as a load balancer sends Telegram updates to any replica, so one
// account's messages meet in every process and wait for its lock.
func BenchmarkEnginePostgres(b *testing.B) {
	srv := benchServer(b)
	msgs := chatmix.Messages(100000, 3)
	for _, procs := range []int{1, 4} {
		b.Run(fmt.Sprintf("processes=%d", procs), func(b *testing.B) {
			url, err := srv.NewDatabase(context.Background())
			if err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			const workers = 8
			var engines []*bot.Engine
			for range procs {
				db, err := postgres.Open(ctx, url, postgres.Options{MaxConns: workers})
				if err != nil {
					b.Fatal(err)
				}
				defer db.Close()
				e, err := bot.NewEngine(ctx, bot.DefaultConfig(), db, nil, nil)
				if err != nil {
					b.Fatal(err)
				}
				e.NoOutbox = false
				engines = append(engines, e)
			}
			queues := make([][]chan *bot.Message, procs)
			var wg sync.WaitGroup
			var failed atomic.Int64
			for p := range procs {
				queues[p] = make([]chan *bot.Message, workers)
				for w := range workers {
					ch := make(chan *bot.Message, 64)
					queues[p][w] = ch
					wg.Go(func() {
						for m := range ch {
							if _, err := engines[p].Handle(ctx, m); err != nil {
								failed.Add(1)
							}
						}
					})
				}
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				m := msgs[i%len(msgs)]
				m.Time = m.Time.Add(time.Duration(i/len(msgs)) * 100000 * time.Second)
				m.ID = fmt.Sprint(i)
				h := fnv.New32a()
				h.Write([]byte(m.Chat))
				queues[i%procs][h.Sum32()%workers] <- &m
			}
			for _, qs := range queues {
				for _, ch := range qs {
					close(ch)
				}
			}
			wg.Wait()
			b.StopTimer()
			if n := failed.Load(); n > 0 {
				b.Fatalf("%d messages failed", n)
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
		})
	}
}

// BenchmarkFanOutQuery measures the fan-out query, an account's sightings
// of the last ten minutes (RecentSightings, one range of the primary key),
// on a table of 10 M sightings: 500,000 accounts with 20 each, spread over
// the 24 hours the sightings are kept, and 1,000 accounts spraying now.
// "quiet account" asks for one of the 500,000 (most have no sighting in the
// window), "spraying account" for one with 5 in it; "in UpdateAccount" is
// the latter inside the transaction that holds the account, as the engine
// runs it (BEGIN, the lock, the query, COMMIT). IMMUNE_BENCH_SIGHTINGS sets
// another number of rows.
func BenchmarkFanOutQuery(b *testing.B) {
	srv := benchServer(b)
	ctx := context.Background()
	url, err := srv.NewDatabase(ctx)
	if err != nil {
		b.Fatal(err)
	}
	rows := 10_000_000
	if s := os.Getenv("IMMUNE_BENCH_SIGHTINGS"); s != "" {
		fmt.Sscan(s, &rows)
	}
	const perAccount = 20
	accounts := rows / perAccount
	now := time.Date(2026, 10, 2, 12, 0, 0, 0, time.UTC)
	db, err := postgres.Open(ctx, url, postgres.Options{Now: func() time.Time { return now }})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	start := time.Now()
	c, err := pgx.Connect(ctx, url)
	if err != nil {
		b.Fatal(err)
	}
	// Row i is account i mod accounts's, at now - 24h + i*step: each
	// account's sightings spread over the day, the table filled in time
	// order as the engine fills it. Then 1,000 accounts spraying now: 5
	// sightings each in the last ten minutes, in 5 chats.
	_, err = c.Exec(ctx, `INSERT INTO sightings (account, at, hash, platform, chat, message_id, grp, fingerprints)
		SELECT 'telegram:' || (i % $1), $2::bigint + i * $3::bigint, i, 'telegram', '-100' || (i % 5000),
		       i::text, '', ARRAY['u:phish-' || (i % 1000) || '.example/login', 't:' || (i % 97)]
		FROM generate_series(0, $4::bigint - 1) AS i`,
		accounts, now.Add(-24*time.Hour).UnixNano(), int64(24*time.Hour)/int64(rows), rows)
	if err != nil {
		b.Fatal(err)
	}
	_, err = c.Exec(ctx, `INSERT INTO sightings (account, at, hash, platform, chat, message_id, grp, fingerprints)
		SELECT 'telegram:spray' || (i % 1000), $1::bigint + i::bigint * 100000000, i, 'telegram', '-200' || (i % 5),
		       'spray' || i, '', ARRAY['u:gift-' || (i % 1000) || '.example/claim']
		FROM generate_series(0, 4999) AS i`, now.Add(-9*time.Minute).UnixNano())
	if err != nil {
		b.Fatal(err)
	}
	if _, err := c.Exec(ctx, "VACUUM ANALYZE sightings"); err != nil {
		b.Fatal(err)
	}
	var size string
	c.QueryRow(ctx, "SELECT pg_size_pretty(pg_total_relation_size('sightings'))").Scan(&size)
	c.Close(ctx)
	b.Logf("%d sightings of %d accounts written in %v; table with indexes: %s", rows, accounts, time.Since(start).Round(time.Second), size)
	r := rand.New(rand.NewPCG(1, 2))
	since := now.Add(-10 * time.Minute)
	query := func(b *testing.B, user func() string) {
		found := 0
		var took []time.Duration
		for b.Loop() {
			k := bot.AccountKey{Platform: bot.Telegram, User: user()}
			t := time.Now()
			ss, err := db.RecentSightings(ctx, k, since)
			took = append(took, time.Since(t))
			if err != nil {
				b.Fatal(err)
			}
			found += len(ss)
		}
		b.ReportMetric(float64(found)/float64(b.N), "rows/op")
		reportPercentiles(b, took)
	}
	b.Run("quiet account", func(b *testing.B) {
		query(b, func() string { return fmt.Sprint(r.IntN(accounts)) })
	})
	b.Run("spraying account", func(b *testing.B) {
		query(b, func() string { return fmt.Sprint("spray", r.IntN(1000)) })
	})
	b.Run("in UpdateAccount", func(b *testing.B) {
		var took []time.Duration
		for b.Loop() {
			k := bot.AccountKey{Platform: bot.Telegram, User: fmt.Sprint("spray", r.IntN(1000))}
			t := time.Now()
			err := db.UpdateAccount(ctx, k, func(tx bot.Store) error {
				_, err := tx.RecentSightings(ctx, k, since)
				return err
			})
			took = append(took, time.Since(t))
			if err != nil {
				b.Fatal(err)
			}
		}
		reportPercentiles(b, took)
	})
}

// reportPercentiles reports the median and the 99th percentile of took,
// in microseconds.
func reportPercentiles(b *testing.B, took []time.Duration) {
	if len(took) == 0 {
		return
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(took[len(took)*99/100].Microseconds()), "p99-µs")
}
