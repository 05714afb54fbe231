package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestThemeSlugs (host49): impostor pages on hosts anyone can use named
// with shopping, travel and study words beside what a scam asks — a site
// builder's tenant, a form's or a file's id, a shortened link's name, a
// MEGA fragment, a bucket's name and page, an IPFS upload's page file,
// English and Vietnamese run together — are flagged; with a protected
// brand's short name beside them (tpb, vcb, shopee) they are deleted.
// 16 of the 17 cases fail on main 019d4fe.
func TestThemeSlugs(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://expedia-trip-confirm.squarespace.com/", bot.Warn},
		{"https://kiwistay-guest-verify.weebly.com/", bot.Warn},
		{"https://forms.gle/PassportRenewalFormX", bot.Warn},
		{"https://docs.google.com/forms/d/e/1FAIpQLSeTuitionRefundClaim/viewform", bot.Warn},
		{"https://tinyurl.com/parcel-redeliver-uk", bot.Warn},
		{"https://cutt.ly/giaohangXacNhan", bot.Warn},
		{"https://ipfs.io/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/checkin.html", bot.Warn},
		{"https://drive.google.com/file/d/1xK9pQ2mBoardingPassHAN/view", bot.Warn},
		{"https://mega.nz/file/AbCdEf12#Exam_Answers_Final", bot.Warn},
		{"https://storage.googleapis.com/hotel-confirm-2231/reservation.html", bot.Warn},
		{"https://linktr.ee/voucher_redeem_now", bot.Warn},
		{"https://flightcheckinconfirm.ab12.workers.dev/", bot.Warn},
		{"https://rb.gy/donhang-cho-xac-nhan", bot.Warn},
		{"https://sites.google.com/view/ve-may-bay-hoan-tien", bot.Warn},
		{"https://bit.ly/tpbKhoaTK", bot.Delete},
		{"https://is.gd/vcbHocPhiHoanTien", bot.Delete},
		{"https://rb.gy/shopeeOrderCancel", bot.Delete},
	})
}

// TestThemeSlugsOrdinary (host49): people's and clubs' sites on the
// builders, shortened links to guides, schedules and course pages, class
// forms with random codes, lecture folders and own shares named for what
// they are stay allowed.
func TestThemeSlugsOrdinary(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"our trip journal https://wanderwithmai.squarespace.com/", bot.Allow},
		{"https://hanoi-student-society.carrd.co/", bot.Allow},
		{"https://studyabroadtips.netlify.app/visa-checklist", bot.Allow},
		{"https://bit.ly/visa-guide-japan", bot.Allow},
		{"https://tinyurl.com/exam-schedule-2026", bot.Allow},
		{"https://bit.ly/refund-policy-explained", bot.Allow},
		{"https://bit.ly/booking-confirmation-template-guide", bot.Allow},
		{"Form đăng ký dã ngoại lớp 12A: https://forms.gle/8kQ2vXz7TnPbR4sW9", bot.Allow},
		{"Form nhận học bổng: họ tên, MSSV https://forms.gle/HocBong1", bot.Allow},
		{"Slides bài giảng: https://drive.google.com/drive/folders/1aB3cD5eF7gH9iJ1kL3mN5oP7qR9sT1uV", bot.Allow},
		{"https://mega.nz/file/Hk2Lp9#Trip_Booking_Checklist", bot.Allow},
		{"https://storage.googleapis.com/cs101-course-materials/week3/lecture.html", bot.Allow},
		{"https://ipfs.io/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/wiki/Vietnam.html", bot.Allow},
		{"https://linktr.ee/maitravels", bot.Allow},
		{"Thông báo học bổng của khoa: https://bit.ly/hocbong-2026-thongbao", bot.Allow},
		{"https://bit.ly/vietcombank-thanhtoan", bot.Allow},
		{"https://sites.google.com/view/clb-du-lich-sinh-vien", bot.Allow},
		{"https://tinyurl.com/visa-fee-calculator", bot.Allow},
		{"https://bit.ly/ticket-refund-how-to", bot.Allow},
		{"Thông tin học bổng của khoa https://sites.google.com/view/hocbong-khoa-cntt", bot.Allow},
	})
}
