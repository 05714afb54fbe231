package brand

import "testing"

// TestCareNoticeName (care50): a care organisation's name beside a care
// or claim notice's words (results, a refill, a claim, a payout, an EOB,
// a donation; kết quả, bồi thường, đáo hạn, ủng hộ) or run together with
// one (labcorpresults) is read as a notice's name; a word-like
// organisation's name (quest, progressive, anthem, baoviet) only beside
// a word that acts, or any notice's word on a cheap ending; the same
// names beside an agent's, a lawyer's, a union's or a news site's words
// and the ordinary names holding a word-like name are not.
func TestCareNoticeName(t *testing.T) {
	checkNoticeNames(t, []noticeNameCase{
		{"labcorp-results-portal.com", false, true},
		{"walgreens-rx-refill.com", true, true},
		{"aetna-claim-eob.com", true, true},
		{"humana-premium-refund.com", true, true},
		{"unicef-donate-relief.com", false, true},
		{"unicef-nextgen.com", false, false},
		{"gofundme-payout.com", false, true},
		{"labcorpresults.com", false, true},
		{"quest-results.com", false, true},
		{"progressive-claim.com", false, true},
		{"kaiser-lab-portal.online", false, true},
		{"baoviet-boithuong.com", false, true},
		{"longchau-donthuoc.com", false, true},
		{"mattran-ungho.com", false, true},
		{"quest-lab.com", false, false},
		{"progressive-policy.com", false, false},
		{"anthem-fund.com", false, false},
		{"aetna-agent-portal.com", false, false},
		{"cvs-settlement-claim.com", false, false},
		{"kaiser-union-news.com", false, false},
		{"baoviet-uudai.com", false, false},
		{"allianz-vietnam.com", false, false},
	})
}

// TestCareTypo (care50): a care organisation's name read only whole,
// misspelt by a hand's slip as a whole label (a letter doubled, dropped
// or two swapped), is read as its look-alike, a long Beside brand's too
// (progresive); a short Beside name (quest, boots) and a word of English
// are not.
func TestCareTypo(t *testing.T) {
	m := NewRuntime(Protected())
	isWord := func(w string) bool {
		switch w {
		case "quests", "boot", "booths":
			return true
		}
		return false
	}
	for _, tc := range []struct {
		word, brand string
	}{
		{"walgreenss", "Walgreens"},
		{"geicco", "GEICO"},
		{"humanna", "Humana"},
		{"prudentail", "Prudential"},
		{"progresive", "Progressive"},
		{"medlatek", ""},
		{"quests", ""},
		{"booths", ""},
	} {
		mt, ok := m.WordTypo(tc.word, isWord)
		switch {
		case tc.brand == "" && ok:
			t.Errorf("%s: read as %s's look-alike", tc.word, mt.Brand.Name)
		case tc.brand != "" && (!ok || mt.Brand.Name != tc.brand):
			t.Errorf("%s: %v %v, want %s's look-alike", tc.word, ok, mt.Brand, tc.brand)
		}
	}
}

// TestCareLook (care50): a care organisation's name written by its look
// in punycode with one accented letter or with a letter doubled is
// read as its look-alike (Match.TravelLook), and a word-like one's so
// written stands alone (Match.CareLook: kaisér, longchâu); the name
// written plainly and another brand's are not.
func TestCareLook(t *testing.T) {
	m := NewRuntime(Protected())
	for _, tc := range []struct {
		host       string
		look, care bool
	}{
		{"humána.com", true, false},
		{"labcòrp.com", true, false},
		{"kaisér.com", true, true},
		{"longchâu.com", true, true},
		{"progresssive.com", true, true},
		{"kaiser.com", false, false},
		{"paypall.com", false, false},
	} {
		mt, ok := m.Match(tc.host, tc.host, "com")
		if look, care := ok && mt.TravelLook(nil), ok && mt.CareLook(nil); look != tc.look || care != tc.care {
			t.Errorf("%s: TravelLook = %v, CareLook = %v, want %v, %v", tc.host, look, care, tc.look, tc.care)
		}
	}
}
