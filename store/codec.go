package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"slices"
	"time"
)

// The records written with every flagged message (offender records,
// records of judged messages, audit entries) and sightings have a compact
// binary form: a format byte, then each field in a fixed order, strings
// length-prefixed, numbers as varints, times as Unix seconds (varint) and
// nanoseconds (uvarint), floats as their 8 IEEE 754 bytes. Encoding one
// costs a few hundred nanoseconds and one allocation where JSON cost
// microseconds and dozens, and the records are a third smaller, so a
// commit writes fewer pages. Records written as JSON by earlier versions
// (they begin with '{') still decode. A field added to a record is
// appended at its end, with a new format byte.

// binaryFormat is the format byte of the binary records.
const binaryFormat = 1

// errShort is the error of a binary record cut short or garbled.
var errShort = errors.New("record cut short")

// appendString, appendTime and the others append one field.
func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendStrings(b []byte, ss []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(ss)))
	for _, s := range ss {
		b = appendString(b, s)
	}
	return b
}

func appendTimeField(b []byte, t time.Time) []byte {
	b = binary.AppendVarint(b, t.Unix())
	return binary.AppendUvarint(b, uint64(t.Nanosecond()))
}

func appendFloat(b []byte, f float64) []byte {
	return binary.LittleEndian.AppendUint64(b, math.Float64bits(f))
}

func appendBool(b []byte, v bool) []byte {
	if v {
		return append(b, 1)
	}
	return append(b, 0)
}

// reader reads the fields of a binary record in order. The first field it
// cannot read sets err, after which every read returns a zero value:
// decoders read every field and look at err once.
type reader struct {
	b   []byte
	err error
}

func (r *reader) fail() {
	if r.err == nil {
		r.err = errShort
	}
	r.b = nil
}

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

// count reads the length of a list whose items take at least one byte
// each, so that a garbled length cannot ask for a huge allocation.
func (r *reader) count() int {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.fail()
		return 0
	}
	return int(n)
}

func (r *reader) string() string {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.fail()
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

func (r *reader) strings() []string {
	n := r.count()
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = r.string()
	}
	return out
}

// time reads a time in UTC; the zero time reads back as the zero time.
func (r *reader) time() time.Time {
	s := r.varint()
	ns := r.uvarint()
	if ns >= 1e9 {
		r.fail()
		return time.Time{}
	}
	return utc(time.Unix(s, int64(ns)))
}

func (r *reader) float() float64 {
	if len(r.b) < 8 {
		r.fail()
		return 0
	}
	f := math.Float64frombits(binary.LittleEndian.Uint64(r.b))
	r.b = r.b[8:]
	return f
}

func (r *reader) uint64() uint64 {
	if len(r.b) < 8 {
		r.fail()
		return 0
	}
	v := binary.LittleEndian.Uint64(r.b)
	r.b = r.b[8:]
	return v
}

func (r *reader) bool() bool {
	if len(r.b) < 1 || r.b[0] > 1 {
		r.fail()
		return false
	}
	v := r.b[0] == 1
	r.b = r.b[1:]
	return v
}

// done reports the first error, or one for bytes left over.
func (r *reader) done() error {
	if r.err == nil && len(r.b) != 0 {
		return errors.New("record has bytes left over")
	}
	return r.err
}

// binaryRecord reports whether v is a binary record, and returns a reader
// of its fields; otherwise v is JSON (or garbage the JSON decoder will
// refuse).
func binaryRecord(v []byte) (*reader, bool) {
	if len(v) == 0 || v[0] != binaryFormat {
		return nil, false
	}
	return &reader{b: v[1:]}, true
}

// put is one write of a layer to a bucket: the layer's map key and value,
// and the file key the value goes under (nil for a deletion).
type put[K comparable, V any] struct {
	k   K
	v   V
	key []byte
}

// inKeyOrder returns the entries of a layer's map with the file keys they
// are written under, in key order. Put into a tree in that order, each
// record of a bucket keyed by time lands at the end of the node the one
// before it went into; in the map's order each would be inserted amid the
// keys a commit has already added to that node, moving those after it, so
// that a commit of n records would move O(n²) of them.
func inKeyOrder[K comparable, V any](m map[K]V, key func(K, V) []byte) []put[K, V] {
	out := make([]put[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, put[K, V]{k: k, v: v, key: key(k, v)})
	}
	slices.SortFunc(out, func(a, b put[K, V]) int { return bytes.Compare(a.key, b.key) })
	return out
}

// writeBufKeep is the most room a layer keeps in writeBuf from one Commit
// to the next: a Commit after a long outage may need more, once.
const writeBufKeep = 8 << 20

// inKeyOrderInto is inKeyOrder into out (emptied first), with each file
// key appended to *buf by key (nothing appended: a deletion, nil key)
// instead of allocated: the hot buckets' writes (offender records, first
// links, judged records) use the layer's writeBuf, kept from one Commit to
// the next. bbolt copies the keys it is given, so the room is free again
// once the transaction has ended.
func inKeyOrderInto[K comparable, V any](out []put[K, V], buf *[]byte, m map[K]V, key func(b []byte, k K, v V) []byte) []put[K, V] {
	out = out[:0]
	for k, v := range m {
		if cap(*buf)-len(*buf) < 256 {
			*buf = slices.Grow(*buf, max(256, cap(*buf)+4096))
		}
		n := len(*buf)
		*buf = key(*buf, k, v)
		out = append(out, put[K, V]{k: k, v: v, key: tail(*buf, n)})
	}
	slices.SortFunc(out, func(a, b put[K, V]) int { return bytes.Compare(a.key, b.key) })
	return out
}

// tail returns what was appended to b past n, capped, so that appending
// to it never writes into what follows; nil if nothing was.
func tail(b []byte, n int) []byte {
	if len(b) == n {
		return nil
	}
	return b[n:len(b):len(b)]
}
