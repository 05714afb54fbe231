package storetest

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// inScopesByList is what OffendersIn must answer, worked out from every
// record (ListOffenders): the records of p naming one of scopes in Chats,
// Groups or Restricted, seen last first, then by account.
func inScopesByList(t *testing.T, s bot.Store, p bot.Platform, scopes []string) []bot.Offender {
	t.Helper()
	all, err := s.ListOffenders(ctx, 0)
	must(t, err)
	var out []bot.Offender
	for _, o := range all {
		if o.Account.Platform != p {
			continue
		}
		names := func(list []string) bool {
			return slices.ContainsFunc(list, func(x string) bool { return slices.Contains(scopes, x) })
		}
		if names(o.Chats) || names(o.Groups) || names(o.Restricted) {
			out = append(out, o)
		}
	}
	return out
}

// checkScopes compares OffendersIn and OffendersSeenIn with what every
// record says, for each scope alone and for pairs of them.
func checkScopes(t *testing.T, s bot.Store, when string, scopes []string) {
	t.Helper()
	var asks [][]string
	for i, x := range scopes {
		asks = append(asks, []string{x})
		if i > 0 {
			asks = append(asks, []string{scopes[i-1], x})
		}
	}
	asks = append(asks, nil, []string{"nowhere"})
	for _, p := range []bot.Platform{bot.Telegram, bot.Discord} {
		for _, ask := range asks {
			want := inScopesByList(t, s, p, ask)
			got, err := s.OffendersIn(ctx, p, ask)
			if err != nil {
				t.Fatalf("%s: OffendersIn(%s, %q): %v", when, p, ask, err)
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("%s: OffendersIn(%s, %q) =\n%v\nwant (from ListOffenders)\n%v", when, p, ask, users(got), users(want))
			}
			seen, err := s.OffendersSeenIn(ctx, p, ask)
			if err != nil {
				t.Fatalf("%s: OffendersSeenIn(%s, %q): %v", when, p, ask, err)
			}
			var gotSeen, wantSeen []string
			for _, o := range seen {
				gotSeen = append(gotSeen, o.Account.String()+"@"+o.LastSeen.UTC().Format(time.RFC3339Nano))
			}
			for _, o := range want {
				wantSeen = append(wantSeen, o.Account.String()+"@"+o.LastSeen.UTC().Format(time.RFC3339Nano))
			}
			slices.Sort(gotSeen)
			slices.Sort(wantSeen)
			if !slices.Equal(gotSeen, wantSeen) {
				t.Fatalf("%s: OffendersSeenIn(%s, %q) = %v, want %v", when, p, ask, gotSeen, wantSeen)
			}
		}
	}
}

func users(os []bot.Offender) string {
	var b strings.Builder
	for _, o := range os {
		fmt.Fprintf(&b, " %s@%s%v%v%v", o.Account, o.LastSeen.Format("15:04:05.000"), o.Chats, o.Groups, o.Restricted)
	}
	return b.String()
}

// testOffendersIn: a chat's offenders, found through the store's index by
// scope, are those of every record that name the chat in Chats, Groups or
// Restricted, in ListOffenders' order, whatever was written, rewritten
// (in other chats, earlier, later, at the same time), deleted, buffered,
// committed or reopened; the same account is listed once however many of
// the scopes asked about it names; platforms are apart.
func testOffendersIn(t *testing.T, b Backend) {
	s := b.Open(t, Options{})
	scopes := []string{"-1001", "-1002", "-1003", "guild-1", "chan-1", "-1001 "}
	rnd := rand.New(rand.NewPCG(13, 2026))
	pick := func() []string {
		var out []string
		for _, x := range scopes {
			if rnd.IntN(4) == 0 {
				out = append(out, x)
			}
		}
		return out
	}
	for round := range 12 {
		for range 25 {
			p := bot.Telegram
			if rnd.IntN(3) == 0 {
				p = bot.Discord
			}
			k := bot.AccountKey{Platform: p, User: fmt.Sprint(rnd.IntN(30))}
			if rnd.IntN(6) == 0 {
				must(t, s.DeleteOffender(ctx, k))
				continue
			}
			o := bot.Offender{Account: k, Name: "n" + k.User, Chats: pick(), Groups: pick(), Restricted: pick(),
				LastSeen: T0.Add(time.Duration(rnd.IntN(20)) * time.Second)}
			if rnd.IntN(10) == 0 {
				o.LastSeen = time.Time{}
			}
			if cur, err := s.Offender(ctx, k); err == nil && rnd.IntN(2) == 0 {
				// the same lists again, seen at another time: most writes
				cur.LastSeen = o.LastSeen
				o = cur
			}
			o.RestrictedEnds = nil
			for range o.Restricted {
				o.RestrictedEnds = append(o.RestrictedEnds, T0.Add(time.Hour))
			}
			must(t, s.PutOffender(ctx, o))
		}
		checkScopes(t, s, fmt.Sprintf("round %d, buffered", round), scopes)
		if round%3 != 2 {
			mustCommit(t, s)
			checkScopes(t, s, fmt.Sprintf("round %d, committed", round), scopes)
		}
		if round%4 == 3 {
			mustCommit(t, s)
			s = b.Reopen(t, s, Options{})
			checkScopes(t, s, fmt.Sprintf("round %d, reopened", round), scopes)
		}
	}
	// a chat with none is no error
	if got, err := s.OffendersIn(ctx, bot.Telegram, []string{"-999"}); err != nil || len(got) != 0 {
		t.Errorf("OffendersIn(a chat with none) = %v, %v", got, err)
	}
}

// testOffendersInAgeOut: records forgotten by retention leave their
// chats' lists too.
func testOffendersInAgeOut(t *testing.T, b Backend) {
	clock := NewClock(T0)
	o := Options{Now: clock.Now, OffenderRetention: 24 * time.Hour}
	s := b.Open(t, o)
	old := bot.Offender{Account: Account("old"), Chats: []string{"-1001"}, LastSeen: T0.Add(-48 * time.Hour)}
	fresh := bot.Offender{Account: Account("fresh"), Chats: []string{"-1001"}, Restricted: []string{"-1002"},
		RestrictedEnds: []time.Time{T0.Add(time.Hour)}, RestrictedUntil: T0.Add(time.Hour), LastSeen: T0}
	must(t, s.PutOffender(ctx, old))
	must(t, s.PutOffender(ctx, fresh))
	mustCommit(t, s)
	s = b.Reopen(t, s, o)
	clock.Advance(2 * time.Hour)
	must(t, s.PutOffender(ctx, bot.Offender{Account: Account("other"), Chats: []string{"-1003"}, LastSeen: clock.Now()}))
	mustCommit(t, s) // prunes the old record
	mustCommit(t, s)
	got, err := s.OffendersIn(ctx, bot.Telegram, []string{"-1001", "-1002"})
	if err != nil || len(got) != 1 || got[0].Account != fresh.Account {
		t.Errorf("OffendersIn after the old record aged out = %s, %v; want fresh alone", users(got), err)
	}
	seen, err := s.OffendersSeenIn(ctx, bot.Telegram, []string{"-1001"})
	if err != nil || len(seen) != 1 || seen[0].Account != fresh.Account || !seen[0].LastSeen.Equal(T0) {
		t.Errorf("OffendersSeenIn after the old record aged out = %v, %v; want fresh alone, seen at T0", seen, err)
	}
}
