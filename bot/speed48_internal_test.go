package bot

import "testing"

// TestIndexFromIsIndexFold (speed48): indexFrom finds "from " where the
// byte-by-byte search it replaced did.
func TestIndexFromIsIndexFold(t *testing.T) {
	for _, s := range []string{"", "from", "from ", " from ", "FROM x", "a message From Webex", "xfrom y",
		"fro m from", "from\tfrom ", "  ", "rom from", "New voicemail fRoM Webex from you", "Fromage from "} {
		if got, want := indexFrom(s), indexFoldRef(s, "from "); got != want {
			t.Errorf("indexFrom(%q) = %d, want %d", s, got, want)
		}
	}
}

// indexFold is strings.Index for an ASCII lower-case sub in s, its
// letters read in either case.
func indexFoldRef(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && lowerASCII(s[i+j]) == sub[j] {
			j++
		}
		if j == len(sub) {
			return i
		}
	}
	return -1
}
