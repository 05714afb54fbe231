package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// noticeRead reports whether a verdict holds a notice's name's finding
// (noticeName, scam44).
func noticeRead(v bot.Verdict) bool {
	for _, r := range v.Reasons {
		if r.Code == bot.CodeDomainWords && strings.Contains(r.Detail, "named for a notice") {
			return true
		}
	}
	return false
}

// TestNoticeNameOwnShapes (rev44b): names of real kinds of sites that
// scam44 read as a notice's are not read: an adjective before what it
// describes (fine art, fine wine, cheap parking), Vietnamese "mien phi"
// (free), a review site's or a journal's name, a hotel's view, a
// surveyor's, a tool's, a trade's or an appeal's name (in English or in
// Spanish), a driver's pay or a driver's software, a phrase's de or it
// read as Germany's or Italy's code; each was warned on scam44 and
// allowed before it
// (tax-refund-calculator, abogados-multas-transito and
// giao-hang-mien-phi were flagged before it by the link model, as they
// still are).
func TestNoticeNameOwnShapes(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range []struct {
		text  string
		allow bool
	}{
		{"fine-art-shipping.com", true},       // fine: an adjective
		{"fine-wine-delivery.co.uk", true},    // the same
		{"cheap-parking-gatwick.co.uk", true}, // cheap: the same
		{"cheap-tickets.com", true},
		{"giao-hang-mien-phi.com", false},     // mien phi: free, no fee
		{"subscription-box-review.com", true}, // a review site
		{"policy-review.info", true},          // a journal
		{"court-view-hotel.com", true},        // a hotel's view
		{"traffic-survey.co.uk", true},        // a surveyor
		{"customs-duty-calculator.com", true}, // a tool
		{"tax-refund-calculator.com", false},
		{"parking-charge-appeal.co.uk", true}, // an appeal
		{"tax-settlement-experts.com", true},  // a trade
		{"truck-driver-pay.com", true},        // a driver's pay
		{"driver-update.net", true},           // a device driver
		{"customs-clearance-agent.co.uk", true},
		{"abogados-multas-transito.com", false}, // lawyers, in Spanish
		{"pay-it-forward.org", true},            // it: a word, not Italy
		{"tasas-de-interes.com", true},          // de: of, not Germany
		{"pago-de-servicios.com.mx", true},
		{"avis-de-deces.fr", true},
	} {
		j := judgeText(c, bot.Telegram, tc.text)
		if noticeRead(j.Verdict) {
			t.Errorf("%q: read as a notice's name (%s %.2f)", tc.text, j.Verdict.Level, j.Verdict.Score)
		}
		if tc.allow && j.Verdict.Level != bot.Allow {
			t.Errorf("%q: %s (%.2f), want allowed", tc.text, j.Verdict.Level, j.Verdict.Score)
		}
	}
}

// TestNoticeNameContextKept (rev44b): the same words in a notice's place
// are still read: a fine after what it is for or before another demand,
// cheap after the thing, a survey with a prize, a review or a view of a
// post or with no subject, a country's code that is no word between two
// parts, and a demand and a subject joined by de.
func TestNoticeNameContextKept(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range []string{
		"dartford-fine-pay.com",
		"superbowl-tickets-cheap.com",
		"walmart-gift-card-survey.com",
		"instagram-post-review.com",
		"pending-review-status.com",
		"dhl-mx-aduana.com",      // a country's code between two words
		"multas-de-transito.com", // de between a demand and a subject
		"colis-frais-de-port.com",
	} {
		j := judgeText(c, bot.Telegram, text)
		if j.Verdict.Level == bot.Allow || !noticeRead(j.Verdict) {
			t.Errorf("%q: %s (%.2f) read %v, want flagged as a notice's name", text, j.Verdict.Level, j.Verdict.Score, noticeRead(j.Verdict))
		}
	}
}

// TestNoticeNameForms (rev44b): forms of the class scam44 missed by an
// accident of its lists, each allowed on scam44: plurals (invoices,
// bills, multas, amendes, boetes, taxas), suspend, retida, an agency's
// short name (antai), Vietnamese phat nguoi (a camera's traffic fine, a
// demand as a fine is) and thue TNCN (income tax).
func TestNoticeNameForms(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range []string{
		"toll-invoices.com",
		"toll-bills.com",
		"dgt-multas.com",
		"antai-amendes.com",
		"boetes-betalen.com",
		"ctt-taxas-alfandega.com",
		"ctt-encomenda-retida.com",
		"dmv-license-suspend.com",
		"csgt-phat-nguoi.com",
		"phat-nguoi-giao-thong.com",
		"hoan-thue-tncn.com",
	} {
		j := judgeText(c, bot.Telegram, text)
		if j.Verdict.Level == bot.Allow || !noticeRead(j.Verdict) {
			t.Errorf("%q: %s (%.2f) read %v, want flagged as a notice's name", text, j.Verdict.Level, j.Verdict.Score, noticeRead(j.Verdict))
		}
	}
}
