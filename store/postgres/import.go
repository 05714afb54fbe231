package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/immunebot/immune/bot"
)

// Import writes records in one transaction and one round trip: the same
// statements the write methods make, queued in a batch. `immune migrate`
// copies a store with it, a few thousand records a call.
func (db *DB) Import(ctx context.Context, rs []bot.Record) error {
	if err := db.live(); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	b := &batcher{}
	queue := &store{db: db, q: b, inTx: true}
	for i := range rs {
		if err := rs[i].WriteTo(ctx, queue); err != nil {
			return fmt.Errorf("import %s: %w", rs[i].Kind(), err)
		}
	}
	tx, err := db.pool.Begin(ctx)
	if err != nil {
		return db.fail("import", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if err := tx.SendBatch(ctx, &b.batch).Close(); err != nil {
		return db.fail("import", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return db.fail("import", err)
	}
	return nil
}

// batcher is a querier that queues what the write methods execute instead
// of sending it. They only Exec (and SendBatch); a read is a mistake.
type batcher struct{ batch pgx.Batch }

func (b *batcher) Exec(_ context.Context, sql string, args ...any) (pgconn.CommandTag, error) {
	b.batch.Queue(sql, args...)
	return pgconn.CommandTag{}, nil
}

func (b *batcher) SendBatch(_ context.Context, q *pgx.Batch) pgx.BatchResults {
	b.batch.QueuedQueries = append(b.batch.QueuedQueries, q.QueuedQueries...)
	return queuedResults{}
}

func (b *batcher) Query(context.Context, string, ...any) (pgx.Rows, error) {
	return nil, errQueued
}

func (b *batcher) QueryRow(context.Context, string, ...any) pgx.Row { return queuedRow{} }

var errQueued = fmt.Errorf("import: a read among queued writes")

// queuedResults answers a batch the batcher took over; the write methods
// only Close it.
type queuedResults struct{ pgx.BatchResults }

func (queuedResults) Exec() (pgconn.CommandTag, error) { return pgconn.CommandTag{}, nil }
func (queuedResults) Query() (pgx.Rows, error)         { return nil, errQueued }
func (queuedResults) QueryRow() pgx.Row                { return queuedRow{} }
func (queuedResults) Close() error                     { return nil }

type queuedRow struct{}

func (queuedRow) Scan(...any) error { return errQueued }
