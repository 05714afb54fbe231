package bot_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

// readCounting is the real bbolt store, its index by name included,
// counting the calls that read every record of a chat or of the store.
type readCounting struct {
	*store.DB
	lists, in atomic.Int64
}

func (s *readCounting) ListOffenders(ctx context.Context, limit int) ([]bot.Offender, error) {
	s.lists.Add(1)
	return s.DB.ListOffenders(ctx, limit)
}

func (s *readCounting) OffendersIn(ctx context.Context, p bot.Platform, scopes []string) ([]bot.Offender, error) {
	s.in.Add(1)
	return s.DB.OffendersIn(ctx, p, scopes)
}

// TestPardonByNameReadsTheNamedOnly: pardon NAME finds the account
// through the store's index by name: in a group it reads no other record
// of the group (OffendersIn), and in a log chat (and a private chat with
// the bot serving as one) it reads no record of the store's others
// (ListOffenders) when the name is no one's in the log chat itself. The
// answers are as before: a name typed without its diacritics and in
// another case found and pardoned in the group the sender is an admin
// of, a name two accounts share asked about, a name of an account in a
// group that logs elsewhere unknown.
func TestPardonByNameReadsTheNamedOnly(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db, err := store.Open(filepath.Join(t.TempDir(), "immune.db"), store.Options{OffenderRetention: -1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for _, s := range []bot.ChatSettings{
		{Chat: bot.ChatKey{Platform: bot.Telegram, Chat: "g1"}, LogChat: "mods", Title: "Group One"},
		{Chat: bot.ChatKey{Platform: bot.Telegram, Chat: "g2"}, LogChat: "elsewhere", Title: "Group Two"},
		{Chat: bot.ChatKey{Platform: bot.Telegram, Chat: "g3"}, LogChat: "boss", Title: "Group Three"},
	} {
		if err := db.PutChatSettings(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	put := func(user, name, chat string) {
		t.Helper()
		if err := db.PutOffender(ctx, bot.Offender{Account: bot.AccountKey{Platform: bot.Telegram, User: user}, Name: name,
			Strikes: []time.Time{t0}, Chats: []string{chat}, LastSeen: t0}); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 200 {
		put(fmt.Sprint(1000+i), fmt.Sprintf("Member %d", i), []string{"g1", "g2", "g3"}[i%3])
	}
	put("1", "Lê Thị Hà", "g1")
	put("2", "Twin", "g1")
	put("3", "Twin", "g1")
	put("4", "Mallory", "g2")
	put("5", "Nguyễn Văn Đức (@duc)", "g3")
	if err := db.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	st := &readCounting{DB: db}
	e, err := bot.NewEngine(ctx, bot.DefaultConfig(), st, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	verify := func(_ context.Context, chat string) (bool, error) { return chat != "g2", nil }
	pardon := func(chat, who string, direct bool) string {
		t.Helper()
		r, err := e.Command(ctx, bot.Command{Platform: bot.Telegram, Chat: chat, User: "boss", IsAdmin: !direct, Direct: direct,
			Name: "pardon", Args: who, Time: t0.Add(time.Minute), AdminOf: verify})
		if err != nil {
			t.Fatalf("pardon %s in %s: %v", who, chat, err)
		}
		return r.Text
	}
	for _, tc := range []struct{ chat, who, want string }{
		{"g1", "twin", "2 (Twin), 3 (Twin)"},
		{"mods", "TWIN", "2 (Twin), 3 (Twin)"},
		{"mods", "mallory", "no record of mallory here"},
		{"mods", "LE THI HA", "Pardoned Lê Thị Hà"},
		{"boss", "nguyen van duc", "Pardoned Nguyễn Văn Đức"},
		{"g1", "Member 3", "Pardoned Member 3"},
	} {
		if text := pardon(tc.chat, tc.who, tc.chat == "boss"); !strings.Contains(text, tc.want) {
			t.Errorf("pardon %s in %s: %q, want %q", tc.who, tc.chat, text, tc.want)
		}
	}
	for _, u := range []string{"1", "5", "1003"} {
		if _, err := db.Offender(ctx, bot.AccountKey{Platform: bot.Telegram, User: u}); err != bot.ErrNotFound {
			t.Errorf("account %s after its pardon: %v, want no record", u, err)
		}
	}
	if n, m := st.lists.Load(), st.in.Load(); n != 0 || m != 0 {
		t.Errorf("pardon by name read every record %d times, every record of a chat %d times", n, m)
	}
}
