package postgres

import (
	"context"
	"fmt"

	"github.com/immunebot/immune/bot"
)

// Expansion returns the expansion stored under url, or bot.ErrNotFound.
func (s *store) Expansion(ctx context.Context, url string) (bot.Expansion, error) {
	var at int64
	var x bot.Expansion
	err := s.q.QueryRow(ctx, `SELECT url, chain, err, at FROM expansions WHERE url = $1`, url).Scan(&x.URL, &x.Chain, &x.Err, &at)
	if noRows(err) {
		return bot.Expansion{}, bot.ErrNotFound
	}
	if err != nil {
		return bot.Expansion{}, s.fail("read expansion", err)
	}
	x.Time = fromNanos(&at)
	if len(x.Chain) == 0 {
		x.Chain = nil
	}
	return x, nil
}

// PutExpansion stores x under x.URL, replacing an earlier one.
func (s *store) PutExpansion(ctx context.Context, x bot.Expansion) error {
	if x.URL == "" {
		return fmt.Errorf("put expansion: %w: no link", ErrInvalidRecord)
	}
	if err := checkTime("expansion time", x.Time); err != nil {
		return fmt.Errorf("put expansion: %w", err)
	}
	chain := x.Chain
	if chain == nil {
		chain = []string{}
	}
	_, err := s.q.Exec(ctx, `INSERT INTO expansions (url, chain, err, at) VALUES ($1, $2, $3, $4)
		ON CONFLICT (url) DO UPDATE SET chain = EXCLUDED.chain, err = EXCLUDED.err, at = EXCLUDED.at`,
		x.URL, chain, x.Err, nanos(x.Time))
	if err != nil {
		return s.fail("put expansion", err)
	}
	return nil
}
