package brand

import "testing"

// TestTradeNames (rev44a): a security maker's name read only whole
// (norton, mcafee, avast, mullvad) or a short one, run together with
// words of its trade (Brand.Trade) and service words alone, reads as the
// maker's name, as it does split by a hyphen; run together with a word
// of another trade (nortonhealthcare, avastin) or another name (wwnorton)
// it does not. Each of the first was no match without Trade.
func TestTradeNames(t *testing.T) {
	m := New(Protected())
	for _, tc := range []struct {
		host, suffix, brand string // brand "": no match
	}{
		{"nortonsetup.com", "com", "Norton"},
		{"nortoncom-setup.com", "com", "Norton"},
		{"nortoncomsetup.us", "us", "Norton"},
		{"mcafeeactivate.com", "com", "McAfee"},
		{"avastantivirus.com", "com", "Avast"},
		{"mullvadvpn.net", "net", "Mullvad"},
		{"malwarebytespremium.com", "com", "Malwarebytes"},
		{"esetlicensekeys.com", "com", "ESET"},
		{"nortonhealthcare.com", "com", ""},
		{"nortonrosefulbright.com", "com", ""},
		{"wwnorton.com", "com", ""},
		{"avastin.com", "com", ""},
		{"esetnod32.ru", "ru", ""},
		{"messengerdownload.com", "com", ""},
	} {
		got, ok := m.Match(tc.host, tc.host, tc.suffix)
		name := ""
		if ok {
			name = got.Brand.Name
		}
		if name != tc.brand {
			t.Errorf("%s: %q, want %q", tc.host, name, tc.brand)
		}
	}
}
