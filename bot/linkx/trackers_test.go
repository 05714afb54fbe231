package linkx_test

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestDropTrackers: the sharer's tracking parameters leave the query,
// the site's own parameters (a generic name elsewhere than its host's
// rule, a word where a token is asked) stay, in their order.
func TestDropTrackers(t *testing.T) {
	cases := []struct{ url, query string }{
		{"https://example.org/a?utm_source=twitter&utm_medium=social&utm_campaign=share", ""},
		{"https://example.org/a?id=7&UTM_Source=x&page=2", "id=7&page=2"},
		{"https://example.org/?fbclid=IwAR2Xk3&gclid=abc&msclkid=1&yclid=2&mc_cid=3&mc_eid=4", ""},
		{"https://example.org/p?_hsenc=p2A&_hsmi=9&mkt_tok=x&vero_id=1&oly_anon_id=2&oly_enc_id=3&spm=a.b&share_id=9", ""},
		{"https://www.instagram.com/p/CxYz/?igsh=MTc4MmM1YmI2Ng==", ""},
		{"https://youtu.be/dQw4w9WgXcQ?si=Xk3Lm9PqR2sT8vWz", ""},
		{"https://www.youtube.com/watch?v=dQw4w9WgXcQ&feature=youtu.be", "v=dQw4w9WgXcQ"},
		{"https://example.org/docs?si=en", "si=en"},                           // a word, not a token
		{"https://example.org/search?feature=dark-mode", "feature=dark-mode"}, // the site's own feature
		{"https://x.com/golang/status/17345?s=20&t=Xk3Lm9PqR2sT8vWzQ7bN1c", ""},
		{"https://mobile.twitter.com/golang/status/17345?s=21", ""},
		{"https://example.org/list?s=20&t=3", "s=20&t=3"}, // s and t elsewhere are the site's
		{"https://github.com/golang/go/blob/master/README.md?ref=main", "ref=main"},
		{"https://example.org/a?q=1#utm_source=x", "q=1"},
		{"https://example.org/a?ref_src=twsrc%5Etfw&ref_url=x&lang=en", "lang=en"},
	}
	for _, tc := range cases {
		l, ok := linkx.Parse(tc.url)
		if !ok {
			t.Fatalf("%s not parsed", tc.url)
		}
		raw := l.Raw
		linkx.DropTrackers(&l)
		if l.Query != tc.query {
			t.Errorf("%s: query %q, want %q", tc.url, l.Query, tc.query)
		}
		if l.Raw != raw {
			t.Errorf("%s: Raw %q changed", tc.url, l.Raw)
		}
	}
}

// TestDropTrackersCopiesNothingUntracked: a query with no tracker, the
// common case on the path of judging every link, is left as written
// without a copy of it being made.
func TestDropTrackersCopiesNothingUntracked(t *testing.T) {
	l, ok := linkx.Parse("https://github.com/golang/go/issues?q=is%3Aopen+label%3ANeedsFix&page=2&ref=main")
	if !ok {
		t.Fatal("not parsed")
	}
	want := l.Query
	allocs := testing.AllocsPerRun(100, func() {
		if linkx.DropTrackers(&l) {
			t.Fatal("dropped a parameter from an untracked query")
		}
	})
	if allocs != 0 || l.Query != want {
		t.Fatalf("%v allocations, query %q (want 0, %q)", allocs, l.Query, want)
	}
}
