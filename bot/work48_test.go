package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestWorkPlatformNames (work48): a job board's, a freelancer
// marketplace's, an HR or payroll platform's, a money-transfer app's or
// a Vietnamese job board's name misspelt, beside a work notice's words
// or run together with one on a stranger's name is flagged (each warn
// case was allowed on main 11d9ee2); the platforms' own hosts and their
// customers' subdomains, and ordinary names holding a word-like
// platform's name, are not.
func TestWorkPlatformNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://indeeed.com/viewjob", bot.Warn},
		{"https://monsterr-jobs.com/apply", bot.Warn},
		{"https://ziprecruiterr.com/login", bot.Warn},
		{"https://upwork-escrow-release.com/", bot.Warn},
		{"https://deel-payslip-portal.com/", bot.Warn},
		{"https://gusto-w2-form.net/", bot.Warn},
		{"https://workday-newhire-onboarding.com/", bot.Warn},
		{"https://wise-transfer-hold.com/", bot.Warn},
		{"https://revlout.com/app", bot.Warn},
		{"https://itviec-phongvan.com/", bot.Warn},
		{"https://indeedoffer.com/", bot.Warn},
		{"https://www.indeed.com/cmp/Acme/reviews", bot.Allow},
		{"https://acme.wd1.myworkdayjobs.com/en-US/External", bot.Allow},
		{"https://acme.bamboohr.com/careers/42", bot.Allow},
		{"https://app.gusto.com/employee_dashboard", bot.Allow},
		{"https://wise.com/gb/currency-converter/", bot.Allow},
		{"https://zoom.us/signin", bot.Allow},
		{"https://www.squarespace.com/pricing", bot.Allow},
		{"https://www.zoominfo.com/", bot.Allow},
		{"https://remoteok.com/", bot.Allow},
		{"https://www.monstercat.com/releases", bot.Allow},
		{"https://wisdom-tree-school.com/", bot.Allow},
		{"https://rampart-roofing.com/", bot.Allow},
		{"https://monday-motivation-quotes.com/", bot.Allow},
		{"https://remote-desktop-guide.com/", bot.Allow},
		{"https://topcv.vn/viec-lam", bot.Allow},
		{"https://itviec.com/", bot.Allow},
	})
}

// TestWorkNoticeNames (work48): a stranger's name made of a work
// notice's words (an offer to accept, a payslip behind a portal, a W-2
// to download, an interview to confirm in Vietnamese) is flagged (each
// warn case was allowed on main 11d9ee2); a guide's, a calculator's, a
// firm's ordinary names of the same words and a shop's offer are not.
func TestWorkNoticeNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://payslip-access-portal.com/", bot.Warn},
		{"https://offer-acceptance-desk.com/", bot.Warn},
		{"https://w2-viewer-portal.com/", bot.Warn},
		{"https://paystub-access-center.com/", bot.Warn},
		{"https://newhire-docs-signing.com/", bot.Warn},
		{"https://salary-adjustment-letter.net/", bot.Warn},
		{"https://phongvan-xacnhan-hoso.net/", bot.Warn},
		{"https://offer-letter-template.com/", bot.Allow},
		{"https://payroll-calculator.online/", bot.Allow},
		{"https://interview-questions-prep.com/", bot.Allow},
		{"https://salary-review.net/", bot.Allow},
		{"https://benefits-enrollment.com/", bot.Allow},
		{"https://myoffer.pro/", bot.Allow},
	})
}
