package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// Cases are kept in three buckets: cases (id → record; ids sort in time
// order, so old ones prune from the start), case_scopes (scope NUL id →
// empty: a scope's cases, newest last) and case_refs (platform NUL chat NUL
// message → id: the case about a message, or about the bot's notice or
// admin note).

// refKey is the key of a message in case_refs.
func refKey(r bot.MessageRef) []byte {
	b := make([]byte, 0, len(r.Platform)+len(r.Chat)+len(r.ID)+2)
	b = append(b, r.Platform...)
	b = append(b, 0)
	b = append(b, r.Chat...)
	b = append(b, 0)
	return append(b, r.ID...)
}

// scopeKey is the key of a case in case_scopes.
func scopeKey(scope bot.ChatKey, id string) []byte {
	return append(append([]byte(scope.String()), 0), id...)
}

// PutCase buffers c for the next Commit, replacing a case with the same ID.
func (db *DB) PutCase(_ context.Context, c bot.Case) error {
	if !bot.ValidCaseID(c.ID) || c.Scope.Chat == "" {
		return fmt.Errorf("put case %q: want an id from bot.NewCaseID and a scope", c.ID)
	}
	if err := checkCase(&c); err != nil {
		return fmt.Errorf("put case %s: %w", c.ID, err)
	}
	cc := cloneCase(&c)
	if err := db.write(func(top *layer) { top.putCase(cc, append([]bot.MessageRef{cc.Message}, cc.Refs...)) }); err != nil {
		return fmt.Errorf("put case %s: %w", c.ID, err)
	}
	return nil
}

// checkCase refuses a case the file cannot hold. It allocates nothing when
// the case is fine: it runs on every write and every encoding.
func checkCase(c *bot.Case) error {
	if err := checkTime("case time", c.Time); err != nil {
		return err
	}
	if err := checkTime("case time", c.RestrictUntil); err != nil {
		return err
	}
	for _, p := range c.Presses {
		if err := checkTime("press time", p.Time); err != nil {
			return err
		}
	}
	if err := checkFloat("case score", c.Score); err != nil {
		return err
	}
	for _, r := range c.Reasons {
		if err := checkFloat("reason weight", r.Weight); err != nil {
			return err
		}
	}
	refLen := func(r bot.MessageRef) int { return len(r.Platform) + len(r.Chat) + len(r.ID) + 2 }
	if err := checkKey(refLen(c.Message), func() string { return "message " + trunc(c.Message.ID) }); err != nil {
		return err
	}
	for _, r := range c.Refs {
		if err := checkKey(refLen(r), func() string { return "message " + trunc(r.ID) }); err != nil {
			return err
		}
	}
	return checkKey(len(c.Scope.Platform)+1+len(c.Scope.Chat)+1+len(c.ID), func() string { return "scope " + trunc(c.Scope.String()) })
}

// putCase buffers a case and points refs at it: a new case's message and
// refs, a ref just added; a press points none, so that a message judged
// again (an edit, a newer case) stays with its newest case.
func (l *layer) putCase(c *bot.Case, refs []bot.MessageRef) {
	l.cases[c.ID] = c
	for _, r := range refs {
		l.caseRefs[r] = c.ID
	}
}

// Case returns the case with the id, or bot.ErrNotFound.
func (db *DB) Case(_ context.Context, id string) (bot.Case, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	c, err := db.caseLocked(id)
	if err != nil {
		return bot.Case{}, err
	}
	return *cloneCase(c), nil
}

// caseLocked reads a case, buffered or in the file; the caller holds db.mu.
// The result is the store's own: copy it before handing it out.
func (db *DB) caseLocked(id string) (*bot.Case, error) {
	if db.closed {
		return nil, fmt.Errorf("case %s: %w", id, ErrClosed)
	}
	if id < db.casePruned() {
		return nil, bot.ErrNotFound
	}
	for _, l := range slices.Backward(db.layers()) {
		if c, ok := l.cases[id]; ok {
			return c, nil
		}
	}
	var c *bot.Case
	err := db.bolt.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketCases).Get([]byte(id))
		if v == nil {
			return nil
		}
		var err error
		c, err = decodeCase(v)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read case %s: %w", id, boltErr(err))
	}
	if c == nil {
		return nil, bot.ErrNotFound
	}
	return c, nil
}

