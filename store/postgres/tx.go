package postgres

import (
	"context"
	"errors"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/immunebot/immune/bot"
)

// txConn is the querier of an UpdateAccount transaction. It saves round
// trips, which are most of what a message costs on a shared store:
//
//   - Writes whose result nobody reads (deferExec, deferBatch) are queued
//     and sent with the next statement, in one round trip: the next read
//     sees them, since it runs after them on the same connection, and the
//     last ones go with the COMMIT. A queued write that fails fails the
//     statement it went with, and with it the transaction.
//   - BEGIN, the account's lock and the reads of the account's offender
//     record and first link go in one round trip at the start (prefetch);
//     the store answers Offender and FirstLink of that account from what it
//     read, and from what fn wrote since.
type txConn struct {
	c       *pgxpool.Conn
	pending pgx.Batch

	acct      bot.AccountKey
	offender  *bot.Offender // nil: no record
	first     time.Time     // zero: no first link
	prefetch  bool          // offender and first are the account's
	fetchErrs error
}

// begin starts the transaction on c, holding k, and reads k's offender
// record and first link, all in one round trip.
func (t *txConn) begin(ctx context.Context, k bot.AccountKey) error {
	b := &pgx.Batch{}
	b.Queue("BEGIN")
	b.Queue("SELECT pg_advisory_xact_lock($1, $2)", lockAccounts, accountLock(k))
	b.Queue(`SELECT `+offenderColumns+` FROM offenders WHERE account = $1`, k.String())
	b.Queue(`SELECT at FROM first_links WHERE account = $1`, k.String())
	br := t.c.SendBatch(ctx, b)
	defer br.Close()
	for range 2 {
		if _, err := br.Exec(); err != nil {
			return err
		}
	}
	o, err := scanOffender(br.QueryRow())
	switch {
	case err == nil:
		t.offender = &o
	case !noRows(err):
		return err
	}
	var at int64
	err = br.QueryRow().Scan(&at)
	switch {
	case err == nil:
		t.first = fromNanos(&at)
	case !noRows(err):
		return err
	}
	t.acct, t.prefetch = k, true
	return br.Close()
}

// queue adds a write to send with the next statement.
func (t *txConn) queue(sql string, args []any) { t.pending.Queue(sql, args...) }

// sendWith sends the pending writes and then sql, in one batch, and
// returns the results at sql's. The caller closes them.
func (t *txConn) sendWith(ctx context.Context, sql string, args []any) (pgx.BatchResults, error) {
	b := t.pending
	t.pending = pgx.Batch{}
	n := b.Len()
	b.Queue(sql, args...)
	br := t.c.SendBatch(ctx, &b)
	for range n {
		if _, err := br.Exec(); err != nil {
			br.Close()
			return nil, err
		}
	}
	return br, nil
}

// flush sends the pending writes.
func (t *txConn) flush(ctx context.Context) error {
	if t.pending.Len() == 0 {
		return nil
	}
	b := t.pending
	t.pending = pgx.Batch{}
	return t.c.SendBatch(ctx, &b).Close()
}

// Exec runs sql after the pending writes, in the same round trip.
func (t *txConn) Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error) {
	if t.pending.Len() == 0 {
		return t.c.Exec(ctx, sql, args...)
	}
	br, err := t.sendWith(ctx, sql, args)
	if err != nil {
		return pgconn.CommandTag{}, err
	}
	tag, err := br.Exec()
	return tag, errors.Join(err, br.Close())
}

// Query runs sql after the pending writes, in the same round trip.
func (t *txConn) Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	if t.pending.Len() == 0 {
		return t.c.Query(ctx, sql, args...)
	}
	br, err := t.sendWith(ctx, sql, args)
	if err != nil {
		return nil, err
	}
	rows, err := br.Query()
	if err != nil {
		br.Close()
		return nil, err
	}
	return &batchRows{Rows: rows, br: br}, nil
}

// QueryRow is Query for one row.
func (t *txConn) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row {
	if t.pending.Len() == 0 {
		return t.c.QueryRow(ctx, sql, args...)
	}
	rows, err := t.Query(ctx, sql, args...)
	return firstRow{rows: rows, err: err}
}

// SendBatch sends the pending writes, then b.
func (t *txConn) SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults {
	if err := t.flush(ctx); err != nil {
		return failedResults{err: err}
	}
	return t.c.SendBatch(ctx, b)
}

// batchRows are the rows of a statement sent in a batch: closing them
// closes the batch.
type batchRows struct {
	pgx.Rows
	br  pgx.BatchResults
	err error
}

