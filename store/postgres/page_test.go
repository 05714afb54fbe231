package postgres_test

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store/postgres"
	"github.com/immunebot/immune/store/postgres/pgtest"
)

// pageCounting is the real PostgreSQL store, counting the records read one
// at a time (Offender) and many at a time (Offenders, when batch).
type pageCounting struct {
	bot.Store
	db          *postgres.DB
	one, many   atomic.Int64
	withBatches bool
}

func (s *pageCounting) Offender(ctx context.Context, k bot.AccountKey) (bot.Offender, error) {
	s.one.Add(1)
	return s.Store.Offender(ctx, k)
}

// batching is pageCounting with the store's batch read.
type batching struct{ *pageCounting }

func (s batching) Offenders(ctx context.Context, keys []bot.AccountKey) ([]bot.Offender, error) {
	s.many.Add(1)
	return s.db.Offenders(ctx, keys)
}

// fillChat fills the database at url with accounts on record in chat
// g1, seen a second apart, and deletes the second seen last (pardoned).
func fillChat(t testing.TB, url string, accounts int) {
	t.Helper()
	openURL(t, url, postgres.Options{OffenderRetention: -1}) // migrated
	c, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	t0 := time.Date(2026, 12, 2, 6, 0, 0, 0, time.UTC)
	rows := make([][]any, 0, accounts)
	for i := range accounts {
		u := fmt.Sprint(7000000000 + i)
		rows = append(rows, []any{"telegram:" + u, "telegram", u, fmt.Sprintf("Member %d (@m%d)", i, i),
			[]int64{t0.UnixNano()}, []string{"g1"}, t0.Add(time.Duration(i) * time.Second).UnixNano()})
	}
	if _, err := c.CopyFrom(ctx, pgx.Identifier{"offenders"}, []string{"account", "platform", "user_id", "name", "strikes", "chats", "last_seen"},
		pgx.CopyFromRows(rows)); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Exec(ctx, "DELETE FROM offenders WHERE account = $1", fmt.Sprint("telegram:", 7000000000+accounts-2)); err != nil {
		t.Fatal(err)
	}
}

// pageEngine opens the store at url and returns an engine on it, through
// a pageCounting that reads in batches or not.
func pageEngine(t testing.TB, url string, batch bool) (*bot.Engine, *pageCounting) {
	t.Helper()
	db := openURL(t, url, postgres.Options{OffenderRetention: -1})
	c := &pageCounting{Store: db.DB, db: db.DB}
	var s bot.Store = c
	if batch {
		s = batching{c}
	}
	e, err := bot.NewEngine(ctx, bot.DefaultConfig(), s, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return e, c
}

// TestOffendersPageInOneQuery: a page of the offenders command reads its
// records in one query (Offenders), not one a line, and shows the same
// lines as reading them one at a time: the 20 seen last.
func TestOffendersPageInOneQuery(t *testing.T) {
	t.Parallel()
	url := pgtest.URL(t)
	fillChat(t, url, 60)
	var answers []string
	for _, batch := range []bool{false, true} {
		e, counted := pageEngine(t, url, batch)
		r, err := e.Command(ctx, bot.Command{Platform: bot.Telegram, Chat: "g1", User: "boss", IsAdmin: true, Name: "offenders",
			Time: time.Date(2026, 12, 2, 7, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		answers = append(answers, r.Text)
		if n := len(regexp.MustCompile(`\(telegram:\d+\)`).FindAllString(r.Text, -1)); n != 20 || strings.Contains(r.Text, "telegram:7000000058") {
			t.Errorf("batch %v: %d accounts shown, want 20, without the one gone: %q", batch, n, r.Text)
		}
		if batch && (counted.one.Load() != 0 || counted.many.Load() != 1) {
			t.Errorf("the page read %d records one at a time and %d batches; want none and one", counted.one.Load(), counted.many.Load())
		}
		if !batch && counted.one.Load() != 20 {
			t.Errorf("one at a time, the page read %d records; want 20", counted.one.Load())
		}
	}
	if answers[0] != answers[1] {
		t.Errorf("the page read in batches:\n%s\nread one at a time:\n%s", answers[1], answers[0])
	}
}

// BenchmarkOffendersPage: the offenders command on PostgreSQL in a chat of
// 100 and of 5,000 accounts: the page's records read in one query
// (batch) or one a line (as before), over a Unix socket to a local
// server. The list of the chat's accounts (OffendersSeenIn) is the same
// in both.
func BenchmarkOffendersPage(b *testing.B) {
	srv := benchServer(b)
	for _, accounts := range []int{100, 5000} {
		url, err := srv.NewDatabase(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		fillChat(b, url, accounts)
		for _, batch := range []bool{false, true} {
			b.Run(fmt.Sprintf("accounts=%d/batch=%v", accounts, batch), func(b *testing.B) {
				e, _ := pageEngine(b, url, batch)
				c := bot.Command{Platform: bot.Telegram, Chat: "g1", User: "boss", IsAdmin: true, Name: "offenders", Time: time.Date(2026, 12, 2, 7, 0, 0, 0, time.UTC)}
				for b.Loop() {
					if r, err := e.Command(ctx, c); err != nil || !strings.Contains(r.Text, "(telegram:") {
						b.Fatalf("%q %v", r.Text, err)
					}
				}
			})
		}
	}
}