// casePruned is the highest prune floor of the buffered layers: cases
// below it are gone, or about to be. The caller holds db.mu.
func (db *DB) casePruned() string {
	floor := ""
	for _, l := range db.layers() {
		floor = max(floor, l.casePrune)
	}
	return floor
}

// CaseFor returns the newest case about ref, or about the bot's message
// ref, or bot.ErrNotFound.
func (db *DB) CaseFor(_ context.Context, ref bot.MessageRef) (bot.Case, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		return bot.Case{}, fmt.Errorf("case for %s: %w", ref.ID, ErrClosed)
	}
	id := ""
	for _, l := range slices.Backward(db.layers()) {
		if x, ok := l.caseRefs[ref]; ok {
			id = x
			break
		}
	}
	if id == "" {
		err := db.bolt.View(func(tx *bolt.Tx) error {
			id = string(tx.Bucket(bucketCaseRefs).Get(refKey(ref)))
			return nil
		})
		if err != nil {
			return bot.Case{}, fmt.Errorf("case for %s: %w", ref.ID, boltErr(err))
		}
	}
	if id == "" {
		return bot.Case{}, bot.ErrNotFound
	}
	c, err := db.caseLocked(id)
	if err != nil {
		return bot.Case{}, err
	}
	return *cloneCase(c), nil
}

// RecentCases returns up to limit cases of the scope (all for limit <= 0),
// newest first: of those whose ids sort below before (all when before is
// empty), the newest skip are left out. Only the ids it walks past are
// read from the index; a case is decoded only when it is returned.
func (db *DB) RecentCases(_ context.Context, scope bot.ChatKey, before string, skip, limit int) ([]bot.Case, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		return nil, fmt.Errorf("recent cases: %w", ErrClosed)
	}
	skip = max(skip, 0)
	pending := db.pendingCases(scope, before)
	ids := make([]string, 0, len(pending)+max(limit, 0))
	for id := range pending {
		ids = append(ids, id)
	}
	var out []bot.Case
	err := db.bolt.View(func(tx *bolt.Tx) error {
		// the newest skip+limit of the file's, with the pending ones,
		// hold the newest skip+limit of all; with none pending, the
		// file's skipped ones are only walked past
		n, direct := 0, len(pending) == 0
		db.walkCases(tx, scope, before, func(id []byte) bool {
			if limit > 0 && n >= skip+limit {
				return false
			}
			n++
			if direct && n > skip || !direct && pending[string(id)] == nil {
				ids = append(ids, string(id))
			}
			return true
		})
		if !direct {
			slices.SortFunc(ids, func(a, b string) int { return strings.Compare(b, a) })
			ids = ids[min(skip, len(ids)):]
		}
		if limit > 0 && len(ids) > limit {
			ids = ids[:limit]
		}
		cases := tx.Bucket(bucketCases)
		for _, id := range ids {
			if c := pending[id]; c != nil {
				out = append(out, *cloneCase(c))
				continue
			}
			v := cases.Get([]byte(id))
			if v == nil {
				continue
			}
			cs, err := decodeCase(v)
			if err != nil {
				return fmt.Errorf("case %s: %w", id, err)
			}
			out = append(out, *cs)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("recent cases: %w", boltErr(err))
	}
	return out, nil
}

// CountCases returns how many cases of the scope are on record (those
// whose ids sort below before, when it is not empty), counting no further
// than limit (all for limit <= 0): it walks the scope's index keys, newest
// first, without reading the cases, and stops at limit, so that a chat's
// long history does not hold the store's lock, which every write waits
// for, for the length of a walk through all of it.
func (db *DB) CountCases(_ context.Context, scope bot.ChatKey, before string, limit int) (int, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		return 0, fmt.Errorf("count cases: %w", ErrClosed)
	}
	pending := db.pendingCases(scope, before)
	n := len(pending)
	err := db.bolt.View(func(tx *bolt.Tx) error {
		db.walkCases(tx, scope, before, func(id []byte) bool {
			if limit > 0 && n >= limit {
				return false
			}
			if pending[string(id)] == nil {
				n++
			}
			return true
		})
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("count cases: %w", boltErr(err))
	}
	if limit > 0 {
		n = min(n, limit)
	}
	return n, nil
}

// pendingCases are the cases of the scope not yet committed (or changed
// since), above the prune floor and, when before is not empty, with ids
// below it. The caller holds db.mu.
func (db *DB) pendingCases(scope bot.ChatKey, before string) map[string]*bot.Case {
	floor := db.casePruned()
	pending := map[string]*bot.Case{}
	for _, l := range db.layers() {
		for id, c := range l.cases {
			if c.Scope == scope && id >= floor && (before == "" || id < before) {
				pending[id] = c
			}
		}
	}
	return pending
}

// walkCases calls f with the ids of the scope's cases in the file, newest
// first, from the newest below before (the newest of all when before is
// empty) down to the prune floor, until f returns false. An id is valid
// only during its call. The caller holds db.mu.
func (db *DB) walkCases(tx *bolt.Tx, scope bot.ChatKey, before string, f func(id []byte) bool) {
	floor := db.casePruned()
	prefix := scopeKey(scope, "")
	c := tx.Bucket(bucketCaseScopes).Cursor()
	// the scope's keys, newest last: seek to before (or past them all)
	// and walk back
	seek := append(bytes.Clone(prefix), 0xff)
	if before != "" {
		seek = append(bytes.Clone(prefix), before...)
	}
	k, _ := c.Seek(seek)
	if k == nil {
		k, _ = c.Last()
	} else {
		k, _ = c.Prev()
	}
	for ; k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Prev() {
		id := k[len(prefix):]
		if string(id) < floor {
			return
		}
		if before != "" && string(id) >= before {
			continue
		}
		if !f(id) {
			return
		}
	}
}

// AddCaseRef adds ref to the case's Refs.
func (db *DB) AddCaseRef(_ context.Context, id string, ref bot.MessageRef) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	if err := checkKey(len(refKey(ref)), func() string { return "message " + trunc(ref.ID) }); err != nil {
		return fmt.Errorf("add case ref: %w", err)
	}
	c, err := db.caseLocked(id)
	if err != nil {
		return fmt.Errorf("add case ref: %w", err)
	}
	if slices.Contains(c.Refs, ref) {
		return nil
	}
	cc := cloneCase(c)
	cc.Refs = append(cc.Refs, ref)
	db.top.putCase(cc, []bot.MessageRef{ref})
	db.writeSeq++
	return nil
}

