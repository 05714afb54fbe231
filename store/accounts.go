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
// fn (which may wait on the network, for the platform's admin list).
// Accounts are told apart by a 64-bit hash of their key (two accounts
// with the same hash, once in 2^64, merely wait for each other), and the
// held ones spread over shards so that callers seldom meet even on a
// shard's short lock.
type accountLocks struct {
	seed   maphash.Seed
	shards [64]lockShard
}

type lockShard struct {
	mu   sync.Mutex
	held map[uint64]*accountLock
}

// accountLock is the mutex of one account, with the callers that hold it
// or wait for it.
type accountLock struct {
	mu    sync.Mutex
	users int
}

var accountLockPool = sync.Pool{New: func() any { return new(accountLock) }}

// lock holds k until unlock is called with what it returned.
func (l *accountLocks) lock(k bot.AccountKey) (*lockShard, uint64, *accountLock) {
	var h maphash.Hash
	h.SetSeed(l.seed)
	h.WriteString(string(k.Platform))
	h.WriteByte(0)
	h.WriteString(k.User)
	id := h.Sum64()
	sh := &l.shards[id%uint64(len(l.shards))]
	sh.mu.Lock()
	al := sh.held[id]
	if al == nil {
		if sh.held == nil {
			sh.held = make(map[uint64]*accountLock)
		}
		al = accountLockPool.Get().(*accountLock)
		sh.held[id] = al
	}
	al.users++
	sh.mu.Unlock()
	al.mu.Lock()
	return sh, id, al
}

// unlock lets the account go, handing it to the next caller waiting for
// it.
func (sh *lockShard) unlock(id uint64, al *accountLock) {
	al.mu.Unlock()
	sh.mu.Lock()
	al.users--
	if al.users == 0 {
		delete(sh.held, id)
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
	sh, id, al := db.locks.lock(k)
	defer sh.unlock(id, al)
	return fn(db)
}
