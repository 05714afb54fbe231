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
