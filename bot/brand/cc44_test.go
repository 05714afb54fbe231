package brand

import "testing"

// TestRuntimeCountryEndings (cc44): a brand that owns its name under
// every country's ending (AnyCountry) owns it, under NewRuntime, under a
// country's own ending (amazon.co.uk, google.co.jp, dhl.de, google.com.ai)
// and at its real sites under an ending sold as generic (google.tk,
// google.ws, airbnb.io, rakuten.tv), not elsewhere under one (amazon.cc,
// dhl.tk, google.io, hsbc.co): each of the last was the brand's own
// before. New, which the trainer's view reads, keeps the old reading, so
// the weights rebuild as they were.
func TestRuntimeCountryEndings(t *testing.T) {
	run, old := NewRuntime(Protected()), New(Protected())
	for _, tc := range []struct {
		domain, suffix, brand string // brand "": not official at run time
	}{
		{"amazon.co.uk", "co.uk", "Amazon"},
		{"amazon.com.br", "com.br", "Amazon"},
		{"google.co.jp", "co.jp", "Google"},
		{"google.com.ai", "com.ai", "Google"},
		{"dhl.de", "de", "DHL"},
		{"dpd.nl", "nl", "DPD"},
		{"google.tk", "tk", "Google"},
		{"google.ws", "ws", "Google"},
		{"google.to", "to", "Google"},
		{"google.ac", "ac", "Google"},
		{"airbnb.io", "io", "Airbnb"},
		{"americanexpress.io", "io", "American Express"},
		{"rakuten.tv", "tv", "Rakuten"},
		{"amazon.cc", "cc", ""},
		{"dhl.tk", "tk", ""},
		{"google.io", "io", ""},
		{"gmail.tk", "tk", ""},
		{"hsbc.co", "co", ""},
		{"ebay.me", "me", ""},
		{"santander.ly", "ly", ""},
		{"amex.gg", "gg", ""},
	} {
		name := ""
		if b := run.Official(tc.domain, tc.suffix); b != nil {
			name = b.Name
		}
		if name != tc.brand {
			t.Errorf("runtime %s: %q, want %q", tc.domain, name, tc.brand)
		}
		if b := old.Official(tc.domain, tc.suffix); b == nil {
			t.Errorf("New %s: not official, want the brand's (the reading New keeps)", tc.domain)
		}
		sold := ""
		if b := run.SoldCountryName(tc.domain[:len(tc.domain)-len(tc.suffix)-1], tc.suffix); b != nil {
			sold = b.Name
		}
		if (sold == "") != (tc.brand != "" || !soldAsGeneric[tc.suffix]) {
			t.Errorf("SoldCountryName %s: %q", tc.domain, sold)
		}
	}
}
