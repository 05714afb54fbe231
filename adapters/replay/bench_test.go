package replay_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/immunebot/immune/adapters/replay"
	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/internal/chatmix"
	"github.com/immunebot/immune/internal/cputime"
	"github.com/immunebot/immune/store"
)

// mixLines is the realistic chat mix as immune scan input.
func mixLines(b testing.TB, n int) []byte {
	b.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for _, m := range chatmix.Messages(n, 7) {
		since := m.MemberSince
		in := replay.Input{ID: m.ID, Platform: m.Platform, Chat: m.Chat, User: m.User, UserName: m.UserName,
			Time: m.Time, MemberSince: &since, Text: m.Text, Links: m.Links, Attachments: m.Attachments}
		if err := enc.Encode(in); err != nil {
			b.Fatal(err)
		}
	}
	return buf.Bytes()
}

const benchLines = 100000

// longLines is the length of the long stream: a million messages from
// the mix's 500,000 accounts into one store, which grows as a busy
// deployment's does.
const longLines = 1000000

// BenchmarkDecodeEncode is the yardstick: decoding each input line and
// encoding an output line for it, with nothing judged. immune scan is held
// to at most twice this cost per line.
func BenchmarkDecodeEncode(b *testing.B) { benchDecodeEncode(b, benchLines) }

// BenchmarkScan is immune scan on the same lines: decode, the engine with a
// real bbolt store (batched commits with fsync), encode.
func BenchmarkScan(b *testing.B) { benchScan(b, benchLines) }

// BenchmarkDecodeEncodeLong is the yardstick on the long stream; run it
// with -benchtime 1x.
func BenchmarkDecodeEncodeLong(b *testing.B) { benchDecodeEncode(b, longLines) }

// BenchmarkScanLong is immune scan on the long stream, all of it into one
// store; run it with -benchtime 1x.
func BenchmarkScanLong(b *testing.B) { benchScan(b, longLines) }

// benchDecodeEncode decodes and encodes streams of n lines until b.N
// lines are done.
func benchDecodeEncode(b *testing.B, n int) {
	data := mixLines(b, n)
	setBytes(b, data, n)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := startCPU()
	for i := 0; i < b.N; i += n {
		decodeEncode(b, data)
	}
	reportPerLine(b, cpu, n)
}

// decodeEncode is one pass of the yardstick over data.
func decodeEncode(b *testing.B, data []byte) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	w := bufio.NewWriter(io.Discard)
	enc := json.NewEncoder(w)
	for sc.Scan() {
		var in replay.Input
		if err := json.Unmarshal(sc.Bytes(), &in); err != nil {
			b.Fatal(err)
		}
		enc.Encode(replay.NewOutput(in.ID, &bot.Decision{}))
	}
	w.Flush()
}

// benchScan scans streams of n lines, each into a fresh store, until b.N
// lines are done.
func benchScan(b *testing.B, n int) {
	data := mixLines(b, n)
	setBytes(b, data, n)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := startCPU()
	var st scanStats
	for i := 0; i < b.N; i += n {
		b.StopTimer()
		cpu.pause()
		sc, db := openScan(b)
		cpu.resume()
		b.StartTimer()
		if _, err := sc.Run(context.Background(), bytes.NewReader(data), io.Discard); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		cpu.pause()
		st.add(db)
		cpu.resume()
		b.StartTimer()
	}
	reportPerLine(b, cpu, n)
	st.report(b, n)
}

