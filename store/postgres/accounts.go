package postgres

import (
	"context"
	"fmt"
	"hash/fnv"

	"github.com/immunebot/immune/bot"
)

// accountLock is the key of k's transaction-level advisory lock: a 32-bit
// hash of the account. Two accounts that share a hash merely wait for each
// other.
func accountLock(k bot.AccountKey) int32 {
	h := fnv.New32a()
	h.Write([]byte(k.String()))
	return int32(h.Sum32())
}

// UpdateAccount runs fn in a transaction that holds k's advisory lock
// (pg_advisory_xact_lock), taken before fn reads anything: an UpdateAccount
// of k in any process waits for the transaction to end, and then, at READ
// COMMITTED, reads everything it committed. What fn writes through tx is
// committed together when fn returns nil, and rolled back when it returns
// an error. BEGIN, the lock and the reads of k's offender record and first
// link go in one round trip, and writes wait to go with the next statement
// (txConn): a message with a link costs four round trips, not ten. Inside a transaction (fn calling UpdateAccount, which the
// contract forbids but which is harmless here) it takes k's lock as well
// and runs fn in the same transaction.
func (s *store) UpdateAccount(ctx context.Context, k bot.AccountKey, fn func(tx bot.Store) error) error {
	if err := validAccount(k); err != nil {
		return fmt.Errorf("update account: %w", err)
	}
	lock := fmt.Sprintf("SELECT pg_advisory_xact_lock(%d, %d)", lockAccounts, accountLock(k))
	if s.inTx {
		if _, err := s.q.Exec(ctx, lock); err != nil {
			return s.fail("hold account "+k.String(), err)
		}
		return fn(s)
	}
	if err := s.live(); err != nil {
		return fmt.Errorf("update account %s: %w", k, err)
	}
	c, err := s.db.pool.Acquire(ctx)
	if err != nil {
		return s.fail("update account "+k.String(), err)
	}
	// A connection left inside a transaction (a failed ROLLBACK) is closed
	// by Release, not reused.
	defer c.Release()
	t := &txConn{c: c}
	if err := t.begin(ctx, k); err != nil {
		_, _ = c.Exec(context.WithoutCancel(ctx), "ROLLBACK")
		return s.fail("hold account "+k.String(), err)
	}
	tx := &store{db: s.db, q: t, inTx: true}
	if err := fn(tx); err != nil {
		_, _ = c.Exec(context.WithoutCancel(ctx), "ROLLBACK")
		return err
	}
	// The writes fn left queued go with the COMMIT.
	if _, err := t.Exec(ctx, "COMMIT"); err != nil {
		_, _ = c.Exec(context.WithoutCancel(ctx), "ROLLBACK")
		return s.fail("commit account "+k.String(), err)
	}
	return nil
}
