package bot_test

import "testing"

// study49's sets (session 49, 2026-12-06): phishing and scams aimed at
// students, teachers and researchers on invented attacker hosts named
// for the learning-management systems, MOOCs, language apps, homework
// and plagiarism checkers, exam boards and proctors, admission and
// student-loan services, scholarly publishers and Vietnamese learning
// sites the brand tables did not know, brandless names made of a
// student's notice's words (English and Vietnamese, beside a school's
// short name too), and labels that fake an academic ending
// (hcmus-edu.vn, oxford-ac.uk); and a study chat linking the same
// platforms and schools on their real hosts beside ordinary names holding
// the same words, written by hand by study49 and split by the SHA-256 of
// the first link's host (0-7 tuning, 8-f held out). On main (019d4fe)
// attackt was flagged 42 of 79, attackh 39 of 74, benignt 0 of 72 and
// benignh 1 of 74 (exam-prep-academy.net, the link model's); on study49
// attackt 79, attackh 72, benignt 0, benignh 1 (the same line); rebased
// on 4ccd18f attackt 78 (pearson-vue-exam-booking.site: trip49's Booking
// is the name matched there now).
var study49Sets = []tunedSet{
	{measureSet{"study49-benignt.txt", false}, 0, 0},
	{measureSet{"study49-attackt.txt", true}, 78, 0},
}

// TestMeasureStudy49Tuning holds study49's tuning sets to what study49
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureStudy49Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, study49Sets)
}

// TestMeasureStudy49HeldOut holds study49's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard
// (nothing is tuned to their lines).
func TestMeasureStudy49HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"study49-benignh.txt", false}, 0, 1},
		{measureSet{"study49-attackh.txt", true}, 72, 0},
	})
}
