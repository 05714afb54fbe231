package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/maphash"
	"math"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// judgedRec is the file format of a bot.Judged.
type judgedRec struct {
	Message  messageRec `json:"message"`
	Time     time.Time  `json:"time"`
	Level    bot.Level  `json:"level"`
	Score    float64    `json:"score,omitempty"`
	Struck   bool       `json:"struck,omitempty"`
	HadLink  bool       `json:"had_link,omitempty"`
	Versions []uint64   `json:"versions,omitempty"`
}

// encodeJudged writes the record of a judged message in the binary form.
func encodeJudged(j *bot.Judged) ([]byte, error) {
	return appendJudged(make([]byte, 0, 40+len(j.Message.Platform)+len(j.Message.Chat)+len(j.Message.ID)+8*len(j.Versions)), j)
}

// appendJudged appends encodeJudged's form of j to b; b as it was if j is
// refused.
func appendJudged(b []byte, j *bot.Judged) ([]byte, error) {
	if err := checkJudged(j); err != nil {
		return b, err
	}
	b = append(b, binaryFormat)
	b = appendMessage(b, j.Message)
	b = appendTimeField(b, j.Time)
	b = binary.AppendVarint(b, int64(j.Level))
	b = appendFloat(b, j.Score)
	b = appendBool(b, j.Struck)
	b = appendBool(b, j.HadLink)
	b = binary.AppendUvarint(b, uint64(len(j.Versions)))
	for _, v := range j.Versions {
		b = binary.LittleEndian.AppendUint64(b, v)
	}
	return b, nil
}

func decodeJudged(b []byte) (*bot.Judged, error) {
	if r, ok := binaryRecord(b); ok {
		j := &bot.Judged{Message: r.message(), Time: r.time(), Level: bot.Level(r.varint()), Score: r.float(),
			Struck: r.bool(), HadLink: r.bool()}
		if n := r.count(); n > 0 {
			j.Versions = make([]uint64, n)
			for i := range j.Versions {
				j.Versions[i] = r.uint64()
			}
		}
		if err := r.done(); err != nil {
			return nil, fmt.Errorf("judged record: %w", err)
		}
		return j, nil
	}
	var r judgedRec
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, err
	}
	return &bot.Judged{
		Message: bot.MessageRef{Platform: bot.Platform(r.Message.Platform), Chat: r.Message.Chat, ID: r.Message.ID},
		Time:    utc(r.Time), Level: r.Level, Score: r.Score, Struck: r.Struck, HadLink: r.HadLink, Versions: r.Versions,
	}, nil
}

// judgedKey is the key of a message in the judged bucket: platform NUL chat
// NUL id.
func judgedKey(m bot.MessageRef) []byte {
	return appendJudgedKey(make([]byte, 0, len(m.Platform)+len(m.Chat)+len(m.ID)+2), m)
}

// appendJudgedKey appends judgedKey(m) to b.
func appendJudgedKey(b []byte, m bot.MessageRef) []byte {
	b = append(b, m.Platform...)
	b = append(b, 0)
	b = append(b, m.Chat...)
	b = append(b, 0)
	return append(b, m.ID...)
}

// judgedTimeKey is the key of a message's record in judged_by_time: the
// record's time, then the message's key.
func judgedTimeKey(t time.Time, m bot.MessageRef) []byte {
	return appendJudgedKey(appendTime(make([]byte, 0, 8+len(m.Platform)+len(m.Chat)+len(m.ID)+2), timeBits(t)), m)
}

// judgedSeed hashes message keys for the in-memory index of judged records.
var judgedSeed = maphash.MakeSeed()

func judgedHash(m bot.MessageRef) uint64 {
	var h maphash.Hash
	h.SetSeed(judgedSeed)
	h.WriteString(string(m.Platform))
	h.WriteByte(0)
	h.WriteString(m.Chat)
	h.WriteByte(0)
	h.WriteString(m.ID)
	return h.Sum64()
}

// JudgedMessage returns the record of a message, or bot.ErrNotFound. Most
// messages have none: the store keeps the hashes of the messages it has a
// record of in memory, so that asking about any other costs no
// transaction.
func (db *DB) JudgedMessage(_ context.Context, m bot.MessageRef) (bot.Judged, error) {
	db.mu.Lock()
	if db.closed {
		db.mu.Unlock()
		return bot.Judged{}, fmt.Errorf("judged message: %w", ErrClosed)
	}
	layers := db.layers()
	for i := len(layers) - 1; i >= 0; i-- {
		if j, ok := layers[i].judged[m]; ok {
			db.mu.Unlock()
			return cloneJudged(j), nil
		}
	}
	bits, known := db.judged[judgedHash(m)]
	db.mu.Unlock()
	if !known {
		return bot.Judged{}, bot.ErrNotFound
	}
	var j *bot.Judged
	err := db.view("reading a judged message", func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketJudgedByTime).Get(append(appendTime(nil, bits), judgedKey(m)...))
		if v == nil {
			return bot.ErrNotFound
		}
		var err error
		if j, err = decodeJudged(v); err != nil {
			return fmt.Errorf("%w: judged message %s %s %s: %v", ErrCorrupt, m.Platform, m.Chat, m.ID, err)
		}
		return nil
	})
	if err != nil {
		if errors.Is(err, bot.ErrNotFound) {
			return bot.Judged{}, err
		}
		return bot.Judged{}, fmt.Errorf("judged message: %w", boltErr(err))
	}
	return *j, nil
}

