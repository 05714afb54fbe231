package postgres

import (
	"context"
	"errors"
	"fmt"
)

// Size returns how many bytes the database takes.
func (db *DB) Size(ctx context.Context) (int64, error) {
	var n int64
	if err := db.pool.QueryRow(ctx, `SELECT pg_database_size(current_database())`).Scan(&n); err != nil {
		return 0, db.fail("store size", err)
	}
	return n, nil
}

// ErrReadOnly is returned by Probe when the server takes no writes: a
// standby, or a database set read-only.
var ErrReadOnly = errors.New("the database takes no writes")

// Probe checks that the database answers and takes writes: not a standby
// in recovery, not read-only.
func (db *DB) Probe(ctx context.Context) error {
	if err := db.live(); err != nil {
		return fmt.Errorf("probe: %w", err)
	}
	var recovering bool
	var readOnly string
	err := db.pool.QueryRow(ctx, `SELECT pg_is_in_recovery(), current_setting('transaction_read_only')`).Scan(&recovering, &readOnly)
	if err != nil {
		return db.fail("probe", err)
	}
	if recovering || readOnly == "on" {
		return fmt.Errorf("probe: %w", ErrReadOnly)
	}
	return nil
}
