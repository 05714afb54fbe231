package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestThemePagesOfFacts (rev49e): a school's, a consulate's, a shop's or
// a club's shortened link to a page of facts about a booking, a visa, a
// tuition or an exam — a fee's table, a schedule, a policy, news, an
// RSVP — is allowed: a fee or an update beside a visa, a tuition or a
// flight is a price's or news' name, and info, schedule, policy, faq,
// thongtin are a page's topic. 12 of the 14 cases fail on main d0f03e1.
func TestThemePagesOfFacts(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"Fees for next year: https://bit.ly/tuition-fees-2026", bot.Allow},
		{"https://bit.ly/TuitionFee2026", bot.Allow},
		{"The consulate's page: https://bit.ly/visa-fee-info", bot.Allow},
		{"Updated timetable https://bit.ly/exam-schedule-update", bot.Allow},
		{"Please read before you book: https://bit.ly/booking-policy-refund", bot.Allow},
		{"Trip news for parents https://bit.ly/travel-update", bot.Allow},
		{"https://bit.ly/flight-update", bot.Allow},
		{"https://bit.ly/student-portal-update", bot.Allow},
		{"https://bit.ly/results-update", bot.Allow},
		{"https://bit.ly/visa-appointment-update", bot.Allow},
		{"https://bit.ly/exam-registration-fee", bot.Allow},
		{"Scholarship info session, RSVP here https://forms.gle/ScholarshipRSVP", bot.Allow},
		{"Thông tin học phí: https://bit.ly/hocphi-thongtin", bot.Allow},
		{"Shop FAQ https://bit.ly/order-faq-refund", bot.Allow},
	})
}

// TestThemeWeakActsStillRead (rev49e): a fee or an update beside a
// parcel's object (the redelivery scam's customs fee), beside a stronger
// act (visa-fee-refund) or a protected brand's name is still a notice.
func TestThemeWeakActsStillRead(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://bit.ly/parcel-customs-fee", bot.Warn},
		{"https://tinyurl.com/package-update-now", bot.Warn},
		{"https://shipmentfee.weebly.com/", bot.Warn},
		{"https://bit.ly/visa-fee-refund", bot.Warn},
		{"https://cutt.ly/tuitionfee-claim", bot.Warn},
		{"https://tinyurl.com/parcelhold-customsfee", bot.Warn},
		{"https://is.gd/vcbHocPhiHoanTien", bot.Delete},
	})
}

// TestThemeObjectAloneDetail (rev49e): an object read alone (an IPFS
// upload's page file, a long word in a forged id) is named in the
// finding's detail without an empty act after a comma ("(checkin, )" on
// main d0f03e1).
func TestThemeObjectAloneDetail(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range []string{
		"https://ipfs.io/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/checkin.html",
		"https://drive.google.com/file/d/1xK9pQ2mBoardingPassHAN/view",
	} {
		v := judgeText(c, bot.Telegram, text).Verdict
		found := false
		for _, r := range v.Reasons {
			if strings.Contains(r.Detail, "notice (") {
				found = true
				if strings.Contains(r.Detail, ", )") {
					t.Errorf("%q: detail names an empty act: %s", text, r.Detail)
				}
			}
		}
		if !found {
			t.Errorf("%q: no slug_theme finding: %v", text, v.Reasons)
		}
	}
}