// PutJudged stores j under j.Message, replacing an earlier record.
func (db *DB) PutJudged(_ context.Context, j bot.Judged) error {
	if err := checkJudged(&j); err != nil {
		return fmt.Errorf("put judged message: %w", err)
	}
	c := cloneJudged(&j)
	if err := db.write(func(top *layer) { top.judged[j.Message] = &c }); err != nil {
		return fmt.Errorf("put judged message: %w", err)
	}
	return nil
}

func checkJudged(j *bot.Judged) error {
	m := j.Message
	switch {
	case !m.Platform.Valid() || m.Chat == "" || m.ID == "":
		return fmt.Errorf("message %q %q %q: platform, chat and id must be set", m.Platform, m.Chat, m.ID)
	case j.Time.IsZero():
		return fmt.Errorf("message %s %s %s: no time", m.Platform, m.Chat, m.ID)
	case len(j.Versions) > bot.MaxVersions:
		return fmt.Errorf("message %s %s %s: %d versions, more than %d", m.Platform, m.Chat, m.ID, len(j.Versions), bot.MaxVersions)
	}
	n := 8 + len(m.Platform) + len(m.Chat) + len(m.ID) + 2
	if err := checkKey(n, func() string { return "judged message " + trunc(m.ID) }); err != nil {
		return err
	}
	if err := checkTime("judged time", j.Time); err != nil {
		return err
	}
	return checkFloat("judged score", j.Score)
}

func cloneJudged(j *bot.Judged) bot.Judged {
	c := *j
	c.Time = utc(c.Time)
	c.Versions = slices.Clone(c.Versions)
	return c
}

// loadJudged reads the index of judged records into memory: each message's
// hash and the time bits of its record's key.
func loadJudged(b *bolt.DB) (map[uint64]uint64, error) {
	out := make(map[uint64]uint64)
	err := b.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketJudgedByTime).ForEach(func(k, _ []byte) error {
			m, ok := splitJudgedKey(k[min(8, len(k)):])
			if len(k) < 8 || !ok {
				return fmt.Errorf("%w: judged_by_time key %q", ErrCorrupt, k)
			}
			out[judgedHash(m)] = keyTime(k)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("load judged messages: %w", boltErr(err))
	}
	return out, nil
}

// splitJudgedKey reads a judged bucket key.
func splitJudgedKey(k []byte) (bot.MessageRef, bool) {
	p, rest, ok1 := bytes.Cut(k, []byte{0})
	c, id, ok2 := bytes.Cut(rest, []byte{0})
	if !ok1 || !ok2 {
		return bot.MessageRef{}, false
	}
	return bot.MessageRef{Platform: bot.Platform(p), Chat: string(c), ID: string(id)}, true
}

// pruneJudged forgets the layer's judged records before the time bits and
// records them as the watermark for the layers below.
func (l *layer) pruneJudged(bits uint64) {
	if bits <= l.judgedPrune {
		return
	}
	l.judgedPrune = bits
	for m, j := range l.judged {
		if timeBits(j.Time) < bits {
			delete(l.judged, m)
		}
	}
}

// writeJudged prunes the judged records before the layer's watermark, then
// writes its records, each under its new time (the key under the old time
// deleted).
func (l *layer) writeJudged(tx *bolt.Tx) error {
	b := tx.Bucket(bucketJudgedByTime)
	b.FillPercent = appendFill
	if l.judgedPrune != 0 {
		var old [][]byte
		c := b.Cursor()
		for k, _ := c.First(); k != nil && keyTime(k) < l.judgedPrune; k, _ = c.Next() {
			old = append(old, bytes.Clone(k))
		}
		for _, k := range old {
			if err := b.Delete(k); err != nil {
				return fmt.Errorf("prune judged messages: %w", err)
			}
		}
	}
	l.judgedWrites = inKeyOrderInto(l.judgedWrites, &l.writeBuf, l.judged, func(buf []byte, m bot.MessageRef, j *bot.Judged) []byte {
		return appendJudgedKey(appendTime(buf, timeBits(j.Time)), m)
	})
	for _, w := range l.judgedWrites {
		m, j := w.k, w.v
		bits := timeBits(j.Time)
		err := func() error {
			if old, ok := l.oldJudged[m]; ok && old != bits {
				n := len(l.writeBuf)
				l.writeBuf = appendJudgedKey(appendTime(l.writeBuf, old), m)
				if err := b.Delete(l.writeBuf[n:]); err != nil {
					return err
				}
			}
			v, err := l.encoded(func(buf []byte) ([]byte, error) { return appendJudged(buf, j) })
			if err != nil {
				return err
			}
			return b.Put(w.key, v)
		}()
		if err != nil {
			return badRecord(err, func() { delete(l.judged, m) }, "judged message %s %s %s", m.Platform, trunc(m.Chat), trunc(m.ID))
		}
	}
	return nil
}

// mirrorJudged brings the in-memory index up to date with a layer now in
// the file. The caller holds db.mu.
func (db *DB) mirrorJudged(f *layer) {
	if f.judgedPrune > db.judgedFloor {
		floor := uint64(math.MaxUint64)
		for h, bits := range db.judged {
			if bits < f.judgedPrune {
				delete(db.judged, h)
			} else {
				floor = min(floor, bits)
			}
		}
		db.judgedFloor = floor
	}
	for m, j := range f.judged {
		bits := timeBits(j.Time)
		db.judged[judgedHash(m)] = bits
		db.judgedFloor = min(db.judgedFloor, bits)
	}
}
