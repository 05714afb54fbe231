package store

import (
	"encoding/binary"
	"math"
	"time"

	"github.com/immunebot/immune/bot"
)

// Keys are byte strings whose order is the order bbolt iterates in. Times in
// keys are 8 bytes, big-endian, of the Unix time in nanoseconds with the sign
// bit flipped, so that they sort in time order; times outside the years
// 1678..2262 (the zero time.Time among them) clamp to the ends.

var (
	minKeyTime = time.Unix(0, math.MinInt64)
	maxKeyTime = time.Unix(0, math.MaxInt64)
)

// timeBits returns the sortable 8-byte form of t as a number.
func timeBits(t time.Time) uint64 {
	switch {
	case t.Before(minKeyTime):
		return 0
	case t.After(maxKeyTime):
		return math.MaxUint64
	}
	return uint64(t.UnixNano()) ^ 1<<63
}

// bitsTime is the time timeBits made bits of (in UTC), for a time within
// the years 1678..2262.
func bitsTime(bits uint64) time.Time { return time.Unix(0, int64(bits^1<<63)).UTC() }

func appendTime(b []byte, bits uint64) []byte { return binary.BigEndian.AppendUint64(b, bits) }

// sightKey names one sighting: its account, its time and a hash of the
// message and fingerprint, so that adding the same sighting twice keeps one.
type sightKey struct {
	acct bot.AccountKey
	time uint64 // timeBits of Sighting.Time
	hash uint64
}

func newSightKey(s *bot.Sighting) sightKey {
	// FNV-64a over the message and the fingerprints, each closed by a zero
	// byte, written out so that it allocates nothing.
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	field := func(f string) {
		for i := 0; i < len(f); i++ {
			h = (h ^ uint64(f[i])) * prime
		}
		h *= prime
	}
	field(string(s.Message.Platform))
	field(s.Message.Chat)
	field(s.Message.ID)
	for _, f := range s.Fingerprints {
		field(f)
	}
	return sightKey{acct: s.Account, time: timeBits(s.Time), hash: h}
}

// bytes is the key in the sightings bucket: time, hash, account. Time
// first, so that new sightings append and old ones prune from the start.
func (k sightKey) bytes() []byte {
	return k.appendTo(make([]byte, 0, 16+len(k.acct.Platform)+1+len(k.acct.User)))
}

// appendTo appends the key in the sightings bucket to b.
func (k sightKey) appendTo(b []byte) []byte {
	b = appendTime(b, k.time)
	b = binary.BigEndian.AppendUint64(b, k.hash)
	return appendAccount(b, k.acct)
}

// accountTimeKey is a key of the buckets keyed by time then account: the
// time bits, "platform:user". Offender records are keyed by their
// LastSeen (offenders_by_seen), first links by their time
// (first_links_by_time): records written now append at the end of the
// tree, where a commit dirties a few pages, instead of landing on pages
// all over it.
func accountTimeKey(bits uint64, k bot.AccountKey) []byte {
	return appendAccountTimeKey(make([]byte, 0, 8+len(k.Platform)+1+len(k.User)), bits, k)
}

// appendAccountTimeKey appends accountTimeKey(bits, k) to b.
func appendAccountTimeKey(b []byte, bits uint64, k bot.AccountKey) []byte {
	return appendAccount(appendTime(b, bits), k)
}

// appendAccount appends k as "platform:user" (bot.AccountKey.String).
func appendAccount(b []byte, k bot.AccountKey) []byte {
	b = append(b, k.Platform...)
	b = append(b, ':')
	return append(b, k.User...)
}

// seenKey is the key of an offender record: its LastSeen, its account.
func seenKey(lastSeen time.Time, k bot.AccountKey) []byte {
	return accountTimeKey(timeBits(lastSeen), k)
}

// auditKey is the key in the audit bucket: time, then a sequence number that
// keeps entries of the same instant in the order they were appended.
func auditKey(t time.Time, seq uint64) []byte {
	b := make([]byte, 0, 16)
	b = appendTime(b, timeBits(t))
	return binary.BigEndian.AppendUint64(b, seq)
}

// keyTime reads the time bits at the start of a key.
func keyTime(k []byte) uint64 {
	if len(k) < 8 {
		return 0
	}
	return binary.BigEndian.Uint64(k)
}

// listKey names one list entry.
type listKey struct {
	scope string
	kind  bot.ListKind
	value string
}

func (k listKey) bytes() []byte {
	b := make([]byte, 0, len(k.scope)+len(k.kind)+len(k.value)+2)
	b = append(b, k.scope...)
	b = append(b, 0)
	b = append(b, k.kind...)
	b = append(b, 0)
	return append(b, k.value...)
}
