package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/immunebot/immune/bot"
)

// ClaimDelivery claims the update named key and reports what it found: one
// INSERT that, on a conflict, takes over only a claim not done and older
// than bot.DeliveryLease, so of two processes claiming at once exactly one
// sees a row written. The others read what they found: done, or held.
func (s *store) ClaimDelivery(ctx context.Context, p bot.Platform, key string, at time.Time) (bot.Claim, error) {
	if !p.Valid() || key == "" {
		return bot.ClaimHeld, fmt.Errorf("claim delivery %q: platform and key must be set", key)
	}
	if err := checkTime("delivery time", at); err != nil {
		return bot.ClaimHeld, fmt.Errorf("claim delivery %q: %w", key, err)
	}
	// The statement's snapshot is from before the INSERT: the SELECT
	// sees the claim there was, if this one did not replace it. A claim
	// committed by another process meanwhile is not in the snapshot
	// (done is then NULL): it is held.
	var claimed bool
	var done *bool
	err := s.q.QueryRow(ctx, `WITH claim AS (
		INSERT INTO deliveries (platform, key, at, done) VALUES ($1, $2, $3, false)
		ON CONFLICT (platform, key) DO UPDATE SET at = EXCLUDED.at
			WHERE NOT deliveries.done AND deliveries.at <= $4
		RETURNING 1)
		SELECT EXISTS (SELECT 1 FROM claim), (SELECT done FROM deliveries WHERE platform = $1 AND key = $2)`,
		string(p), key, nanos(at), nanos(at.Add(-bot.DeliveryLease))).Scan(&claimed, &done)
	if err != nil {
		return bot.ClaimHeld, s.fail("claim delivery "+key, err)
	}
	switch {
	case claimed:
		return bot.Claimed, nil
	case done != nil && *done:
		return bot.ClaimDone, nil
	}
	return bot.ClaimHeld, nil
}

// DeliveryDone marks the update named key handled.
func (s *store) DeliveryDone(ctx context.Context, p bot.Platform, key string) error {
	if _, err := s.q.Exec(ctx, `UPDATE deliveries SET done = true WHERE platform = $1 AND key = $2`, string(p), key); err != nil {
		return s.fail("mark delivery "+key+" done", err)
	}
	return nil
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
