package brand

import "testing"

// TestApart: what stands beside a protected brand's name written as a
// hyphenated word of its own, one or two words of which one is unknown
// to the notice lists; nothing for a name run together, beside a tool's
// word or three words, for a Tool brand, or on the brand's own country's
// ending. rev48b: nothing beside a subject's word (a sport, a community,
// a body of reference, a plural noun, a Vietnamese subject), for a name
// of three letters beside one word, or in a punycode label.
func TestApart(t *testing.T) {
	m := New(Protected())
	for _, tc := range []struct {
		host, rest string
		ok         bool
	}{
		{"barclays-new-device.com", "new-device", true},
		{"microsoft365-securemail.online", "365-securemail", true},
		{"new-barclays-device.com", "new-device", true},
		{"secure-barclays-device.com", "", false},
		{"barclaysnewdevice.com", "", false},
		{"barclays-fan-wiki.com", "", false},
		{"barclays-cycle-hire-map.com", "", false},
		{"barclays-security-check.com", "", false},
		{"vnpt-invoice-portal.com.vn", "", false},
		{"stripe-payment-demo.com", "", false},
		// rev48b: a subject's word, a plural noun, Vietnamese subjects
		// run together, a short name beside one word, a punycode
		// label; a kit's act kept
		{"barclays-marathon.com", "", false},
		{"natwest-rugby-union.org", "", false},
		{"santander-cycles-docks.com", "", false},
		{"apple-silicon-benchmarks.com", "", false},
		{"bidv-ty-gia.info", "", false},
		{"shb-sync.com", "", false},
		{"hsbc-tennis-club.dev", "", false},
		{"xn--barclays-9ab.com", "", false},
		{"laposte-colis-attente.net", "colis-attente", true},
		{"okx-kyc-upgrade.net", "kyc-upgrade", true},
		{"vnpt-cuoc-thang.com", "cuoc-thang", true},
		{"citibank-session-renew.com", "session-renew", true},
	} {
		got, ok := "", false
		if mm, found := m.Match(tc.host, tc.host, suffixOf(tc.host)); found {
			label := tc.host[:len(tc.host)-len(suffixOf(tc.host))-1]
			got, ok = mm.Apart(label, suffixOf(tc.host))
		}
		if ok != tc.ok || ok && got != tc.rest {
			t.Errorf("%s: Apart = %q, %v; want %q, %v", tc.host, got, ok, tc.rest, tc.ok)
		}
	}
}

// suffixOf is the public suffix of the hosts TestApart reads.
func suffixOf(host string) string {
	for _, s := range []string{"com.vn", "com", "online", "net", "org", "info", "dev"} {
		if len(host) > len(s) && host[len(host)-len(s)-1:] == "."+s {
			return s
		}
	}
	return ""
}
