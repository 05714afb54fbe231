package bot_test

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

func taskIDs(ts []bot.Task) []string {
	var ids []string
	for _, t := range ts {
		ids = append(ids, t.ID)
	}
	return ids
}

// warnedLure is warned about on its own, whatever the learned model makes
// of its name: an archive at the end of a link to an unknown site is a
// hand-weighted finding (0.55), and the name is plain. The test is about
// the tasks of the first warnings and of the fan-out that follows, not
// about where a lure's learned score falls.
const warnedLure = "the photos from the trip https://trip-photos.net/album.zip"

// A hijacked account's decision becomes tasks, urgent ones first, that the
// store keeps (committed with the decision) until they are marked done.
func TestDecisionTasksAreCommittedWithIt(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	h.send(msg{at: time.Minute, chat: "c1", text: warnedLure})
	h.send(msg{at: 2 * time.Minute, chat: "c2", text: warnedLure})
	d := h.send(msg{at: 3 * time.Minute, chat: "c3", text: warnedLure})
	var kinds []bot.Action
	for _, tk := range d.Tasks {
		kinds = append(kinds, tk.Action)
		if tk.Platform != bot.Telegram || tk.Time != t0.Add(3*time.Minute) {
			t.Errorf("task %+v: wrong platform or time", tk)
		}
	}
	want := []bot.Action{bot.ActDelete, bot.ActRestrict, bot.ActRestrict, bot.ActRestrict, bot.ActDelete, bot.ActDelete, bot.ActWarn, bot.ActNotifyAdmins}
	if !slices.Equal(kinds, want) {
		t.Fatalf("tasks %v, want %v", kinds, want)
	}
	if d.Tasks[0].ID != "delete/c3/m3" || d.Tasks[6].Text != d.Notice || !d.Tasks[6].Deleted || d.Tasks[7].Text != d.AdminNote {
		t.Errorf("tasks: %+v", d.Tasks)
	}
	// Committed: another process (here, a reopen) finds them all.
	h.db.Close()
	h.open(bot.DefaultConfig())
	pending, err := h.engine.Pending(context.Background(), bot.Telegram)
	if err != nil {
		t.Fatal(err)
	}
	all := taskIDs(pending)
	for _, tk := range d.Tasks {
		if !slices.Contains(all, tk.ID) {
			t.Errorf("task %s not in the outbox after a reopen (have %v)", tk.ID, all)
		}
	}
	// The first two messages' warnings are there too; their deletes by
	// the sweep are the same tasks as the sweep's.
	if len(pending) != len(d.Tasks)+2 || !slices.Contains(all, "warn/c1/m1") {
		t.Errorf("pending %d tasks, want %d: %v", len(pending), len(d.Tasks)+2, all)
	}
	if err := h.engine.Done(context.Background(), bot.Telegram, taskIDs(pending)...); err != nil {
		t.Fatal(err)
	}
	h.db.Close()
	h.open(bot.DefaultConfig())
	if p, _ := h.engine.Pending(context.Background(), bot.Telegram); len(p) != 0 {
		t.Errorf("tasks done are still pending: %v", taskIDs(p))
	}
}

func TestNoOutboxKeepsNothing(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	h.engine.NoOutbox = true
	d := h.send(msg{chat: "c1", text: "free nitro https://dlscord.com/gift"})
	if len(d.Tasks) == 0 {
		t.Fatal("no tasks in the decision")
	}
	if p, _ := h.engine.Pending(context.Background(), bot.Telegram); len(p) != 0 {
		t.Errorf("NoOutbox stored %v", taskIDs(p))
	}
}

func TestResumePolicy(t *testing.T) {
	t.Parallel()
	now := t0
	r := bot.ResumePolicy{DeleteWindow: 48 * time.Hour, NoticeTTL: 10 * time.Minute}
	cases := []struct {
		name  string
		task  bot.Task
		stale bool
	}{
		{"fresh delete", bot.Task{Action: bot.ActDelete, Time: now.Add(-47 * time.Hour)}, false},
		{"delete past the window", bot.Task{Action: bot.ActDelete, Time: now.Add(-49 * time.Hour)}, true},
		{"restriction still running", bot.Task{Action: bot.ActRestrict, Time: now.Add(-time.Hour), Until: now.Add(time.Hour)}, false},
		{"restriction over", bot.Task{Action: bot.ActRestrict, Time: now.Add(-2 * time.Hour), Until: now.Add(-time.Hour)}, true},
		{"fresh notice", bot.Task{Action: bot.ActWarn, Time: now.Add(-time.Minute)}, false},
		{"stale notice", bot.Task{Action: bot.ActWarn, Time: now.Add(-time.Hour)}, true},
		{"stale admin note", bot.Task{Action: bot.ActNotifyAdmins, Time: now.Add(-time.Hour)}, true},
		{"unknown action", bot.Task{Action: "launch", Time: now}, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if why, stale := r.Stale(&tc.task, now); stale != tc.stale {
				t.Errorf("stale = %v (%s), want %v", stale, why, tc.stale)
			}
		})
	}
}

