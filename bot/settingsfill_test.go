package bot_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

// pausingStore is the real store, but the first read of one chat's
// settings after arm waits, once it has read them, until release is
// closed: a fill of the engine's settings cache caught between its read
// and its write.
type pausingStore struct {
	bot.Store
	chat          bot.ChatKey
	armed         atomic.Bool
	read, release chan struct{}
}

func (s *pausingStore) ChatSettings(ctx context.Context, k bot.ChatKey) (bot.ChatSettings, error) {
	cs, err := s.Store.ChatSettings(ctx, k)
	if k == s.chat && s.armed.CompareAndSwap(true, false) {
		close(s.read)
		<-s.release
	}
	return cs, err
}

// TestSettingsFillAfterAChangeIsNotCached: a chat's settings read from the
// store before an admin's change, and handed to the cache after it, are
// not cached over the change, even when the cache has started again in
// between (many other chats read meanwhile) and holds no sign of the
// change. Before the fix the chat went back to the old mode until the
// next change or restart.
func TestSettingsFillAfterAChangeIsNotCached(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(filepath.Join(t.TempDir(), "immune.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	chat := bot.ChatKey{Platform: bot.Telegram, Chat: "c7"}
	ps := &pausingStore{Store: db, chat: chat, read: make(chan struct{}), release: make(chan struct{})}
	e, err := bot.NewEngine(ctx, bot.DefaultConfig(), ps, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	ps.armed.Store(true)
	filled := make(chan bot.ChatSettings)
	go func() { filled <- e.ChatSettings(ctx, chat) }()
	<-ps.read // the fill has read the settings of before the change
	r, err := e.Command(ctx, bot.Command{Platform: bot.Telegram, Chat: chat.Chat, User: "boss", IsAdmin: true, Time: t0, Name: "mode", Args: "warn"})
	if err != nil || e.ChatSettings(ctx, chat).Mode != bot.ModeWarn {
		t.Fatalf("mode warn: %q %v, mode %s", r.Text, err, e.ChatSettings(ctx, chat).Mode)
	}
	for i := range bot.MaxCachedChats + 1 {
		e.ChatSettings(ctx, bot.ChatKey{Platform: bot.Telegram, Chat: fmt.Sprint("other", i)})
	}
	close(ps.release)
	if s := <-filled; s.Mode != bot.ModeDelete {
		t.Fatalf("the fill read %s, want the mode of before the change (delete)", s.Mode)
	}
	if got := e.ChatSettings(ctx, chat).Mode; got != bot.ModeWarn {
		t.Errorf("after the fill: mode %s, want warn: settings read before the change were cached over it", got)
	}
	if stored, err := db.ChatSettings(ctx, chat); err != nil || stored.Mode != bot.ModeWarn {
		t.Errorf("stored: %+v %v", stored, err)
	}
}
