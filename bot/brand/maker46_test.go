package brand

import "testing"

// TestMakerNoticeName (maker46): a maker's shop's name beside a sale's
// words and a product's model, and a developer platform's beside a
// policy's or a beta's words and its console's, are read as notices'
// names; the same brands beside a project's words, another brand's sale
// words (a developer platform's sale, a shop's policy) and Printables
// beside a craft site's free sheets are not.
func TestMakerNoticeName(t *testing.T) {
	checkNoticeNames(t, []noticeNameCase{
		{"bambulab-outlet.shop", false, true},
		{"prusa-mk4-sale.com", false, true},
		{"jlcpcb-coupon-order.net", true, true},
		{"printables-contest-prize.com", true, true},
		{"playconsole-policy-appeal.net", true, true},
		{"google-play-developer-removal.com", false, true},
		{"testflight-beta-invite.app", true, true},
		{"bambulab-projects.com", false, false},
		{"arduino-esp32.com", false, false},
		{"firebase-sale.com", false, false},
		{"etsy-policy.com", false, false},
		{"free-printables.com", false, false},
	})
}
