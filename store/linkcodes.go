package store

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// Link codes (bot.LinkCodes) are few and short-lived, and must survive a
// restart the moment they are handed out: each put and take is a write
// transaction of its own, synced, not a buffered write. They live in the
// link_codes bucket, which the first code creates. No schema version
// marks it: a build that does not know the bucket leaves it alone (the
// check at open reads any bucket, decoding those it knows), so the file
// opens in older builds of schema 12 as before, and Export and migrate
// leave codes behind (they last 15 minutes).

// bucketLinkCodes holds the link codes: code → linkCodeRecord (JSON).
var bucketLinkCodes = []byte("link_codes")

// maxLinkCodes bounds the live codes kept: past it, a new code replaces
// the one closest to expiring.
const maxLinkCodes = 4096

// linkCodeRecord is a link code as the file keeps it; its field names are
// the file format.
type linkCodeRecord struct {
	Platform string `json:"platform"`
	Chat     string `json:"chat"`
	Title    string `json:"title,omitempty"`
	User     string `json:"user"`
	FromLog  bool   `json:"from_log,omitempty"`
	Direct   bool   `json:"direct,omitempty"`
	Expires  int64  `json:"expires"` // Unix nanoseconds
}

func init() {
	recordDecoders[string(bucketLinkCodes)] = func(_, v []byte) error {
		var r linkCodeRecord
		return json.Unmarshal(v, &r)
	}
}

var _ bot.LinkCodes = (*DB)(nil)

// PutLinkCode implements bot.LinkCodes.
func (db *DB) PutLinkCode(_ context.Context, c bot.LinkCode, now time.Time) (bool, error) {
	if c.Code == "" {
		return false, fmt.Errorf("put link code: %w: no code", ErrInvalidRecord)
	}
	if err := checkKeyTime("link code expiry", c.Expires); err != nil {
		return false, fmt.Errorf("put link code: %w", err)
	}
	if err := checkKey(len(c.Code), func() string { return "link code" }); err != nil {
		return false, fmt.Errorf("put link code: %w", err)
	}
	v, err := json.Marshal(linkCodeRecord{Platform: string(c.Platform), Chat: c.Chat, Title: c.Title, User: c.User,
		FromLog: c.FromLog, Direct: c.Direct, Expires: c.Expires.UnixNano()})
	if err != nil {
		return false, fmt.Errorf("put link code: %w", err)
	}
	if err := db.usable(); err != nil {
		return false, err
	}
	put := false
	err = db.update("put link code", func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketLinkCodes)
		if err != nil {
			return err
		}
		var drop [][]byte
		var soonest []byte
		soonestAt, live := int64(0), 0
		err = b.ForEach(func(k, v []byte) error {
			var r linkCodeRecord
			switch {
			case json.Unmarshal(v, &r) != nil, !time.Unix(0, r.Expires).After(now):
				drop = append(drop, k) // expired, or unreadable
			case string(k) == c.Code:
				return errCodeLive
			case r.Platform == string(c.Platform) && r.User == c.User && r.Chat == c.Chat:
				drop = append(drop, k) // replaced by this one
			default:
				live++
				if soonest == nil || r.Expires < soonestAt {
					soonest, soonestAt = k, r.Expires
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		if live >= maxLinkCodes {
			drop = append(drop, soonest)
		}
		for _, k := range drop {
			if err := b.Delete(bytes.Clone(k)); err != nil {
				return err
			}
		}
		put = true
		return b.Put([]byte(c.Code), v)
	})
	if errors.Is(err, errCodeLive) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("put link code: %w", boltErr(err))
	}
	return put, nil
}

// errCodeLive stops PutLinkCode's transaction when the code is taken.
var errCodeLive = errors.New("link code in use")

// TakeLinkCode implements bot.LinkCodes. bbolt runs one write transaction
// at a time, and the file is one process's: of two takes of a code, the
// second finds it gone.
func (db *DB) TakeLinkCode(_ context.Context, code, user string, now time.Time) (bot.LinkCode, error) {
	if err := db.usable(); err != nil {
		return bot.LinkCode{}, err
	}
	var out bot.LinkCode
	found := false
	err := db.update("take link code", func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketLinkCodes)
		if b == nil || code == "" || len(code) > bolt.MaxKeySize {
			return nil
		}
		v := b.Get([]byte(code))
		if v == nil {
			return nil
		}
		var r linkCodeRecord
		err := json.Unmarshal(v, &r)
		live := err == nil && time.Unix(0, r.Expires).After(now)
		if !live || r.User == user {
			// unreadable or expired: forgotten all the same
			if err := b.Delete([]byte(code)); err != nil {
				return err
			}
		}
		if !live {
			return nil
		}
		found = true
		out = bot.LinkCode{Code: code, Platform: bot.Platform(r.Platform), Chat: r.Chat, Title: r.Title, User: r.User,
			FromLog: r.FromLog, Direct: r.Direct, Expires: time.Unix(0, r.Expires).UTC()}
		return nil
	})
	if err != nil {
		return bot.LinkCode{}, fmt.Errorf("take link code: %w", boltErr(err))
	}
	if !found {
		return bot.LinkCode{}, bot.ErrNotFound
	}
	return out, nil
}

// usable reports ErrClosed once the store is closed, and why it stopped
// after a failure.
func (db *DB) usable() error {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		return ErrClosed
	}
	return db.Err()
}
