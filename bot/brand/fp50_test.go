package brand

import "testing"

// TestCoincidentShort (fp50): a tiny word reaches a short name's
// skeleton by coincidence when it takes a letter pair more than the name
// and two changes more; one change (clhl, dhi, rnsb) or a name whose own
// letters read so (citi as cltl) is no coincidence.
func TestCoincidentShort(t *testing.T) {
	for _, tc := range []struct {
		word, name string
		want       bool
	}{
		{"clhi", "dhl", true},
		{"clpcl", "dpd", true},
		{"rnorno", "momo", true},
		{"clhl", "dhl", false},
		{"dhi", "dhl", false},
		{"rnsb", "msb", false},
		{"cltl", "citi", false},
		{"m0m0", "momo", false},
	} {
		if got := coincidentShort(tc.word, tc.name); got != tc.want {
			t.Errorf("coincidentShort(%q, %q) = %v, want %v", tc.word, tc.name, got, tc.want)
		}
	}
	m := NewRuntime(Protected())
	if r, ok := m.Match("clhi.ca", "clhi.ca", "ca"); !ok || !r.Coincident {
		t.Errorf("clhi.ca: %+v %v, want a coincident look-alike", r, ok)
	}
	if r, ok := m.Match("clhi-parcel.com", "clhi-parcel.com", "com"); !ok || r.Coincident {
		t.Errorf("clhi-parcel.com: %+v %v, want a look-alike read in full", r, ok)
	}
	if r, ok := New(Protected()).Match("clhi.ca", "clhi.ca", "ca"); !ok || r.Coincident {
		t.Errorf("trainer's clhi.ca: %+v %v, want as before", r, ok)
	}
}

// TestOverlapWord (fp50): a word that begins inside the brand's name,
// sharing two to four of its letters, and runs two letters or more past
// it; not a notice's or service's word, not one that takes five of the
// name's letters.
func TestOverlapWord(t *testing.T) {
	words := map[string]bool{"palette": true, "basement": true, "oxygen": true, "hubris": true, "alert": true,
		"connection": true, "witchcraft": true}
	isWord := func(w string) bool { return words[w] }
	for _, tc := range []struct {
		word, name string
		want       bool
	}{
		{"paypalette", "paypal", true},
		{"coinbasement", "coinbase", true},
		{"robloxygen", "roblox", true},
		{"githubris", "github", true},
		{"paypalert", "paypal", false},
		{"livewalletconnection", "walletconnect", false},
		{"twitchcraft", "twitch", false},
		{"paypalsecure", "paypal", false},
	} {
		m := Match{Kind: NameInDomain, Word: tc.word, name: tc.name}
		if got := m.OverlapWord(isWord); got != tc.want {
			t.Errorf("OverlapWord(%q in %q) = %v, want %v", tc.name, tc.word, got, tc.want)
		}
	}
}
