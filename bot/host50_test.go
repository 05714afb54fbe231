package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestCivicSlugs (host50): impostor pages on hosts anyone can use named
// with public-service, bill, health and charity words beside what a scam
// asks — a hosting platform's site, a site builder's tenant, a form's or
// a file's id, a shortened link's name, a bucket's name and page, an
// IPFS upload's page file, a free blog, English and Vietnamese run
// together — are flagged. Every case is allowed on main 5f4ae43.
func TestCivicSlugs(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://tollpaymentdue.netlify.app/", bot.Warn},
		{"https://turnpike-toll-notice.vercel.app/", bot.Warn},
		{"https://forms.gle/TollBalanceFormX", bot.Warn},
		{"https://docs.google.com/forms/d/e/1FAIpQLSeBenefitClaimAppeal/viewform", bot.Warn},
		{"https://tinyurl.com/toll-due-notice", bot.Warn},
		{"https://cutt.ly/hoanthueTNCN", bot.Warn},
		{"https://ipfs.io/ipfs/bafybeicq5nt3mzr7wkhd2lxp4yvjfo6sbge3aq7zrtnkm2xwcvh4lp5dqe/tax-refund.html", bot.Warn},
		{"https://drive.google.com/file/d/1xK9pQ2mPensionStatement/view", bot.Warn},
		{"https://court-summons-notice.webflow.io/", bot.Warn},
		{"https://bit.ly/RxRefillPaymentDue", bot.Warn},
		{"https://tinyurl.com/labresults-view", bot.Warn},
		{"https://cutt.ly/khoasimCapNhat", bot.Warn},
		{"https://bit.ly/phatnguoiNopPhat", bot.Warn},
		{"https://is.gd/hoadonTienDienQuaHan", bot.Warn},
		{"https://sites.google.com/view/tien-dien-hoan-tien", bot.Warn},
		{"https://quyengop-benhnhi.blogspot.com/", bot.Warn},
		{"https://help-flood-victims-now.netlify.app/", bot.Warn},
	})
}

// TestCivicSlugsOrdinary (host50): civic-tech projects, clubs' and
// charities' own sites, shortened links to guides, dates and agency
// pages, sign-up and survey forms, a charity run's form, a family's blog
// and a Vietnamese survey's or accountant's form written with hyphens
// stay allowed.
func TestCivicSlugsOrdinary(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"https://openbudget-data.github.io/", bot.Allow},
		{"https://taxcalc-uk.github.io/", bot.Allow},
		{"https://tinyurl.com/toll-rates-2026", bot.Allow},
		{"https://bit.ly/tax-due-dates-2026", bot.Allow},
		{"https://tinyurl.com/pension-status-faq", bot.Allow},
		{"Blood drive this weekend: https://is.gd/donate-blood-saturday", bot.Allow},
		{"Volunteer sign-up for the flood relief drive: https://forms.gle/VolunteerSignupRelief", bot.Allow},
		{"Đăng ký tham gia giải chạy từ thiện, form ở đây: https://docs.google.com/forms/d/1xYzCharityRun/edit", bot.Allow},
		{"Hướng dẫn kê khai thuế: https://bit.ly/huong-dan-kekhai-thue", bot.Allow},
		{"Link form khảo sát: bit.ly/bhxh-capnhat điền giúp mình", bot.Allow},
		{"https://bit.ly/vietcombank-notice", bot.Allow},
		{"https://tinyurl.com/save-water-tips", bot.Allow},
		{"https://storage.googleapis.com/city-open-data/parking-citations.html", bot.Allow},
		{"https://hanoi-recycling-points.glitch.me/", bot.Allow},
		{"Our flood relief drive raised $3k, photos here: https://riversideflood-relief.blogspot.com/", bot.Allow},
	})
}

// TestCivicStrongNotice (host50): a notice's strong word that is a
// theme's word too (violation, penalty) stays strong beside a brand's
// abbreviation: bit.ly/fbPageViolation2026 is deleted as on main.
func TestCivicStrongNotice(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://bit.ly/fbPageViolation2026", bot.Delete},
	})
}
