package storetest

import (
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// handles returns n stores on the same data: s and, when the backend can
// share its data, peers of s as other processes would open them; otherwise
// s again.
func handles(t *testing.T, b Backend, s bot.Store, o Options, n int) []bot.Store {
	out := []bot.Store{s}
	for len(out) < n {
		if b.Peer == nil {
			out = append(out, s)
		} else {
			out = append(out, b.Peer(t, s, o))
		}
	}
	return out
}

// testConcurrent has goroutines write and read their own accounts and commit
// while others do the same; run it with -race.
func testConcurrent(t *testing.T, b Backend) {
	const workers, rounds = 8, 30
	opts := Options{Now: NewClock(T0).Now}
	s := b.Open(t, opts)
	hs := handles(t, b, s, opts, 2)
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := range workers {
		st := hs[w%len(hs)]
		wg.Go(func() {
			user := fmt.Sprint("worker", w)
			k := Account(user)
			for r := range rounds {
				at := T0.Add(time.Duration(r) * time.Second)
				o := bot.Offender{Account: k, Strikes: make([]time.Time, r+1), LastSeen: at}
				for i := range o.Strikes {
					o.Strikes[i] = at
				}
				msg := bot.MessageRef{Platform: bot.Telegram, Chat: "c", ID: fmt.Sprint(w, "-", r)}
				if err := errors.Join(
					st.PutOffender(ctx, o),
					st.AddSightings(ctx, []bot.Sighting{{Account: k, Fingerprints: []string{"f"}, Message: msg, Time: at}}),
					st.AppendAudit(ctx, bot.AuditEntry{Time: at, Account: k, Message: msg, Note: user}),
					st.PutListEntry(ctx, bot.ListEntry{Scope: user, Kind: bot.BlockList, Value: fmt.Sprint(r)}),
				); err != nil {
					errs <- err
					return
				}
				got, err := st.Offender(ctx, k)
				if err != nil || len(got.Strikes) != r+1 {
					errs <- fmt.Errorf("%s round %d: read %d strikes, %v", user, r, len(got.Strikes), err)
					return
				}
				if r%5 == 0 {
					if _, err := st.ListOffenders(ctx, 3); err != nil {
						errs <- err
						return
					}
					if _, err := st.RecentAudit(ctx, 3); err != nil {
						errs <- err
						return
					}
				}
				if r%3 == 0 {
					if err := st.DeleteSightings(ctx, k, []bot.MessageRef{msg}); err != nil {
						errs <- err
						return
					}
				}
				if err := st.Commit(ctx); err != nil {
					errs <- err
					return
				}
				if _, err := st.Offender(ctx, Account(fmt.Sprint("worker", (w+1)%workers))); err != nil && !errors.Is(err, bot.ErrNotFound) {
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
	for _, h := range hs {
		must(t, h.Commit(ctx))
	}

	s = b.Reopen(t, s, opts)
	for w := range workers {
		k := Account(fmt.Sprint("worker", w))
		o, err := s.Offender(ctx, k)
		must(t, err)
		if len(o.Strikes) != rounds {
			t.Errorf("%s: %d strikes, want %d", k, len(o.Strikes), rounds)
		}
		ss, err := s.RecentSightings(ctx, k, time.Time{})
		must(t, err)
		if want := rounds - (rounds+2)/3; len(ss) != want {
			t.Errorf("%s: %d sightings, want %d", k, len(ss), want)
		}
	}
	if a, _ := s.RecentAudit(ctx, 0); len(a) != workers*rounds {
		t.Errorf("%d audit entries, want %d", len(a), workers*rounds)
	}
	if l, _ := s.ListEntries(ctx); len(l) != workers*rounds {
		t.Errorf("%d list entries, want %d", len(l), workers*rounds)
	}
	if l, _ := s.ListOffenders(ctx, 0); len(l) != workers {
		t.Errorf("%d offenders, want %d", len(l), workers)
	}
}

// testUpdateAccountSerialises has goroutines (on peers, where the backend
// has them) each add strikes to one account by read-modify-write under
// UpdateAccount, pausing between the read and the write: no strike may be
// lost.
func testUpdateAccountSerialises(t *testing.T, b Backend) {
	const workers, rounds = 6, 5
	s := b.Open(t, Options{})
	hs := handles(t, b, s, Options{}, 3)
	k := Account("shared")
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := range workers {
		st := hs[w%len(hs)]
		wg.Go(func() {
			for r := range rounds {
				err := st.UpdateAccount(ctx, k, func(tx bot.Store) error {
					o, err := tx.Offender(ctx, k)
					if err != nil && !errors.Is(err, bot.ErrNotFound) {
						return err
					}
					o.Account = k
					time.Sleep(200 * time.Microsecond) // let another writer in, if it could come
					o.Strikes = append(o.Strikes, T0.Add(time.Duration(w*rounds+r)*time.Second))
					o.LastSeen = T0
					return tx.PutOffender(ctx, o)
				})
				if err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	for _, h := range hs {
		mustCommit(t, h)
	}
	for i, h := range hs {
		o, err := h.Offender(ctx, k)
		must(t, err)
		if len(o.Strikes) != workers*rounds {
			t.Errorf("store %d: %d strikes, want %d: a read-modify-write was lost", i, len(o.Strikes), workers*rounds)
		}
	}
}

// testUpdateAccountSeesOtherSightings starts one UpdateAccount per chat at
// the same moment, each adding the account's sighting in its chat and then
// counting the chats it sees: whichever runs last must see them all.
func testUpdateAccountSeesOtherSightings(t *testing.T, b Backend) {
	const chats = 3
	s := b.Open(t, Options{SightingRetention: -1})
	hs := handles(t, b, s, Options{SightingRetention: -1}, chats)
	k := Account("spreader")
	seen := make([]int, chats)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range chats {
		wg.Go(func() {
			<-start
			err := hs[i].UpdateAccount(ctx, k, func(tx bot.Store) error {
				sg := FullSighting("spreader", fmt.Sprint("chat", i), "1", T0)
				if err := tx.AddSightings(ctx, []bot.Sighting{sg}); err != nil {
					return err
				}
				time.Sleep(time.Millisecond)
				ss, err := tx.RecentSightings(ctx, k, T0.Add(-time.Minute))
				seen[i] = len(ss)
				return err
			})
			if err != nil {
				t.Error(err)
			}
		})
	}
	close(start)
	wg.Wait()
	slices.Sort(seen)
	if want := []int{1, 2, 3}; !slices.Equal(seen, want) {
		t.Errorf("sightings seen by the updates, in order: %v, want %v", seen, want)
	}
}

// testUpdateAccountError checks that fn's error comes back.
func testUpdateAccountError(t *testing.T, b Backend) {
	s := b.Open(t, Options{})
	boom := errors.New("boom")
	err := s.UpdateAccount(ctx, Account("1"), func(tx bot.Store) error { return boom })
	if !errors.Is(err, boom) {
		t.Fatalf("UpdateAccount = %v, want fn's error", err)
	}
	// The account is free again.
	done := make(chan error, 1)
	go func() {
		done <- s.UpdateAccount(ctx, Account("1"), func(tx bot.Store) error {
			return tx.PutOffender(ctx, bot.Offender{Account: Account("1")})
		})
	}()
	select {
	case err := <-done:
		must(t, err)
	case <-time.After(10 * time.Second):
		t.Fatal("the account is still held after fn failed")
	}
	if _, err := s.Offender(ctx, Account("1")); err != nil {
		t.Errorf("write after a failed update: %v", err)
	}
}

// testUpdateAccountHoldsOnlyItsAccount holds one account in an
// UpdateAccount whose fn waits (as the engine's waits for a platform's
// admin list) and updates many other accounts meanwhile: none of them
// waits for it.
func testUpdateAccountHoldsOnlyItsAccount(t *testing.T, b Backend) {
	const others = 300
	s := b.Open(t, Options{})
	held, release := make(chan struct{}), make(chan struct{})
	first := make(chan error, 1)
	go func() {
		first <- s.UpdateAccount(ctx, Account("slow"), func(tx bot.Store) error {
			close(held)
			<-release
			return nil
		})
	}()
	<-held
	done := make(chan error, 1)
	go func() {
		for i := range others {
			k := Account(fmt.Sprint("other", i))
			err := s.UpdateAccount(ctx, k, func(tx bot.Store) error {
				return tx.PutOffender(ctx, bot.Offender{Account: k, LastSeen: T0})
			})
			if err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	select {
	case err := <-done:
		close(release)
		must(t, err)
	case <-time.After(30 * time.Second):
		t.Error("an update of another account waits for the account held")
		close(release)
		<-done
	}
	must(t, <-first)
}

// lure is a message the engine counts the spread of.
const lure = "is this you in this photo?? https://photo-album-share.xyz/p/8812"

// testEngineFanOut sends the same lure from one account into three chats,
// each through its own engine (on a peer store where the backend has them,
// as three processes would), one after another and all at once: the
// account is marked compromised and every copy is swept.
func testEngineFanOut(t *testing.T, b Backend) {
	for _, concurrent := range []bool{false, true} {
		name := "one after another"
		if concurrent {
			name = "at once"
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			opts := Options{Now: NewClock(T0.Add(time.Hour)).Now}
			s := b.Open(t, opts)
			hs := handles(t, b, s, opts, 3)
			engines := make([]*bot.Engine, len(hs))
			for i, h := range hs {
				e, err := bot.NewEngine(ctx, bot.DefaultConfig(), h, nil, nil)
				must(t, err)
				engines[i] = e
			}
			ds := make([]bot.Decision, 3)
			handle := func(i int) {
				at := T0.Add(time.Duration(i) * time.Minute)
				if concurrent {
					at = T0 // a burst: every copy at the same second
				}
				m := bot.Message{ID: fmt.Sprint("m", i), Platform: bot.Telegram, Chat: fmt.Sprint("c", i), User: "friend", UserName: "Minh",
					Time: at, MemberSince: T0.Add(-365 * 24 * time.Hour), Text: lure}
				d, err := engines[i].Handle(ctx, &m)
				if err != nil {
					t.Errorf("handle copy %d: %v", i, err)
				}
				ds[i] = d
			}
			if concurrent {
				var wg sync.WaitGroup
				for i := range 3 {
					wg.Go(func() { handle(i) })
				}
				wg.Wait()
			} else {
				for i := range 3 {
					handle(i)
				}
			}
			var marked int
			swept := map[string]bool{}
			for i, d := range ds {
				if d.Verdict.Has(bot.CodeFanOut) {
					marked++
					swept[d.Message.Chat] = true
					for _, r := range d.Sweep {
						swept[r.Chat] = true
					}
					if !d.User.Compromised || !d.Has(bot.ActRestrict) {
						t.Errorf("copy %d found the spread but %+v", i, d)
					}
				}
			}
			if marked != 1 || len(swept) != 3 {
				t.Fatalf("%d decisions found the spread, sweeping %v; want 1 and every copy (c0, c1, c2)", marked, swept)
			}
			if !concurrent && !ds[2].Verdict.Has(bot.CodeFanOut) {
				t.Errorf("the third copy did not find the spread")
			}
			for i, h := range hs {
				o, err := h.Offender(ctx, Account("friend"))
				if err != nil || !o.Compromised {
					t.Errorf("store %d: record %+v, %v; want compromised", i, o, err)
				}
			}
		})
	}
}
