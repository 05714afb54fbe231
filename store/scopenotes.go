package store

import (
	"encoding/binary"
	"hash/maphash"
	"slices"

	"github.com/immunebot/immune/bot"
)

// scopeNotes are the accounts whose records changed their scopes since
// the index by scope was last written (see scopes.go): for each, the
// scopes the index holds of it (was) and those its record names now
// (now). They are kept flat and without pointers, so that the collector
// has nothing to follow in them however many are noted: the accounts'
// keys in one byte slice, their lists of scopes as numbers in one
// []uint32 (each list sorted, once each), and the notes found by a
// 64-bit hash of the account (accounts whose hashes collide are chained).
// Only the table of the scopes' names (one entry a chat) holds strings.
//
// A Commit changes them (under db.mu, holding commitSem); a Commit's
// transaction, which holds commitSem, and the queries, under db.mu, only
// read them.
type scopeNotes struct {
	noteAccounts // note i's account is noteAccounts' i-th
	notes        []scopeNote
	ids          []uint32 // the notes' lists of scopes
	// dead counts the numbers in ids of lists since replaced: an account
	// whose scopes change again gets a new list at the end.
	dead int

	names []scopeName // the scopes by number
	// byName numbers the scopes of each platform met: a map keyed by
	// the scope alone, which Go finds faster than one keyed by two
	// strings (a lookup a scope of every record noted).
	byName []platformScopes
	// postings are, by scope number, the notes whose list now had it
	// when it was made: a note's later lists are added, not its earlier
	// ones taken out (in checks the note's list now).
	postings [][]int32
	// mark and stamp find a scope met twice in one record (listOf):
	// mark[id] == stamp when id is in the list being made.
	mark  []uint32
	stamp uint32
}

// platformScopes are the numbers of the scopes of platform p.
type platformScopes struct {
	p  bot.Platform
	of map[string]uint32
}

// scopesOf returns the numbers of platform p's scopes, nil if none
// (with add, a new map if none).
func (n *scopeNotes) scopesOf(p bot.Platform, add bool) map[string]uint32 {
	for i := range n.byName {
		if n.byName[i].p == p {
			return n.byName[i].of
		}
	}
	if !add {
		return nil
	}
	n.byName = append(n.byName, platformScopes{p: p, of: map[string]uint32{}})
	return n.byName[len(n.byName)-1].of
}

// scopeNote is a noted account's lists in ids.
type scopeNote struct{ was, now span }

// noteAccounts are the accounts of the notes of an index (scopeNotes,
// nameNotes), in the order noted, found by account: their keys in one
// byte slice, found by a 64-bit hash of the account (the accounts whose
// hashes collide are chained).
type noteAccounts struct {
	seed  maphash.Seed
	first map[uint64]int32 // the first account with a hash
	accts []byte           // the accounts' keys (appendNoteAccount)
	keys  []noteAccount
}

// noteAccount is an account of noteAccounts: its key in accts, and the
// next account with the same hash (-1: none).
type noteAccount struct {
	acct span
	next int32
}

// span is a part of a slice: its start and length.
type span struct{ off, n uint32 }

// scopeName names a scope of a platform.
type scopeName struct {
	p     bot.Platform
	scope string
}

// len is how many accounts are noted.
func (n *scopeNotes) len() int { return len(n.notes) }

// full reports whether the notes are to be written to the index: limit
// accounts noted, or lists replaced that would otherwise pile up.
func (n *scopeNotes) full(limit int) bool {
	return len(n.notes) >= limit || n.dead >= 16*limit
}

// noteHash is the hash scopeNotes finds accounts by (a test makes every
// account's the same).
var noteHash = maphash.Comparable[bot.AccountKey]

// appendNoteAccount appends k as accts holds it: the platform after its
// length, then the user.
func appendNoteAccount(b []byte, k bot.AccountKey) []byte {
	b = binary.AppendUvarint(b, uint64(len(k.Platform)))
	return append(append(b, k.Platform...), k.User...)
}

// acctBytes returns the platform and user of account i, in accts.
func (n *noteAccounts) acctBytes(i int32) (p, user []byte) {
	s := n.keys[i].acct
	b := n.accts[s.off : s.off+s.n]
	l, w := binary.Uvarint(b)
	return b[w : w+int(l)], b[w+int(l):]
}

// account returns the key of account i.
func (n *noteAccounts) account(i int32) bot.AccountKey {
	p, u := n.acctBytes(i)
	return bot.AccountKey{Platform: bot.Platform(p), User: string(u)}
}

// find returns the number of k, or -1.
func (n *noteAccounts) find(k bot.AccountKey) int32 {
	if len(n.keys) == 0 {
		return -1
	}
	i, ok := n.first[noteHash(n.seed, k)]
	if !ok {
		return -1
	}
	for ; i >= 0; i = n.keys[i].next {
		if p, u := n.acctBytes(i); string(p) == string(k.Platform) && string(u) == k.User {
			return i
		}
	}
	return -1
}

// add adds k, which find does not find, and returns its number.
func (n *noteAccounts) add(k bot.AccountKey) int32 {
	if n.first == nil {
		n.first = make(map[uint64]int32)
		n.seed = maphash.MakeSeed()
	}
	h := noteHash(n.seed, k)
	next, ok := n.first[h]
	if !ok {
		next = -1
	}
	off := uint32(len(n.accts))
	n.accts = appendNoteAccount(n.accts, k)
	n.keys = append(n.keys, noteAccount{acct: span{off, uint32(len(n.accts)) - off}, next: next})
	i := int32(len(n.keys) - 1)
	n.first[h] = i
	return i
}

