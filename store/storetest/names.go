package storetest

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// namedByList is what OffendersNamed must answer, worked out from every
// record (ListOffenders): the accounts of p whose name has one of keys,
// sorted.
func namedByList(t *testing.T, s bot.Store, p bot.Platform, keys []string) []string {
	t.Helper()
	all, err := s.ListOffenders(ctx, 0)
	must(t, err)
	var out []string
	for _, o := range all {
		if o.Account.Platform == p && slices.ContainsFunc(bot.NameKeys(o.Name), func(k string) bool { return slices.Contains(keys, k) }) {
			out = append(out, o.Account.String()+" "+o.Name)
		}
	}
	slices.Sort(out)
	return out
}

// checkNames compares OffendersNamed with what every record says, for the
// keys of each name alone and of pairs of them.
func checkNames(t *testing.T, s bot.Store, when string, names []string) {
	t.Helper()
	byName, ok := s.(bot.OffenderNames)
	if !ok {
		t.Fatalf("%T has no index by name (bot.OffenderNames)", s)
	}
	var asks [][]string
	for i, n := range names {
		asks = append(asks, bot.NameKeys(n))
		if i > 0 {
			asks = append(asks, append(bot.NameKeys(names[i-1]), bot.NameKeys(n)...))
		}
	}
	asks = append(asks, nil, []string{"nobody"})
	for _, p := range []bot.Platform{bot.Telegram, bot.Discord} {
		for _, ask := range asks {
			want := namedByList(t, s, p, ask)
			list, err := byName.OffendersNamed(ctx, p, ask)
			if err != nil {
				t.Fatalf("%s: OffendersNamed(%s, %q): %v", when, p, ask, err)
			}
			var got []string
			for _, o := range list {
				got = append(got, o.Account.String()+" "+o.Name)
			}
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Fatalf("%s: OffendersNamed(%s, %q) =\n%q\nwant (from ListOffenders)\n%q", when, p, ask, got, want)
			}
		}
	}
}

// testOffendersNamed: the accounts found by name, through the store's
// index by name, are those of every record whose name has one of the
// keys asked about, whatever was written, renamed, deleted, buffered,
// committed or reopened, each once; platforms are apart.
func testOffendersNamed(t *testing.T, b Backend) {
	s := b.Open(t, Options{})
	names := []string{"Eve", "EVE", "Lê Thị Hà", "le thi ha", "Eve (@eve_spam)", "Bob (@EVE)", "Nguyễn Văn Đức", "", "Σίσυφος", "Support: evil.com"}
	rnd := rand.New(rand.NewPCG(14, 2026))
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
			o := bot.Offender{Account: k, Name: names[rnd.IntN(len(names))], Chats: []string{"-1001"},
				LastSeen: T0.Add(time.Duration(rnd.IntN(20)) * time.Second)}
			if cur, err := s.Offender(ctx, k); err == nil && rnd.IntN(2) == 0 {
				// the same name again, seen at another time: most writes
				cur.LastSeen = o.LastSeen
				o = cur
			}
			must(t, s.PutOffender(ctx, o))
		}
		checkNames(t, s, fmt.Sprintf("round %d, buffered", round), names)
		if round%3 != 2 {
			mustCommit(t, s)
			checkNames(t, s, fmt.Sprintf("round %d, committed", round), names)
		}
		if round%4 == 3 {
			mustCommit(t, s)
			s = b.Reopen(t, s, Options{})
			checkNames(t, s, fmt.Sprintf("round %d, reopened", round), names)
		}
	}
}
