package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/internal/faults"
)

var (
	_ bot.OffenderNames = (*DB)(nil)
	_ bot.OffenderBatch = (*DB)(nil)
	_ bot.OffenderNames = (*store)(nil)
	_ bot.OffenderBatch = (*store)(nil)
)

// OffendersNamed returns the records of platform p whose name has one of
// keys (bot.NameKeys), through the index on name_keys, and those whose
// keys are not known (a name that is not keyed_name: written by an older
// version since Open), which the caller compares by name as it does every
// record it gets.
func (s *store) OffendersNamed(ctx context.Context, p bot.Platform, keys []string) ([]bot.Offender, error) {
	rows, err := s.q.Query(ctx, `SELECT `+offenderColumns+` FROM offenders
		WHERE platform = $1 AND (name_keys && $2 OR keyed_name IS DISTINCT FROM name)`, string(p), orEmpty(keys))
	if err != nil {
		return nil, s.fail("offenders named in "+string(p), err)
	}
	return s.offenderRows(rows, "offenders named in "+string(p))
}

// Offenders returns the records of keys that exist, in one query
// (bot.OffenderBatch), in no particular order.
func (s *store) Offenders(ctx context.Context, keys []bot.AccountKey) ([]bot.Offender, error) {
	accounts := make([]string, len(keys))
	for i, k := range keys {
		accounts[i] = k.String()
	}
	rows, err := s.q.Query(ctx, `SELECT `+offenderColumns+` FROM offenders WHERE account = ANY ($1)`, accounts)
	if err != nil {
		return nil, s.fail("read offenders", err)
	}
	return s.offenderRows(rows, "read offenders")
}

// offenderRows reads rows of offenderColumns, and closes them.
func (s *store) offenderRows(rows pgx.Rows, what string) ([]bot.Offender, error) {
	defer rows.Close()
	var out []bot.Offender
	for rows.Next() {
		o, err := scanOffender(rows)
		if err != nil {
			return nil, s.fail(what, err)
		}
		out = append(out, o)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail(what, err)
	}
	return out, nil
}

// nameKeyVersion is the version of the keys bot.NameKeys gives a name
// (bot.NameKeysVersion; a variable for tests).
var nameKeyVersion int64 = bot.NameKeysVersion

// keyNameKeys is the key of immune_meta that holds the version of
// bot.NameKeys that made offenders.name_keys (1 when it holds none: the
// keys of schema 14 before it was recorded).
const keyNameKeys = "name_keys_version"

// checkNameKeyVersion makes the keys of every row's name to be made again
// (fillNameKeys, which Open runs next) when another version of
// bot.NameKeys made them (nameKeyVersion), as the bbolt store does: their
// keyed_name set to NULL, which no name is, in the transaction that
// records the new version in immune_meta. A row whose name is not its
// keyed_name is read by every lookup meanwhile, so nothing is missed;
// and if the process stops before its keys are made, the next Open makes
// them. The caller holds the migration's advisory lock on c, so that of
// processes starting together one does it. A process of another version
// still writing meanwhile keys the rows it writes its own way, until its
// next Open: run one version on a database.
func checkNameKeyVersion(ctx context.Context, c *pgxpool.Conn) error {
	if _, err := c.Exec(ctx, `CREATE TABLE IF NOT EXISTS immune_meta (
		key   text COLLATE "C" PRIMARY KEY,
		value bigint NOT NULL)`); err != nil {
		return fmt.Errorf("meta table: %w", err)
	}
	v := int64(1)
	err := c.QueryRow(ctx, "SELECT value FROM immune_meta WHERE key = $1", keyNameKeys).Scan(&v)
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("version of the keys of names: %w", err)
	}
	if err == nil && v == nameKeyVersion {
		return nil
	}
	tx, err := c.Begin(ctx)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback(ctx) }()
	if v != nameKeyVersion {
		if _, err := tx.Exec(ctx, "UPDATE offenders SET keyed_name = NULL WHERE keyed_name IS NOT NULL"); err != nil {
			return fmt.Errorf("keys of names of version %d to make again: %w", v, err)
		}
	}
	if _, err := tx.Exec(ctx, `INSERT INTO immune_meta (key, value) VALUES ($1, $2)
		ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, keyNameKeys, nameKeyVersion); err != nil {
		return fmt.Errorf("version of the keys of names: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("version of the keys of names: %w", err)
	}
	return nil
}

// nameFillBatch is how many rows fillNameKeys reads and writes at a time.
const nameFillBatch = 5000

// fillNameKeys works out name_keys where keyed_name is not the name: rows
// written before schema 14, or written or renamed by a process of an
// older version since, or every row when another version of bot.NameKeys
// made their keys (checkNameKeyVersion). Each row is written only if its name is still the
// one read, so a process renaming it meanwhile loses nothing.
func (db *DB) fillNameKeys(ctx context.Context) error {
	if err := faults.IndexBuild(db.Name()); err != nil {
		return err
	}
	// the rows to key, read at once: paging through them in account
	// order sorted every row without keys for each page (the index of
	// them is by platform), 200,000 rows 40 times
	rows, err := db.pool.Query(ctx, `SELECT account, name FROM offenders WHERE keyed_name IS DISTINCT FROM name`)
	if err != nil {
		return fmt.Errorf("fill in the keys of names: %w", err)
	}
	var accounts, names []string
	for rows.Next() {
		var a, n string
		if err := rows.Scan(&a, &n); err != nil {
			rows.Close()
			return fmt.Errorf("fill in the keys of names: %w", err)
		}
		accounts, names = append(accounts, a), append(names, n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("fill in the keys of names: %w", err)
	}
	for i := 0; i < len(accounts); i += nameFillBatch {
		j := min(i+nameFillBatch, len(accounts))
		// one statement a batch (it was one a row), the keys of each
		// row a JSON array
		keys := make([]string, j-i)
		for k, n := range names[i:j] {
			b, err := json.Marshal(orEmpty(bot.NameKeys(n)))
			if err != nil {
				return fmt.Errorf("fill in the keys of names: %w", err)
			}
			keys[k] = string(b)
		}
		if _, err := db.pool.Exec(ctx, `UPDATE offenders o
			SET name_keys = ARRAY(SELECT jsonb_array_elements_text(k.keys)), keyed_name = k.name
			FROM (SELECT unnest($1::text[]) AS account, unnest($2::text[]) AS name, unnest($3::text[])::jsonb AS keys) k
			WHERE o.account = k.account AND o.name = k.name`, accounts[i:j], names[i:j], keys); err != nil {
			return fmt.Errorf("fill in the keys of names: %w", err)
		}
	}
	return nil
}
