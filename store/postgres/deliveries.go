package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/immunebot/immune/bot"
)

// ClaimDelivery records the claim of the update named key and reports
// whether it is the first: one INSERT that does nothing on a conflict, so
// of two processes claiming at once exactly one sees a row inserted.
func (s *store) ClaimDelivery(ctx context.Context, p bot.Platform, key string, at time.Time) (bool, error) {
	if !p.Valid() || key == "" {
		return false, fmt.Errorf("claim delivery %q: platform and key must be set", key)
	}
	if err := checkTime("delivery time", at); err != nil {
		return false, fmt.Errorf("claim delivery %q: %w", key, err)
	}
	tag, err := s.q.Exec(ctx, `INSERT INTO deliveries (platform, key, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
		string(p), key, nanos(at))
	if err != nil {
		return false, s.fail("claim delivery "+key, err)
	}
	return tag.RowsAffected() == 1, nil
}

// PutJoin records when user joined the chat k, replacing an earlier join.
func (s *store) PutJoin(ctx context.Context, k bot.ChatKey, user string, at time.Time) error {
	if k.Platform == "" || k.Chat == "" || user == "" {
		return fmt.Errorf("put join of %q in %q: platform, chat and user must be set", user, k.String())
	}
	if err := checkTime("join time", at); err != nil {
		return fmt.Errorf("put join of %s in %s: %w", user, k, err)
	}
	err := s.deferExec(ctx, `INSERT INTO member_joins (platform, chat, user_id, at) VALUES ($1, $2, $3, $4)
		ON CONFLICT (platform, chat, user_id) DO UPDATE SET at = EXCLUDED.at`, string(k.Platform), k.Chat, user, nanos(at))
	if err != nil {
		return s.fail("put join of "+user+" in "+k.String(), err)
	}
	return nil
}

// Joined returns when user joined the chat k, or bot.ErrNotFound.
func (s *store) Joined(ctx context.Context, k bot.ChatKey, user string) (time.Time, error) {
	var at int64
	err := s.q.QueryRow(ctx, `SELECT at FROM member_joins WHERE platform = $1 AND chat = $2 AND user_id = $3`,
		string(k.Platform), k.Chat, user).Scan(&at)
	if noRows(err) {
		return time.Time{}, bot.ErrNotFound
	}
	if err != nil {
		return time.Time{}, s.fail("read join of "+user+" in "+k.String(), err)
	}
	return fromNanos(&at), nil
}
