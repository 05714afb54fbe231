package bot_test

import (
	"fmt"
	"testing"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/internal/chatmix"
	"github.com/immunebot/immune/internal/cputime"
)

func feedList(t testing.TB, name string, kind bot.ListKind, values ...string) *bot.FeedList {
	t.Helper()
	b := bot.NewFeedListBuilder(name)
	for _, v := range values {
		if err := b.Add(kind, v); err != nil {
			t.Fatalf("add %q: %v", v, err)
		}
	}
	return b.Build()
}

func link(t testing.TB, raw string) *linkx.Link {
	t.Helper()
	l, ok := linkx.Parse(raw)
	if !ok {
		t.Fatalf("parse %q", raw)
	}
	return &l
}

func TestFeedSetLookup(t *testing.T) {
	t.Parallel()
	block := feedList(t, "scam-feed", bot.BlockList,
		"dlscord.com", "*.steamcommunlty.ru", "Phish.Example.ORG.", "https://sites.google.com/view/free-nitro",
		"evil.example.net/login?next=1", "xn--dscord-wva.com", "bücher-phish.de", "198.51.100.7", "co.uk")
	urls := bot.NewFeedListBuilder("urlhaus")
	for _, u := range []string{"https://github.com/evil/tool/raw/main/stealer.exe", "http://203.0.113.9/", "https://drive.google.com/uc?id=abc&export=download"} {
		if err := urls.AddURL(bot.BlockList, u); err != nil {
			t.Fatal(err)
		}
	}
	allow := feedList(t, "", bot.AllowList, "ok.dlscord.com", "phish.example.org", "github.com")
	s := bot.NewFeedSet(block, urls.Build(), allow)

	tests := []struct {
		name, url string
		kind      bot.ListKind // "" for no hit
		source    string
		domain    string
	}{
		{"listed domain", "https://dlscord.com/gift", bot.BlockList, "scam-feed", "dlscord.com"},
		{"subdomain of a listed domain", "http://www.nitro.dlscord.com", bot.BlockList, "scam-feed", "dlscord.com"},
		{"allowed subdomain wins", "https://ok.dlscord.com/x", bot.AllowList, "", "ok.dlscord.com"},
		{"sibling is not listed", "https://dlscord.co/", "", "", ""},
		{"parent of a listed domain", "https://steamcommunlty.ru.example.com/", "", "", ""},
		{"wildcard entry", "https://trade.steamcommunlty.ru/offer", bot.BlockList, "scam-feed", "steamcommunlty.ru"},
		{"same level: allow wins", "https://phish.example.org/", bot.AllowList, "", "phish.example.org"},
		{"listed URL", "https://sites.google.com/view/free-nitro/", bot.BlockList, "scam-feed", ""},
		{"other page on the URL's host", "https://sites.google.com/view/school", "", "", ""},
		{"URL with query", "http://evil.example.net/login?next=1", bot.BlockList, "scam-feed", ""},
		{"URL with another query", "http://evil.example.net/login?next=2", "", "", ""},
		{"punycode entry, unicode link", "https://dìscord.com/", bot.BlockList, "scam-feed", "xn--dscord-wva.com"},
		{"unicode entry", "https://shop.bücher-phish.de/", bot.BlockList, "scam-feed", "xn--bcher-phish-thb.de"},
		{"listed IP", "http://198.51.100.7:8080/panel", bot.BlockList, "scam-feed", "198.51.100.7"},
		{"public suffix entry matches nothing", "https://example.co.uk/", "", "", ""},
		{"URL-level entry on an allowed host", "https://github.com/evil/tool/raw/main/stealer.exe", bot.BlockList, "urlhaus", ""},
		{"the allowed host itself", "https://github.com/golang/go", bot.AllowList, "", "github.com"},
		{"URL-level root entry is not the host", "http://203.0.113.9/admin", "", "", ""},
		{"URL-level root entry", "http://203.0.113.9", bot.BlockList, "urlhaus", ""},
		{"URL-level query entry", "https://drive.google.com/uc?id=abc&export=download", bot.BlockList, "urlhaus", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hit, ok := s.Lookup(link(t, tt.url))
			if ok != (tt.kind != "") || hit.Kind != tt.kind || hit.Source != tt.source || hit.Domain != tt.domain {
				t.Errorf("Lookup(%s) = %+v, %v; want %s from %q (%q)", tt.url, hit, ok, tt.kind, tt.source, tt.domain)
			}
		})
	}
	if got, want := s.Len(), 9+3+3; got != want {
		t.Errorf("Len = %d, want %d", got, want)
	}
}

