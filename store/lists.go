package store

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// The lists are small (admins edit them by hand) and read often, so the
// store keeps every committed entry in memory, loaded at Open.

func loadLists(b *bolt.DB) (map[listKey]*bot.ListEntry, error) {
	m := make(map[listKey]*bot.ListEntry)
	err := b.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketLists).ForEach(func(k, v []byte) error {
			e, err := decodeListEntry(v)
			if err != nil {
				return fmt.Errorf("list entry %q: %w", k, err)
			}
			m[listKey{scope: e.Scope, kind: e.Kind, value: e.Value}] = &e
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("load lists: %w", err)
	}
	return m, nil
}

// ListEntries returns every entry of every scope, ordered by scope, kind and
// value.
func (db *DB) ListEntries(_ context.Context) ([]bot.ListEntry, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		return nil, fmt.Errorf("list entries: %w", ErrClosed)
	}
	merged := make(map[listKey]*bot.ListEntry, len(db.lists))
	for k, e := range db.lists {
		merged[k] = e
	}
	for _, l := range db.layers() {
		for k, e := range l.lists {
			merged[k] = e
		}
	}
	out := make([]bot.ListEntry, 0, len(merged))
	for _, e := range merged {
		if e != nil {
			out = append(out, *e)
		}
	}
	slices.SortFunc(out, func(a, b bot.ListEntry) int {
		return cmp.Or(cmp.Compare(a.Scope, b.Scope), cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Value, b.Value))
	})
	return out, nil
}

// PutListEntry adds e, replacing an entry with the same scope, kind and value.
func (db *DB) PutListEntry(_ context.Context, e bot.ListEntry) error {
	if e.Kind != bot.AllowList && e.Kind != bot.BlockList {
		return fmt.Errorf("put list entry %q: unknown kind %q (want allow or block)", e.Value, e.Kind)
	}
	if e.Value == "" {
		return fmt.Errorf("put list entry: empty value")
	}
	if err := checkListEntry(&e); err != nil {
		return fmt.Errorf("put list entry: %w", err)
	}
	c := cloneListEntry(&e)
	k := listKey{scope: e.Scope, kind: e.Kind, value: e.Value}
	if err := db.write(func(top *layer) { top.lists[k] = c }); err != nil {
		return fmt.Errorf("put list entry %q: %w", e.Value, err)
	}
	return nil
}

// DeleteListEntry removes an entry; it reports whether there was one.
func (db *DB) DeleteListEntry(_ context.Context, scope string, kind bot.ListKind, value string) (bool, error) {
	k := listKey{scope: scope, kind: kind, value: value}
	var existed bool
	err := db.write(func(top *layer) {
		e, ok := top.lists[k]
		if !ok && db.flushing != nil {
			e, ok = db.flushing.lists[k]
		}
		if !ok {
			e = db.lists[k]
		}
		existed = e != nil
		top.lists[k] = nil
	})
	if err != nil {
		return false, fmt.Errorf("delete list entry %q: %w", value, err)
	}
	return existed, nil
}
