package linkx_test

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestDotDisguisedNames (defang30): a host whose last dot is written
// disguised is read under an ending that is more often a file's
// (wallet-scan[.]app, x . app) and after a scheme that is none
// ("meow://", "h__ps://", "[https]://"), and marked DotDisguised; the
// same names written plainly stay a file's name and a path's segment.
// On 67ac993 none of the first seven was read.
func TestDotDisguisedNames(t *testing.T) {
	t.Parallel()
	cases := []struct {
		text, host   string // host "" for no link
		dotDisguised bool
	}{
		{"go to wallet-scan[.]app and import", "wallet-scan.app", true},
		{"the site is wallet-scan . app now", "wallet-scan.app", true},
		{"claim at drop-pass(.)zip", "drop-pass.zip", true},
		{"meow://bonus-spin[.]com lol", "bonus-spin.com", true},
		{"h__ps://bonus-spin[.]com/claim (fill in tt)", "bonus-spin.com", true},
		{"[https]://bonus-spin[.]org/sync remove the brackets", "bonus-spin.org", true},
		{"${jndi:ldap://203.0.113[.]7:1389/a}", "203.0.113.7", true},
		{"open notes.app and run setup.sh", "", false},
		{"meow://bonus-spin.com lol", "", false},
		{"see https://example.com/wallet-scan[.]app", "example.com", false},
		{"go to wallet-scan[.]com", "wallet-scan.com", false},
		{"hxxps://bonus-spin[.]com/claim", "bonus-spin.com", false},
	}
	for _, tc := range cases {
		links := linkx.Extract(tc.text, nil)
		if tc.host == "" {
			if len(links) != 0 {
				t.Errorf("%q: read %q, want no link", tc.text, links[0].Host)
			}
			continue
		}
		if len(links) != 1 || links[0].Host != tc.host || links[0].DotDisguised != tc.dotDisguised || !links[0].Disguised {
			t.Errorf("%q: %+v, want one disguised link to %s (DotDisguised %v)", tc.text, links, tc.host, tc.dotDisguised)
		}
	}
}
