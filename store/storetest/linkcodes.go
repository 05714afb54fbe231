package storetest

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// testLinkCodes: a code put is durable at once (a restart without Commit
// keeps it), taken once, only while live and only by its asker (another
// user reads it and leaves it), replaced by the same user's
// next code in the same chat, and expired codes go with the next put.
func testLinkCodes(t *testing.T, b Backend) {
	o := Options{Now: NewClock(T0).Now}
	s := b.Open(t, o)
	code := func(c, user, chat string, ttl time.Duration) bot.LinkCode {
		return bot.LinkCode{Code: c, Platform: bot.Telegram, Chat: chat, Title: "Nhóm «" + chat + "»", User: user,
			FromLog: c[0] == 'L', Direct: c[1] == 'D', Expires: T0.Add(ttl).In(time.FixedZone("ICT", 7*3600))}
	}
	put := func(s bot.Store, c bot.LinkCode, now time.Time, want bool) {
		t.Helper()
		ok, err := s.PutLinkCode(ctx, c, now)
		if err != nil || ok != want {
			t.Fatalf("PutLinkCode(%s) = %v, %v; want %v", c.Code, ok, err, want)
		}
	}
	take := func(s bot.Store, c, user string, now time.Time) (bot.LinkCode, bool) {
		t.Helper()
		got, err := s.TakeLinkCode(ctx, c, user, now)
		if err != nil && !errors.Is(err, bot.ErrNotFound) {
			t.Fatalf("TakeLinkCode(%s): %v", c, err)
		}
		return got, err == nil
	}
	if _, err := s.PutLinkCode(ctx, bot.LinkCode{Expires: T0}, T0); err == nil {
		t.Error("PutLinkCode without a code: no error")
	}
	if _, ok := take(s, "NEVERPUT", "boss", T0); ok {
		t.Error("TakeLinkCode of a code never put found one")
	}
	full := code("LDAAAAAA", "boss", "-100123", 15*time.Minute)
	put(s, full, T0, true)
	put(s, code("LDAAAAAA", "other", "-100999", 15*time.Minute), T0, false) // live: taken
	put(s, code("GRPCODE2", "boss", "-100456", 15*time.Minute), T0, true)
	put(s, code("SHORTONE", "eve", "-100789", time.Minute), T0, true)
	// no Commit: a restarted process (or another replica) has them
	s = b.Reopen(t, s, o)
	// another user reads the code and leaves it: only its asker spends it
	if got, ok := take(s, full.Code, "other", T0.Add(time.Minute)); !ok || got.User != full.User || got.Chat != full.Chat {
		t.Errorf("another user's take of a live code = %+v, %v; want the code, kept", got, ok)
	}
	got, ok := take(s, full.Code, "boss", T0.Add(14*time.Minute))
	if !ok || got.Code != full.Code || got.Platform != full.Platform || got.Chat != full.Chat || got.Title != full.Title ||
		got.User != full.User || !got.FromLog || !got.Direct || !got.Expires.Equal(full.Expires) || got.Expires.Location() != time.UTC {
		t.Errorf("TakeLinkCode = %+v, %v; want %+v in UTC", got, ok, full)
	}
	if _, ok := take(s, full.Code, "boss", T0.Add(14*time.Minute)); ok {
		t.Error("a code was taken twice")
	}
	if _, ok := take(s, full.Code, "other", T0.Add(14*time.Minute)); ok {
		t.Error("a code taken by its asker was found by another user")
	}
	// the same user's next code in the same chat replaces the first
	put(s, code("GRPCODE3", "boss", "-100456", 15*time.Minute), T0.Add(time.Minute), true)
	if _, ok := take(s, "GRPCODE2", "boss", T0.Add(2*time.Minute)); ok {
		t.Error("a replaced code was taken")
	}
	// an expired code is not taken, and the next put forgets it
	put(s, code("LATERONE", "carol", "-100555", 15*time.Minute), T0.Add(2*time.Minute), true)
	if _, ok := take(s, "SHORTONE", "eve", T0); ok {
		t.Error("an expired code outlived the next put")
	}
	if _, ok := take(s, "LATERONE", "mallory", T0.Add(16*time.Minute)); ok {
		t.Error("an expired code was found by another user")
	}
	if _, ok := take(s, "LATERONE", "carol", T0.Add(16*time.Minute)); ok {
		t.Error("an expired code was taken")
	}
	// an expired code's letters may be handed out again
	put(s, code("SHORTONE", "dave", "-100111", 30*time.Minute), T0.Add(20*time.Minute), true)

	// of many takes of one code at once, from every process sharing the
	// store, one gets it
	hs := handles(t, b, s, o, 3)
	for round := range 5 {
		c := code(fmt.Sprintf("RACE%04d", round), "boss", fmt.Sprintf("-100%d", round), 15*time.Minute)
		put(hs[round%len(hs)], c, T0, true)
		var wg sync.WaitGroup
		var won atomic.Int32
		for i := range 12 {
			st := hs[i%len(hs)]
			wg.Go(func() {
				if _, err := st.TakeLinkCode(ctx, c.Code, "boss", T0); err == nil {
					won.Add(1)
				} else if !errors.Is(err, bot.ErrNotFound) {
					t.Error(err)
				}
			})
		}
		wg.Wait()
		if n := won.Load(); n != 1 {
			t.Errorf("round %d: %d takes got the code, want 1", round, n)
		}
	}
}
