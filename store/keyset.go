package store

import (
	"errors"
	"runtime/debug"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// keySet holds the accounts a bucket has a record of (offenders, first
// links), loaded at Open and kept up to date by Commit. Most senders have
// neither record, and most are not in the read caches either on a busy
// deployment (hundreds of thousands of accounts); the set answers "no
// record" for them without a read transaction. Retention bounds both
// buckets, and so the sets: a few tens of thousands of accounts for a year
// of a busy deployment.
type keySet map[bot.AccountKey]struct{}

// loadKeys reads the account keys of a bucket. It returns a nil set, which
// knows nothing and sends every read to the file, when the bucket cannot
// be read whole (a damaged page): the store opens all the same, and stops
// when a read meets the damage, as it would without the set.
func loadKeys(b *bolt.DB, bucket []byte) (s keySet) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if recover() != nil {
			s = nil
		}
	}()
	s = make(keySet)
	err := b.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucket).ForEach(func(k, _ []byte) error {
			if a, ok := bot.ParseAccountKey(string(k)); ok {
				s[a] = struct{}{}
			} else {
				return errUnknownKey
			}
			return nil
		})
	})
	if err != nil {
		return nil
	}
	return s
}

var errUnknownKey = errors.New("a key that is no account")

// has reports whether k may have a record: true unless the set knows it
// has none.
func (s keySet) has(k bot.AccountKey) bool {
	if s == nil {
		return true
	}
	_, ok := s[k]
	return ok
}

// set records whether k has a record.
func (s keySet) set(k bot.AccountKey, present bool) {
	if s == nil {
		return
	}
	if present {
		s[k] = struct{}{}
	} else {
		delete(s, k)
	}
}
