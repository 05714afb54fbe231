package store

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/adapters/replay"
	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/internal/chatmix"
	"github.com/immunebot/immune/internal/cputime"
	bolt "go.etcd.io/bbolt"
)

// processCPU is the CPU time (user and system) the process has used: on a
// machine shared with other work, wall-clock time says more about the
// neighbours than about the code.
var processCPU = cputime.Process

// soakStats are the bytes of the pages in use (the file's pages less the
// free ones bbolt reuses) and the keys of each bucket that grows (offender
// records and first links with their stale copies, which are counted
// apart), and the pages written so far.
func soakStats(b *testing.B, db *DB) (int64, string) {
	var inUse int64
	var counts string
	err := db.bolt.View(func(tx *bolt.Tx) error {
		free := int64(db.bolt.Stats().FreePageN+db.bolt.Stats().PendingPageN) * int64(db.bolt.Info().PageSize)
		inUse = tx.Size() - free
		for _, name := range [][]byte{bucketOffendersBySeen, bucketFirstLinksByTime, bucketSightings, bucketAudit, bucketJudgedByTime, bucketOutboxByTime} {
			counts += fmt.Sprintf(" %s %d", name, tx.Bucket(name).Stats().KeyN)
		}
		return nil
	})
	w := db.Writes()
	counts += fmt.Sprintf(" (stale: offenders %d, first links %d); pages written %d", w.StaleOffenders, w.StaleFirstLinks, w.Pages)
	if err != nil {
		b.Fatal(err)
	}
	return inUse, strings.TrimSpace(counts)
}

// BenchmarkSoak scans a year of synthetic traffic (the realistic chat mix:
// 5,000 chats, 500,000 accounts) into one bbolt store with the default
// retention (offender records and first links 180 days, audit 90 days,
// records of flagged messages 30 days, sightings 2 hours), a month at a
// time, and logs each month's throughput (wall and CPU per line) and the
// file's size after it. After the retention window the size and the
// throughput stay flat. The year is IMMUNE_SOAK_MESSAGES messages
// (default 1,200,000: one every 26 s); use -benchtime 1x.
func BenchmarkSoak(b *testing.B) {
	total := 1_200_000
	if v, err := strconv.Atoi(os.Getenv("IMMUNE_SOAK_MESSAGES")); err == nil && v >= 12 {
		total = v
	}
	const months = 12
	perMonth := total / months
	month := 30 * 24 * time.Hour
	for range b.N {
		path := filepath.Join(b.TempDir(), "soak.db")
		sc := &replay.Scanner{}
		db, err := Open(path, Options{Now: func() time.Time { return sc.Clock() }, SightingRetention: 2 * time.Hour})
		if err != nil {
			b.Fatal(err)
		}
		e, err := bot.NewEngine(context.Background(), bot.DefaultConfig(), db, nil, nil)
		if err != nil {
			b.Fatal(err)
		}
		sc.Engine = e
		start := chatmix.Default.Start
		var first, last float64
		for m := range months {
			b.StopTimer()
			mix := chatmix.Default
			mix.Start = start.Add(time.Duration(m) * month)
			mix.Gap = month / time.Duration(perMonth)
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			for _, msg := range mix.Messages(perMonth, uint64(100+m)) {
				since := msg.MemberSince
				in := replay.Input{ID: msg.ID + "-" + strconv.Itoa(m), Platform: msg.Platform, Chat: msg.Chat, User: msg.User, UserName: msg.UserName,
					Time: msg.Time, MemberSince: &since, Text: msg.Text, Links: msg.Links, Attachments: msg.Attachments}
				if err := enc.Encode(in); err != nil {
					b.Fatal(err)
				}
			}
			b.StartTimer()
			cpu := processCPU()
			t0 := time.Now()
			if _, err := sc.Run(context.Background(), &buf, io.Discard); err != nil {
				b.Fatal(err)
			}
			wall := time.Since(t0)
			used := processCPU() - cpu
			b.StopTimer()
			st, err := os.Stat(path)
			if err != nil {
				b.Fatal(err)
			}
			perLine := float64(used) / float64(perMonth)
			if m == 0 {
				first = perLine
			}
			last = perLine
			inUse, counts := soakStats(b, db)
			b.Logf("month %2d: %6.0f ns/line wall, %6.0f ns/line CPU; file %5.1f MiB, pages in use %5.1f MiB; %s", m+1,
				float64(wall.Nanoseconds())/float64(perMonth), perLine, float64(st.Size())/(1<<20), float64(inUse)/(1<<20), counts)
			if m == months-1 {
				b.ReportMetric(float64(st.Size())/(1<<20), "MiB-final")
			}
			b.StartTimer()
		}
		b.ReportMetric(last/first, "cpu-last/first")
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
}
