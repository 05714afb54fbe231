package store_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

// BenchmarkOffenderLookup measures the read every scanned message makes: its
// sender's offender record. hit: a cached record; miss: a sender without a
// record, whose absence is cached; cold: a record read from the file.
func BenchmarkOffenderLookup(b *testing.B) {
	const n = 1000
	keys := make([]bot.AccountKey, n)
	for i := range keys {
		keys[i] = account(fmt.Sprint(100000 + i))
	}
	setup := func(b *testing.B, opts store.Options) *store.DB {
		db, _ := openTemp(b, opts)
		for i, k := range keys {
			if i%2 == 0 { // half the accounts have records
				must(b, db.PutOffender(ctx, fullOffender(k.User, t0)))
			}
		}
		mustCommit(b, db)
		db = reopen(b, db, opts)
		return db
	}
	b.Run("hit", func(b *testing.B) {
		db := setup(b, store.Options{})
		i := 0
		for b.Loop() {
			if _, err := db.Offender(ctx, keys[i%n&^1]); err != nil {
				b.Fatal(err)
			}
			i += 2
		}
	})
	b.Run("miss", func(b *testing.B) {
		db := setup(b, store.Options{})
		i := 1
		for b.Loop() {
			if _, err := db.Offender(ctx, keys[i%n|1]); err != bot.ErrNotFound {
				b.Fatal(err)
			}
			i += 2
		}
	})
	b.Run("cold", func(b *testing.B) {
		db := setup(b, store.Options{CacheSize: 2}) // every read goes to the file
		i := 0
		for b.Loop() {
			if _, err := db.Offender(ctx, keys[i%n&^1]); err != nil {
				b.Fatal(err)
			}
			i += 2
		}
	})
}

// BenchmarkCommit measures a batch of 256 mixed writes and the Commit that
// makes them durable (one bbolt transaction and its fsync).
func BenchmarkCommit(b *testing.B) {
	db, _ := openTemp(b, store.Options{Now: newClock(t0).Now})
	batch := 0
	for b.Loop() {
		for i := range 64 {
			at := t0.Add(time.Duration(batch*64+i) * time.Millisecond)
			u := fmt.Sprint(i % 200)
			must(b, db.PutOffender(ctx, fullOffender(u, at)))
			must(b, db.AddSightings(ctx, []bot.Sighting{fullSighting(u, "c", fmt.Sprint(batch, "-", i), at)}))
			must(b, db.AppendAudit(ctx, fullAudit(at, "")))
			switch i % 4 {
			case 0:
				must(b, db.PutChatSettings(ctx, bot.ChatSettings{Chat: bot.ChatKey{Platform: bot.Telegram, Chat: u}, Mode: bot.ModeWarn}))
			case 1:
				must(b, db.PutListEntry(ctx, bot.ListEntry{Kind: bot.BlockList, Value: u + ".example", AddedAt: at}))
			case 2:
				must(b, db.DeleteSightings(ctx, account(u), []bot.MessageRef{{Platform: bot.Telegram, Chat: "c", ID: fmt.Sprint(batch-1, "-", i)}}))
			case 3:
				must(b, db.DeleteOffender(ctx, account(fmt.Sprint(i%200+1))))
			}
		}
		mustCommit(b, db)
		batch++
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/256, "ns/write")
}