func TestSortTasksPutsUrgentFirst(t *testing.T) {
	t.Parallel()
	ts := []bot.Task{
		{ID: "n1", Action: bot.ActWarn, Time: t0},
		{ID: "d2", Action: bot.ActDelete, Time: t0.Add(time.Second)},
		{ID: "a1", Action: bot.ActNotifyAdmins, Time: t0.Add(-time.Second)},
		{ID: "d1", Action: bot.ActDelete, Time: t0},
		{ID: "r1", Action: bot.ActRestrict, Time: t0.Add(-time.Second)},
	}
	bot.SortTasks(ts)
	if got, want := taskIDs(ts), []string{"r1", "d1", "d2", "a1", "n1"}; !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
}

func TestFloodNotice(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		lang             bot.Lang
		removed, warned  int
		want, wantAdvice string
	}{
		{bot.English, 12, 0, "removed 12 dangerous messages", "accounts get hijacked"},
		{bot.English, 3, 2, "2 messages here", "Don't click"},
		{bot.Vietnamese, 5, 0, "Vừa xoá 5 tin nhắn", "kể cả từ người quen"},
	} {
		s := bot.FloodNotice(tc.lang, tc.removed, tc.warned)
		if !strings.Contains(s, tc.want) || !strings.Contains(s, tc.wantAdvice) {
			t.Errorf("FloodNotice(%s, %d, %d) = %q", tc.lang, tc.removed, tc.warned, s)
		}
	}
}

// A compromised mark runs out after CompromisedTTL: the account's next
// link is judged on its own again.
func TestCompromisedMarkRunsOut(t *testing.T) {
	t.Parallel()
	cfg := bot.DefaultConfig()
	cfg.CompromisedTTL = 48 * time.Hour
	h := newHarness(t, cfg)
	for i, c := range []string{"c1", "c2", "c3"} {
		h.send(msg{at: time.Duration(i) * time.Minute, chat: c, text: lure})
	}
	if d := h.send(msg{at: 47 * time.Hour, chat: "c4", text: "https://youtube.com/watch?v=x"}); !d.User.Compromised || !d.Has(bot.ActDelete) {
		t.Fatalf("within the TTL: %+v", d)
	}
	d := h.send(msg{at: 49 * time.Hour, chat: "c4", text: "https://youtube.com/watch?v=y"})
	if d.User.Compromised || d.Has(bot.ActDelete) || d.Verdict.Has(bot.CodeCompromised) {
		t.Errorf("after the TTL: compromised=%v actions=%v reasons=%v", d.User.Compromised, d.Actions, codes(d.Verdict))
	}
}

// TestNoTextsDecidesTheSame: with NoTexts (immune scan) a decision has the
// same verdict, actions, sweep and user state, and no notice, admin note
// or task, and the outbox stays empty.
func TestNoTextsDecidesTheSame(t *testing.T) {
	t.Parallel()
	full, bare := newHarness(t, bot.DefaultConfig()), newHarness(t, bot.DefaultConfig())
	bare.engine.NoTexts = true
	texts := 0
	for i, chat := range []string{"c1", "c2", "c3"} {
		m := msg{at: time.Duration(i+1) * time.Minute, chat: chat, text: lure}
		want, got := full.send(m), bare.send(m)
		if got.Notice != "" || got.AdminNote != "" || len(got.Tasks) != 0 {
			t.Errorf("message %d: notice %q, admin note %q, %d tasks; want none", i, got.Notice, got.AdminNote, len(got.Tasks))
		}
		if want.Notice != "" && len(want.Tasks) > 0 {
			texts++
		}
		if !reflect.DeepEqual(got.Verdict, want.Verdict) || !slices.Equal(got.Actions, want.Actions) ||
			!slices.Equal(sweepIDs(got), sweepIDs(want)) || got.User != want.User {
			t.Errorf("message %d: decided %+v, want %+v", i, got, want)
		}
	}
	if texts == 0 {
		t.Error("the full engine wrote no notice or tasks: the test shows nothing")
	}
	if p, _ := bare.engine.Pending(context.Background(), bot.Telegram); len(p) != 0 {
		t.Errorf("NoTexts stored %v", taskIDs(p))
	}
}
