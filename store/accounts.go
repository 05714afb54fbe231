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
// store. Each account held has a mutex of its own, made when the first
// caller comes and dropped when the last leaves: an UpdateAccount waits
// only for UpdateAccounts of the same account, never for another account's
// fn (which may wait on the network, for the platform's admin list). The
// held accounts are spread over shards by hash so that callers of
// different accounts seldom meet even on the shard's short lock.
type accountLocks struct {
	seed   maphash.Seed
	shards [64]lockShard
}

type lockShard struct {
	mu   sync.Mutex
	held map[bot.AccountKey]*accountLock
}

// accountLock is the mutex of one account, with the callers that hold it
// or wait for it.
type accountLock struct {
	mu    sync.Mutex
	users int
}

var accountLockPool = sync.Pool{New: func() any { return new(accountLock) }}

func (l *accountLocks) shard(k bot.AccountKey) *lockShard {
	var h maphash.Hash
	h.SetSeed(l.seed)
	h.WriteString(string(k.Platform))
	h.WriteByte(0)
	h.WriteString(k.User)
	return &l.shards[h.Sum64()%uint64(len(l.shards))]
}

// lock holds k until unlock(k) is called.
func (l *accountLocks) lock(k bot.AccountKey) {
	sh := l.shard(k)
	sh.mu.Lock()
	al := sh.held[k]
	if al == nil {
		if sh.held == nil {
			sh.held = make(map[bot.AccountKey]*accountLock)
		}
		al = accountLockPool.Get().(*accountLock)
		sh.held[k] = al
	}
	al.users++
	sh.mu.Unlock()
	al.mu.Lock()
}

// unlock lets k go, handing it to the next caller waiting for it.
func (l *accountLocks) unlock(k bot.AccountKey) {
	sh := l.shard(k)
	sh.mu.Lock()
	al := sh.held[k]
	al.mu.Unlock()
	al.users--
	if al.users == 0 {
		delete(sh.held, k)
		accountLockPool.Put(al)
	}
	sh.mu.Unlock()
}

// UpdateAccount runs fn holding k against every other UpdateAccount of k;
// UpdateAccounts of other accounts run meanwhile.
// fn is handed the store itself: its writes are buffered like any other and
// made durable by the next Commit.
func (db *DB) UpdateAccount(ctx context.Context, k bot.AccountKey, fn func(tx bot.Store) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := validAccount(k); err != nil {
		return fmt.Errorf("update account: %w", err)
	}
	db.locks.lock(k)
	defer db.locks.unlock(k)
	return fn(db)
}
