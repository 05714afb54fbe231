package brand

import "testing"

// TestBesideRun (beside49): a notice's words run together split into
// the words besideKind knows, two or more of them, none a tool's; other
// letters do not.
func TestBesideRun(t *testing.T) {
	for _, tc := range []struct {
		s              string
		strongs, weaks int
		subject, ok    bool
	}{
		{"trackparcel", 0, 0, true, true},
		{"newdevice", 0, 0, true, true},
		{"recordingview", 0, 2, false, true},
		{"tokenrotate", 0, 2, false, true},
		{"kycreverify", 2, 0, false, true},
		{"parcel", 0, 0, false, false},        // one word is no run
		{"parceltracker", 0, 0, false, false}, // a tool's word
		{"backgrounds", 0, 0, false, false},
		{"", 0, 0, false, false},
	} {
		st, wk, _, sub, ok := besideRun(tc.s, 0)
		if st != tc.strongs || wk != tc.weaks || sub != tc.subject || ok != tc.ok {
			t.Errorf("besideRun(%q) = %d, %d, %v, %v; want %d, %d, %v, %v", tc.s, st, wk, sub, ok, tc.strongs, tc.weaks, tc.subject, tc.ok)
		}
	}
}
