package store

import (
	"fmt"
	"strconv"
	"sync"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestAccountLocksAreDropped: UpdateAccount calls of the same accounts, from
// many goroutines at once, each run alone against their account's others
// (a record read, changed and written back loses no count), and once they
// are over the store holds no lock of any account: the locks of a busy
// deployment's hundreds of thousands of accounts are not kept.
func TestAccountLocksAreDropped(t *testing.T) {
	t.Parallel()
	db, err := Open(tempPath(t), Options{})
	must(t, err)
	defer db.Close()
	const accounts, goroutines, rounds = 20, 8, 50
	var wg sync.WaitGroup
	errs := make(chan error, goroutines)
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range rounds {
				k := bot.AccountKey{Platform: bot.Telegram, User: fmt.Sprint("u", (g+i)%accounts)}
				err := db.UpdateAccount(ctx, k, func(tx bot.Store) error {
					o, err := tx.Offender(ctx, k)
					if err != nil && err != bot.ErrNotFound {
						return err
					}
					n, _ := strconv.Atoi(o.Name) // the updates of k so far
					o.Account, o.Name = k, strconv.Itoa(n+1)
					return tx.PutOffender(ctx, o)
				})
				if err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	total := 0
	for a := range accounts {
		o, err := db.Offender(ctx, bot.AccountKey{Platform: bot.Telegram, User: fmt.Sprint("u", a)})
		must(t, err)
		n, _ := strconv.Atoi(o.Name)
		total += n
	}
	if total != goroutines*rounds {
		t.Errorf("%d updates counted, want %d: one read what another was writing", total, goroutines*rounds)
	}
	for i := range db.locks.shards {
		sh := &db.locks.shards[i]
		sh.mu.Lock()
		n := len(sh.held)
		sh.mu.Unlock()
		if n != 0 {
			t.Fatalf("shard %d still holds %d account locks after every update ended", i, n)
		}
	}
}
