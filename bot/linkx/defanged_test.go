package linkx_test

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestDefangedConventions: a link is Defanged when every disguise inside
// is written as analysts quote indicators (hxxp, [.], [:], [://], [dot],
// no spaces); broken up otherwise, or with an invisible character, it is
// Disguised only.
func TestDefangedConventions(t *testing.T) {
	t.Parallel()
	cases := []struct {
		text      string
		defanged  bool
		disguised bool
	}{
		{"hxxps://evil[.]com/a", true, true},
		{"hXXp://evil.com/a", true, true},
		{"hxxps[:]//evil[.]com", true, true},
		{"evil[dot]com", true, true},
		{"185.220.101[.]45:8443", true, true},
		{"https://evil[.]com", true, true},
		{"evil(.)com", false, true},
		{"evil(dot)com", false, true},
		{"evil{.}com", false, true},
		{"evil [.] com", false, true},
		{"evil[.] com", false, true},
		{"h**ps://evil[.]com", false, true},
		{"hxxps://evil[.]co . uk", false, true},
		{"hxxps://ev\u200bil[.]com", false, true},
		{"https://evil.com", false, false},
	}
	for _, tc := range cases {
		ls := linkx.Extract(tc.text, nil)
		if len(ls) != 1 {
			t.Errorf("%q: %d links", tc.text, len(ls))
			continue
		}
		if ls[0].Defanged != tc.defanged || ls[0].Disguised != tc.disguised && !ls[0].Hidden {
			t.Errorf("%q: Defanged %v Disguised %v Hidden %v, want %v %v", tc.text, ls[0].Defanged, ls[0].Disguised, ls[0].Hidden, tc.defanged, tc.disguised)
		}
	}
	if _, k := linkx.Refang("evil(dot)com"); k != linkx.KindDefanged {
		t.Errorf("Refang(evil(dot)com) kind %v, want KindDefanged alone", k)
	}
}
