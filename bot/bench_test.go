package bot_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/internal/chatmix"
	"github.com/immunebot/immune/store"
)

// BenchmarkClassify judges the realistic mix: 70 % plain chat, 25 % benign
// links, 5 % threats. Run with -cpu 1 for the one-core figure; msgs/s is
// reported.
func BenchmarkClassify(b *testing.B) {
	c := bot.NewClassifier(bot.ClassifierConfig{})
	msgs := chatmix.Messages(10000, 1)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.Classify(&msgs[i%len(msgs)], bot.Hints{})
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkClassifyPlain is plain chat only: it must not allocate.
func BenchmarkClassifyPlain(b *testing.B) {
	c := bot.NewClassifier(bot.ClassifierConfig{})
	m := bot.Message{Text: "Tối nay cả nhà ăn lẩu nhé. Ai mang bánh? ok see you at 7 🍲"}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		c.Classify(&m, bot.Hints{})
	}
}

// BenchmarkClassifyNewHosts gives every message a host never seen before,
// so that no host analysis is cached: the worst case for a link message.
func BenchmarkClassifyNewHosts(b *testing.B) {
	c := bot.NewClassifier(bot.ClassifierConfig{})
	msgs := make([]bot.Message, 4096)
	for i := range msgs {
		msgs[i] = bot.Message{Text: fmt.Sprintf("look https://site-%d-shop.com/page", i)}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m := msgs[i%len(msgs)]
		m.Text = fmt.Sprintf("look https://site-%d-shop.com/page", i) // unique host each time
		c.Classify(&m, bot.Hints{})
	}
}

// BenchmarkEngine is the engine with a real bbolt store, as immune scan
// drives it: the realistic mix, writes committed every 4096 messages.
func BenchmarkEngine(b *testing.B) {
	msgs := chatmix.Messages(100000, 3)
	var now time.Time
	db, err := store.Open(filepath.Join(b.TempDir(), "bench.db"), store.Options{Now: func() time.Time { return now }, SightingRetention: 2 * time.Hour})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	e, err := bot.NewEngine(context.Background(), bot.DefaultConfig(), db, nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	e.Batch = true
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m := msgs[i%len(msgs)]
		m.Time = m.Time.Add(time.Duration(i/len(msgs)) * 100000 * time.Second)
		m.ID = fmt.Sprint(i)
		now = m.Time
		if _, err := e.Handle(ctx, &m); err != nil {
			b.Fatal(err)
		}
		if i%4096 == 4095 {
			if err := e.Commit(ctx); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}
