package store

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/internal/cputime"
)

// BenchmarkOpenAfterACrash is what the Open of a store not closed cleanly
// spends on a big store: 1,000,000 offender records over 20,000 chats,
// one to three each, the file copied as a killed process left it (its
// index lagging). Each round opens a fresh copy; the copy is not timed.
// ns/op is the whole Open and the index rebuilt in the background after
// it: the check of every record Open runs anyway after an unclean stop,
// the in-memory indexes loaded, the index by chat written; open_ms is
// Open alone, until the store answers (offenders and pardon then read
// every record until the index is built); open-cpu-ms and build-cpu-ms
// the process's CPU time in Open and after it until the index is built;
// longest-read-ms the longest the rebuild held a read transaction (or,
// with scopeReadChunk records, the longest between two of them).
func BenchmarkOpenAfterACrash(b *testing.B) {
	dir := b.TempDir()
	crashed, keys := bigCrashedStore(b, dir)
	var opened, openCPU, buildCPU, longestRead time.Duration
	// the longest time between two read transactions of the rebuild: a
	// Commit that grows the file waits for the one open
	var lastRead time.Time
	testHookScopeRead = func(_ context.Context, _ string, read int) {
		now := time.Now()
		if read > 0 {
			longestRead = max(longestRead, now.Sub(lastRead))
		}
		lastRead = now
	}
	defer func() { testHookScopeRead = nil }()
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		path := filepath.Join(dir, "open.db")
		copyStoreFile(b, crashed, path)
		runtime.GC()
		b.StartTimer()
		start, cpu := time.Now(), cputime.Process()
		db, err := Open(path, Options{OffenderRetention: -1})
		if err != nil {
			b.Fatal(err)
		}
		opened += time.Since(start)
		cpuOpen := cputime.Process()
		openCPU += cpuOpen - cpu
		builtIndex(b, db)
		buildCPU += cputime.Process() - cpuOpen
		b.StopTimer()
		got := len(scopeKeys(b, db))
		db.Close()
		if got != keys {
			b.Fatalf("%d keys, want %d", got, keys)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(opened.Milliseconds())/float64(b.N), "open_ms")
	// CPU time (user and system) of the process: this machine's load
	// makes wall time say more about its neighbours
	b.ReportMetric(float64(openCPU.Milliseconds())/float64(b.N), "open-cpu-ms")
	b.ReportMetric(float64(buildCPU.Milliseconds())/float64(b.N), "build-cpu-ms")
	b.ReportMetric(float64(longestRead.Milliseconds()), "longest-read-ms")
}

// bigCrashedStore writes a store of 1,000,000 offender records over
// 20,000 chats, one to three each, in dir, and returns a copy of its file
// made while it was open (as a killed process leaves it, its index
// lagging), and how many keys its index by chat has.
func bigCrashedStore(b *testing.B, dir string) (crashed string, keys int) {
	b.Helper()
	db, err := Open(filepath.Join(dir, "immune.db"), Options{OffenderRetention: -1})
	if err != nil {
		b.Fatal(err)
	}
	t0 := time.Date(2026, 11, 4, 5, 6, 7, 0, time.UTC)
	const n = 1_000_000
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
	crashed = filepath.Join(dir, "crashed.db")
	copyStoreFile(b, db.Path(), crashed)
	db.Close()
	return crashed, keys
}

// builtIndex waits for the indexes rebuilt after Open, which must have
// been built.
func builtIndex(t testing.TB, db *DB) {
	t.Helper()
	if db.buildDone == nil {
		t.Fatal("no rebuild ran")
	}
	<-db.buildDone
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.buildErr != nil || db.scopesStale || db.names.stale {
		t.Fatalf("the rebuild ended with %v, the index by chat stale: %v, by name: %v", db.buildErr, db.scopesStale, db.names.stale)
	}
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
