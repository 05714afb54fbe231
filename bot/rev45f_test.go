package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestViActionNameOwnSites (rev45f): Vietnamese dealers', agents',
// resellers' and web sellers' own sites, named for their brand or trade
// and an offer or support word, under Vietnam's ending or naming a web
// product, are not read as a scam's action name. Each was allowed on
// main e74d05b and warned by vi45's viActionName.
func TestViActionNameOwnSites(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range []string{
		"Tư vấn bảo hiểm Prudential, đại lý chính thức: prudential-hotro.vn",
		"Bảo hiểm ô tô Bảo Việt, đại lý Hà Nội: baoviet-uudai.vn",
		"Trang chủ đại lý Mắt Bão: matbao-hotro.vn",
		"Gói data tháng cho sinh viên xem ở viettel-data.vn",
		"Gia hạn bảo hiểm xe máy tại giahan-baohiem.vn",
		"Tặng voucher cho hội viên: grab-tang.vn",
		"Dịch vụ bảo mật website chống hack: baomat-website.com",
		"Dịch vụ thiết kế web chuẩn SEO, tặng hosting: website-tang-hosting.com",
	} {
		j := judgeText(c, bot.Telegram, text)
		for _, r := range j.Verdict.Reasons {
			if strings.Contains(r.Detail, "what a scam's page has you do") {
				t.Errorf("%q: read (%.2f): %v", text, j.Verdict.Score, r.Detail)
			}
		}
		if j.Verdict.Level != bot.Allow {
			t.Errorf("%q: %v (%.2f) %v, want allowed", text, j.Verdict.Level, j.Verdict.Score, j.Verdict.Reasons)
		}
	}
}
