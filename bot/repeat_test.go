package bot_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// restart closes the store and opens it again with a new engine, as a bot
// that stopped uncleanly and started again: the engine's memory of recent
// messages is gone, the store's is not.
func (h *harness) restart() {
	h.t.Helper()
	h.db.Close()
	h.open(bot.DefaultConfig())
}

func (h *harness) audited() int {
	h.t.Helper()
	es, err := h.db.RecentAudit(context.Background(), 0)
	if err != nil {
		h.t.Fatal(err)
	}
	return len(es)
}

// TestResentMessageCountsOnce: Telegram re-sends the updates of a bot that
// stopped uncleanly. The messages judged before the stop give no second
// strike, audit entry or action; the account is muted at its third real
// strike, not at a re-sent one.
func TestResentMessageCountsOnce(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	first := msg{chat: "c1", id: "m1", text: "https://dlscord.com/nitro"}
	second := msg{at: time.Minute, chat: "c1", id: "m2", text: "https://dlscord.com/gift"}
	h.send(first)
	if d := h.send(second); d.User.Strikes != 2 {
		t.Fatalf("strikes %d, want 2", d.User.Strikes)
	}
	h.restart()
	for _, m := range []msg{first, second} {
		d := h.send(m)
		if !d.Repeat || len(d.Actions) != 0 || len(d.Tasks) != 0 || d.User.Strikes != 2 {
			t.Errorf("re-sent %s: repeat %v, actions %v, tasks %d, strikes %d; want a repeat with no action and 2 strikes",
				m.id, d.Repeat, d.Actions, len(d.Tasks), d.User.Strikes)
		}
		if d.Verdict.Level != bot.Delete || !d.Verdict.Has(bot.CodeLookalike) {
			t.Errorf("re-sent %s: verdict %v %v, want the verdict it got", m.id, d.Verdict.Level, codes(d.Verdict))
		}
	}
	if n := h.audited(); n != 2 {
		t.Errorf("%d audit entries, want 2", n)
	}
	d := h.send(msg{at: 2 * time.Minute, chat: "c1", id: "m3", text: "https://dlscord.com/claim"})
	if d.User.Strikes != 3 || !d.Has(bot.ActRestrict) {
		t.Errorf("third message: strikes %d, actions %v; want 3 and a mute", d.User.Strikes, d.Actions)
	}
}

// TestEditAfterRestart: an edit is a new version and is judged, after a
// restart too, but the message keeps its one strike and its one warning;
// the edit re-sent is a repeat.
func TestEditAfterRestart(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	h.send(msg{chat: "c1", id: "m1", text: "https://dlscord.com/nitro"})
	h.restart()
	edit := msg{at: time.Minute, chat: "c1", id: "m1", edit: true, text: "free nitro https://dlscord.com/nitro"}
	d := h.send(edit)
	if d.Repeat || d.Verdict.Level != bot.Delete || d.User.Strikes != 1 {
		t.Fatalf("edit: repeat %v, %v, strikes %d; want it judged, with the one strike", d.Repeat, d.Verdict.Level, d.User.Strikes)
	}
	if d.Has(bot.ActWarn) {
		t.Errorf("edit of a message already warned about: %v", d.Actions)
	}
	if n := h.audited(); n != 2 {
		t.Errorf("%d audit entries, want 2 (the message and its edit)", n)
	}
	d = h.send(edit)
	if !d.Repeat || len(d.Actions) != 0 || h.audited() != 2 {
		t.Errorf("the edit re-sent: repeat %v, actions %v, %d audit entries", d.Repeat, d.Actions, h.audited())
	}
}

// TestEditAddingALinkAfterRestart: a flagged file whose message is edited
// to add a link after a restart is still an edit that added a link.
func TestEditAddingALinkAfterRestart(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	exe := []bot.Attachment{{Name: "setup.exe", MIME: "application/x-msdownload", Size: 1000}}
	h.send(msg{chat: "c1", id: "m1", text: "try this", files: exe})
	h.restart()
	d := h.send(msg{at: time.Minute, chat: "c1", id: "m1", edit: true, text: "try this https://giveaway-now.net/", files: exe})
	if !d.Verdict.Has(bot.CodeEditAddedLink) || d.User.Strikes != 1 {
		t.Errorf("edit adding a link after a restart: %v, strikes %d", codes(d.Verdict), d.User.Strikes)
	}
}

// TestReplicasJudgeOnce: two engines on one store (webhook replicas) get
// the same update at once: one strike, one audit entry, one set of actions.
func TestReplicasJudgeOnce(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	other, err := bot.NewEngine(context.Background(), bot.DefaultConfig(), h.db, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 20 {
		m := bot.Message{ID: "r" + string(rune('a'+i)), Platform: bot.Telegram, Chat: "c1", User: "u1", Time: t0.Add(time.Duration(i) * time.Hour),
			Text: "https://dlscord.com/nitro"}
		var wg sync.WaitGroup
		ds := make([]bot.Decision, 2)
		for k, e := range []*bot.Engine{h.engine, other} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				mc := m
				d, err := e.Handle(context.Background(), &mc)
				if err != nil {
					t.Error(err)
				}
				ds[k] = d
			}()
		}
		wg.Wait()
		if ds[0].Repeat == ds[1].Repeat {
			t.Fatalf("message %s: repeat %v and %v, want exactly one repeat", m.ID, ds[0].Repeat, ds[1].Repeat)
		}
		for _, d := range ds {
			if d.Repeat != (len(d.Actions) == 0) {
				t.Fatalf("message %s: repeat %v with actions %v", m.ID, d.Repeat, d.Actions)
			}
		}
	}
	if n := h.audited(); n != 20 {
		t.Errorf("%d audit entries for 20 messages judged twice each", n)
	}
	o, err := h.db.Offender(context.Background(), bot.AccountKey{Platform: bot.Telegram, User: "u1"})
	if err != nil || len(o.Strikes) != 20 {
		t.Errorf("%d strikes for 20 messages, %v", len(o.Strikes), err)
	}
}
