package store

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// BenchmarkNoteChanges is what a Commit's bookkeeping of both indexes
// spends after its transaction (noteScopeChanges and noteNameChanges:
// the notes, and the keys of new names) on records as a scan changes
// them, which noteScopes and noteNames found changed: an
// op notes 1,000 changes of 5,000 accounts (new records, and records of
// accounts seen again in one more chat, up to 30 chats), and the notes
// are written out (reset) every 50 ops, as by a Commit past scopeFlushAt.
// The records are made before the timing.
func BenchmarkNoteChanges(b *testing.B) {
	t0 := time.Date(2026, 12, 2, 5, 6, 7, 0, time.UTC)
	const accounts, perOp, ops = 5000, 1000, 50
	type change struct{ old, now *bot.Offender }
	records := make([]*bot.Offender, accounts)
	changes := make([]change, 0, perOp*ops)
	for c := range perOp * ops {
		i := c * 7 % accounts
		k := bot.AccountKey{Platform: bot.Telegram, User: fmt.Sprint(5000000000 + i)}
		old := records[i]
		o := &bot.Offender{Account: k, Name: fmt.Sprintf("Member %d (@member%d)", i, i), LastSeen: t0}
		if old != nil && len(old.Chats) < 30 {
			o.Chats = append(slices.Clone(old.Chats), fmt.Sprint(-1001000000000-int64((i*13+len(old.Chats)*101)%2000)))
		} else {
			o.Chats = []string{fmt.Sprint(-1001000000000 - int64(i%2000))}
		}
		records[i] = o
		changes = append(changes, change{old, o})
	}
	var sn scopeNotes
	var nn nameNotes
	b.ReportAllocs()
	op := 0
	for b.Loop() {
		if op%ops == 0 {
			sn.reset()
			nn.reset()
		}
		for _, c := range changes[op%ops*perOp:][:perOp] {
			k := c.now.Account
			if c.old == nil || !sameScopes(c.old, c.now) {
				sn.note(k, c.old, c.now)
			}
			if c.old != nil && c.old.Name == c.now.Name {
				continue // noteNames passes it by
			}
			var was []string
			if c.old != nil {
				was = foldNameKeys(c.old.Name)
			}
			if now := foldNameKeys(c.now.Name); len(was) > 0 || len(now) > 0 || nn.find(k) >= 0 {
				nn.note(k, was, now)
			}
		}
		op++
	}
}
