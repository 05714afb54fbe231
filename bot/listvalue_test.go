package bot_test

import (
	"errors"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestListValueRefusesSharedSuffixes: an allow or block list value that
// is a whole public suffix (com.vn, .co.uk, *.com.vn) would allow or block
// every site registered under it, and ..evil.com is a typo that matches
// nothing; both are refused as no domain, with why. Domains under a
// suffix, written plainly or with a leading dot or *., are taken.
func TestListValueRefusesSharedSuffixes(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"com.vn", ".com.vn", "*.com.vn", "co.uk", ".co.uk", "..evil.com"} {
		if v, err := bot.ParseListValue(s); !errors.Is(err, bot.ErrNotDomain) {
			t.Errorf("ParseListValue(%q) = %q, %v; want refused", s, v, err)
		}
	}
	for s, want := range map[string]string{"vietcombank.com.vn": "vietcombank.com.vn", ".evil.co.uk": "evil.co.uk",
		"*.evil.com.vn": "evil.com.vn", "evil.github.io": "evil.github.io"} {
		if v, err := bot.ParseListValue(s); err != nil || v != want {
			t.Errorf("ParseListValue(%q) = %q, %v; want %q", s, v, err, want)
		}
	}
}
