package store

import (
	"context"
	"fmt"
	"hash/maphash"
	"sync"

	"github.com/immunebot/immune/bot"
)

// accountLocks serialise UpdateAccount per account. Only one process opens
// a bbolt file, so a lock in memory is a lock across every user of the
// store. Accounts share a fixed set of mutexes by hash: two accounts on one
// mutex merely wait for each other.
type accountLocks struct {
	seed maphash.Seed
	mu   [256]sync.Mutex
}

func (l *accountLocks) of(k bot.AccountKey) *sync.Mutex {
	var h maphash.Hash
	h.SetSeed(l.seed)
	h.WriteString(string(k.Platform))
	h.WriteByte(0)
	h.WriteString(k.User)
	return &l.mu[h.Sum64()%uint64(len(l.mu))]
}

// UpdateAccount runs fn holding k against every other UpdateAccount of k.
// fn is handed the store itself: its writes are buffered like any other and
// made durable by the next Commit.
func (db *DB) UpdateAccount(ctx context.Context, k bot.AccountKey, fn func(tx bot.Store) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := validAccount(k); err != nil {
		return fmt.Errorf("update account: %w", err)
	}
	m := db.locks.of(k)
	m.Lock()
	defer m.Unlock()
	return fn(db)
}
