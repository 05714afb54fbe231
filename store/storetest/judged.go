package storetest

import (
	"errors"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// Judged is a record of a flagged message with every field set.
func Judged(chat, id string, at time.Time) bot.Judged {
	return bot.Judged{
		Message: bot.MessageRef{Platform: bot.Telegram, Chat: chat, ID: id},
		Time:    at, Level: bot.Delete, Score: 0.97, Struck: true, HadLink: true,
		Versions: []uint64{1, 1 << 63, 42},
	}
}

// testJudged writes records of judged messages, replaces one (an edit) and
// reads them back, buffered, committed and after a reopen.
func testJudged(t *testing.T, b Backend) {
	opts := Options{Now: NewClock(T0).Now}
	s := b.Open(t, opts)
	a, c := Judged("-100", "7", T0), Judged("-100", "8", T0)
	must(t, s.PutJudged(ctx, a))
	must(t, s.PutJudged(ctx, c))
	a.Time, a.Level, a.Versions = T0.Add(time.Minute), bot.Warn, append(a.Versions, 5) // an edit
	must(t, s.PutJudged(ctx, a))
	c.Versions[0] = 99 // the store keeps its own copy
	s = phases(t, b, s, opts, func(t *testing.T, s bot.Store) {
		for _, want := range []bot.Judged{a, Judged("-100", "8", T0)} {
			got, err := s.JudgedMessage(ctx, want.Message)
			if err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("JudgedMessage(%v) = %+v, %v; want %+v", want.Message, got, err, want)
			}
		}
		for _, m := range []bot.MessageRef{
			{Platform: bot.Telegram, Chat: "-100", ID: "9"},
			{Platform: bot.Discord, Chat: "-100", ID: "7"},
			{Platform: bot.Telegram, Chat: "-1000", ID: "7"},
		} {
			if _, err := s.JudgedMessage(ctx, m); !errors.Is(err, bot.ErrNotFound) {
				t.Errorf("JudgedMessage(%v) = %v, want ErrNotFound", m, err)
			}
		}
	})
	for name, err := range map[string]error{
		"no id":            s.PutJudged(ctx, bot.Judged{Message: bot.MessageRef{Platform: bot.Telegram, Chat: "c"}, Time: T0}),
		"no time":          s.PutJudged(ctx, bot.Judged{Message: a.Message}),
		"past 9999":        s.PutJudged(ctx, bot.Judged{Message: a.Message, Time: Y10000}),
		"too many":         s.PutJudged(ctx, bot.Judged{Message: a.Message, Time: T0, Versions: make([]uint64, bot.MaxVersions+1)}),
		"unknown platform": s.PutJudged(ctx, bot.Judged{Message: bot.MessageRef{Platform: "irc", Chat: "c", ID: "1"}, Time: T0}),
	} {
		if err == nil {
			t.Errorf("PutJudged with %s: no error", name)
		}
	}
}

// testJudgedRetention checks that records of judged messages are forgotten
// after Options.JudgedRetention from their latest version, an edit keeping
// a record longer.
func testJudgedRetention(t *testing.T, b Backend) {
	clk := NewClock(T0)
	opts := Options{Now: clk.Now, JudgedRetention: time.Hour}
	s := b.Open(t, opts)
	old, edited := Judged("c", "old", T0), Judged("c", "edited", T0)
	must(t, s.PutJudged(ctx, old))
	must(t, s.PutJudged(ctx, edited))
	mustCommit(t, s)
	clk.Advance(50 * time.Minute)
	edited.Time = clk.Now()
	must(t, s.PutJudged(ctx, edited))
	mustCommit(t, s)
	clk.Advance(20 * time.Minute)
	mustCommit(t, s)
	has := func(j bot.Judged) bool {
		_, err := s.JudgedMessage(ctx, j.Message)
		if err != nil && !errors.Is(err, bot.ErrNotFound) {
			t.Fatal(err)
		}
		return err == nil
	}
	if has(old) || !has(edited) {
		t.Errorf("after 70m: old kept %v, edited kept %v; want false, true", has(old), has(edited))
	}
	s = b.Reopen(t, s, opts)
	if has(old) || !has(edited) {
		t.Errorf("after reopen: old kept %v, edited kept %v; want false, true", has(old), has(edited))
	}
	clk.Advance(time.Hour)
	mustCommit(t, s)
	if has(edited) {
		t.Errorf("the edited record outlived its retention")
	}
}

// testEngineRepeat has three engines, each on its own handle of the store
// (other processes on a shared store: webhook replicas), get the same
// messages at once, as replicas given one update each do: each message
// counts one strike and one audit entry, and one engine acts on it.
func testEngineRepeat(t *testing.T, b Backend) {
	opts := Options{Now: NewClock(T0.Add(time.Hour)).Now}
	s := b.Open(t, opts)
	hs := handles(t, b, s, opts, 3)
	engines := make([]*bot.Engine, len(hs))
	for i, h := range hs {
		e, err := bot.NewEngine(ctx, bot.DefaultConfig(), h, nil, nil)
		must(t, err)
		engines[i] = e
	}
	const messages = 5
	for n := range messages {
		ds := make([]bot.Decision, len(engines))
		var wg sync.WaitGroup
		for i, e := range engines {
			wg.Go(func() {
				m := bot.Message{ID: fmt.Sprint("m", n), Platform: bot.Telegram, Chat: "c", User: "spray", UserName: "Minh",
					Time: T0.Add(time.Duration(n) * time.Minute), Text: "free nitro https://dlscord.com/gift"}
				d, err := e.Handle(ctx, &m)
				if err != nil {
					t.Errorf("engine %d, message %d: %v", i, n, err)
				}
				ds[i] = d
			})
		}
		wg.Wait()
		acted := 0
		for _, d := range ds {
			if d.Repeat == (len(d.Actions) > 0) {
				t.Errorf("message %d: repeat %v with actions %v", n, d.Repeat, d.Actions)
			}
			if !d.Repeat {
				acted++
			}
		}
		if acted != 1 {
			t.Errorf("message %d: %d engines acted on it, want 1", n, acted)
		}
	}
	for _, e := range engines {
		must(t, e.Commit(ctx))
	}
	o, err := s.Offender(ctx, Account("spray"))
	if err != nil || len(o.Strikes) != messages {
		t.Errorf("%d strikes (%v), want %d: one a message", len(o.Strikes), err, messages)
	}
	if es, err := s.RecentAudit(ctx, 0); err != nil || len(es) != messages {
		t.Errorf("%d audit entries (%v), want %d", len(es), err, messages)
	}
}