// PressCase records p unless a press of the same action is recorded.
func (db *DB) PressCase(_ context.Context, id string, p bot.Press) (bot.Case, bool, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	if err := checkTime("press time", p.Time); err != nil {
		return bot.Case{}, false, fmt.Errorf("press case: %w", err)
	}
	c, err := db.caseLocked(id)
	if err != nil {
		return bot.Case{}, false, fmt.Errorf("press case: %w", err)
	}
	if _, done := c.Pressed(p.Action); done {
		return *cloneCase(c), false, nil
	}
	cc := cloneCase(c)
	p.Time = utc(p.Time)
	cc.Presses = append(cc.Presses, p)
	db.top.putCase(cc, nil)
	db.writeSeq++
	return *cloneCase(cc), true, nil
}

// pruneCases forgets the layer's cases below the floor id and records it
// as the watermark for the layers below.
func (l *layer) pruneCases(floor string) {
	if floor <= l.casePrune {
		return
	}
	l.casePrune = floor
	for id := range l.cases {
		if id < floor {
			delete(l.cases, id)
		}
	}
	for ref, id := range l.caseRefs {
		if id < floor {
			delete(l.caseRefs, ref)
		}
	}
}

// writeCases puts the layer's cases into the file: the prune first, then
// the cases with their index entries.
func (l *layer) writeCases(tx *bolt.Tx) error {
	cases, scopes, refs := tx.Bucket(bucketCases), tx.Bucket(bucketCaseScopes), tx.Bucket(bucketCaseRefs)
	cases.FillPercent = appendFill // ids begin with the time
	if l.casePrune != "" {
		var old [][]byte
		c := cases.Cursor()
		for k, v := c.First(); k != nil && string(k) < l.casePrune; k, v = c.Next() {
			old = append(old, bytes.Clone(k))
			cs, err := decodeCase(v)
			if err != nil {
				continue // its index entries stay; lookups skip what has no case
			}
			if err := scopes.Delete(scopeKey(cs.Scope, cs.ID)); err != nil {
				return fmt.Errorf("prune cases: %w", err)
			}
			for _, r := range append([]bot.MessageRef{cs.Message}, cs.Refs...) {
				if rk := refKey(r); string(refs.Get(rk)) == cs.ID {
					if err := refs.Delete(rk); err != nil {
						return fmt.Errorf("prune cases: %w", err)
					}
				}
			}
		}
		for _, k := range old {
			if err := cases.Delete(k); err != nil {
				return fmt.Errorf("prune cases: %w", err)
			}
		}
	}
	for _, w := range inKeyOrder(l.cases, func(id string, _ *bot.Case) []byte { return []byte(id) }) {
		id, c := w.k, w.v
		v, err := encodeCase(c)
		if err == nil {
			err = cases.Put(w.key, v)
		}
		if err == nil {
			err = scopes.Put(scopeKey(c.Scope, id), empty)
		}
		if err != nil {
			return fmt.Errorf("case %s: %w", id, err)
		}
	}
	for _, w := range inKeyOrder(l.caseRefs, func(r bot.MessageRef, _ string) []byte { return refKey(r) }) {
		r, id := w.k, w.v
		if err := refs.Put(w.key, []byte(id)); err != nil {
			return fmt.Errorf("case ref %s: %w", r.ID, err)
		}
	}
	return nil
}

