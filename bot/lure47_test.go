package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// creatorFound reports whether a verdict holds one of lure47's findings
// (a creator notice's name, a creator's notice and its ask, a "this you?"
// beside a stranger's link).
func creatorFound(v bot.Verdict) bool {
	for _, r := range v.Reasons {
		if strings.Contains(r.Detail, "sent to content creators") || strings.Contains(r.Detail, "sends a creator") ||
			strings.Contains(r.Detail, "whether the reader is in a photo") {
			return true
		}
	}
	return false
}

// wantCreatorRead judges each text alone on Telegram and wants it
// flagged with a creator's finding (what: "notice name" or "lure").
func wantCreatorRead(t *testing.T, what string, texts []string) {
	t.Helper()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range texts {
		j := judgeText(c, bot.Telegram, text)
		if j.Verdict.Level == bot.Allow || !creatorFound(j.Verdict) {
			t.Errorf("%q: %s (%.2f) %v, want flagged with a creator's %s", text, j.Verdict.Level, j.Verdict.Score, j.Verdict.Reasons, what)
		}
	}
}

// wantCreatorNotRead judges each text alone on Telegram and wants no
// creator's finding among its reasons (what: "notice" or "lure").
func wantCreatorNotRead(t *testing.T, what string, texts []string) {
	t.Helper()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range texts {
		j := judgeText(c, bot.Telegram, text)
		if creatorFound(j.Verdict) {
			t.Errorf("%q: read as a creator's %s: %v", text, what, j.Verdict.Reasons)
		}
	}
}

// TestCreatorNameFlagged: a bare name made for a notice or an offer sent
// to content creators (creatorName) warns alone; each was allowed before
// lure47.
func TestCreatorNameFlagged(t *testing.T) {
	t.Parallel()
	wantCreatorRead(t, "notice name", []string{
		"video-strike-appeal.com",       // a strike and its appeal
		"sponsorship-contract-desk.net", // a sponsor's contract behind a desk
		"ugc-brief-review.online",       // a UGC brief
		"beat-royalty-hold.com",         // royalties held
		"stream-key-reset-center.com",   // a stream key, written apart
		"monetization-approved.com",     // monetization approved
		"creator-earnings-approval.com", // earnings approved
		"sponsoroffer.lol",              // run together on a cheap ending
		"tich-xanh-vip.com",             // a blue tick for sale, syllables apart
		"khieunai-kenh.net",             // a channel's complaint, in Vietnamese
		"taitro-hoptac.com",             // a sponsor's collaboration
		"see sponsor-brief-login.com now",
	})
}

// TestCreatorNameNotRead: names of creators' tools, guides, shops and
// games, and a creator notice's name quoted defanged in security talk,
// are not read as a creator's notice.
func TestCreatorNameNotRead(t *testing.T) {
	t.Parallel()
	wantCreatorNotRead(t, "notice", []string{
		"sponsorship-rates-calculator.com", // a tool
		"media-kit-templates.com",          // templates
		"copyright-claim-guide.com",        // a guide
		"counter-strike.net",               // a game
		"beat-store.com",                   // a producer's shop
		"thoi-trang-kenh.com",              // fashion (thời trang)
		"creator-fund.com",                 // plain words in two on .com
		"smith-payout-consulting.com",      // a firm's own words
		"beware of payout-release-desk[.]com, it steals logins",
	})
}

// TestCreatorLureFlagged: a creator's notice or offer and what it asks,
// beside a stranger's link whose name says nothing, warns; each was
// allowed before lure47.
func TestCreatorLureFlagged(t *testing.T) {
	t.Parallel()
	wantCreatorRead(t, "lure", []string{
		"Your channel got a copyright strike for the intro song. Appeal it here https://northwind-media.net/a/29",
		"Hi! We'd like to sponsor two videos on your channel, the contract is ready, log in with Google to sign https://lumen-works.co/c",
		"Your royalties for March are ready, link your bank to withdraw https://quartzline.org/r",
		"heads up your stream key was leaked in the VOD, reset it now https://bluefin-tools.net/k",
		"You're invited to our photo contest finals, log in with your account to confirm your entry https://orchid-lane.com/e",
		"Kênh của bạn vi phạm bản quyền, vui lòng kháng nghị tại https://hoa-sen-media.com/kn",
		"Nhà tài trợ gửi thù lao 12tr cho video của bạn, xác minh để nhận: https://saigon-wave.net/tt",
		"Bán tích xanh Facebook uy tín, lên tích trong 48h https://minh-an-store.com/",
		"Từ 1/1 người livestream bán hàng online phải đăng ký giấy phép tại https://thu-tuc-shop.com/dk",
		"Lớp học chụp ảnh miễn phí, đóng phí giữ chỗ 150k tại https://tran-hung-studio.net/gc",
		"someone reuploaded your timelapse on their page, look https://kestrel-view.com/p/44",
		"is this you in this video?? https://amber-post.net/v/91",
	})
}

// TestCreatorLureNotRead: creators' ordinary chat about the same things
// is not read: a writer telling of their own channel, a question about
// an appeal, a warning, a platform's own site named beside its link, a
// link to a trusted site.
func TestCreatorLureNotRead(t *testing.T) {
	t.Parallel()
	wantCreatorNotRead(t, "lure", []string{
		"my channel got a copyright strike last week, the appeal went through in two days https://northwind-media.net/blog/strikes",
		"how to appeal a copyright strike, wrote it up https://northwind-media.net/blog/appeal",
		"beware: fake sponsorship emails ask you to log in to see the contract https://northwind-media.net/blog/fake-sponsors",
		"contest for 3D artists this month, login with your Sketchfab account https://sketchfab.com/contests",
		"your royalties statement explained, verify your split sheets https://www.ascap.com/help/royalties-and-payment",
		"Hướng dẫn kháng nghị khi kênh bị gậy bản quyền https://support.google.com/youtube/answer/2814000?hl=vi",
	})
}
