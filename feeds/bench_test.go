package feeds_test

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/feeds"
)

// syntheticDomains writes n domains shaped like a phishing feed's: names
// built from brand-like and lure words, random strings, hyphens, numbers,
// subdomains, the TLDs scams use and a few IDNs; about 24 bytes a line.
func syntheticDomains(w *bufio.Writer, n int, seed uint64) {
	r := rand.New(rand.NewPCG(seed, 1))
	words := []string{"discord", "nitro", "steam", "community", "gift", "free", "login", "verify", "secure", "account",
		"wallet", "metamask", "airdrop", "claim", "binance", "paypal", "apple", "support", "update", "bank", "vietcom",
		"momo", "shopee", "zalo", "tiktok", "trade", "offer", "promo", "event", "reward", "bonus", "appeal", "help",
		"official", "service", "center", "online", "auth", "signin", "recovery", "nhanqua", "trungthuong", "xacthuc"}
	tlds := []string{"com", "com", "com", "net", "org", "xyz", "top", "ru", "info", "online", "site", "click", "shop",
		"app", "io", "co", "vn", "com.vn", "gift", "gifts", "cc", "me", "live", "store", "icu", "buzz", "tk", "ml"}
	letters := "abcdefghijklmnopqrstuvwxyz0123456789"
	var b strings.Builder
	for i := range n {
		b.Reset()
		if r.IntN(10) < 3 {
			b.WriteString([]string{"www", "login", "app", "secure", "m", "account", "auth"}[r.IntN(7)])
			b.WriteByte('.')
		}
		switch r.IntN(4) {
		case 0: // random string
			for range 6 + r.IntN(10) {
				b.WriteByte(letters[r.IntN(len(letters))])
			}
		case 1: // a word or two and a number
			b.WriteString(words[r.IntN(len(words))])
			if r.IntN(2) == 0 {
				b.WriteByte('-')
			}
			b.WriteString(words[r.IntN(len(words))])
			fmt.Fprintf(&b, "%d", r.IntN(1000))
		case 2: // punycode-looking label
			fmt.Fprintf(&b, "xn--%s%d-%c%c%c", words[r.IntN(len(words))], i%97, letters[r.IntN(26)], letters[r.IntN(26)], letters[r.IntN(26)])
		default: // words joined by hyphens
			for k := range 2 + r.IntN(2) {
				if k > 0 {
					b.WriteByte('-')
				}
				b.WriteString(words[r.IntN(len(words))])
			}
			fmt.Fprintf(&b, "%d", i%10000)
		}
		b.WriteByte('.')
		b.WriteString(tlds[r.IntN(len(tlds))])
		w.WriteString(b.String())
		w.WriteByte('\n')
	}
}

var (
	millionOnce sync.Once
	millionPath string
)

// TestMain removes the benchmarks' file of a million domains.
func TestMain(m *testing.M) {
	code := m.Run()
	if millionPath != "" {
		os.RemoveAll(filepath.Dir(millionPath))
	}
	os.Exit(code)
}

// millionFile writes one million synthetic domains to a file once per run.
func millionFile(b *testing.B) string {
	millionOnce.Do(func() {
		dir, err := os.MkdirTemp("", "immune-feeds-bench-")
		if err != nil {
			b.Fatal(err)
		}
		millionPath = filepath.Join(dir, "million.txt")
		f, err := os.Create(millionPath)
		if err != nil {
			b.Fatal(err)
		}
		w := bufio.NewWriterSize(f, 1<<20)
		syntheticDomains(w, 1_000_000, 42)
		w.Flush()
		f.Close()
	})
	return millionPath
}

// BenchmarkLoadMillion loads a file of one million domains the way the bot
// does at start and on every change (read, normalise, hash, sort, index,
// swap) and reports the heap the loaded set holds.
//
//	go test -run - -bench LoadMillion -benchmem -benchtime 5x ./feeds/
func BenchmarkLoadMillion(b *testing.B) {
	path := millionFile(b)
	st, _ := os.Stat(path)
	var set *bot.FeedSet
	for b.Loop() {
		m, err := feeds.New(feeds.Options{Apply: func(s *bot.FeedSet) { set = s }, WatchEvery: -1},
			[]feeds.Source{{Path: path, List: bot.BlockList}})
		if err != nil {
			b.Fatal(err)
		}
		if err := m.Load(context.Background(), false); err != nil {
			b.Fatal(err)
		}
		if h := m.FeedHealth()[0]; h.LastError != "" {
			b.Fatal(h.LastError)
		}
	}
	b.StopTimer()
	if set.Len() < 990_000 {
		b.Fatalf("%d entries", set.Len())
	}
	// What the set holds once loading is over: the heap with it, less the
	// heap without it.
	runtime.GC()
	var with runtime.MemStats
	runtime.ReadMemStats(&with)
	entries := set.Len()
	set = nil
	runtime.GC()
	var without runtime.MemStats
	runtime.ReadMemStats(&without)
	b.ReportMetric(float64(with.HeapAlloc-without.HeapAlloc)/(1<<20), "MiB-held")
	b.ReportMetric(float64(entries), "entries")
	b.ReportMetric(float64(st.Size())/(1<<20), "MiB-file")
}

// BenchmarkLookupMillion looks links up in a set of one million domains:
// half of them listed (at varying depths), half not.
//
//	go test -run - -bench LookupMillion -benchmem ./feeds/
func BenchmarkLookupMillion(b *testing.B) {
	path := millionFile(b)
	f, _ := os.Open(path)
	bl := bot.NewFeedListBuilder("million")
	if err := feeds.Parse(f, feeds.Domains, bot.BlockList, bl); err != nil {
		b.Fatal(err)
	}
	f.Close()
	set := bot.NewFeedSet(bl.Build())
	f, _ = os.Open(path)
	sc := bufio.NewScanner(f)
	var links []linkx.Link
	for i := 0; sc.Scan() && len(links) < 4096; i++ {
		if i%97 != 0 {
			continue
		}
		host := sc.Text()
		if len(links)%2 == 1 {
			host = "unlisted-" + host // a miss
		} else if len(links)%4 == 0 {
			host = "deep.sub." + host // a hit through parent domains
		}
		l, ok := linkx.Parse("https://" + host + "/login?id=1")
		if !ok {
			b.Fatalf("parse %s", host)
		}
		links = append(links, l)
	}
	f.Close()
	hits := 0
	for i := range links {
		if _, ok := set.Lookup(&links[i]); ok {
			hits++
		}
	}
	if hits < len(links)/2-len(links)/50 {
		b.Fatalf("%d hits of %d", hits, len(links))
	}
	b.ResetTimer()
	i := 0
	for b.Loop() {
		set.Lookup(&links[i%len(links)])
		i++
	}
}
