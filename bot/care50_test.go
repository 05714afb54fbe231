package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestCareBrandNames (care50): a patient portal's, a hospital's, a lab's,
// a pharmacy's, an insurer's or a charity's name misspelt, written in
// punycode with one accented letter, beside a care or claim notice's
// words or run together with one on a stranger's name is flagged (each
// warn case was allowed on main 5f4ae43); the organisations' own hosts
// and country domains, agents' and news sites about them and ordinary
// names holding a word-like organisation's name are not.
func TestCareBrandNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://humanaa.com/member/claims", bot.Warn},
		{"https://xn--atna-bpa.com/login", bot.Warn},
		{"https://walgreens-refill-pending.top/rx", bot.Warn},
		{"https://quest-results-pending.com/patient", bot.Warn},
		{"https://statefarm-payout-pending.com/", bot.Warn},
		{"https://labcorpresults.com/view", bot.Warn},
		{"https://cigna-eob-statement.com/", bot.Warn},
		{"https://gofundme-payout.com/campaign", bot.Warn},
		{"https://gofundmewithdraw.com/", bot.Warn},
		{"https://manulife-chitra.com/", bot.Warn},
		{"https://vinmec-ketqua.com/", bot.Warn},
		{"https://xn--pharmacty-m5a.com/donthuoc", bot.Warn},
		{"https://redcross-relief-donate.com/", bot.Warn},
		{"Kaiser Permanente: your visit summary is ready https://kaiser-visit-report.online/", bot.Warn},
		{"https://www.walgreens.com/pharmacy/refills", bot.Allow},
		{"https://www.aetna.com/health-care-professionals.html", bot.Allow},
		{"https://www.unicef.de/spenden", bot.Allow},
		{"https://www.prudential.com.vn/vi/", bot.Allow},
		{"https://progressive-web-apps.dev/", bot.Allow},
		{"https://quest-kids-camp.org/", bot.Allow},
		{"https://aetna-agent-portal-guide.com/", bot.Allow},
		{"https://kaiser-union-news.org/", bot.Allow},
		{"https://nhakhoa-baominh.vn/", bot.Allow},
		{"Mua bảo hiểm ô tô tại đại lý https://manulife-tuvan.vn nhé", bot.Allow},
	})
}

// TestCareNoticeNames (care50): a name made of a care, claim or relief
// notice's words alone — lab or test results, a prescription refill, a
// telehealth visit, a claim's payout, a disaster's relief appeal, in
// English and Vietnamese without diacritics — is flagged (each warn case
// was allowed on main 5f4ae43); the same words in a guide's, a clinic's,
// a foundation's or a developer's name, two words off a cheap ending or a
// name under Vietnam's ending are not.
func TestCareNoticeNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://lab-results-ready.site/", bot.Warn},
		{"https://prescription-refill-pending.com/", bot.Warn},
		{"https://telehealth-visit-join.top/room/44", bot.Warn},
		{"https://telehealth-appointment-pending.com/", bot.Warn},
		{"https://cyclone-relief-donate.org/", bot.Warn},
		{"https://wildfire-relief-appeal.online/", bot.Warn},
		{"https://tracuu-ketqua-xetnghiem.site/", bot.Warn},
		{"https://ung-ho-lu-lut.online/", bot.Warn},
		{"https://chi-tra-bao-hiem.top/", bot.Warn},
		{"https://typhoon-victims-donation.net/", bot.Warn},
		{"https://hurricane-relief.org/", bot.Allow},
		{"https://lab-results-explained.org/", bot.Allow},
		{"https://flood-relief-foundation.org/", bot.Allow},
		{"https://flood-relief.org/", bot.Allow},
		{"https://lab-results-portal.com/", bot.Allow},
		{"https://dat-lich-kham.vn/", bot.Allow},
		{"https://github.com/acme/rx-refill-reminder", bot.Allow},
	})
}
