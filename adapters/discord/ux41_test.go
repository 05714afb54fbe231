package discord_test

import (
	"strings"
	"testing"
)

// TestWhyWithMoreWordsSaysDiscordsUsage (ux41): /immune why with more
// than one word in its message option changes nothing and shows the
// usage as Discord's (the message option, or the menu Why? on a notice),
// in English and Vietnamese; before, it showed Telegram's "why 12345".
func TestWhyWithMoreWordsSaysDiscordsUsage(t *testing.T) {
	t.Parallel()
	h := start(t)
	for _, c := range []struct {
		locale string
		want   string
	}{
		{"en-US", "/immune why message:ID"},
		{"vi", "/immune why message:ID"},
	} {
		got := rendered(h.ask("c1", "mod1", permManage, c.locale, slash("why", "message", "123456 789012")))
		if !strings.Contains(got, c.want) || strings.Contains(got, ": why 12345.") {
			t.Errorf("%s: why with two ids answered %q, want Discord's usage %q in it", c.locale, got, c.want)
		}
		if !strings.Contains(got, "789012") {
			t.Errorf("%s: why with two ids answered %q, want the words not understood named", c.locale, got)
		}
	}
}
