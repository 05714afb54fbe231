package filetype

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSpeed50bMayBotnet: every botnet build's name, in lower, upper and
// mixed case, passes mayBotnet, so that the lookups it spares could find
// none; and it spares most other names a link ends in.
func TestSpeed50bMayBotnet(t *testing.T) {
	for b := range botnetBuilds {
		for _, name := range []string{b, strings.ToUpper(b), strings.ToUpper(b[:1]) + b[1:]} {
			if !mayBotnet(name) {
				t.Errorf("mayBotnet(%q) = false", name)
			}
		}
	}
	spared := 0
	others := []string{"index", "watch", "html", "php", "exe", "zip", "download", "12345", "setup", "view", "a", "", "main",
		"readme", "jpg", "pdf", "apk", "msi", "tar", "gz", "js", "css", "json", "latest", "file", "docs"}
	for _, w := range others {
		if !mayBotnet(w) {
			spared++
		} else if botnetBuilds[w] {
			t.Fatalf("%q is a build's name", w)
		}
	}
	if spared < len(others)*3/4 {
		t.Errorf("mayBotnet spares %d of %d ordinary names", spared, len(others))
	}
}

// TestSpeed50bTrimEnd: trimEnd is strings.TrimRight(name, " .\t") on
// names of those bytes and others, Unicode among them.
func TestSpeed50bTrimEnd(t *testing.T) {
	pieces := []string{" ", ".", "\t", "a", "exe", "é", "\u202e", ". ", "\x00", "\xff", "_", "-", "photo.jpg"}
	r := rand.New(rand.NewPCG(50, 4))
	var sb strings.Builder
	for range 200_000 {
		sb.Reset()
		for range r.IntN(6) {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		name := sb.String()
		if got, want := trimEnd(name), strings.TrimRight(name, " .\t"); got != want {
			t.Fatalf("trimEnd(%q) = %q, want %q", name, got, want)
		}
	}
}
