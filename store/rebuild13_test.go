package store

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// BenchmarkOpenAfterACrash is what the Open of a store not closed cleanly
// spends on a big store: 1,000,000 offender records over 20,000 chats,
// one to three each, the file copied as a killed process left it (its
// index lagging). Each round opens a fresh copy; the copy is not timed.
// ns/op is the whole Open: the check of every record it runs anyway
// after an unclean stop, the index rebuilt, the in-memory indexes loaded;
// rebuild_ms is the rebuild alone, run once more on the opened copy (as
// BenchmarkRebuildScopes does on 200,000 records).
func BenchmarkOpenAfterACrash(b *testing.B) {
	dir := b.TempDir()
	db, err := Open(filepath.Join(dir, "immune.db"), Options{OffenderRetention: -1})
	if err != nil {
		b.Fatal(err)
	}
	t0 := time.Date(2026, 11, 4, 5, 6, 7, 0, time.UTC)
	const n = 1_000_000
	keys := 0
	for i := range n {
		keys += 1 + i%3
		o := bot.Offender{Account: bot.AccountKey{Platform: bot.Telegram, User: fmt.Sprint(5000000000 + i)},
			Name: fmt.Sprintf("Member %d (@member%d)", i, i), LastSeen: t0.Add(time.Duration(i) * time.Second)}
		o.Strikes = []time.Time{o.LastSeen}
		for j := range 1 + i%3 {
			o.Chats = append(o.Chats, fmt.Sprint(-1001000000000-int64((i*7+j*1013)%20000)))
		}
		if err := db.PutOffender(ctx, o); err != nil {
			b.Fatal(err)
		}
		if i%10000 == 9999 {
			if err := db.Commit(ctx); err != nil {
				b.Fatal(err)
			}
		}
	}
	if err := db.Commit(ctx); err != nil {
		b.Fatal(err)
	}
	crashed := filepath.Join(dir, "crashed.db")
	copyStoreFile(b, db.Path(), crashed)
	db.Close()
	var rebuild time.Duration
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		path := filepath.Join(dir, "open.db")
		copyStoreFile(b, crashed, path)
		b.StartTimer()
		db, err := Open(path, Options{OffenderRetention: -1})
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		start := time.Now()
		if err := rebuildScopes(db.bolt); err != nil {
			b.Fatal(err)
		}
		rebuild += time.Since(start)
		got := len(scopeKeys(b, db))
		db.Close()
		if got != keys {
			b.Fatalf("%d keys, want %d", got, keys)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(rebuild.Milliseconds())/float64(b.N), "rebuild_ms")
}

func copyStoreFile(b *testing.B, from, to string) {
	b.Helper()
	in, err := os.Open(from)
	if err != nil {
		b.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		b.Fatal(err)
	}
	if err := out.Close(); err != nil {
		b.Fatal(err)
	}
}
