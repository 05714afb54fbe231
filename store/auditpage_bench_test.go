package store_test

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

// auditBusy is the busy chat of auditHistoryDB.
var auditBusy = bot.ChatKey{Platform: bot.Telegram, Chat: "-1001"}

// auditHistoryDB is a store holding the case index of a busy chat with a
// long history: 100,000 decisions over the 90 days of the default audit
// retention (about 1,100 a day), beside 20 quieter chats of 500 each,
// committed and opened again from the file.
func auditHistoryDB(b *testing.B) *store.DB {
	b.Helper()
	const busy, quiet, chats = 100_000, 500, 20
	start := t0.Add(-90 * 24 * time.Hour)
	path := filepath.Join(b.TempDir(), "immune.db")
	{
		db, err := store.Open(path, store.Options{Now: newClock(t0).Now, AuditRetention: -1})
		if err != nil {
			b.Fatal(err)
		}
		put := func(chat string, i, of int) {
			at := start.Add(time.Duration(i) * (90 * 24 * time.Hour / time.Duration(of)))
			c := bot.Case{
				ID: bot.NewCaseID(at), Time: at, Scope: bot.ChatKey{Platform: bot.Telegram, Chat: chat},
				Message: bot.MessageRef{Platform: bot.Telegram, Chat: chat, ID: fmt.Sprint(i + 1)},
				Account: account(fmt.Sprint(100000 + i%5000)), UserName: "Nguyễn Văn An", Excerpt: "nhận quà tại vietcombank-uudai[.]top",
				Level: bot.Delete, Score: 0.91, Reasons: []bot.Reason{{Code: bot.CodeLure, Detail: "lure words", Weight: 0.6}},
				Actions: []bot.Action{bot.ActDelete, bot.ActWarn}, Domains: []string{"vietcombank-uudai.top"},
			}
			if err := db.PutCase(ctx, c); err != nil {
				b.Fatal(err)
			}
			if i%5000 == 4999 {
				mustCommit(b, db)
			}
		}
		for i := range busy {
			put("-1001", i, busy)
		}
		for c := range chats {
			for i := range quiet {
				put(fmt.Sprint(-2000-c), i, quiet)
			}
		}
		mustCommit(b, db)
		if err := db.Close(); err != nil {
			b.Fatal(err)
		}
	}
	return openAt(b, path, store.Options{Now: newClock(t0).Now, AuditRetention: -1})
}

// BenchmarkAuditPage measures what /audit asks of the store in the busy
// chat of auditHistoryDB, all of it under the store's lock, which every
// write waits for: count, how many decisions are left after a page (up to
// 10,001: "more than 10,000"), and count-all, every one of the 100,000 (what
// it counted before the cap); first, the newest 10 and the one after;
// deep, 10 from the 5,001st newest on (audit from 5001); cursor, the same
// page from the cursor the page before names (audit from #…).
func BenchmarkAuditPage(b *testing.B) {
	db := auditHistoryDB(b)
	b.Run("count", func(b *testing.B) {
		for b.Loop() {
			if n, err := db.CountCases(ctx, auditBusy, "", 10_001); err != nil || n != 10_001 {
				b.Fatal(n, err)
			}
		}
	})
	b.Run("count-all", func(b *testing.B) {
		for b.Loop() {
			if n, err := db.CountCases(ctx, auditBusy, "", 0); err != nil || n != 100_000 {
				b.Fatal(n, err)
			}
		}
	})
	b.Run("first", func(b *testing.B) {
		for b.Loop() {
			if cs, err := db.RecentCases(ctx, auditBusy, "", 0, 11); err != nil || len(cs) != 11 {
				b.Fatal(len(cs), err)
			}
		}
	})
	b.Run("deep", func(b *testing.B) {
		for b.Loop() {
			if cs, err := db.RecentCases(ctx, auditBusy, "", 5000, 11); err != nil || len(cs) != 11 {
				b.Fatal(len(cs), err)
			}
		}
	})
	b.Run("cursor", func(b *testing.B) {
		at, err := db.RecentCases(ctx, auditBusy, "", 4999, 1)
		if err != nil || len(at) != 1 {
			b.Fatal(len(at), err)
		}
		for b.Loop() {
			if cs, err := db.RecentCases(ctx, auditBusy, at[0].ID, 0, 11); err != nil || len(cs) != 11 {
				b.Fatal(len(cs), err)
			}
		}
	})
}
