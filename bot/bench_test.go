package bot_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/internal/chatmix"
	"github.com/immunebot/immune/internal/cputime"
	"github.com/immunebot/immune/store"
)

// BenchmarkClassify judges the realistic mix: 70 % plain chat, 25 % benign
// links, 5 % threats. Run with -cpu 1 for the one-core figure; msgs/s is
// reported.
func BenchmarkClassify(b *testing.B) { benchClassify(b, chatmix.Messages(10000, 1)) }

// BenchmarkClassifyStream judges the Default mix as a stream that does
// not repeat: b.N messages of one seed (up to streamMax, then again), each
// judged once. BenchmarkClassify cycles through 10,000 messages, so that
// every host, parsed link and link signal it meets is cached after the
// first pass; here the hosts of the mix's long tail and of its phishing
// links (a number in each) and the paths of its links come new as they
// would in chat. The messages are made before the clock starts.
func BenchmarkClassifyStream(b *testing.B) {
	benchClassify(b, chatmix.Messages(min(b.N, streamMax), 2))
}

// benchClassify judges b.N messages, msgs in turn (again from the first
// after the last), with a new classifier, and reports msgs/s and
// cpu-ns/op.
func benchClassify(b *testing.B, msgs []bot.Message) {
	c := bot.NewClassifier(bot.ClassifierConfig{})
	b.ReportAllocs()
	b.ResetTimer()
	cpu := processCPU()
	for i := 0; i < b.N; i++ {
		c.Classify(&msgs[i%len(msgs)], bot.Hints{})
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
	// On a machine shared with other work the CPU time a message says
	// more than ns/op, which counts the time waited for a core too.
	b.ReportMetric(float64(processCPU()-cpu)/float64(b.N), "cpu-ns/op")
}

// BenchmarkClassifyStreamFresh is BenchmarkClassifyStream with each
// message made just before it is judged, as a bot judges a message it
// has just decoded: the stream's messages are made 4,096 at a time with
// the clock stopped (the same messages, in the same order, never
// repeating however long the run). BenchmarkClassifyStream makes them all
// before the clock starts, up to 1 GB of them, so each is read cold from
// memory and the collector marks them all; this one times the judging
// alone.
func BenchmarkClassifyStreamFresh(b *testing.B) {
	c := bot.NewClassifier(bot.ClassifierConfig{})
	s := chatmix.Default.Stream(2)
	chunk := make([]bot.Message, 4096)
	b.ReportAllocs()
	b.ResetTimer()
	cpu, paused := processCPU(), time.Duration(0)
	for i := 0; i < b.N; i += len(chunk) {
		b.StopTimer()
		t0 := processCPU()
		n := min(len(chunk), b.N-i)
		for k := range n {
			chunk[k] = s.Next()
		}
		paused += processCPU() - t0
		b.StartTimer()
		for k := range n {
			c.Classify(&chunk[k], bot.Hints{})
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
	b.ReportMetric(float64(processCPU()-cpu-paused)/float64(b.N), "cpu-ns/op")
}

// BenchmarkClassifyStreamCounted is BenchmarkClassifyStream for
// instruction and cache-miss counts (callgrind, cachegrind): it makes
// the same 400,000 messages whatever b.N, so that the counts of two runs
// (b.N of 400,000 and of 200,000) differ by judging alone, the second
// half of the stream; their difference over 200,000 is a message's.
// Timed, it reads as BenchmarkClassifyStream.
func BenchmarkClassifyStreamCounted(b *testing.B) {
	countedOnce.Do(func() { counted = chatmix.Messages(400000, 2) })
	benchClassify(b, counted)
}

var (
	countedOnce sync.Once
	counted     []bot.Message
)

// streamMax is the most messages BenchmarkClassifyStream makes (about
// 1 GB of them); a longer run goes through them again.
const streamMax = 2_000_000

// BenchmarkClassifyPlain is plain chat only: it must not allocate.
func BenchmarkClassifyPlain(b *testing.B) {
	c := bot.NewClassifier(bot.ClassifierConfig{})
	m := bot.Message{Text: "Tối nay cả nhà ăn lẩu nhé. Ai mang bánh? ok see you at 7 🍲"}
	b.ReportAllocs()
	b.ResetTimer() // building the classifier (its indexes, once) is no message's cost
	cpu := processCPU()
	for i := 0; i < b.N; i++ {
		c.Classify(&m, bot.Hints{})
	}
	b.ReportMetric(float64(processCPU()-cpu)/float64(b.N), "cpu-ns/op")
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
func BenchmarkEngine(b *testing.B) { benchEngine(b, false) }

// BenchmarkEngineNoCases is BenchmarkEngine without the cases admins act
// on (immune scan's setting): what opening a case costs a flagged message.
func BenchmarkEngineNoCases(b *testing.B) { benchEngine(b, true) }

func benchEngine(b *testing.B, noCases bool) {
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
	e.NoCases = noCases
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	cpu := processCPU()
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
	// The commits wait for the disk (an fsync each): on a machine shared
	// with other work the CPU time a message says more than ns/op.
	b.ReportMetric(float64(processCPU()-cpu)/float64(b.N), "cpu-ns/msg")
}

// processCPU is the CPU time (user and system) the process has used.
var processCPU = cputime.Process

// BenchmarkClassifyFlood judges the floods an attacker can send in one
// message: 1 MB of text holding about 55,000 links, and 25,000 links
// carried beside the text or 25,000 files. The work is bounded by the caps
// (bot.MaxLinks, bot.MaxAttachments) and linear in the text.
func BenchmarkClassifyFlood(b *testing.B) {
	refs := make([]bot.LinkRef, 25000)
	files := make([]bot.Attachment, 25000)
	for i := range refs {
		refs[i] = bot.LinkRef{Text: "docs", URL: fmt.Sprintf("https://docs%d.example.org/", i)}
		files[i] = bot.Attachment{Name: fmt.Sprintf("photo%d.jpg", i), MIME: "image/jpeg", Size: 1000}
	}
	for _, bc := range []struct {
		name string
		m    bot.Message
	}{
		{"text-1MB-55k-links", bot.Message{Text: manyLinks("free nitro https://dlscord.com/gift", 1<<20)}},
		{"carried-25k-links", bot.Message{Text: "see these", Links: refs}},
		{"files-25k", bot.Message{Text: "photos", Attachments: files}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			c := bot.NewClassifier(bot.ClassifierConfig{})
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.m.Text)))
			for i := 0; i < b.N; i++ {
				c.Classify(&bc.m, bot.Hints{})
			}
		})
	}
}