// reset forgets every account; big reports whether the notes' other
// slices are to be let go of too (a burst grew them).
func (n *noteAccounts) reset(big bool) {
	clear(n.first)
	n.accts, n.keys = n.accts[:0], n.keys[:0]
	if big {
		n.accts, n.keys = nil, nil
	}
}

// list returns a list of scopes of a note.
func (n *scopeNotes) list(s span) []uint32 { return n.ids[s.off : s.off+s.n] }

// scopeNames returns the scopes of a list, by name.
func (n *scopeNotes) scopeNames(s span) []string {
	out := make([]string, 0, s.n)
	for _, id := range n.list(s) {
		out = append(out, n.names[id].scope)
	}
	return out
}

// intern returns the number of a scope of platform p, whose numbers are
// of (scopesOf), giving it one if it has none.
func (n *scopeNotes) intern(p bot.Platform, of map[string]uint32, scope string) uint32 {
	if id, ok := of[scope]; ok {
		return id
	}
	id := uint32(len(n.names))
	n.names = append(n.names, scopeName{p, scope})
	of[scope] = id
	n.mark = append(n.mark, 0)
	n.postings = append(n.postings, nil)
	return id
}

// listOf appends the scopes the index holds of o (scopeList), by
// number, once each and sorted, to ids; an empty list for no record.
func (n *scopeNotes) listOf(p bot.Platform, o *bot.Offender) span {
	off := uint32(len(n.ids))
	if o == nil {
		return span{off, 0}
	}
	n.stamp++
	if n.stamp == 0 { // wrapped: no mark may read as this list's
		clear(n.mark)
		n.stamp = 1
	}
	of := n.scopesOf(p, true)
	eachScope(o, func(s string) {
		id := n.intern(p, of, s)
		if n.mark[id] != n.stamp {
			n.mark[id] = n.stamp
			n.ids = append(n.ids, id)
		}
	})
	slices.Sort(n.ids[off:])
	return span{off, uint32(len(n.ids)) - off}
}

// note notes that k's record, which was old when the index was last
// written (or when k was last noted), is now o (nil: deleted).
func (n *scopeNotes) note(k bot.AccountKey, old, o *bot.Offender) {
	if i := n.find(k); i >= 0 {
		n.dead += int(n.notes[i].now.n)
		n.notes[i].now = n.listOf(k.Platform, o)
		n.post(i)
		return
	}
	i := n.add(k)
	was := n.listOf(k.Platform, old)
	n.notes = append(n.notes, scopeNote{was: was, now: n.listOf(k.Platform, o)})
	n.post(i)
}

// post adds note i to the postings of the scopes its record names now.
func (n *scopeNotes) post(i int32) {
	for _, id := range n.list(n.notes[i].now) {
		n.postings[id] = append(n.postings[id], i)
	}
}

// reset forgets every note, once the index holds what they noted.
func (n *scopeNotes) reset() {
	big := cap(n.ids) > 1<<20 // let go of what a burst grew
	n.noteAccounts.reset(big)
	n.notes, n.ids, n.dead = n.notes[:0], n.ids[:0], 0
	if big {
		n.notes, n.ids = nil, nil
	}
	clear(n.names)
	n.names = n.names[:0]
	for _, s := range n.byName {
		clear(s.of)
	}
	clear(n.postings)
	n.postings = n.postings[:0]
	n.mark, n.stamp = n.mark[:0], 0
}

// in calls fn with every noted account of platform p whose record names
// one of scopes now, once each.
func (n *scopeNotes) in(p bot.Platform, scopes []string, fn func(k bot.AccountKey) error) error {
	var done map[int32]bool
	of := n.scopesOf(p, false)
	for _, s := range scopes {
		id, ok := of[s]
		if !ok {
			continue // no noted record names it
		}
		for _, i := range n.postings[id] {
			if _, ok := slices.BinarySearch(n.list(n.notes[i].now), id); !ok || done[i] {
				continue // its record has left the scope since, or met before
			}
			if done == nil {
				done = make(map[int32]bool)
			}
			done[i] = true
			if err := fn(n.account(i)); err != nil {
				return err
			}
		}
	}
	return nil
}

// ops notes in s the writes that bring the index up to date with every
// noted account; now, if set, gives the scopes of the accounts whose
// records a Commit is writing (ok false for the others).
func (n *scopeNotes) ops(s *scopeOps, now func(k bot.AccountKey) (scopes []string, ok bool)) {
	for i := range n.notes {
		k := n.account(int32(i))
		was := n.scopeNames(n.notes[i].was)
		to, ok := []string(nil), false
		if now != nil {
			to, ok = now(k)
		}
		if !ok {
			to = n.scopeNames(n.notes[i].now)
		}
		s.change(k, was, to)
	}
}

// wasOps notes in s the puts of the index's keys of every noted account
// as the notes hold it (was): a rebuild after an unclean stop skips the
// noted accounts' records, and puts these instead (startIndexBuild).
func (n *scopeNotes) wasOps(s *scopeOps) {
	for i := range n.notes {
		k := n.account(int32(i))
		for _, id := range n.list(n.notes[i].was) {
			s.add(k, n.names[id].scope, true)
		}
	}
}
