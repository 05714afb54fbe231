package storetest

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

func task(p bot.Platform, id string, a bot.Action, at time.Time) bot.Task {
	return bot.Task{ID: id, Platform: p, Action: a, Chat: "-100", Message: "7", Text: "hi", Time: at,
		Until: at.Add(time.Hour), Group: "g", Thread: "3", User: "42", Deleted: true, Case: bot.NewCaseID(at)}
}

func taskIDs(ts []bot.Task) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.ID)
	}
	return out
}

// testOutbox keeps tasks, per platform and oldest first, until they are
// done.
func testOutbox(t *testing.T, b Backend) {
	s := b.Open(t, Options{})
	in := []bot.Task{
		task(bot.Telegram, "delete/-100/9", bot.ActDelete, T0.Add(2*time.Second)),
		task(bot.Telegram, "delete/-100/7", bot.ActDelete, T0),
		task(bot.Telegram, "warn/-100/7", bot.ActWarn, T0),
		task(bot.Discord, "delete/c1/1", bot.ActDelete, T0),
	}
	must(t, s.AddTasks(ctx, in))
	s = phases(t, b, s, Options{}, func(t *testing.T, s bot.Store) {
		got, err := s.PendingTasks(ctx, bot.Telegram)
		must(t, err)
		if want := []string{"delete/-100/7", "warn/-100/7", "delete/-100/9"}; !slices.Equal(taskIDs(got), want) {
			t.Fatalf("pending = %v, want %v", taskIDs(got), want)
		}
		if got[0] != in[1] {
			t.Errorf("task read back:\n got %+v\nwant %+v", got[0], in[1])
		}
	})
	must(t, s.DoneTasks(ctx, bot.Telegram, []string{"delete/-100/7", "no-such-task"}))
	phases(t, b, s, Options{}, func(t *testing.T, s bot.Store) {
		got, err := s.PendingTasks(ctx, bot.Telegram)
		must(t, err)
		if want := []string{"warn/-100/7", "delete/-100/9"}; !slices.Equal(taskIDs(got), want) {
			t.Fatalf("pending after done = %v, want %v", taskIDs(got), want)
		}
		got, err = s.PendingTasks(ctx, bot.Discord)
		must(t, err)
		if want := []string{"delete/c1/1"}; !slices.Equal(taskIDs(got), want) {
			t.Fatalf("discord pending = %v, want %v", taskIDs(got), want)
		}
	})
}

// testOutboxSameIDReplaces adds a task twice: the second replaces the first.
func testOutboxSameIDReplaces(t *testing.T, b Backend) {
	s := b.Open(t, Options{})
	a := task(bot.Telegram, "delete/-100/7", bot.ActDelete, T0)
	c := a
	c.Text = "again"
	for _, x := range []bot.Task{a, c} {
		must(t, s.AddTasks(ctx, []bot.Task{x}))
		mustCommit(t, s)
	}
	got, err := s.PendingTasks(ctx, bot.Telegram)
	must(t, err)
	if len(got) != 1 || got[0].Text != "again" {
		t.Fatalf("pending = %+v, want the second task alone", got)
	}
	if err := s.AddTasks(ctx, []bot.Task{{Platform: bot.Telegram}}); err == nil {
		t.Error("a task without an id was accepted")
	}
	if err := s.AddTasks(ctx, []bot.Task{{ID: "x", Platform: "irc"}}); err == nil {
		t.Error("a task of an unknown platform was accepted")
	}
}

