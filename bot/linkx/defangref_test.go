package linkx

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// defangRef is Defang as it was before it wrote the host's dots into its
// builder: the host copied by strings.ReplaceAll first.
// TestDefangMatchesReference holds Defang to it.
func defangRef(s string) string {
	if s == "" {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	rest := s
	if i := strings.Index(rest, "://"); i > 0 {
		scheme := rest[:i]
		if strings.HasPrefix(strings.ToLower(scheme), "http") {
			scheme = "hxxp" + scheme[4:]
		}
		b.WriteString(scheme)
		b.WriteString("://")
		rest = rest[i+3:]
	}
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	b.WriteString(strings.ReplaceAll(rest[:end], ".", "[.]"))
	b.WriteString(rest[end:])
	return b.String()
}

// TestDefangMatchesReference compares Defang with the reference on
// 300,000 strings of hosts, schemes, dots (leading, trailing, doubled),
// paths, queries, fragments and non-ASCII letters.
func TestDefangMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(14, 14))
	pieces := []string{"", ".", "..", "a", "paypal", "com", "việt", "xn--vitnt-xxa9e", "https://", "HTTP://", "ftp://", "hxxp://",
		"://", "/", "/a.b", "?q=1.2", "#x.y", "[.]", ":8080", "@", "-", "htt", "HtTpS://", "h", "p", "İ"}
	for i := 0; i < 300000; i++ {
		var b strings.Builder
		for n := r.IntN(8); n > 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := Defang(s), defangRef(s); got != want {
			t.Fatalf("Defang(%q) = %q, reference %q", s, got, want)
		}
	}
}
