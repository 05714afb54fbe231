package store

import (
	"context"
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// AppendAudit adds e to the log. An entry with a zero Time is stamped with
// Options.Now. Entries are kept in time order, entries of the same instant in
// the order they were appended.
//
// The entry is buffered as it is written to the file (appendAudit), in a
// buffer the layer keeps from one Commit to the next: nothing of it is
// allocated, and a read before the Commit decodes it as one after does.
func (db *DB) AppendAudit(_ context.Context, e bot.AuditEntry) error {
	if e.Time.IsZero() {
		e.Time = utc(db.opts.Now())
	}
	if err := checkAudit(&e); err != nil {
		return fmt.Errorf("append audit: %w", err)
	}
	if err := db.write(func(top *layer) { top.appendAudit(&e) }); err != nil {
		return fmt.Errorf("append audit: %w", err)
	}
	return nil
}

// bufferedAudit is an audit entry in a layer: its time bits and where its
// encoded form is in the layer's auditBytes.
type bufferedAudit struct {
	bits       uint64
	start, end int
}

// appendAudit buffers e, which checkAudit passed (one it refuses, which
// only a bug past the check hands in, is not buffered).
func (l *layer) appendAudit(e *bot.AuditEntry) {
	if cap(l.auditBytes)-len(l.auditBytes) < 1024 {
		// doubled: grown by append, a large buffer would grow by a
		// quarter at a time, allocating several times what it holds
		l.auditBytes = slices.Grow(l.auditBytes, cap(l.auditBytes)+4096)
	}
	start := len(l.auditBytes)
	b, err := appendAudit(l.auditBytes, e)
	if err != nil {
		return
	}
	l.auditBytes = b
	l.audit = append(l.audit, bufferedAudit{bits: timeBits(e.Time), start: start, end: len(l.auditBytes)})
}

// auditValue returns the encoded form of a buffered entry.
func (l *layer) auditValue(a bufferedAudit) []byte { return l.auditBytes[a.start:a.end:a.end] }

// RecentAudit returns up to limit entries, newest first; a limit of zero or
// less returns them all.
func (db *DB) RecentAudit(ctx context.Context, limit int) ([]bot.AuditEntry, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		return nil, fmt.Errorf("recent audit: %w", ErrClosed)
	}
	layers := db.layers()
	var floor uint64
	for _, l := range layers {
		floor = max(floor, l.auditPrune)
	}
	// Collect oldest first, in the order entries were appended: the file's
	// newest limit entries (reversed), then each layer's, each filtered by
	// the watermarks of the layers above it.
	var out []bot.AuditEntry
	err := db.view("reading the audit log", func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketAudit).Cursor()
		for k, v := c.Last(); k != nil && keyTime(k) >= floor && (limit <= 0 || len(out) < limit); k, v = c.Prev() {
			e, err := decodeAudit(v)
			if err != nil {
				return fmt.Errorf("audit entry %x: %w", k, err)
			}
			out = append(out, e)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("recent audit: %w", boltErr(err))
	}
	slices.Reverse(out)
	for i, l := range layers {
		var above uint64
		for _, u := range layers[i+1:] {
			above = max(above, u.auditPrune)
		}
		for _, a := range l.audit {
			if a.bits >= above {
				e, err := decodeAudit(l.auditValue(a))
				if err != nil {
					return nil, fmt.Errorf("recent audit: buffered entry: %w", err)
				}
				out = append(out, e)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b bot.AuditEntry) int { return a.Time.Compare(b.Time) })
	slices.Reverse(out)
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// PruneAudit forgets the entries before t.
func (db *DB) PruneAudit(_ context.Context, before time.Time) error {
	if err := db.write(func(top *layer) { top.pruneAudit(timeBits(before)) }); err != nil {
		return fmt.Errorf("prune audit: %w", err)
	}
	return nil
}
