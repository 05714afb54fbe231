package store

import (
	"context"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// ChatSettings returns the settings of k, or bot.ErrNotFound (unwrapped).
// Like offender records, settings and their absence are cached.
func (db *DB) ChatSettings(_ context.Context, k bot.ChatKey) (bot.ChatSettings, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		return bot.ChatSettings{}, fmt.Errorf("chat settings %s: %w", k, ErrClosed)
	}
	s, ok := db.top.chats[k]
	if !ok && db.flushing != nil {
		s, ok = db.flushing.chats[k]
	}
	if !ok {
		s, ok = db.chats.get(k)
	}
	if !ok {
		if _, known := db.chatKeys[k]; !known {
			return bot.ChatSettings{}, bot.ErrNotFound // none in the file
		}
		err := db.view("reading chat settings", func(tx *bolt.Tx) error {
			v := tx.Bucket(bucketChats).Get([]byte(k.String()))
			if v == nil {
				return nil
			}
			var err error
			s, err = decodeChat(v)
			return err
		})
		if err != nil {
			return bot.ChatSettings{}, fmt.Errorf("read chat settings %s: %w", k, boltErr(err))
		}
		db.chats.put(k, s)
	}
	if s == nil {
		return bot.ChatSettings{}, bot.ErrNotFound
	}
	return *s, nil
}

// PutChatSettings stores s under s.Chat, replacing earlier settings.
func (db *DB) PutChatSettings(_ context.Context, s bot.ChatSettings) error {
	if s.Chat.Platform == "" || s.Chat.Chat == "" {
		return fmt.Errorf("put chat settings: chat %q: platform and chat must be set", s.Chat.String())
	}
	if err := checkChat(s.Chat); err != nil {
		return fmt.Errorf("put chat settings: %w", err)
	}
	if err := db.write(func(top *layer) { top.chats[s.Chat] = &s }); err != nil {
		return fmt.Errorf("put chat settings %s: %w", s.Chat, err)
	}
	return nil
}

// loadChatKeys reads which chats the file has settings of.
func loadChatKeys(tx *bolt.Tx) (map[bot.ChatKey]struct{}, error) {
	m := make(map[bot.ChatKey]struct{})
	err := tx.Bucket(bucketChats).ForEach(func(k, _ []byte) error {
		p, c, ok := strings.Cut(string(k), ":")
		if !ok || !bot.Platform(p).Valid() {
			return fmt.Errorf("%w: chats key %q is no platform:chat", ErrCorrupt, k)
		}
		m[bot.ChatKey{Platform: bot.Platform(p), Chat: c}] = struct{}{}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load chats: %w", err)
	}
	return m, nil
}
