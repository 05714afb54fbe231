package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// keyTimes holds, for a bucket keyed by time then account (offender
// records by LastSeen, first links by their time), the time bits of each
// account's key: loaded at Open and kept up to date by Commit. It finds an
// account's record in the file (the key is its time, then the account),
// and it answers "no record" without a read transaction for most senders,
// who have neither record and are in no read cache on a busy deployment
// (hundreds of thousands of accounts). Retention bounds both buckets, and
// so the maps: a few tens of thousands of accounts for a year of a busy
// deployment.
type keyTimes map[bot.AccountKey]uint64

// loadKeyTimes reads the keys of a bucket keyed by time then account.
func loadKeyTimes(tx *bolt.Tx, bucket []byte) (keyTimes, error) {
	m := make(keyTimes)
	err := tx.Bucket(bucket).ForEach(func(k, _ []byte) error {
		a, ok := accountOfKey(k)
		if !ok {
			return fmt.Errorf("%w: %s key %q is no time and account", ErrCorrupt, bucket, k)
		}
		m[a] = keyTime(k)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", bucket, err)
	}
	return m, nil
}

// accountOfKey reads the account of a key that is time then account.
func accountOfKey(k []byte) (bot.AccountKey, bool) {
	if len(k) < 8 {
		return bot.AccountKey{}, false
	}
	return bot.ParseAccountKey(string(k[8:]))
}

// find returns the time bits of k's key, if the bucket has one.
func (m keyTimes) find(k bot.AccountKey) (uint64, bool) {
	bits, ok := m[k]
	return bits, ok
}
