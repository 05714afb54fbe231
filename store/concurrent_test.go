package store_test

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

// TestConcurrent has goroutines write and read their own accounts and commit
// while others do the same; run it with -race.
func TestConcurrent(t *testing.T) {
	t.Parallel()
	const workers, rounds = 8, 50
	opts := store.Options{CacheSize: 16, Now: newClock(t0).Now}
	db, _ := openTemp(t, opts)
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := range workers {
		wg.Go(func() {
			user := fmt.Sprint("worker", w)
			k := account(user)
			for r := range rounds {
				at := t0.Add(time.Duration(r) * time.Second)
				o := bot.Offender{Account: k, Strikes: make([]time.Time, r+1), LastSeen: at}
				for i := range o.Strikes {
					o.Strikes[i] = at
				}
				msg := bot.MessageRef{Platform: bot.Telegram, Chat: "c", ID: fmt.Sprint(w, "-", r)}
				if err := errors.Join(
					db.PutOffender(ctx, o),
					db.AddSightings(ctx, []bot.Sighting{{Account: k, Fingerprints: []string{"f"}, Message: msg, Time: at}}),
					db.AppendAudit(ctx, bot.AuditEntry{Time: at, Account: k, Message: msg, Note: user}),
					db.PutListEntry(ctx, bot.ListEntry{Scope: user, Kind: bot.BlockList, Value: fmt.Sprint(r)}),
				); err != nil {
					errs <- err
					return
				}
				got, err := db.Offender(ctx, k)
				if err != nil || len(got.Strikes) != r+1 {
					errs <- fmt.Errorf("%s round %d: read %d strikes, %v", user, r, len(got.Strikes), err)
					return
				}
				if r%5 == 0 {
					if _, err := db.ListOffenders(ctx, 3); err != nil {
						errs <- err
						return
					}
					if _, err := db.RecentAudit(ctx, 3); err != nil {
						errs <- err
						return
					}
				}
				if r%3 == 0 {
					if err := db.DeleteSightings(ctx, k, []bot.MessageRef{msg}); err != nil {
						errs <- err
						return
					}
				}
				if err := db.Commit(ctx); err != nil {
					errs <- err
					return
				}
				// Reads of other workers' accounts go through the cache.
				if _, err := db.Offender(ctx, account(fmt.Sprint("worker", (w+1)%workers))); err != nil && !errors.Is(err, bot.ErrNotFound) {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}

	db = reopen(t, db, opts)
	for w := range workers {
		k := account(fmt.Sprint("worker", w))
		o, err := db.Offender(ctx, k)
		must(t, err)
		if len(o.Strikes) != rounds {
			t.Errorf("%s: %d strikes, want %d", k, len(o.Strikes), rounds)
		}
		s, err := db.RecentSightings(ctx, k, time.Time{})
		must(t, err)
		if want := rounds - (rounds+2)/3; len(s) != want {
			t.Errorf("%s: %d sightings, want %d", k, len(s), want)
		}
	}
	if a, _ := db.RecentAudit(ctx, 0); len(a) != workers*rounds {
		t.Errorf("%d audit entries, want %d", len(a), workers*rounds)
	}
	if l, _ := db.ListEntries(ctx); len(l) != workers*rounds {
		t.Errorf("%d list entries, want %d", len(l), workers*rounds)
	}
	if l, _ := db.ListOffenders(ctx, 0); len(l) != workers {
		t.Errorf("%d offenders, want %d", len(l), workers)
	}
}
