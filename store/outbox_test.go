package store_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

func TestOutboxAfterClose(t *testing.T) {
	t.Parallel()
	db, _ := openTemp(t, store.Options{})
	db.Close()
	if _, err := db.PendingTasks(ctx, bot.Telegram); err == nil {
		t.Fatal("PendingTasks after Close succeeded")
	}
}