// oldCases reports whether the file holds cases below the floor.
func oldCases(tx *bolt.Tx, floor string) bool {
	k, _ := tx.Bucket(bucketCases).Cursor().First()
	return k != nil && string(k) < floor
}

type pressRec struct {
	Action string     `json:"action"`
	By     accountRec `json:"by"`
	ByName string     `json:"by_name,omitempty"`
	Time   time.Time  `json:"time"`
}

type caseRec struct {
	ID            string       `json:"id"`
	Time          time.Time    `json:"time"`
	Scope         accountRec   `json:"scope"` // platform and chat
	Message       messageRec   `json:"message"`
	ChatTitle     string       `json:"chat_title,omitempty"`
	Account       accountRec   `json:"account"`
	UserName      string       `json:"user_name,omitempty"`
	Excerpt       string       `json:"excerpt,omitempty"`
	Level         int          `json:"level"`
	Score         float64      `json:"score,omitempty"`
	Reasons       []reasonRec  `json:"reasons,omitempty"`
	Actions       []string     `json:"actions,omitempty"`
	Domains       []string     `json:"domains,omitempty"`
	RestrictUntil time.Time    `json:"restrict_until,omitzero"`
	Refs          []messageRec `json:"refs,omitempty"`
	Presses       []pressRec   `json:"presses,omitempty"`
	Note          string       `json:"note,omitempty"`
}

// encodeCase writes a case in the binary form.
func encodeCase(c *bot.Case) ([]byte, error) {
	if err := checkCase(c); err != nil {
		return nil, err
	}
	n := 96 + len(c.ID) + len(c.Scope.Chat) + len(c.Message.Chat) + len(c.Message.ID) + len(c.ChatTitle) + len(c.Account.User) +
		len(c.UserName) + len(c.Excerpt) + len(c.Note)
	for i := range c.Reasons {
		x := &c.Reasons[i]
		n += 16 + len(x.Code) + len(x.Detail) + len(x.Subject) + len(x.Imitates) + len(x.File) + len(x.Decoy)
	}
	for _, d := range c.Domains {
		n += 1 + len(d)
	}
	b := make([]byte, 0, n)
	b = append(b, binaryFormat)
	b = appendString(b, c.ID)
	b = appendTimeField(b, c.Time)
	b = appendString(b, string(c.Scope.Platform))
	b = appendString(b, c.Scope.Chat)
	b = appendMessage(b, c.Message)
	b = appendString(b, c.ChatTitle)
	b = appendString(b, string(c.Account.Platform))
	b = appendString(b, c.Account.User)
	b = appendString(b, c.UserName)
	b = appendString(b, c.Excerpt)
	b = binary.AppendVarint(b, int64(c.Level))
	b = appendFloat(b, c.Score)
	b = appendReasons(b, c.Reasons)
	b = appendActions(b, c.Actions)
	b = appendStrings(b, c.Domains)
	b = appendTimeField(b, c.RestrictUntil)
	b = binary.AppendUvarint(b, uint64(len(c.Refs)))
	for _, r := range c.Refs {
		b = appendMessage(b, r)
	}
	b = binary.AppendUvarint(b, uint64(len(c.Presses)))
	for _, p := range c.Presses {
		b = appendString(b, string(p.Action))
		b = appendString(b, string(p.By.Platform))
		b = appendString(b, p.By.User)
		b = appendString(b, p.ByName)
		b = appendTimeField(b, p.Time)
	}
	b = appendString(b, c.Note)
	return appendExplanations(b, c.Reasons), nil
}

