package brand

import "testing"

// TestThirdParty (rev50c): a carrier's, a utility's or a care
// organisation's name in a stranger's name beside a third party's word
// (a review, a forum, a lawyer's, a broker's; đánh giá, tin tức) and no
// notice's word nor one that acts is a third party's site about it;
// beside a notice's word (a login, a bill, an eSIM, a claim), or with
// no third party's word, or run together, it is not; a public office's
// name beside its own third party's words (rev50b's) is one too.
func TestThirdParty(t *testing.T) {
	m := NewRuntime(Protected())
	for _, tc := range []struct {
		label, suffix string
		want          bool
	}{
		{"tmobile-review", "net", true},
		{"mintmobile-reviews", "com", true},
		{"vodafone-community-forum", "com", true},
		{"kaiserpermanente-lawyers", "com", true},
		{"humana-broker-texas", "com", true},
		{"viettel-danhgia2", "vn", true},
		{"tmobile-authorized-retailer", "com", true},
		{"hydroone-strike", "ca", true},
		{"tmobile-retailer-login", "com", false},
		{"tmobile-review-login", "com", false},
		{"mintmobile-billing-review", "com", false},
		{"vodafone-esim-review", "com", false},
		{"aetna-claim-agents", "com", false},
		{"tmobile-deals", "com", false},
		{"tmobilereview", "com", false},
		{"centrelink-advocates", "org.au", true},
		{"centrelink-refund-advocates", "org.au", false},
	} {
		host := tc.label + "." + tc.suffix
		mt, ok := m.Match(host, host, tc.suffix)
		if got := ok && mt.ThirdParty(tc.label); got != tc.want {
			t.Errorf("%s: ThirdParty = %v (matched %v, %v %v), want %v", host, got, ok, mt.Kind, mt.Brand, tc.want)
		}
	}
	var none Match
	if none.ThirdParty("") || none.ThirdParty("tmobile-review") {
		t.Error("ThirdParty of no match is true")
	}
}

// TestThirdPartyNoAct (rev50c): no word of otherThird is a word of a
// notice or one that acts (billTrades' and careTrades' own are read
// first beside their brands, as NoticeName reads them: review, coverage).
func TestThirdPartyNoAct(t *testing.T) {
	for _, set := range []map[string]bool{otherThird} {
		for w := range set {
			if billNotice[w] || careNotice[w] || govActs[w] || noticeTrouble[w] {
				t.Errorf("third party's word %q is a notice's too", w)
			}
		}
	}
}
