package storetest

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

func testExpansions(t *testing.T, b Backend) {
	clock := NewClock(T0)
	o := Options{Now: clock.Now, ExpansionRetention: time.Hour}
	s := b.Open(t, o)
	if _, err := s.Expansion(ctx, "bit.ly/none"); !errors.Is(err, bot.ErrNotFound) {
		t.Fatalf("Expansion of a link never followed: %v, want ErrNotFound", err)
	}
	if err := s.PutExpansion(ctx, bot.Expansion{Time: T0}); err == nil {
		t.Error("PutExpansion without a link: no error")
	}
	full := bot.Expansion{URL: "bit.ly/3xYz", Chain: []string{"https://t.co/abc", "https://dlscord-gift.com/login?x=1"},
		Time: T0.In(time.FixedZone("ICT", 7*3600))}
	failed := bot.Expansion{URL: "tinyurl.com/loop", Chain: []string{"https://tinyurl.com/loop2"}, Err: "a redirect loop", Time: T0}
	bare := bot.Expansion{URL: "is.gd/plain", Time: T0}
	for _, x := range []bot.Expansion{{URL: full.URL, Time: T0.Add(-time.Minute)}, full, failed, bare} {
		must(t, s.PutExpansion(ctx, x))
	}
	s = phases(t, b, s, o, func(t *testing.T, s bot.Store) {
		for _, want := range []bot.Expansion{full, failed, bare} {
			got, err := s.Expansion(ctx, want.URL)
			if err != nil || got.URL != want.URL || !slices.Equal(got.Chain, want.Chain) || got.Err != want.Err ||
				!got.Time.Equal(want.Time) || got.Time.Location() != time.UTC {
				t.Errorf("Expansion(%s) = %+v, %v; want %+v in UTC", want.URL, got, err, want)
			}
		}
	})
	// Past the retention, a commit that writes anything forgets them.
	clock.Advance(2 * time.Hour)
	fresh := bot.Expansion{URL: "rb.gy/new", Chain: []string{"https://example.org/"}, Time: clock.Now()}
	must(t, s.PutExpansion(ctx, fresh))
	mustCommit(t, s)
	for _, x := range []bot.Expansion{full, failed, bare} {
		if _, err := s.Expansion(ctx, x.URL); !errors.Is(err, bot.ErrNotFound) {
			t.Errorf("Expansion(%s) past its retention: %v, want ErrNotFound", x.URL, err)
		}
	}
	if got, err := s.Expansion(ctx, fresh.URL); err != nil || got.URL != fresh.URL {
		t.Errorf("a fresh expansion: %+v, %v", got, err)
	}
}
