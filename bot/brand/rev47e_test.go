package brand

import "testing"

// TestCreatorWeakAndSoft (rev47e): a word-like creator's platform's name
// (riverside, adobe, kick, antares) beside a notice's ordinary words
// alone (a fund, a grant, partners, an award, winners) names a charity,
// a builder or a club as often, and a creator's platform beside a review
// or free templates names a review site: neither is read as a notice's
// name; beside one more word, a payout's, a licence's or an account's
// word they still are.
func TestCreatorWeakAndSoft(t *testing.T) {
	m := NewRuntime(Protected())
	for _, tc := range []struct {
		host string
		read bool
	}{
		{"riverside-fund.org", false},
		{"adobe-grant.org", false},
		{"kick-winners.com", false},
		{"antares-partners.com", false},
		{"audible-award-winners.com", false},
		{"waves-plugins-review.com", false},
		{"canva-templates-free.com", false},
		{"behance-portfolio-review.com", false},
		{"kick-partner-program.top", true},
		{"kick-streamer-bonus.top", true},
		{"riverside-fund-payout.com", true},
		{"kick-monetization.com", true},
		{"canva-account-verify.top", true},
		{"ableton-license-review.top", true},
		// not a Beside brand: its name alone is the brand's
		{"distrokid-partners.com", true},
	} {
		label, suffix := tc.host[:lastDot(tc.host)], tc.host[lastDot(tc.host)+1:]
		mt, ok := m.Match(tc.host, tc.host, suffix)
		if !ok {
			if tc.read {
				t.Errorf("%s: no match", tc.host)
			}
			continue
		}
		if _, read := mt.NoticeName(label, suffix); read != tc.read {
			t.Errorf("%s: NoticeName read %v (%s), want %v", tc.host, read, mt.Brand.Name, tc.read)
		}
	}
}

// TestOwnLabelNotSplit (rev47e): a brand's own hyphenated label under
// another ending is its own spelling (OwnLabel), which SplitName alone
// reads as the name cut by a hyphen.
func TestOwnLabelNotSplit(t *testing.T) {
	m := NewRuntime(Protected())
	mt, ok := m.Match("native-instruments.de", "native-instruments.de", "de")
	if !ok || !mt.SplitName("native-instruments") || !mt.OwnLabel("native-instruments") {
		t.Fatalf("native-instruments.de: %+v %v", mt, ok)
	}
	if mt.OwnLabel("nativeinstruments") {
		t.Error("nativeinstruments is no label of Native Instruments' domains")
	}
}
