package bot

import "testing"

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
		{"link hidden by an invisible space", "go to evil\u200b.com/x", "go to evil[.]com/x"},
		{"spoiler", "a||b||c", "a| |b| |c"},
		{"Hebrew fenced", "שלום evil.com", "\u200eשלום evil[.]com\u200e"},
		{"joiners kept", "👨\u200d👩", "👨\u200d👩"},
		{"capped", "abcdef", "abc…"},
		{"invalid UTF-8", "a\xffb", "ab"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			max := 100
			if tc.name == "capped" {
				max = 3
			}
			if got := quoteText(tc.in, max); got != tc.want {
				t.Errorf("quoteText(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
