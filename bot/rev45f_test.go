package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestViActionNameOwnSites (rev45f): Vietnamese dealers', agents',
// resellers' and web sellers' own sites, named for their brand or trade
// and an offer or support word, under Vietnam's ending or naming a web
// product, or a gift beside no Vietnamese brand nor insurer
// (tiktok-tang-follow.com), are not read as a scam's action name. Each
// was allowed on main e74d05b and warned by vi45's viActionName.
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
		"Tăng follow TikTok uy tín: tiktok-tang-follow.com",
		"Hosting giá rẻ tặng tên miền: hosting-tang-ten-mien.com",
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

// TestViActionNameJoinedAndMarked (rev45f): a paper's name run together
// with a scam's action (cccddongbo.com, vnnicgiahan.com) and an action
// name written with Vietnamese marks (cccd-đồngbộ.com, read as punycode
// before) are read as vi45's hyphenated names are; each was allowed on
// vi45.
func TestViActionNameJoinedAndMarked(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range []string{
		"Căn cước của bạn chưa đồng bộ, đồng bộ ngay: https://cccddongbo.com",
		"Tên miền hết hạn, gia hạn tại https://vnnicgiahan.com",
		"Căn cước của bạn chưa đồng bộ, đồng bộ ngay: https://cccd-đồngbộ.com",
	} {
		j := judgeText(c, bot.Telegram, text)
		found := false
		for _, r := range j.Verdict.Reasons {
			found = found || strings.Contains(r.Detail, "what a scam's page has you do")
		}
		if j.Verdict.Level == bot.Allow || !found {
			t.Errorf("%q: %v (%.2f) %v, want flagged as an action name", text, j.Verdict.Level, j.Verdict.Score, j.Verdict.Reasons)
		}
	}
	// a shop's sign-up word run together with a paper is not read
	j := judgeText(c, bot.Telegram, "Hướng dẫn: https://cpaneldangky.com")
	for _, r := range j.Verdict.Reasons {
		if strings.Contains(r.Detail, "what a scam's page has you do") {
			t.Errorf("cpaneldangky.com read: %v", r.Detail)
		}
	}
}

// TestViSlugGuides (rev45f): a shortened link named for a service and how
// to pay, update or confirm, as guides and offices' forms are, is not
// read as a scam's; each was allowed on main e74d05b and warned by vi45.
func TestViSlugGuides(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range []string{
		"Link form khảo sát: bit.ly/bhxh-capnhat điền giúp mình",
		"Form trả lời thuế: bit.ly/thue-xacnhan cho kế toán",
		"Xem hướng dẫn bit.ly/momo-thanhtoan nhé",
	} {
		if j := judgeText(c, bot.Telegram, text); j.Verdict.Level != bot.Allow {
			t.Errorf("%q: %v (%.2f) %v, want allowed", text, j.Verdict.Level, j.Verdict.Score, j.Verdict.Reasons)
		}
	}
}
