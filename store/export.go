package store

import (
	"context"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// Export commits the buffered writes, then calls fn with every record in
// the file from one read transaction, bucket by bucket in key order: audit
// entries oldest first. Stale copies of offender records and first links
// (see staleCopies) are left out: an account's record is its greatest key.
func (db *DB) Export(ctx context.Context, fn func(bot.Record) error) error {
	if err := db.Commit(ctx); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	err := db.view("an export", func(tx *bolt.Tx) error {
		// the time bits of each account's record, read from the same
		// transaction: a Commit may run while the export does
		records, _, err := loadKeyTimes(tx, bucketOffendersBySeen)
		if err != nil {
			return err
		}
		firstLinks, _, err := loadKeyTimes(tx, bucketFirstLinksByTime)
		if err != nil {
			return err
		}
		steps := []struct {
			bucket []byte
			read   func(k, v []byte) (bot.Record, error)
		}{
			{bucketOffendersBySeen, func(k, v []byte) (bot.Record, error) {
				if acct, ok := accountOfKey(k); ok && records[acct] != keyTime(k) {
					return bot.Record{}, nil // a stale copy
				}
				o, err := decodeOffender(v)
				return bot.Record{Offender: o}, err
			}},
			{bucketChats, func(_, v []byte) (bot.Record, error) {
				c, err := decodeChat(v)
				return bot.Record{Chat: c}, err
			}},
			{bucketLists, func(_, v []byte) (bot.Record, error) {
				e, err := decodeListEntry(v)
				return bot.Record{List: &e}, err
			}},
			{bucketFirstLinksByTime, func(k, _ []byte) (bot.Record, error) {
				acct, ok := accountOfKey(k)
				if !ok {
					return bot.Record{}, fmt.Errorf("first link %q: not a time and an account", k)
				}
				if firstLinks[acct] != keyTime(k) {
					return bot.Record{}, nil // a stale copy
				}
				return bot.Record{FirstLink: &bot.FirstLinkRecord{Account: acct, Time: bitsTime(keyTime(k))}}, nil
			}},
			{bucketSightings, func(_, v []byte) (bot.Record, error) {
				s, err := decodeSighting(v)
				return bot.Record{Sighting: &s}, err
			}},
			{bucketAudit, func(_, v []byte) (bot.Record, error) {
				e, err := decodeAudit(v)
				return bot.Record{Audit: &e}, err
			}},
			{bucketOutboxByTime, func(_, v []byte) (bot.Record, error) {
				t, err := decodeTask(v)
				return bot.Record{Task: t}, err
			}},
			{bucketJudgedByTime, func(_, v []byte) (bot.Record, error) {
				j, err := decodeJudged(v)
				return bot.Record{Judged: j}, err
			}},
			{bucketCases, func(_, v []byte) (bot.Record, error) {
				c, err := decodeCase(v)
				return bot.Record{Case: c}, err
			}},
		}
		for _, st := range steps {
			c := tx.Bucket(st.bucket).Cursor()
			for k, v := c.First(); k != nil; k, v = c.Next() {
				if err := ctx.Err(); err != nil {
					return err
				}
				r, err := st.read(k, v)
				if err != nil {
					return fmt.Errorf("%s %q: %w", st.bucket, k, err)
				}
				if r == (bot.Record{}) {
					continue
				}
				if err := fn(r); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("export: %w", boltErr(err))
	}
	return nil
}
