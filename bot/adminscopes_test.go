package bot_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

// listCounting is the real store, counting the calls that read every
// offender record.
type listCounting struct {
	bot.Store
	lists atomic.Int64
}

func (s *listCounting) ListOffenders(ctx context.Context, limit int) ([]bot.Offender, error) {
	s.lists.Add(1)
	return s.Store.ListOffenders(ctx, limit)
}

// TestOffendersAndPardonReadOneChat: offenders and pardon by name in a
// chat find the accounts on record there through the store's index by
// chat: they never read every record (ListOffenders), and answer as
// before: the chat's accounts only, paged with a cursor, the Discord
// server's from any of its channels, a name two accounts here share asked
// about, a name found and pardoned.
func TestOffendersAndPardonReadOneChat(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db, err := store.Open(filepath.Join(t.TempDir(), "immune.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	put := func(o bot.Offender) {
		t.Helper()
		if err := db.PutOffender(ctx, o); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 30 {
		put(bot.Offender{Account: bot.AccountKey{Platform: bot.Telegram, User: fmt.Sprint(100 + i)}, Name: fmt.Sprintf("Member %d", i),
			Strikes: []time.Time{t0}, Chats: []string{"g1"}, LastSeen: t0.Add(time.Duration(i) * time.Second)})
	}
	put(bot.Offender{Account: bot.AccountKey{Platform: bot.Telegram, User: "200"}, Name: "Eve", Chats: []string{"g2"}, LastSeen: t0})
	put(bot.Offender{Account: bot.AccountKey{Platform: bot.Telegram, User: "201"}, Name: "Twin", Chats: []string{"g1"}, LastSeen: t0})
	put(bot.Offender{Account: bot.AccountKey{Platform: bot.Telegram, User: "202"}, Name: "Twin", Restricted: []string{"g1"},
		RestrictedEnds: []time.Time{t0.Add(time.Hour)}, RestrictedUntil: t0.Add(time.Hour), LastSeen: t0})
	put(bot.Offender{Account: bot.AccountKey{Platform: bot.Discord, User: "300"}, Name: "Dan", Chats: []string{"chan-1"},
		Groups: []string{"guild-1"}, LastSeen: t0})
	if err := db.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	st := &listCounting{Store: db}
	e, err := bot.NewEngine(ctx, bot.DefaultConfig(), st, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	cmd := func(c bot.Command) string {
		t.Helper()
		if c.Platform == "" {
			c.Platform = bot.Telegram
		}
		c.User, c.IsAdmin, c.Time = "boss", true, t0.Add(time.Minute)
		r, err := e.Command(ctx, c)
		if err != nil {
			t.Fatalf("%s %s: %v", c.Name, c.Args, err)
		}
		return r.Text
	}
	ids := regexp.MustCompile(`\((?:telegram|discord):(\d+)\)`)
	seen := map[string]int{}
	args := ""
	for range 4 {
		text := cmd(bot.Command{Chat: "g1", Name: "offenders", Args: args})
		for _, m := range ids.FindAllStringSubmatch(text, -1) {
			seen[m[1]]++
		}
		m := regexp.MustCompile(`offenders from (#[0-9a-v.]+) shows`).FindStringSubmatch(text)
		if m == nil {
			break
		}
		args = "from " + m[1]
	}
	if len(seen) != 32 || seen["200"] != 0 || seen["300"] != 0 || seen["100"] != 1 || seen["202"] != 1 {
		t.Errorf("offenders in g1 over its pages showed %d accounts: %v; want the 32 of g1, once each", len(seen), seen)
	}
	if text := cmd(bot.Command{Platform: bot.Discord, Chat: "chan-2", Group: "guild-1", Name: "offenders"}); !strings.Contains(text, "(discord:300)") {
		t.Errorf("offenders from another channel of the server: %q", text)
	}
	if text := cmd(bot.Command{Chat: "g1", Name: "pardon", Args: "Twin"}); !strings.Contains(text, "201") || !strings.Contains(text, "202") {
		t.Errorf("pardon Twin, two accounts here: %q", text)
	}
	if text := cmd(bot.Command{Chat: "g1", Name: "pardon", Args: "Member 7"}); !strings.Contains(text, "Member 7") {
		t.Errorf("pardon Member 7: %q", text)
	}
	if _, err := db.Offender(ctx, bot.AccountKey{Platform: bot.Telegram, User: "107"}); err != bot.ErrNotFound {
		t.Errorf("Member 7 after the pardon: %v, want no record (g1 was its only chat)", err)
	}
	if n := st.lists.Load(); n != 0 {
		t.Errorf("offenders and pardon read every record %d times", n)
	}
}

// offendersWorld is a store of many accounts over many chats, long-tailed
// as groups are: a few chats hold most accounts, most hold a few.
type offendersWorld struct {
	db     *store.DB
	engine *bot.Engine
	chats  []string // by size, the largest first
	counts []int    // accounts on record in each
	names  []string // the display name of an account on record in each
}

// newOffendersWorld writes accounts records, each in one to three of
// chats chats picked by a Zipf law, in a bbolt file in dir.
func newOffendersWorld(b *testing.B, dir string, accounts, chats int) *offendersWorld {
	ctx := context.Background()
	db, err := store.Open(filepath.Join(dir, "immune.db"), store.Options{OffenderRetention: -1})
	if err != nil {
		b.Fatal(err)
	}
	w := &offendersWorld{db: db, chats: make([]string, chats), counts: make([]int, chats), names: make([]string, chats)}
	for i := range chats {
		w.chats[i] = fmt.Sprint(-1001000000000 - int64(i))
	}
	rnd := rand.New(rand.NewPCG(5000, 200000))
	zipf := rand.NewZipf(rnd, 1.1, 2, uint64(chats-1))
	for i := range accounts {
		o := bot.Offender{Account: bot.AccountKey{Platform: bot.Telegram, User: fmt.Sprint(5000000000 + i)},
			Name:     fmt.Sprintf("Member %d (@member%d)", i, i),
			LastSeen: t0.Add(-time.Duration(rnd.IntN(30*24*3600)) * time.Second)}
		o.Strikes = []time.Time{o.LastSeen}
		for range 1 + rnd.IntN(3) {
			c := int(zipf.Uint64())
			if !slices.Contains(o.Chats, w.chats[c]) {
				o.Chats = append(o.Chats, w.chats[c])
				w.counts[c]++
				w.names[c] = fmt.Sprintf("Member %d", i)
			}
		}
		if err := db.PutOffender(ctx, o); err != nil {
			b.Fatal(err)
		}
		if i%5000 == 4999 {
			if err := db.Commit(ctx); err != nil {
				b.Fatal(err)
			}
		}
	}
	if err := db.Commit(ctx); err != nil {
		b.Fatal(err)
	}
	if w.engine, err = bot.NewEngine(ctx, bot.DefaultConfig(), db, nil, nil); err != nil {
		b.Fatal(err)
	}
	return w
}

// BenchmarkOffendersInAChat: the offenders command, and pardon by a name
// two accounts share (an answer that changes nothing), in a store of
// 200,000 accounts over 5,000 chats, long-tailed: the largest chat, the
// 50th and the 2,500th. allRecords is what the command did before the
// index by chat: read every record and keep those of the chat.
func BenchmarkOffendersInAChat(b *testing.B) {
	ctx := context.Background()
	w := newOffendersWorld(b, b.TempDir(), 200_000, 5_000)
	defer w.db.Close()
	for _, rank := range []int{0, 49, 2499} {
		chat := w.chats[rank]
		// a second account called as one on record here is
		twin := w.names[rank]
		twinRec := bot.Offender{Account: bot.AccountKey{Platform: bot.Telegram, User: "twin" + chat}, Name: twin, Chats: []string{chat}, LastSeen: t0}
		if err := w.db.PutOffender(ctx, twinRec); err != nil {
			b.Fatal(err)
		}
		if err := w.db.Commit(ctx); err != nil {
			b.Fatal(err)
		}
		name := fmt.Sprintf("chat%d-%daccounts", rank+1, w.counts[rank]+1)
		c := bot.Command{Platform: bot.Telegram, Chat: chat, User: "boss", IsAdmin: true, Time: t0}
		b.Run(name+"/offenders", func(b *testing.B) {
			c := c
			c.Name = "offenders"
			for b.Loop() {
				if r, err := w.engine.Command(ctx, c); err != nil || !strings.Contains(r.Text, "(telegram:") {
					b.Fatalf("%q %v", r.Text, err)
				}
			}
		})
		b.Run(name+"/pardon-name", func(b *testing.B) {
			c := c
			c.Name, c.Args = "pardon", twin
			for b.Loop() {
				if r, err := w.engine.Command(ctx, c); err != nil || !strings.Contains(r.Text, "twin") {
					b.Fatalf("pardon %s: %q %v", twin, r.Text, err)
				}
			}
		})
		b.Run(name+"/pardon-name-logchat", func(b *testing.B) {
			// the chat's admin notes go to a log chat, where the admin
			// names the account: no one there is called so
			if err := w.db.PutChatSettings(ctx, bot.ChatSettings{Chat: bot.ChatKey{Platform: bot.Telegram, Chat: chat}, LogChat: "mods-" + chat}); err != nil {
				b.Fatal(err)
			}
			if err := w.db.Commit(ctx); err != nil {
				b.Fatal(err)
			}
			c := c
			c.Chat, c.Name, c.Args = "mods-"+chat, "pardon", twin
			c.AdminOf = func(context.Context, string) (bool, error) { return true, nil }
			for b.Loop() {
				if r, err := w.engine.Command(ctx, c); err != nil || !strings.Contains(r.Text, "twin") {
					b.Fatalf("pardon %s in the log chat: %q %v", twin, r.Text, err)
				}
			}
		})
		b.Run(name+"/allRecords", func(b *testing.B) {
			for b.Loop() {
				all, err := w.db.ListOffenders(ctx, 0)
				if err != nil {
					b.Fatal(err)
				}
				n := 0
				for i := range all {
					if slices.Contains(all[i].Chats, chat) || slices.Contains(all[i].Restricted, chat) {
						n++
					}
				}
				if n == 0 {
					b.Fatal("none")
				}
			}
		})
	}
}
