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

// Exec queues sql; the tag is empty.
func (b *batcher) Exec(_ context.Context, sql string, args ...any) (pgconn.CommandTag, error) {
	b.batch.Queue(sql, args...)
	return pgconn.CommandTag{}, nil
}

// SendBatch queues the batch's statements; its results are empty.
func (b *batcher) SendBatch(_ context.Context, q *pgx.Batch) pgx.BatchResults {
	b.batch.QueuedQueries = append(b.batch.QueuedQueries, q.QueuedQueries...)
	return queuedResults{}
}

// Query fails: a read among queued writes is a mistake.
func (b *batcher) Query(context.Context, string, ...any) (pgx.Rows, error) {
	return nil, errQueued
}

// QueryRow fails, as Query does.
func (b *batcher) QueryRow(context.Context, string, ...any) pgx.Row { return queuedRow{} }

var errQueued = fmt.Errorf("import: a read among queued writes")

// queuedResults answers a batch the batcher took over; the write methods
// only Close it.
type queuedResults struct{ pgx.BatchResults }

// Exec answers an empty tag.
func (queuedResults) Exec() (pgconn.CommandTag, error) { return pgconn.CommandTag{}, nil }

// Query fails: the batch was queued.
func (queuedResults) Query() (pgx.Rows, error) { return nil, errQueued }

// QueryRow fails, as Query does.
func (queuedResults) QueryRow() pgx.Row { return queuedRow{} }

// Close has nothing to close.
func (queuedResults) Close() error { return nil }

type queuedRow struct{}

// Scan fails: the row was never read.
func (queuedRow) Scan(...any) error { return errQueued }
