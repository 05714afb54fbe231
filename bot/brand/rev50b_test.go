package brand

import "testing"

// TestGovThirdParty (rev50b): a public office's name in a stranger's
// name beside a third party's word (a lawyer's, an advocate's, a guide's,
// opening hours, a reader; luật sư, hướng dẫn) and no word that acts on
// a citizen's money or standing is a third party's site about the
// office; beside a word that acts (a refund, a payment, a toll), or
// with no third party's word, or run together, it is not.
func TestGovThirdParty(t *testing.T) {
	m := NewRuntime(Protected())
	for _, tc := range []struct {
		label, suffix string
		want          bool
	}{
		{"centrelink-advocates", "org.au", true},
		{"servicensw-opening-hours", "com", true},
		{"centrelink-debt-lawyers", "com.au", true},
		{"ezpass-reader", "dev", true},
		{"luatsu-bhxh", "vn", true},
		{"serviceontario-faq2", "ca", true},
		{"hmrc-refund-advice", "com", false},
		{"sunpass-toll-guide", "com", false},
		{"centrelink-payment-update", "com", false},
		{"centrelink-login", "com", false},
		{"centrelinkadvocates", "com", false},
		{"sunpass-", "com", false},
		{"tollbrothers-legal", "com", false},
	} {
		host := tc.label + "." + tc.suffix
		mt, ok := m.Match(host, host, tc.suffix)
		if got := ok && mt.ThirdParty(tc.label); got != tc.want {
			t.Errorf("%s: ThirdParty = %v (matched %v, %v), want %v", host, got, ok, mt.Kind, tc.want)
		}
	}
	var none Match
	if none.ThirdParty("") || none.ThirdParty("centrelink-advocates") {
		t.Error("ThirdParty of no match is true")
	}
}

// TestGovThirdNoAct (rev50b): no third party's word is a word that acts
// on a citizen's money or standing, or ThirdParty would never read
// it.
func TestGovThirdNoAct(t *testing.T) {
	for w := range govThird {
		if govActs[w] || noticeTrouble[w] || accountWords[w] {
			t.Errorf("govThird %q is an act's word too", w)
		}
	}
}