func TestFeedListBuilderSkipsWhatIsNotADomain(t *testing.T) {
	t.Parallel()
	b := bot.NewFeedListBuilder("f")
	for _, v := range []string{"not a domain", "localhost", "example.invalidtld", "ok.example.com", "", "https://"} {
		b.Add(bot.BlockList, v)
	}
	if err := b.AddURL(bot.BlockList, "nohost"); err == nil {
		t.Error("AddURL accepted a value without a host")
	}
	if err := b.AddName("metamask.io"); err != nil {
		t.Error(err)
	}
	if len(b.Problems()) != 5 {
		t.Errorf("problems: %v", b.Problems())
	}
	l := b.Build()
	if l.Len() != 2 || l.Blocked() != 1 || l.Skipped() != 6 || len(l.Names()) != 1 {
		t.Errorf("len %d blocked %d skipped %d names %v", l.Len(), l.Blocked(), l.Skipped(), l.Names())
	}
}

// TestFeedSetMergeAttributesToTheFirstList merges lists that share
// entries, in more than one table size.
func TestFeedSetMergeAttributesToTheFirstList(t *testing.T) {
	t.Parallel()
	for _, n := range []int{1, 3, 5, 100, 5000} {
		var a, b []string
		for i := range n {
			a = append(a, fmt.Sprintf("a%d.example.com", i))
			b = append(b, fmt.Sprintf("b%d.example.com", i))
		}
		b = append(b, a[0]) // on both lists
		la, lb := feedList(t, "first", bot.BlockList, a...), feedList(t, "second", bot.BlockList, b...)
		s := bot.NewFeedSet(la, lb)
		if s.Len() != 2*n {
			t.Errorf("n=%d: Len = %d, want %d", n, s.Len(), 2*n)
		}
		for _, c := range []struct{ host, source string }{{a[0], "first"}, {a[n-1], "first"}, {b[0], "second"}, {b[n-1], "second"}} {
			if hit, ok := s.Lookup(link(t, "https://"+c.host+"/")); !ok || hit.Source != c.source {
				t.Errorf("n=%d: %s: %+v %v, want from %s", n, c.host, hit, ok, c.source)
			}
		}
		if _, ok := s.Lookup(link(t, "https://c0.example.com/")); ok {
			t.Errorf("n=%d: an unlisted host was found", n)
		}
		// Only the second list has entries of this kind: attributed to it.
		only := bot.NewFeedSet(feedList(t, "empty", bot.AllowList), lb)
		if hit, ok := only.Lookup(link(t, "https://"+b[0]+"/")); !ok || hit.Source != "second" {
			t.Errorf("n=%d: %+v %v, want from second", n, hit, ok)
		}
	}
	var nilSet *bot.FeedSet
	if _, ok := nilSet.Lookup(link(t, "https://example.com/")); ok || nilSet.Len() != 0 {
		t.Error("a nil set found something")
	}
}

func TestFeedSetLookupAllocatesNothing(t *testing.T) {
	var values []string
	for i := range 10000 {
		values = append(values, fmt.Sprintf("phish-%d.example.com", i))
	}
	s := bot.NewFeedSet(feedList(t, "f", bot.BlockList, values...), feedList(t, "g", bot.AllowList, "good.example.com"))
	links := []*linkx.Link{
		link(t, "https://a.b.phish-77.example.com/login?x=1"),
		link(t, "https://www.unlisted.example.org/path/"),
		link(t, "http://198.51.100.1/x"),
	}
	for _, l := range links {
		if n := testing.AllocsPerRun(100, func() { s.Lookup(l) }); n != 0 {
			t.Errorf("Lookup(%s) allocates %.0f times", l.Raw, n)
		}
	}
}

// BenchmarkClassifyWithMillionFeed is BenchmarkClassify without and with
// one million feed domains installed: the cost the global lists add. Each
// reports the process's CPU time a message too (cpu-ns/op), which other
// work on a shared machine does not inflate as it does the wall time.
//
//	go test -run - -bench ClassifyWithMillion -benchmem -cpu 1 ./bot/
func BenchmarkClassifyWithMillionFeed(b *testing.B) {
	fb := bot.NewFeedListBuilder("million")
	for i := range 1_000_000 {
		fb.Add(bot.BlockList, fmt.Sprintf("scam-%d-gift.example-phish.net", i))
	}
	million := bot.NewFeedSet(fb.Build())
	msgs := chatmix.Messages(10000, 1)
	for _, tc := range []struct {
		name string
		set  *bot.FeedSet
	}{{"none", nil}, {"million", million}} {
		b.Run(tc.name, func(b *testing.B) {
			c := bot.NewClassifier(bot.ClassifierConfig{})
			c.SetFeeds(tc.set)
			for i := range msgs { // warm the host cache as a running bot has it
				c.Classify(&msgs[i], bot.Hints{})
			}
			b.ReportAllocs()
			start := cpuTime()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				c.Classify(&msgs[i%len(msgs)], bot.Hints{})
			}
			b.StopTimer()
			b.ReportMetric(float64((cpuTime()-start).Nanoseconds())/float64(b.N), "cpu-ns/op")
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
		})
	}
}

// cpuTime returns the CPU time the process has used.
var cpuTime = cputime.Process
