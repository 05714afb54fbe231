package bot_test

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/immunebot/immune/bot"
)

// TestListsMoreLineNamesLongEntriesShort: a "more" line of lists whose
// next entry is a URL of thousands of characters names a short start of it
// instead (or, for two such URLs alike for longer than a cursor, the
// entry's number), which, sent back, shows the page from that entry on;
// every answer fits a Telegram message. Before, the line named the whole
// URL, which the platform's length cut off, so that it could not be sent
// back.
func TestListsMoreLineNamesLongEntriesShort(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	long := func(host, tail string) string {
		return "https://" + host + "/" + strings.Repeat("a", 2500) + tail
	}
	entries := []string{
		"aaa-first.example.com", // shown on the first page, with the long ones cut by the room
		long("bbb.example.com", "1"),
		long("ccc.example.com", "1"),
		long("ccc.example.com", "2"), // alike with the one before for 2,500 characters
		"ddd-last.example.com",
	}
	for _, e := range entries {
		if r := h.command("g", "boss", true, "block", e, nil); !strings.Contains(r.Text, "blocked") {
			t.Fatalf("block %.40s…: %q", e, r.Text)
		}
	}
	more := regexp.MustCompile(`… and (\d+) more: lists block from (\S+) shows them\.`)
	args := "block"
	var starts []string
	var all strings.Builder
	for range len(entries) + 1 {
		r := h.command("g", "boss", true, "lists", args, nil)
		all.WriteString(more.ReplaceAllString(r.Text, ""))
		if n := len(utf16.Encode([]rune(r.Text))); n > 4000 {
			t.Errorf("lists %.40s answered %d UTF-16 units", args, n)
		}
		m := more.FindStringSubmatch(r.Text)
		if m == nil {
			break
		}
		if len(m[2]) > 80 {
			t.Fatalf("lists %.40s names a cursor of %d characters: %.100s…", args, len(m[2]), m[2])
		}
		starts = append(starts, m[2])
		args = "block from " + m[2]
	}
	// page 1 holds aaa and bbb, page 2 ccc…1 (from a start of it), page 3
	// ccc…2 (from its number, 4: a start of it would be as long as it)
	// and ddd
	want := []string{"ccc[.]example[.]com/aaa", "4"}
	if len(starts) != len(want) {
		t.Fatalf("the more lines named %q, want %d pages after the first", starts, len(want))
	}
	for i, w := range want {
		if !strings.HasPrefix(starts[i], w) {
			t.Errorf("page %d starts from %q, want %q…", i+2, starts[i], w)
		}
	}
	text := all.String()
	for _, shown := range []string{"aaa-first[.]", "bbb[.]example[.]com/aaa", "ccc[.]example[.]com/" + strings.Repeat("a", 2500) + "1",
		"ccc[.]example[.]com/" + strings.Repeat("a", 2500) + "2", "ddd-last[.]"} {
		if n := strings.Count(text, shown); n != 1 {
			t.Errorf("%.40s… shown %d times over the pages", shown, n)
		}
	}
}
