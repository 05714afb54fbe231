package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestGovOfficeNames (gov50): a tax office's, a benefits office's, a
// licence office's or a toll operator's name misspelt by a slip of the
// hand, written in punycode with one accented letter, or beside a civic
// notice's words (tolls, an invoice, a balance due, a refund, a claim)
// on a stranger's name is flagged (each warn case was allowed on main
// 5f4ae43); the offices' own sites, the real toll sites, ordinary
// names holding a word-like office's name and a fake quoted defanged in
// security talk are not.
func TestGovOfficeNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://sunpasss.com/account", bot.Warn},
		{"https://peachpsas.com/pay", bot.Warn},
		{"https://centrellnk.com/claim", bot.Warn},
		{"https://xn--ezdrvema-f2a.com/pay", bot.Warn},
		{"https://xn--pikepss-lwa.com/", bot.Warn},
		{"https://pikepass-tolls.us/", bot.Warn},
		{"https://ncquickpass-balance.net/", bot.Warn},
		{"https://txtag-tolls.net/", bot.Warn},
		{"https://linkt-invoice.net/", bot.Warn},
		{"https://goodtogo-unpaid.net/", bot.Warn},
		{"https://centrelinkk.net/", bot.Warn},
		{"https://www.sunpass.com/en/home/index.shtml", bot.Allow},
		{"https://www.peachpass.com/", bot.Allow},
		{"https://www.servicesaustralia.gov.au/centrelink", bot.Allow},
		{"https://www.uscis.gov/forms", bot.Allow},
		{"https://www.pikepass.com/", bot.Allow},
		{"https://riverlink-church.org/", bot.Allow},
		{"https://goodtogo-cafe.com/", bot.Allow},
		{"https://fastrak-logistics.com/", bot.Allow},
		{"https://github.com/usds/us-forms-system", bot.Allow},
		// a toll text's fake quoted defanged in security talk
		{"status: still up: txtag-pay[.]info and a new one sunpass-toll-notice[.]com. the kit is the same, favicon hash matches. https://urlscan.io/search/", bot.Allow},
	})
}

// TestGovNoticeNames (gov50): brandless names made of a court's, a
// jury's, a cost-of-living payment's or Vietnam's licence, pension and
// back-pay notices' words are flagged (each warn case was allowed on
// main 5f4ae43); a jury duty's guide, a calculator and a Vietnamese
// shop's return page are not.
func TestGovNoticeNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://jury-summons-notice.com/", bot.Warn},
		{"https://court-summons-view.net/", bot.Warn},
		{"https://cost-of-living-payment.net/", bot.Warn},
		{"https://doi-gplx-nhanh.com/", bot.Warn},
		{"https://luonghuu-truylinh.com/", bot.Warn},
		{"https://jury-duty-info.com/", bot.Allow},
		{"https://cost-of-living-calculator.com/", bot.Allow},
		{"https://doi-tra-hang.com/", bot.Allow},
		{"https://court-view-hotel.com/", bot.Allow},
	})
}
