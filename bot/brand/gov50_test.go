package brand

import "testing"

// TestGovNoticeName (gov50): a public office's name beside a civic
// notice's words (a toll, a balance, an invoice, a refund, a claim, phạt
// nguội, hoàn thuế), or run together with one (sunpasstoll), is read as
// a notice's name; an acronym's or a word-like office's name (a Beside
// brand: irs, fastrak, goodtogo) only with a word that acts or two
// notice words, and no office's name beside a third party's word.
func TestGovNoticeName(t *testing.T) {
	checkNoticeNames(t, []noticeNameCase{
		{"sunpass-unpaid-tolls.com", true, true},
		{"peachpass-balance.com", false, true},
		{"centrelink-payment-update.com", true, true},
		{"irs-refund-claim.com", true, true},
		{"goodtogo-toll-invoice.com", true, true},
		{"vssid-capnhat.com", false, true},
		{"sunpasstoll.com", false, true},
		{"icbc-credit.com", false, false},
		{"irs-tax-forms.com", false, false},
		{"fastrak-logistics.com", false, false},
		{"goodtogo-cafe.com", false, false},
	})
}

// TestGovTypo (gov50): a public office's name read only whole, of six
// letters or more, misspelt by a hand's slip as a whole label (a letter
// doubled, two swapped, or one changed in a coined name of eight letters
// or more) is read as its look-alike; a Beside office's (riverlink,
// goodtogo: words and firms' names) is not, nor a word of English, nor
// a firm's name a letter from an office's that begins with a word
// (servicenow, servicensw).
func TestGovTypo(t *testing.T) {
	m := NewRuntime(Protected())
	isWord := func(w string) bool { return w == "sunpasses" || w == "service" }
	for _, tc := range []struct {
		word, brand string
	}{
		{"sunnpass", "SunPass"},
		{"centrelinkk", "Centrelink"},
		{"ezdrivemaa", "EZDriveMA"},
		{"peachpsas", "Peach Pass"},
		{"centrelimk", "Centrelink"},
		{"servicenow", ""},
		{"riverlinkk", ""},
		{"goodtogoo", ""},
		{"sunpasses", ""},
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
