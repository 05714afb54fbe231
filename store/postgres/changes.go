package postgres

import (
	"context"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/immunebot/immune/bot"
)

// changeChannel is the channel the triggers on chats and lists notify.
const changeChannel = "immune_changes"

// FollowChanges listens on its own connection for the notifications the
// triggers on the chats and lists tables send at each commit, and calls fn
// with each change. A lost connection is opened again, with backoff from
// 100 ms to 5 s; each time it listens again it calls fn with
// Change{All: true}, since changes made meanwhile were not heard.
func (db *DB) FollowChanges(ctx context.Context, fn func(bot.Change)) error {
	backoff := 100 * time.Millisecond
	for {
		err := db.listen(ctx, fn, func() { backoff = 100 * time.Millisecond })
		if ctx.Err() != nil {
			return nil
		}
		db.opts.Log.Warn("store change feed lost, reconnecting", "err", err.Error(), "in", backoff.String())
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 5*time.Second)
	}
}

// listen follows changes on one connection until it fails or ctx is done.
func (db *DB) listen(ctx context.Context, fn func(bot.Change), listening func()) error {
	conn, err := pgx.ConnectConfig(ctx, db.pool.Config().ConnConfig.Copy())
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "LISTEN "+changeChannel); err != nil {
		return err
	}
	listening()
	fn(bot.Change{All: true})
	for {
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			return err
		}
		if c, ok := parseChange(n.Payload); ok {
			fn(c)
		}
	}
}

// parseChange reads a notification's payload: "lists", or "chat" and the
// chat key.
func parseChange(p string) (bot.Change, bool) {
	if p == "lists" {
		return bot.Change{Lists: true}, true
	}
	key, ok := strings.CutPrefix(p, "chat ")
	if !ok {
		return bot.Change{}, false
	}
	platform, chat, ok := strings.Cut(key, ":")
	if !ok {
		return bot.Change{}, false
	}
	return bot.Change{Chat: bot.ChatKey{Platform: bot.Platform(platform), Chat: chat}}, true
}
