package store_test

import (
	"slices"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

func task(p bot.Platform, id string, a bot.Action, at time.Time) bot.Task {
	return bot.Task{ID: id, Platform: p, Action: a, Chat: "-100", Message: "7", Text: "hi", Time: at,
		Until: at.Add(time.Hour), Group: "g", Thread: "3", User: "42", Deleted: true}
}

func taskIDs(ts []bot.Task) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.ID)
	}
	return out
}

func TestOutboxSurvivesReopenUntilDone(t *testing.T) {
	t.Parallel()
	db, _ := openTemp(t, store.Options{})
	in := []bot.Task{
		task(bot.Telegram, "delete/-100/9", bot.ActDelete, t0.Add(2*time.Second)),
		task(bot.Telegram, "delete/-100/7", bot.ActDelete, t0),
		task(bot.Telegram, "warn/-100/7", bot.ActWarn, t0),
		task(bot.Discord, "delete/c1/1", bot.ActDelete, t0),
	}
	if err := db.AddTasks(ctx, in); err != nil {
		t.Fatal(err)
	}
	// buffered tasks are visible before Commit
	got, err := db.PendingTasks(ctx, bot.Telegram)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"delete/-100/7", "warn/-100/7", "delete/-100/9"}; !slices.Equal(taskIDs(got), want) {
		t.Fatalf("pending before commit = %v, want %v", taskIDs(got), want)
	}
	if err := db.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	db = reopen(t, db, store.Options{})
	got, err = db.PendingTasks(ctx, bot.Telegram)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[0] != in[1] {
		t.Fatalf("after reopen: %+v, want %+v first", got, in[1])
	}
	if err := db.DoneTasks(ctx, bot.Telegram, []string{"delete/-100/7", "no-such-task"}); err != nil {
		t.Fatal(err)
	}
	got, _ = db.PendingTasks(ctx, bot.Telegram)
	if want := []string{"warn/-100/7", "delete/-100/9"}; !slices.Equal(taskIDs(got), want) {
		t.Fatalf("pending after done (buffered) = %v, want %v", taskIDs(got), want)
	}
	if err := db.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	db = reopen(t, db, store.Options{})
	got, _ = db.PendingTasks(ctx, bot.Telegram)
	if want := []string{"warn/-100/7", "delete/-100/9"}; !slices.Equal(taskIDs(got), want) {
		t.Fatalf("pending after done and reopen = %v, want %v", taskIDs(got), want)
	}
	got, _ = db.PendingTasks(ctx, bot.Discord)
	if want := []string{"delete/c1/1"}; !slices.Equal(taskIDs(got), want) {
		t.Fatalf("discord pending = %v, want %v", taskIDs(got), want)
	}
}

func TestOutboxSameIDReplaces(t *testing.T) {
	t.Parallel()
	db, _ := openTemp(t, store.Options{})
	a := task(bot.Telegram, "delete/-100/7", bot.ActDelete, t0)
	b := a
	b.Text = "again"
	for _, x := range []bot.Task{a, b} {
		if err := db.AddTasks(ctx, []bot.Task{x}); err != nil {
			t.Fatal(err)
		}
		if err := db.Commit(ctx); err != nil {
			t.Fatal(err)
		}
	}
	got, _ := db.PendingTasks(ctx, bot.Telegram)
	if len(got) != 1 || got[0].Text != "again" {
		t.Fatalf("pending = %+v, want the second task alone", got)
	}
}

func TestOutboxRejectsTaskWithoutID(t *testing.T) {
	t.Parallel()
	db, _ := openTemp(t, store.Options{})
	if err := db.AddTasks(ctx, []bot.Task{{Platform: bot.Telegram}}); err == nil {
		t.Fatal("a task without an id was accepted")
	}
	if err := db.AddTasks(ctx, []bot.Task{{ID: "x", Platform: "irc"}}); err == nil {
		t.Fatal("a task of an unknown platform was accepted")
	}
}

func TestOutboxAfterClose(t *testing.T) {
	t.Parallel()
	db, _ := openTemp(t, store.Options{})
	db.Close()
	if _, err := db.PendingTasks(ctx, bot.Telegram); err == nil {
		t.Fatal("PendingTasks after Close succeeded")
	}
}
