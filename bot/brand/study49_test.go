package brand

import "testing"

// TestStudyNoticeName (study49): a study platform's name beside a study
// notice's words (a certificate, a grade, a result, a licence, a refund,
// học phí, xác nhận), or run together with one (courseraverify), is read
// as a notice's name; the same names beside a prep school's, a
// teacher's or a plug-in's words are not.
func TestStudyNoticeName(t *testing.T) {
	checkNoticeNames(t, []noticeNameCase{
		{"coursera-certificate-verify.com", false, true},
		{"moodle-grade-appeal.com", true, true},
		{"turnitin-licence-refund.com", true, true},
		{"courseraverify.com", false, true},
		{"hocmai-hocphi-xacnhan.com", true, true},
		{"coursera-exam-practice.com", false, false},
		{"udemy-certificate-tips.com", false, false},
		{"moodle-plugin-grades.com", false, false},
		{"coursera-course-notes.com", false, false},
	})
}
