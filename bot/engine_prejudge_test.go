package bot_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/internal/chatmix"
	"github.com/immunebot/immune/store"
)

// TestHandleJudgedDecidesAsHandle: messages judged ahead in runs
// (Prejudge, as immune scan does) and then handled (HandleJudged) get the
// decisions Handle gives them one at a time, on a store of their own
// each: the realistic mix with hijacked accounts, strikes and mutes, edits
// that add a link to a message seen before (judged again with the hint),
// a flagged message handed over again (a repeat), and messages the engine
// refuses.
func TestHandleJudgedDecidesAsHandle(t *testing.T) {
	t.Parallel()
	msgs := chatmix.Mix{Chats: 40, Accounts: 1500}.Messages(6000, 5)
	var all []bot.Message
	for i, m := range msgs {
		all = append(all, m)
		if i%61 == 0 && i >= 100 {
			e := msgs[i-90]
			e.Time, e.Edited = m.Time, true
			e.Text += fmt.Sprintf(" https://free-gift-%d.xyz/claim", i)
			all = append(all, e)
		}
		if i%89 == 0 && i >= 100 {
			all = append(all, all[len(all)-50]) // handed over again
		}
		if i%500 == 250 {
			bad := m
			bad.User = "" // refused
			all = append(all, bad)
		}
	}
	engine := func() *bot.Engine {
		at := msgs[len(msgs)-1].Time
		db, err := store.Open(filepath.Join(t.TempDir(), "immune.db"), store.Options{Now: func() time.Time { return at }})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		e, err := bot.NewEngine(context.Background(), bot.DefaultConfig(), db, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		e.Batch, e.NoOutbox, e.NoCases, e.NoTexts = true, true, true, true
		return e
	}
	ctx := context.Background()
	one, ahead := engine(), engine()
	type decided struct {
		d   bot.Decision
		err error
	}
	want := make([]decided, len(all))
	for i := range all {
		m := all[i]
		want[i].d, want[i].err = one.Handle(ctx, &m)
	}
	got := make([]decided, len(all))
	const run = 64
	pre := make([]bot.Prejudged, run)
	for start := 0; start < len(all); start += run {
		part := append([]bot.Message(nil), all[start:min(start+run, len(all))]...)
		for i := range part {
			ahead.Prejudge(&part[i], &pre[i])
		}
		for i := range part {
			got[start+i].d, got[start+i].err = ahead.HandleJudged(ctx, &part[i], &pre[i])
		}
	}
	flagged, edits, repeats, refused := 0, 0, 0, 0
	for i := range all {
		w, g := want[i], got[i]
		if errors.Is(w.err, bot.ErrBadMessage) != errors.Is(g.err, bot.ErrBadMessage) || (w.err == nil) != (g.err == nil) {
			t.Fatalf("message %d: error %v, want %v", i, g.err, w.err)
		}
		if !reflect.DeepEqual(g.d, w.d) {
			t.Fatalf("message %d (%+v):\ndecided %+v\nwant    %+v", i, all[i], g.d, w.d)
		}
		switch {
		case w.err != nil:
			refused++
		case w.d.Repeat:
			repeats++
		case all[i].Edited && w.d.Verdict.Level != bot.Allow:
			edits++
		case w.d.Verdict.Level != bot.Allow:
			flagged++
		}
	}
	if flagged < 100 || edits < 10 || repeats < 10 || refused < 5 {
		t.Fatalf("the messages show too little to compare: %d flagged, %d flagged edits, %d repeats, %d refused", flagged, edits, repeats, refused)
	}
}
