package bot

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// forgePagesRef is forgePages as it was before it looked for ".pages."
// with strings.Contains first.
func forgePagesRef(l *linkx.Link) (linkx.Link, bool) {
	i := strings.LastIndex(l.Host, ".pages.")
	if i <= 0 || l.Domain == "" || l.IP.IsValid() {
		return *l, false
	}
	rest := l.Host[i+1:]
	if len(rest) < len(l.Domain) || rest == l.Domain && l.ICANN || rest == l.Suffix ||
		reputableSuffixes[l.Suffix] || institutional(l.Suffix) {
		return *l, false
	}
	name := l.Host[:i]
	name = name[strings.LastIndexByte(name, '.')+1:]
	if name == "" || name == "www" {
		return *l, false
	}
	site := *l
	site.Domain = l.Host[i-len(name):]
	site.Suffix = rest
	site.ICANN = false
	return site, true
}

// TestForgePagesMatchesReference holds forgePages to its reference on
// hosts built of labels with and without "pages" (twice over, at the
// start, the end, under institutions' endings and a forge's).
func TestForgePagesMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 30))
	labels := []string{"pages", "www", "metamask-verify", "wallet", "gitlab", "gnome", "debian", "pages-x", "xpages", "a", "github", "io", "org", "net", "com", "gov", "cloud", "edu", "vn", "1.2.3"}
	n := 0
	for i := 0; i < 20000; i++ {
		parts := make([]string, 1+r.IntN(6))
		for k := range parts {
			parts[k] = labels[r.IntN(len(labels))]
		}
		l, ok := linkx.Parse("https://" + strings.Join(parts, ".") + "/x")
		if !ok {
			continue
		}
		got, gok := forgePages(&l)
		want, wok := forgePagesRef(&l)
		if got != want || gok != wok {
			t.Fatalf("forgePages(%q) = %+v, %v; reference %+v, %v", l.Host, got, gok, want, wok)
		}
		if wok {
			n++
		}
	}
	if n == 0 {
		t.Fatal("no host read as a forge's pages: the test reads nothing")
	}
}
