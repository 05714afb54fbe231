package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestStudyPlatformNames (study49): a learning platform's, an exam
// board's, a student-loan service's or a publisher's name misspelt,
// beside a study notice's words or run together with one on a stranger's
// name is flagged (each warn case was allowed on main 019d4fe); the
// platforms' own hosts, schools' tenants of them, and prep schools' and
// plug-ins' names holding the same names are not.
func TestStudyPlatformNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://udemy-certificatte.com/", bot.Warn},
		{"https://duolingo-plus-free.online/", bot.Warn},
		{"https://blackboard-grade-appeal.com/", bot.Warn},
		{"https://courseraverify.com/", bot.Warn},
		{"https://schoology-password-reset.online/", bot.Warn},
		{"https://pearsonvue-refund.com/", bot.Warn},
		{"https://udemyy.com/course/python", bot.Warn},
		{"https://www.udemy.com/course/go-the-complete-developers-guide/", bot.Allow},
		{"https://acme.instructure.com/courses/4821/assignments", bot.Allow},
		{"https://acme.brightspace.com/d2l/home", bot.Allow},
		{"https://moodle.org/plugins/mod_attendance", bot.Allow},
		{"https://www.ets.org/toefl/test-takers/ibt/scores.html", bot.Allow},
		{"https://ielts-writing-band9.com/", bot.Allow},
		{"https://turnitin-alternatives.net/", bot.Allow},
		{"https://student-housing-berlin.com/", bot.Allow},
	})
}

// TestStudyNoticeNames (study49): a stranger's name made of a student's
// notice's words — a school mailbox's quota, an Office 365 licence, a
// registrar's hold, tuition, an exam's score to look up, a scholarship,
// học phí, đăng ký học phần, điểm thi, học bổng beside a school's short
// name or on a cheap ending — is flagged (each warn case was allowed on
// main 019d4fe); a prep school's, a guide's, a tool's or a
// foundation's name holding the same words, and a school's own hosts,
// are not.
func TestStudyNoticeNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://student-o365-renewal.online/", bot.Warn},
		{"https://toeic-score-lookup.site/", bot.Warn},
		{"https://ielts-result-check.online/", bot.Warn},
		{"https://transcript-hold-clear.online/", bot.Warn},
		{"https://ueh-hocphi.com/", bot.Warn},
		{"https://tracuu-diemthi-2026.online/", bot.Warn},
		{"https://nhap-hoc-truc-tuyen.top/", bot.Warn},
		{"https://scholarship-essay-tips.net/", bot.Allow},
		{"https://grade-calculator-online.net/", bot.Allow},
		{"https://tuition-fee-calculator.co/", bot.Allow},
		{"https://duhoc-canada-tuvan.com/", bot.Allow},
		{"https://luyen-thi-toeic-online.com/", bot.Allow},
		{"https://tuyensinh.ftu.edu.vn/", bot.Allow},
		{"https://registrar.stanford.edu/students/enrollment", bot.Allow},
	})
}

// TestStudyDress (study49): a label that fakes an academic ending in
// front of its own — a school's short name and "edu" on Vietnam's
// ending, "ac" on a country whose schools are under ac.CC, "edu" and a
// country's code, or a short name and "edu" on another ending — is
// flagged (each warn case was allowed on main 019d4fe); schools' own
// hosts, learning businesses' longer names written NAME-edu, a word in
// front of "-ac" and "edu" first are not.
func TestStudyDress(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://hcmus-edu.vn/", bot.Warn},
		{"https://oxford-ac.uk/", bot.Warn},
		{"https://uit-edu-vn.com/", bot.Warn},
		{"https://hutech-eduvn.com/", bot.Warn},
		{"https://seoul-ac.kr/", bot.Warn},
		{"https://www.hcmus.edu.vn/", bot.Allow},
		{"https://www.ox.ac.uk/admissions", bot.Allow},
		{"https://kidsmart-edu.com/", bot.Allow},
		{"https://sunrise-edu.net/", bot.Allow},
		{"https://cool-ac.uk/", bot.Allow},
		{"https://smart-edu.vn/", bot.Allow},
		{"https://edu-apps.org/", bot.Allow},
		// rev49f: a learning business's or a publisher's own
		// abbreviation before "-edu" on Vietnam's ending is no
		// school's short name (edu.vn is closed to them)
		{"https://ivs-edu.vn/", bot.Allow},
		{"https://ksv-edu.vn/", bot.Allow},
		{"https://nxbgd-edu.vn/", bot.Allow},
		{"https://kinderworld-edu.vn/", bot.Allow},
		// rev49f: a study-abroad agency named for a famous
		// school's city or country; the school's own name is read
		{"https://tokyo-edu.vn/", bot.Allow},
		{"https://seoul-edu.vn/", bot.Allow},
		{"https://harvard-edu.vn/", bot.Warn},
	})
}