// openScan makes a scanner with the engine on a fresh store, as immune
// scan does, its commits counted.
func openScan(b *testing.B) (*replay.Scanner, *scanDB) {
	sc := &replay.Scanner{}
	db, err := store.Open(filepath.Join(b.TempDir(), "bench.db"), store.Options{Now: func() time.Time { return sc.Clock() }, SightingRetention: 2 * time.Hour})
	if err != nil {
		b.Fatal(err)
	}
	e, err := bot.NewEngine(context.Background(), bot.DefaultConfig(), db, nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	sc.Engine = e
	s := &scanDB{DB: db}
	db.SetCommitHook(func(d time.Duration, _ error) { s.commits.Add(1); s.commitNs.Add(int64(d)) })
	return sc, s
}

// scanDB is a scan's store and its commits.
type scanDB struct {
	*store.DB
	commits, commitNs atomic.Int64
}

// scanStats sums what the scans' stores did.
type scanStats struct {
	commits, commitNs int64
	writes            store.Writes
}

// add counts a scan's store and closes it.
func (st *scanStats) add(db *scanDB) {
	w := db.Writes()
	st.writes.Pages += w.Pages
	st.writes.OffenderRecords += w.OffenderRecords
	st.writes.OffenderBytes += w.OffenderBytes
	st.writes.StaleOffenders += w.StaleOffenders
	st.writes.StaleFirstLinks += w.StaleFirstLinks
	st.commits += db.commits.Load()
	st.commitNs += db.commitNs.Load()
	db.Close()
}

// report reports the counts of streams of n lines until b.N lines.
func (st *scanStats) report(b *testing.B, n int) {
	lines := float64((b.N + n - 1) / n * n)
	b.ReportMetric(lines/float64(max(st.commits, 1)), "lines/commit")
	// the wall time of the store's transactions (writing and syncing the
	// file), while the workers judge the next batch
	b.ReportMetric(float64(st.commitNs)/lines, "commit-ns/line")
	// what the commits wrote, which the machine's load does not change
	b.ReportMetric(float64(st.writes.Pages)/lines*1e6, "pages/Mline")
	b.ReportMetric(float64(st.writes.OffenderRecords)/lines*1e6, "offrec/Mline")
	b.ReportMetric(float64(st.writes.OffenderBytes)/lines, "offB/line")
	// stale copies of offender records and first links in the file at
	// the end of a stream
	streams := float64((b.N + n - 1) / n)
	b.ReportMetric(float64(st.writes.StaleOffenders)/streams, "staleoff/stream")
	b.ReportMetric(float64(st.writes.StaleFirstLinks)/streams, "stalefl/stream")
}

// BenchmarkScanRatio is the scan's cost against the yardstick's, measured
// so that both see the same machine: this machine's speed drifts by up to
// twice within a minute, and BenchmarkDecodeEncode and BenchmarkScan run
// one after the other, seconds apart. Each 100,000 of b.N is a pair of
// whole passes over the same 100,000 lines of the mix, one of the
// yardstick (as BenchmarkDecodeEncode) and one of the scan (as
// BenchmarkScan, into a fresh store), in alternate order (yardstick first
// in even pairs, scan first in odd ones), each after a collection outside
// the timing. It reports the wall and CPU time a line of each summed over
// the pairs, ratio (the scan's summed wall time over the yardstick's),
// cpu-ratio (the same of CPU time) and the least and greatest ratio of one
// pair. Run it with -benchtime 500000x (five pairs) or more.
func BenchmarkScanRatio(b *testing.B) {
	data := mixLines(b, benchLines)
	b.ResetTimer()
	var yard, scan, yardCPU, scanCPU time.Duration
	lo, hi := math.Inf(1), 0.0
	for i := 0; i < b.N; i += benchLines {
		var y, s, yc, sc time.Duration
		for k := range 2 {
			b.StopTimer()
			if k == i/benchLines%2 {
				runtime.GC()
				b.StartTimer()
				c0, t0 := processCPU(), time.Now()
				decodeEncode(b, data)
				y, yc = time.Since(t0), processCPU()-c0
				continue
			}
			scanner, db := openScan(b)
			runtime.GC()
			b.StartTimer()
			c0, t0 := processCPU(), time.Now()
			if _, err := scanner.Run(context.Background(), bytes.NewReader(data), io.Discard); err != nil {
				b.Fatal(err)
			}
			s, sc = time.Since(t0), processCPU()-c0
			b.StopTimer()
			db.Close()
			b.StartTimer()
		}
		yard, scan, yardCPU, scanCPU = yard+y, scan+s, yardCPU+yc, scanCPU+sc
		r := float64(s) / float64(y)
		lo, hi = min(lo, r), max(hi, r)
	}
	lines := float64((b.N + benchLines - 1) / benchLines * benchLines)
	b.ReportMetric(float64(yard.Nanoseconds())/lines, "yard-ns/line")
	b.ReportMetric(float64(scan.Nanoseconds())/lines, "scan-ns/line")
	b.ReportMetric(float64(yardCPU.Nanoseconds())/lines, "yard-cpu-ns/line")
	b.ReportMetric(float64(scanCPU.Nanoseconds())/lines, "scan-cpu-ns/line")
	b.ReportMetric(float64(scan)/float64(yard), "ratio")
	b.ReportMetric(float64(scanCPU)/float64(yardCPU), "cpu-ratio")
	b.ReportMetric(lo, "ratio-least")
	b.ReportMetric(hi, "ratio-most")
}

// setBytes has MB/s reported where an op is a line: for the 100,000-line
// streams run with -benchtime 100000x, not the long ones run once.
func setBytes(b *testing.B, data []byte, n int) {
	if n == benchLines {
		b.SetBytes(int64(len(data) / n))
	}
}

// reportPerLine reports wall and CPU time per line of the lines the loops
// above really processed: whole streams of n lines.
func reportPerLine(b *testing.B, cpu *cpuClock, n int) {
	lines := float64((b.N + n - 1) / n * n)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/lines, "ns/line")
	b.ReportMetric(float64(cpu.used())/lines, "cpu-ns/line")
}

// cpuClock measures the CPU time (user and system) the process spends
// while it runs: on a machine shared with other work, wall-clock time
// per line says more about the neighbours than about the code.
type cpuClock struct {
	total, from time.Duration
}

var processCPU = cputime.Process

func startCPU() *cpuClock       { return &cpuClock{from: processCPU()} }
func (c *cpuClock) pause()      { c.total += processCPU() - c.from }
func (c *cpuClock) resume()     { c.from = processCPU() }
func (c *cpuClock) used() int64 { c.pause(); c.resume(); return int64(c.total) }
