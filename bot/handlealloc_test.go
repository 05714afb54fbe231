package bot_test

import (
	"context"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

// TestHandleKeepsTheMessageOnTheStack: the engine, set as immune scan sets
// it, judges a member's plain chat lines (new messages, in a chat whose
// settings it has read) without allocating: in particular the message
// handed to Handle stays where the caller put it. A closure in the engine
// that captured the message moved every caller's message to the heap, a
// 300-byte allocation for every line immune scan judges.
func TestHandleKeepsTheMessageOnTheStack(t *testing.T) {
	at := time.Date(2026, 5, 6, 7, 8, 9, 0, time.UTC)
	db, err := store.Open(filepath.Join(t.TempDir(), "immune.db"), store.Options{Now: func() time.Time { return at }})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	e, err := bot.NewEngine(ctx, bot.DefaultConfig(), db, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	e.Batch, e.NoOutbox, e.NoCases, e.NoTexts = true, true, true, true
	ids := make([]string, 200)
	for i := range ids {
		ids[i] = strconv.Itoa(i)
	}
	n := 0
	handle := func() {
		n++
		m := bot.Message{ID: ids[n%len(ids)], Platform: bot.Telegram, Chat: "-100123", User: "42", UserName: "An",
			Time: at, MemberSince: at.Add(-48 * time.Hour), Text: "see you all at the meetup tonight"}
		d, err := e.Handle(ctx, &m)
		if err != nil || d.Verdict.Level != bot.Allow {
			t.Fatalf("a plain line: %v, %v", d.Verdict, err)
		}
	}
	handle()
	if n := testing.AllocsPerRun(100, handle); n != 0 {
		t.Errorf("Handle of a plain line allocated %v times, want 0", n)
	}
}
