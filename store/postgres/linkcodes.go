package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/immunebot/immune/bot"
)

// maxLinkCodes bounds the live link codes kept: past it, the ones closest
// to expiring go first.
const maxLinkCodes = 4096

var _ bot.LinkCodes = (*DB)(nil)

// PutLinkCode implements bot.LinkCodes: the expired codes and the code
// the same user asked for in the same chat go, and the new one is
// inserted unless its code is taken.
func (s *store) PutLinkCode(ctx context.Context, c bot.LinkCode, now time.Time) (bool, error) {
	if c.Code == "" {
		return false, fmt.Errorf("put link code: %w: no code", ErrInvalidRecord)
	}
	if err := checkTime("link code expiry", c.Expires); err != nil {
		return false, fmt.Errorf("put link code: %w", err)
	}
	// one statement: its deletes and its insert commit together (the
	// insert does not see the rows the deletes take, so an expired row
	// holding the same code still counts as taken: the caller draws again)
	tag, err := s.q.Exec(ctx, `WITH gone AS (DELETE FROM link_codes WHERE expires <= $9
			OR (platform = $2 AND user_id = $5 AND chat = $3 AND code <> $1))
		INSERT INTO link_codes (code, platform, chat, title, user_id, from_log, direct, expires)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (code) DO NOTHING`,
		c.Code, string(c.Platform), c.Chat, c.Title, c.User, c.FromLog, c.Direct, nanos(c.Expires), nanos(now))
	put := err == nil && tag.RowsAffected() == 1
	if put {
		_, err = s.q.Exec(ctx, `DELETE FROM link_codes WHERE code IN
			(SELECT code FROM link_codes ORDER BY expires DESC, code OFFSET $1)`, maxLinkCodes)
	}
	if err != nil {
		return false, s.fail("put link code", err)
	}
	return put, nil
}

// TakeLinkCode implements bot.LinkCodes: one DELETE … RETURNING, so of
// two processes taking a code at once the second finds no row. A live
// code of another user's is read and kept; an expired one goes.
func (s *store) TakeLinkCode(ctx context.Context, code, user string, now time.Time) (bot.LinkCode, error) {
	c := bot.LinkCode{Code: code}
	var platform string
	var expires int64
	err := s.q.QueryRow(ctx, `DELETE FROM link_codes WHERE code = $1 AND (user_id = $2 OR expires <= $3)
		RETURNING platform, chat, title, user_id, from_log, direct, expires`, code, user, nanos(now)).
		Scan(&platform, &c.Chat, &c.Title, &c.User, &c.FromLog, &c.Direct, &expires)
	if noRows(err) {
		err = s.q.QueryRow(ctx, `SELECT platform, chat, title, user_id, from_log, direct, expires FROM link_codes
			WHERE code = $1 AND user_id <> $2 AND expires > $3`, code, user, nanos(now)).
			Scan(&platform, &c.Chat, &c.Title, &c.User, &c.FromLog, &c.Direct, &expires)
	}
	if noRows(err) {
		return bot.LinkCode{}, bot.ErrNotFound
	}
	if err != nil {
		return bot.LinkCode{}, s.fail("take link code", err)
	}
	c.Platform, c.Expires = bot.Platform(platform), fromNanos(&expires)
	if !c.Expires.After(now) {
		return bot.LinkCode{}, bot.ErrNotFound
	}
	return c, nil
}
