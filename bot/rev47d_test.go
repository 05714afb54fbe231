package bot_test

import "testing"

// TestRev47dTradeNamesNotRead: a creator's subject beside a trade's
// ordinary word (a booking, a fund, a submission, deals, a review, a
// registration) in two parts on a common ending, or a service's subjects
// alone (a promotion, a sponsorship, donations) on a cheap one, or any
// name under Vietnam's ending (vnEnding), is a real agency's, charity's,
// curator's or service firm's name, not a notice's; lure47 read each of
// them.
func TestRev47dTradeNamesNotRead(t *testing.T) {
	t.Parallel()
	wantCreatorNotRead(t, "notice", []string{
		"https://influencer-booking.com",
		"https://donation-fund.org",
		"https://playlist-submission.com",
		"https://promotiondeals.com",
		"https://campaign-review.com",
		"https://kol-booking.vn",
		"https://dangkybanquyen.vn",
		"https://contestentry.com",
		"https://video-promotion.online",
		"https://podcast-sponsorship.live",
		"https://stream-donations.live",
		// under Vietnam's ending, as vi45's action names are not read
		"https://xacminh-banquyen.vn",
		"https://khangnghi-trang.com.vn",
	})
}

// TestRev47dNamesStillRead: an account's demand on any ending, a trade's
// word in three parts, on a cheap ending or beside a scam's own offer
// are still read.
func TestRev47dNamesStillRead(t *testing.T) {
	t.Parallel()
	wantCreatorRead(t, "notice name", []string{
		"https://payout-hold.com",
		"https://earnings-claim.com",
		"https://influencer-booking-desk.com",
		"https://playlist-review.cfd",
		"https://collaboffer.beauty",
		"https://tangfollow-mienphi.com",
		"https://stream-payout.sbs",
	})
}

// TestRev47dCreatorChatNotRead: creators telling of their own strike or
// payout, asking the group, pointing to a post, a forum thread or a
// template, and "is this you?" beside a game clip's host are not read as
// a creator's lure; lure47 warned on each.
func TestRev47dCreatorChatNotRead(t *testing.T) {
	t.Parallel()
	wantCreatorNotRead(t, "lure", []string{
		"got a copyright strike on my last upload, this post explains how the appeal works https://creatorhandbook.net/copyright-strike-appeal",
		"payout on hold again, this forum thread says verify your tax info fixes it https://musicianscorner.org/threads/88",
		"has anyone had their payout held by the label? verify tax info? https://producerhangout.com/forum/payout-held",
		"the brand deal contract template we use, sign in to the doc to comment https://thecreatorsagency.co/resources",
		"if your stream key leaked reset it in the dashboard, here's how https://gamerguides.io/stream-key",
		"lmao is this you in the video https://streamable.com/x8k2p",
		"Kênh mình bị gậy bản quyền, đã kháng nghị thành công, mình viết lại ở đây https://blogcuaminh.net/khang-nghi",
		"chị ơi lớp miễn phí có phí giữ chỗ không ạ? https://daynauan.vn/lop",
		"PSA: emails saying your channel got a strike and asking you to log in are scams https://creatoralerts.net/psa",
		"tip: if you get a copyright strike you can appeal, or wait 90 days https://creatoracademy.net/strikes",
		"Giấy phép livestream bán hàng có bắt buộc không? Luật sư giải đáp https://luatvietan.vn/giay-phep-livestream",
		// real organisers' forms: a contest's entries, an agency's
		// application
		"photo contest entries here, sign in with google to upload https://forms.gle/xyz123",
		"Sponsorship application for creators, log in to your Google account to fill it https://docs.google.com/forms/d/e/1FAIpQ/viewform",
	})
}

// TestRev47dLuresOtherWays: the same lures in capitals, without
// punctuation, with "ur", the ask first, on a shortener or a free host,
// and in Vietnamese without marks, still warn; so do a sender's words of
// themselves beside the reader's own work, and a strike's appeal on a
// Google form (the last four allowed on lure47).
func TestRev47dLuresOtherWays(t *testing.T) {
	t.Parallel()
	wantCreatorRead(t, "lure", []string{
		"YOUR CHANNEL RECEIVED A COPYRIGHT STRIKE APPEAL NOW https://mediaview-hub.net/a",
		"appeal here or ur channel gets a copyright strike https://mediaview-hub.net/a",
		"ur earnings r on hold, verify ur account to release them https://cutt.ly/earn77",
		"sponsor deal for ur channel, log in to see the contract https://brand-room.netlify.app",
		"kenh cua ban vi pham ban quyen, vui long khang nghi tai https://mediaview-hub.net/k",
		"is this you in this video?? https://amber-post.net/v/91",
		// a sender speaking of themselves to the reader's own work:
		// lure47's "i just", "i got", "mine" spared these
		"i just saw someone reuploaded your video on their channel, look https://vidmirror-check.net/r/3",
		"I got your email from your channel, we want to sponsor you, log in to view the brief https://brandlink-portal.net/b",
		"mine? no, someone stole your photos and posts them as theirs, see https://vidmirror-check.net/r/3",
		// a strike's appeal on a form anyone makes, whose host is trusted
		"your channel got a copyright strike, appeal here https://docs.google.com/forms/d/e/1FAIpQLSf/viewform",
	})
}