// appendExplanations appends, after the rest of a record, the explanation
// of each reason (bot.Reason.Explanation), so that /why puts a case's
// reasons in the reader's language. A record without them (none of its
// reasons has one, or written by an earlier version) ends before them.
func appendExplanations(b []byte, rs []bot.Reason) []byte {
	has := false
	for i := range rs {
		if key, _ := rs[i].Explanation(); key != "" {
			has = true
			break
		}
	}
	if !has {
		return b
	}
	b = binary.AppendUvarint(b, uint64(len(rs)))
	for i := range rs {
		key, args := rs[i].Explanation()
		b = appendString(b, key)
		b = appendStrings(b, args)
	}
	return b
}

// explanations reads what appendExplanations wrote, if the record has it,
// into rs.
func (r *reader) explanations(rs []bot.Reason) {
	if r.err != nil || len(r.b) == 0 {
		return
	}
	if n := r.count(); n != len(rs) {
		r.fail()
		return
	}
	for i := range rs {
		key, args := r.string(), r.strings()
		if r.err == nil {
			rs[i].SetExplanation(key, args)
		}
	}
}

func decodeCase(b []byte) (*bot.Case, error) {
	if r, ok := binaryRecord(b); ok {
		c := &bot.Case{ID: r.string(), Time: r.time(), Scope: bot.ChatKey{Platform: bot.Platform(r.string()), Chat: r.string()},
			Message: r.message(), ChatTitle: r.string(), Account: bot.AccountKey{Platform: bot.Platform(r.string()), User: r.string()},
			UserName: r.string(), Excerpt: r.string(), Level: bot.Level(r.varint()), Score: r.float()}
		c.Reasons = r.reasons()
		c.Actions = r.actions()
		c.Domains = r.strings()
		c.RestrictUntil = r.time()
		if n := r.count(); n > 0 {
			c.Refs = make([]bot.MessageRef, n)
			for i := range c.Refs {
				c.Refs[i] = r.message()
			}
		}
		if n := r.count(); n > 0 {
			c.Presses = make([]bot.Press, n)
			for i := range c.Presses {
				c.Presses[i] = bot.Press{Action: bot.ButtonAction(r.string()), By: bot.AccountKey{Platform: bot.Platform(r.string()), User: r.string()},
					ByName: r.string(), Time: r.time()}
			}
		}
		c.Note = r.string()
		r.explanations(c.Reasons)
		if err := r.done(); err != nil {
			return nil, fmt.Errorf("case: %w", err)
		}
		if c.ID == "" {
			return nil, errors.New("case without an id")
		}
		return c, nil
	}
	var r caseRec
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, err
	}
	if r.ID == "" {
		return nil, errors.New("case without an id")
	}
	c := &bot.Case{
		ID: r.ID, Time: utc(r.Time), Scope: bot.ChatKey{Platform: bot.Platform(r.Scope.Platform), Chat: r.Scope.User},
		Message: r.Message.ref(), ChatTitle: r.ChatTitle, Account: r.Account.key(), UserName: r.UserName,
		Excerpt: r.Excerpt, Level: bot.Level(r.Level), Score: r.Score, Domains: r.Domains,
		RestrictUntil: utc(r.RestrictUntil), Note: r.Note,
	}
	for _, x := range r.Reasons {
		c.Reasons = append(c.Reasons, x.reason())
	}
	for _, a := range r.Actions {
		c.Actions = append(c.Actions, bot.Action(a))
	}
	for _, m := range r.Refs {
		c.Refs = append(c.Refs, m.ref())
	}
	for _, p := range r.Presses {
		c.Presses = append(c.Presses, bot.Press{Action: bot.ButtonAction(p.Action), By: p.By.key(), ByName: p.ByName, Time: utc(p.Time)})
	}
	return c, nil
}

// cloneCase copies a case, handed in or out.
func cloneCase(c *bot.Case) *bot.Case {
	cc := *c
	cc.Time, cc.RestrictUntil = utc(c.Time), utc(c.RestrictUntil)
	cc.Reasons = slices.Clone(c.Reasons)
	cc.Actions = slices.Clone(c.Actions)
	cc.Domains = cloneStrings(c.Domains)
	cc.Refs = slices.Clone(c.Refs)
	cc.Presses = slices.Clone(c.Presses)
	for i := range cc.Presses {
		cc.Presses[i].Time = utc(cc.Presses[i].Time)
	}
	return &cc
}
