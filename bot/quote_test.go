package bot

import (
	"strings"
	"testing"
)

// TestQuoteText checks how a member's text is quoted in a case and a
// report: what could reorder or hide the note around it is taken out,
// links are defanged after the cleaning, and line breaks stay.
func TestQuoteText(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, in, want string }{
		{"plain", "  see you at 5  ", "see you at 5"},
		{"lines stay", "one\ntwo", "one\ntwo"},
		{"override and isolates", "a\u202eb\u2066c\u2069d\u200fe", "abcde"},
		{"tab and controls", "a\tb\x07c", "a b c"},
		{"blank fillers and runs of space", "a\u3164\u3164b   c\u2800", "a b c"},
		{"link hidden by an invisible space", "go to evil\u200b.com/x", "go to evil[.]com/x"},
		{"spoiler", "a||b||c", "a| |b| |c"},
		{"Hebrew fenced", "שלום evil.com", "\u200eשלום evil[.]com\u200e"},
		{"joiners kept", "👨\u200d👩", "👨\u200d👩"},
		{"capped", "abcdef", "abc…"},
		{"invalid UTF-8", "a\xffb", "ab"},
		// the cap counts what is shown: invisible padding cannot push
		// the scam out of the quote
		{"padded", strings.Repeat("\u200b", 300) + "claim at evil.com", "claim at evil[.]com"},
		{"padded and capped", strings.Repeat("\u2060", 50) + "abcdef", "abc…"},
		// a tower of combining marks, drawn over the lines around the
		// quote, is cut to four a letter, as in a name
		{"marks", "a" + strings.Repeat("\u0301", 30) + "b\u0323\u0302", "a\u0301\u0301\u0301\u0301b\u0323\u0302"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			max := 100
			if strings.HasSuffix(tc.name, "capped") {
				max = 3
			}
			if got := quoteText(tc.in, max); got != tc.want {
				t.Errorf("quoteText(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
