package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// Expansions are kept in their own bucket, keyed by the link (host, path
// and query), each with the time it was followed: a cache of what the
// network said, a few thousand a day in a busy bot. The prune passes of
// Commit forget those older than Options.ExpansionRetention, a batch at a
// time (retention.go).

type expansionRec struct {
	URL   string    `json:"url"`
	Chain []string  `json:"chain,omitempty"`
	Err   string    `json:"err,omitempty"`
	Time  time.Time `json:"time"`
}

// Expansion returns the expansion stored under url, buffered or in the
// file, or bot.ErrNotFound.
func (db *DB) Expansion(_ context.Context, url string) (bot.Expansion, error) {
	db.mu.Lock()
	ls := db.layers()
	for i := len(ls) - 1; i >= 0; i-- {
		if x, ok := ls[i].expansions[url]; ok {
			db.mu.Unlock()
			if x == nil {
				return bot.Expansion{}, bot.ErrNotFound
			}
			return cloneExpansion(x), nil
		}
	}
	closed := db.closed
	db.mu.Unlock()
	if closed {
		return bot.Expansion{}, fmt.Errorf("expansion: %w", ErrClosed)
	}
	if len(url) == 0 || len(url) > bolt.MaxKeySize {
		return bot.Expansion{}, bot.ErrNotFound
	}
	var x bot.Expansion
	err := db.bolt.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketExpansions).Get([]byte(url))
		if v == nil {
			return bot.ErrNotFound
		}
		var r expansionRec
		if err := json.Unmarshal(v, &r); err != nil {
			return fmt.Errorf("expansion %s: %w", trunc(url), err)
		}
		x = bot.Expansion{URL: r.URL, Chain: r.Chain, Err: r.Err, Time: utc(r.Time)}
		return nil
	})
	if errors.Is(err, bot.ErrNotFound) {
		return bot.Expansion{}, bot.ErrNotFound
	}
	if err != nil {
		return bot.Expansion{}, fmt.Errorf("expansion: %w", boltErr(err))
	}
	return x, nil
}

// PutExpansion buffers x for the next Commit, replacing the expansion of
// the same link.
func (db *DB) PutExpansion(_ context.Context, x bot.Expansion) error {
	if x.URL == "" {
		return fmt.Errorf("put expansion: %w: no link", ErrInvalidRecord)
	}
	if err := errors.Join(checkKey(len(x.URL), func() string { return "link " + trunc(x.URL) }), checkTime("expansion time", x.Time)); err != nil {
		return fmt.Errorf("put expansion: %w", err)
	}
	c := cloneExpansion(&x)
	if err := db.write(func(top *layer) { top.expansions[x.URL] = &c }); err != nil {
		return fmt.Errorf("put expansion: %w", err)
	}
	return nil
}

func cloneExpansion(x *bot.Expansion) bot.Expansion {
	c := *x
	c.Chain = slices.Clone(x.Chain)
	c.Time = utc(c.Time)
	return c
}

// writeExpansions writes the layer's expansions and forgets those pruned.
func (l *layer) writeExpansions(tx *bolt.Tx) error {
	b := tx.Bucket(bucketExpansions)
	for url, x := range l.expansions {
		var err error
		if x == nil {
			err = b.Delete([]byte(url))
		} else {
			var v []byte
			if v, err = json.Marshal(expansionRec{URL: x.URL, Chain: x.Chain, Err: x.Err, Time: x.Time}); err == nil {
				err = b.Put([]byte(url), v)
			}
		}
		if err != nil {
			return badRecord(err, func() { delete(l.expansions, url) }, "expansion %s", trunc(url))
		}
	}
	return nil
}