// BenchmarkScanLineJSON is the yardstick of `immune scan`'s read budget: JSON
// decoding one typical input line and encoding its output line.
func BenchmarkScanLineJSON(b *testing.B) {
	in := []byte(`{"id":"4711","platform":"telegram","chat":"-1001234567890","user":"123456789",` +
		`"user_name":"Nguyễn Văn A","time":"2026-03-14T09:26:53Z","member_since":"2025-11-02T08:00:00Z",` +
		`"text":"Is this you in this photo? https://dlscord-gift.example/login?id=7 😮",` +
		`"links":[{"text":"photo","url":"https://dlscord-gift.example/p"}]}`)
	type msg struct {
		ID          string        `json:"id"`
		Platform    string        `json:"platform"`
		Chat        string        `json:"chat"`
		User        string        `json:"user"`
		UserName    string        `json:"user_name"`
		Time        time.Time     `json:"time"`
		MemberSince time.Time     `json:"member_since"`
		IsAdmin     bool          `json:"is_admin"`
		Text        string        `json:"text"`
		Links       []bot.LinkRef `json:"links"`
	}
	type out struct {
		ID      string        `json:"id"`
		Verdict string        `json:"verdict"`
		Score   float64       `json:"score"`
		Reasons []bot.Reason  `json:"reasons"`
		Actions []bot.Action  `json:"actions"`
		Sweep   []string      `json:"sweep"`
		User    bot.UserState `json:"user_state"`
	}
	for b.Loop() {
		var m msg
		if err := json.Unmarshal(in, &m); err != nil {
			b.Fatal(err)
		}
		if _, err := json.Marshal(out{ID: m.ID, Verdict: "delete", Score: 0.97,
			Reasons: []bot.Reason{{Code: bot.CodeLookalike, Detail: "spelled like discord.com"}},
			Actions: []bot.Action{bot.ActDelete, bot.ActWarn}, Sweep: []string{}}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpenCheck measures Open of a store the last run did not close
// cleanly, which reads and decodes every record and runs bbolt's Tx.Check:
// 100,000 offender records and 100,000 audit entries.
func BenchmarkOpenCheck(b *testing.B) {
	db, path := openTemp(b, store.Options{Now: func() time.Time { return t0 }})
	for i := range 100000 {
		must(b, db.PutOffender(ctx, fullOffender(fmt.Sprint(100000+i), t0)))
		must(b, db.AppendAudit(ctx, bot.AuditEntry{Time: t0, Message: bot.MessageRef{Platform: bot.Telegram, Chat: "c", ID: fmt.Sprint(i)},
			Account: account(fmt.Sprint(100000 + i)), Level: bot.Delete, Score: 0.9,
			Reasons: []bot.Reason{{Code: bot.CodeLookalike, Detail: "dlscord[.]com imitates discord.com (Discord)", Weight: 0.82}}}))
		if i%10000 == 9999 {
			mustCommit(b, db)
		}
	}
	mustCommit(b, db)
	must(b, db.Close())
	st, err := os.Stat(path)
	must(b, err)
	for b.Loop() {
		s, err := store.Open(path, store.Options{Check: true, ReadOnly: true, Now: func() time.Time { return t0 }})
		if err != nil {
			b.Fatal(err)
		}
		if _, ok := s.Checked(); !ok {
			b.Fatal("not checked")
		}
		s.Close()
	}
	b.ReportMetric(float64(st.Size())/(1<<20), "MB")
}

// BenchmarkUpdateAccount holds accounts as the engine does for each
// message with a link, from as many goroutines as GOMAXPROCS, over 10,000
// accounts: the cost of the per-account lock itself (fn does nothing).
func BenchmarkUpdateAccount(b *testing.B) {
	db, err := store.Open(filepath.Join(b.TempDir(), "immune.db"), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	keys := make([]bot.AccountKey, 10000)
	for i := range keys {
		keys[i] = bot.AccountKey{Platform: bot.Telegram, User: strconv.Itoa(100000000 + i*7919)}
	}
	fn := func(bot.Store) error { return nil }
	var next atomic.Int64
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			k := keys[next.Add(1)%int64(len(keys))]
			if err := db.UpdateAccount(context.Background(), k, fn); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkRecentSightings reads an account's recent sightings, as the
// engine does for every message with a link: a few in the file and a few
// written since the last commit, some of those again.
func BenchmarkRecentSightings(b *testing.B) {
	t0 := time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC)
	db, _ := openTemp(b, store.Options{Now: func() time.Time { return t0.Add(time.Hour) }})
	var file, buffered []bot.Sighting
	for i := range 8 {
		file = append(file, fullSighting("u", fmt.Sprint("c", i), fmt.Sprint("m", i), t0.Add(time.Duration(i)*time.Minute)))
	}
	must(b, db.AddSightings(context.Background(), file))
	mustCommit(b, db)
	buffered = append(buffered, file[6:]...) // written again
	for i := 8; i < 12; i++ {
		buffered = append(buffered, fullSighting("u", fmt.Sprint("c", i), fmt.Sprint("m", i), t0.Add(time.Duration(i)*time.Minute)))
	}
	must(b, db.AddSightings(context.Background(), buffered))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		s, err := db.RecentSightings(context.Background(), account("u"), t0)
		if err != nil || len(s) != 12 {
			b.Fatalf("%d sightings, %v", len(s), err)
		}
	}
}
