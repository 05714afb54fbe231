package main

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

// offendersByChat opens the store at db as the next process does and
// compares what the index by chat answers (OffendersIn, OffendersSeenIn:
// the admins' offenders and pardon by name) for every scope a record
// names with what the records say. It returns how many records it saw.
func offendersByChat(t *testing.T, db, when string) int {
	t.Helper()
	s, err := store.Open(db, store.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	all, err := s.ListOffenders(t.Context(), 0)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{}
	for _, o := range all {
		for _, list := range [][]string{o.Chats, o.Groups, o.Restricted} {
			for _, sc := range list {
				k := string(o.Account.Platform) + " " + sc
				if !slices.Contains(want[k], o.Account.User) {
					want[k] = append(want[k], o.Account.User)
				}
			}
		}
	}
	for k, users := range want {
		p, sc, _ := strings.Cut(k, " ")
		slices.Sort(users)
		in, err := s.OffendersIn(t.Context(), bot.Platform(p), []string{sc})
		if err != nil {
			t.Fatal(err)
		}
		seen, err := s.OffendersSeenIn(t.Context(), bot.Platform(p), []string{sc})
		if err != nil {
			t.Fatal(err)
		}
		var got, gotSeen []string
		for _, o := range in {
			got = append(got, o.Account.User)
		}
		for _, o := range seen {
			gotSeen = append(gotSeen, o.Account.User)
		}
		slices.Sort(got)
		slices.Sort(gotSeen)
		if !slices.Equal(got, users) || !slices.Equal(gotSeen, users) {
			t.Errorf("%s: offenders in %s: OffendersIn %q, OffendersSeenIn %q, want %q", when, k, got, gotSeen, users)
		}
	}
	return len(all)
}

// TestKill9KeepsTheOffendersByChat kills the real bot with SIGKILL after
// it put accounts on record in several chats (the index by chat is written
// in bulk, so the file's index lags its records then), and expects the
// next process's offenders by chat to be every account on record there;
// then a second run adds accounts and chats to those on record, stops
// cleanly, and the index is whole again.
func TestKill9KeepsTheOffendersByChat(t *testing.T) {
	t.Parallel()
	api := newBotAPI(t)
	bin, cfg, db := crashSetup(t, api)
	id := 400
	spray := func(users []int64, chats []int64) []string {
		var want []string
		for _, u := range users {
			for _, c := range chats {
				id++
				api.push(c, u, id, crashPhish)
				want = append(want, fmt.Sprintf("%d/%d", c, id))
			}
		}
		return want
	}
	deleted := func(want []string) func() bool {
		return func() bool {
			for _, k := range want {
				if api.deleted[k] == 0 {
					return false
				}
			}
			return true
		}
	}
	first := spray([]int64{601, 602, 603}, []int64{-4001, -4002})
	first = append(first, spray([]int64{604}, []int64{-4003})...)
	p := startBot(t, bin, cfg)
	api.wait(t, "every threat deleted", p.log, deleted(first))
	p.kill9(t)
	if n := offendersByChat(t, db, "after SIGKILL"); n != 4 {
		t.Errorf("%d accounts on record after SIGKILL, want 4", n)
	}

	second := spray([]int64{601, 605}, []int64{-4003, -4004})
	p = startBot(t, bin, cfg)
	api.wait(t, "every threat deleted after the restart", p.log, deleted(second))
	p.term(t)
	if n := offendersByChat(t, db, "after a clean stop"); n != 5 {
		t.Errorf("%d accounts on record after the second run, want 5", n)
	}
}
