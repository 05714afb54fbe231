package linkx

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestSpeed45NumericHostsBetweenLinks: the cheap look that reads only
// the text between the links found already turns away no numeric host
// that reading the whole text finds (random texts of links, numbers,
// ports, paths and fetchers), and a text whose slashes and colons all
// stand in its links is turned away without reading them.
func TestSpeed45NumericHostsBetweenLinks(t *testing.T) {
	pieces := []string{"https://example.com/", "http://3232235777/", "3232235777", "0x7f000001", "0X7F", "/x.sh",
		":8080", " ", "  ", "curl ", "wget -qO- ", "a.b", "1234567890/", "http://1.2.3.4/", "(", "\"", "hxxp://evil[.]com/",
		"github.com/a/b", "20240501/report.pdf", "/", ":", "2130706433", "x", "ab", "\n", "see", ".", "`"}
	r := rand.New(rand.NewPCG(45, 45))
	found := 0
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		for range 1 + r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		clean, edits := refang(text, false)
		base := scan(clean, nil, -1, edits)
		got := numericHosts(clean, slices.Clone(base), 0, -1)
		want := readNumericHosts(clean, slices.Clone(base), 0, -1)
		if len(got) != len(want) {
			t.Fatalf("%q: %d links, want %d", text, len(got), len(want))
		}
		for i := range got {
			if got[i].Raw != want[i].Raw || got[i].start != want[i].start || got[i].end != want[i].end {
				t.Fatalf("%q: link %d %q, want %q", text, i, got[i].Raw, want[i].Raw)
			}
		}
		if len(want) > len(base) {
			found++
		}
	}
	if found < 500 {
		t.Errorf("only %d texts with a numeric host: the test reads too few", found)
	}
	text := "see https://example.com/1234567890/x and http://3232235777:80/a"
	links := scan(text, nil, -1, nil)
	if len(links) != 2 || mayHoldNumericHost(text, links) || !mayHoldNumericHost(text, nil) {
		t.Errorf("%q (%d links): the numbers inside the links were read", text, len(links))
	}
}
