package bot

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestSpeed46BrandLookupNoAlloc: the classifier's brand matcher, with
// the run-time brands (more than 512 names since session 46), builds
// its candidate sets on the stack: naming a word (Named) and matching a
// host of one label (Match) allocate nothing. With the sets' buffers of 512 names
// each lookup allocated (151 → 155 B/op in BenchmarkClassify).
func TestSpeed46BrandLookupNoAlloc(t *testing.T) {
	bm := NewClassifier(ClassifierConfig{}).brands.Load()
	for _, w := range []string{"garena", "robux", "steam", "firmware", "paypal", "nothing"} {
		if n := testing.AllocsPerRun(50, func() { bm.Named(w, math.MaxInt) }); n != 0 {
			t.Errorf("Named(%q): %.0f allocations", w, n)
		}
	}
	for _, h := range []string{"steamcommunlty.com", "garenaevent.net", "example.org"} {
		if n := testing.AllocsPerRun(50, func() { bm.Match(h, h, "com") }); n != 0 {
			t.Errorf("Match(%q): %.0f allocations", h, n)
		}
	}
}

// TestSpeed46SplitSlash: splitSlash gives strings.Split's pieces, into a
// buffer shorter or longer than them.
func TestSpeed46SplitSlash(t *testing.T) {
	for _, s := range []string{"", "/", "//", "a", "a/", "/a", "a/b", "a//b/", "docs/guide/intro.html", "1/2/3/4/5/6/7/8/9/10/11/12/13/14/15/16/17/18"} {
		var buf [4]string
		got, want := splitSlash(buf[:0], s), strings.Split(s, "/")
		if !slices.Equal(got, want) {
			t.Errorf("splitSlash(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestSpeed46NamesIndexTool: namesIndexTool is true exactly when
// lastWordFold finds one of indexTools, over random lines of tools'
// names in any case, names run into others, separators and other words.
func TestSpeed46NamesIndexTool(t *testing.T) {
	pieces := append([]string{"pipx", "npmx", "pip3x", "dock", "Docker", "UV", "uvx", "helmet", "condas", "micromambas",
		"install", "-i", "--index-url=", "é", "x", "1", " ", " ", " ", "-", "_", ".", "/", "=", "\"", "\t", "`"}, indexTools...)
	rng := rand.New(rand.NewPCG(46, 46))
	found := 0
	for range 200000 {
		var b strings.Builder
		for range rng.IntN(8) {
			p := pieces[rng.IntN(len(pieces))]
			if rng.IntN(4) == 0 {
				p = strings.ToUpper(p)
			}
			b.WriteString(p)
		}
		s := b.String()
		want := false
		for _, tool := range indexTools {
			want = want || lastWordFold(s, tool) >= 0
		}
		if got := namesIndexTool(s); got != want {
			t.Fatalf("namesIndexTool(%q) = %v, want %v", s, got, want)
		}
		if want {
			found++
		}
	}
	if found < 10000 {
		t.Errorf("only %d lines name a tool", found)
	}
}