// Fill writes one record or more of every kind a store holds, some of them
// not yet committed: what Export must hand out. A backend that gains a kind
// of record adds it here and to bot.Record.
func Fill(t testing.TB, s bot.Store) {
	t.Helper()
	must(t, s.PutOffender(ctx, FullOffender("1", T0)))
	must(t, s.PutOffender(ctx, bot.Offender{Account: bot.AccountKey{Platform: bot.Discord, User: "2"}}))
	must(t, s.PutChatSettings(ctx, bot.ChatSettings{Chat: bot.ChatKey{Platform: bot.Discord, Chat: "guild-1"}, Mode: bot.ModeWarn,
		Lang: bot.Vietnamese, LogChat: "mods", AutoLang: bot.English, Title: "Máy chủ", LogTitle: "#mods"}))
	must(t, s.PutListEntry(ctx, bot.ListEntry{Scope: "telegram:-1", Kind: bot.BlockList, Value: "evil.com", AddedBy: "telegram:1", AddedAt: T0}))
	must(t, s.PutListEntry(ctx, bot.ListEntry{Kind: bot.AllowList, Value: "good.com"}))
	must(t, s.SetFirstLink(ctx, Account("1"), T0.Add(-time.Hour)))
	must(t, s.AddSightings(ctx, []bot.Sighting{FullSighting("1", "-1", "10", T0), FullSighting("1", "-2", "11", T0.Add(time.Second))}))
	must(t, s.AppendAudit(ctx, FullAudit(T0, "first")))
	must(t, s.AppendAudit(ctx, FullAudit(T0, "second, same instant")))
	must(t, s.AddTasks(ctx, []bot.Task{task(bot.Telegram, "delete/-100/7", bot.ActDelete, T0)}))
	must(t, s.PutJudged(ctx, bot.Judged{Message: bot.MessageRef{Platform: bot.Telegram, Chat: "-1", ID: "10"}, Time: T0,
		Level: bot.Delete, Score: 0.97, Struck: true, HadLink: true, Versions: []uint64{1, 1 << 63}}))
	must(t, s.PutCase(ctx, FullCase("-100", "7", T0)))
	mustCommit(t, s)
	must(t, s.AppendAudit(ctx, FullAudit(T0.Add(time.Minute), "third, buffered")))
	must(t, s.PutOffender(ctx, FullOffender("3", T0.Add(time.Minute))))
}

// Dump exports s and describes every record, one line each, in a stable
// order: two stores holding the same dump the same.
func Dump(t testing.TB, s bot.Store) []string {
	t.Helper()
	var out []string
	err := s.Export(ctx, func(r bot.Record) error {
		var v any
		switch {
		case r.Offender != nil:
			v = *r.Offender
		case r.Chat != nil:
			v = *r.Chat
		case r.List != nil:
			v = *r.List
		case r.FirstLink != nil:
			v = *r.FirstLink
		case r.Sighting != nil:
			v = *r.Sighting
		case r.Audit != nil:
			v = *r.Audit
		case r.Task != nil:
			v = *r.Task
		case r.Judged != nil:
			v = *r.Judged
		case r.Case != nil:
			v = *r.Case
		default:
			return fmt.Errorf("a record of no kind: %+v", r)
		}
		out = append(out, fmt.Sprintf("%s %+v", r.Kind(), v))
		return nil
	})
	must(t, err)
	slices.Sort(out)
	return out
}

// Copy writes every record Export hands out of src into dst, with dst's
// methods, and commits.
func Copy(t testing.TB, src, dst bot.Store) {
	t.Helper()
	must(t, src.Export(ctx, func(r bot.Record) error { return r.WriteTo(ctx, dst) }))
	mustCommit(t, dst)
}

// testExport fills a store, copies it through Export into a new one, and
// compares what both hold; the audit log keeps its order.
func testExport(t *testing.T, b Backend) {
	opts := Options{Now: NewClock(T0.Add(time.Hour)).Now, AuditRetention: -1, SightingRetention: -1}
	src := b.Open(t, opts)
	Fill(t, src)
	want := Dump(t, src)
	kinds := map[string]bool{}
	for _, l := range want {
		kind, _, _ := strings.Cut(l, " ")
		kinds[kind] = true
	}
	if len(kinds) != 9 {
		t.Errorf("the dump has %d kinds of record, want 9:\n%v", len(kinds), want)
	}
	dst := b.Open(t, opts)
	Copy(t, src, dst)
	if got := Dump(t, dst); !slices.Equal(got, want) {
		t.Errorf("the copy differs:\n got %q\nwant %q", got, want)
	}
	a1, err := src.RecentAudit(ctx, 0)
	must(t, err)
	a2, err := dst.RecentAudit(ctx, 0)
	must(t, err)
	if notes(a1) != notes(a2) {
		t.Errorf("audit order: copy %s, source %s", notes(a2), notes(a1))
	}
}