// Close closes the rows and the batch they came in.
func (r *batchRows) Close() {
	r.Rows.Close()
	if r.br != nil {
		r.err = r.br.Close()
		r.br = nil
	}
}

// Err is the rows' error, or the batch's.
func (r *batchRows) Err() error {
	if err := r.Rows.Err(); err != nil {
		return err
	}
	return r.err
}

// firstRow scans the first of rows, as pgx.Row does.
type firstRow struct {
	rows pgx.Rows
	err  error
}

// Scan reads the first row into dest, or returns pgx.ErrNoRows.
func (r firstRow) Scan(dest ...any) error {
	if r.err != nil {
		return r.err
	}
	defer r.rows.Close()
	if !r.rows.Next() {
		r.rows.Close()
		if err := r.rows.Err(); err != nil {
			return err
		}
		return pgx.ErrNoRows
	}
	if err := r.rows.Scan(dest...); err != nil {
		return err
	}
	r.rows.Close()
	return r.rows.Err()
}

// failedResults answers a batch that could not be sent.
type failedResults struct {
	pgx.BatchResults
	err error
}

// Exec returns the error.
func (f failedResults) Exec() (pgconn.CommandTag, error) { return pgconn.CommandTag{}, f.err }

// Query returns the error.
func (f failedResults) Query() (pgx.Rows, error) { return nil, f.err }

// QueryRow returns a row that fails with the error.
func (f failedResults) QueryRow() pgx.Row { return firstRow{err: f.err} }

// Close returns the error.
func (f failedResults) Close() error { return f.err }

// deferExec runs a write whose result is not read: inside an UpdateAccount
// transaction it is queued for the next statement (see txConn); otherwise
// it runs at once.
func (s *store) deferExec(ctx context.Context, sql string, args ...any) error {
	if t, ok := s.q.(*txConn); ok {
		t.queue(sql, args)
		return nil
	}
	_, err := s.q.Exec(ctx, sql, args...)
	return err
}

// deferBatch is deferExec for a batch of writes.
func (s *store) deferBatch(ctx context.Context, b *pgx.Batch) error {
	if t, ok := s.q.(*txConn); ok {
		for _, q := range b.QueuedQueries {
			t.queue(q.SQL, q.Arguments)
		}
		return nil
	}
	return s.q.SendBatch(ctx, b).Close()
}

// prefetched returns the transaction's account offender record, when k is
// that account: ok is false otherwise.
func (s *store) prefetchedOffender(k bot.AccountKey) (o *bot.Offender, ok bool) {
	t, isTx := s.q.(*txConn)
	if !isTx || !t.prefetch || t.acct != k {
		return nil, false
	}
	return t.offender, true
}

// putPrefetched keeps the transaction's view of its account's record in
// step with a write of it (nil: deleted).
func (s *store) putPrefetched(k bot.AccountKey, o *bot.Offender) {
	if t, ok := s.q.(*txConn); ok && t.prefetch && t.acct == k {
		if o != nil {
			c := cloneOffender(*o)
			o = &c
		}
		t.offender = o
	}
}

// prefetchedFirstLink is prefetchedOffender for the first link.
func (s *store) prefetchedFirstLink(k bot.AccountKey) (time.Time, bool) {
	t, isTx := s.q.(*txConn)
	if !isTx || !t.prefetch || t.acct != k {
		return time.Time{}, false
	}
	return t.first, true
}

// setPrefetchedFirstLink keeps the transaction's view of its account's
// first link in step with a write of it.
func (s *store) setPrefetchedFirstLink(k bot.AccountKey, at time.Time) {
	if t, ok := s.q.(*txConn); ok && t.prefetch && t.acct == k {
		t.first = at
	}
}

// cloneOffender copies o's slices, so that a record handed out and a record
// kept do not share them; times in UTC.
func cloneOffender(o bot.Offender) bot.Offender {
	o.Strikes = slices.Clone(o.Strikes)
	for i := range o.Strikes {
		o.Strikes[i] = o.Strikes[i].UTC()
	}
	o.Restricted, o.Chats, o.Groups = slices.Clone(o.Restricted), slices.Clone(o.Chats), slices.Clone(o.Groups)
	o.RestrictedEnds = slices.Clone(o.RestrictedEnds)
	for i := range o.RestrictedEnds {
		o.RestrictedEnds[i] = o.RestrictedEnds[i].UTC()
	}
	o.Pardons = slices.Clone(o.Pardons)
	for i := range o.Pardons {
		o.Pardons[i].Time = o.Pardons[i].Time.UTC()
	}
	return o
}
