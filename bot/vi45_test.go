package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestViActionNames (vi45): Vietnamese smishing messages whose link is a
// brand's or a paper's name hyphenated with a Vietnamese word of what the
// scam asks, a bare address whose path names a refund, and a shortened
// link named for a brand and what it promises, each allowed on main
// 2ab3249, are flagged with the finding that reads them, in English and
// in Vietnamese.
func TestViActionNames(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range []struct{ text, key, vi string }{
		{"Căn cước công dân của bạn đã hết hạn đồng bộ, vui lòng đồng bộ lại tại https://cccd-dongbo.com để tránh bị khóa",
			"a Vietnamese word of what a scam's page has you do", "một từ chỉ việc trang lừa đảo bảo bạn làm"},
		{"Website của bạn chưa đăng ký tín nhiệm mạng và sẽ bị chặn truy cập. Đăng ký ngay: https://tinnhiemmang-dangky.com",
			"a Vietnamese word of what a scam's page has you do", "một từ chỉ việc trang lừa đảo bảo bạn làm"},
		{"Tên miền của quý khách hết hạn hôm nay và sẽ bị xóa. Gia hạn ngay tại https://matbao-giahan.net",
			"a Vietnamese word of what a scam's page has you do", "một từ chỉ việc trang lừa đảo bảo bạn làm"},
		{"Thông báo VNNIC: tên miền .vn của bạn sắp bị thu hồi, vui lòng gia hạn tại https://vnnic-gia-han.com",
			"a Vietnamese word of what a scam's page has you do", "một từ chỉ việc trang lừa đảo bảo bạn làm"},
		{"Viettel tặng bạn 100GB data miễn phí, kích hoạt ngay trước 24h hôm nay: https://viettel-data.click",
			"a Vietnamese word of what a scam's page has you do", "một từ chỉ việc trang lừa đảo bảo bạn làm"},
		{"Hoàn tiền đơn hàng: https://103.145.22.18/hoantien",
			"a bare IP address whose page is named for a refund", "địa chỉ IP trần, có trang được đặt tên"},
		{"Đơn hàng của bạn giao không thành công, cập nhật địa chỉ: https://is.gd/ghtkdon",
			"the name it was given joins ghtk to don", "tên được đặt cho liên kết ghép ghtk với don"},
	} {
		wantFlaggedWithDetail(t, c, tc.text, tc.key, tc.vi)
	}
}

// TestViActionNamesNotRead (vi45): the services' own sites, a word of
// data beside a brand that is not Vietnamese, a server's bare address
// with no refund in its path, a shortened link of a class's slides, and
// a defanged quotation are not read.
func TestViActionNamesNotRead(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range []string{
		"Đăng ký tín nhiệm mạng cho website công ty ở trang chính thức https://tinnhiemmang.vn",
		"Tên miền công ty mình sắp hết hạn, mình gia hạn luôn trên https://www.matbao.net rồi nha",
		"export script: https://twitter-data.com",
		"Anh em vào server: http://103.97.125.40/status",
		"Link rút gọn slide thuyết trình nhóm mình: https://bit.ly/slide-nhom3",
		"Cảnh báo lừa đảo: đừng vào cccd-dongbo[.]com nhé",
	} {
		j := judgeText(c, bot.Telegram, text)
		for _, r := range j.Verdict.Reasons {
			if strings.Contains(r.Detail, "what a scam's page has you do") || strings.Contains(r.Detail, "named for a refund") ||
				strings.Contains(r.Detail, "what a Vietnamese text scam has you do") {
				t.Errorf("%q: read (%.2f): %v", text, j.Verdict.Score, r.Detail)
			}
		}
	}
}

// TestViDomainNotice (vi45): a domain's renewal notice (tên miền … sắp hết
// hạn, sẽ bị xóa) beside a shortened link is an official notice's, as a
// fine's is; the same words beside a registrar's own site, and the
// national trust mark's own site beside its words, are not flagged.
func TestViDomainNotice(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range []string{
		"Tên miền của bạn đã hết hạn và sẽ bị xóa vĩnh viễn. Gia hạn tên miền tại https://bit.ly/giahan-vn",
		"Tên miền sắp hết hạn, gia hạn ngay: https://is.gd/tenmien2026",
	} {
		j := judgeText(c, bot.Telegram, text)
		found := false
		for _, r := range j.Verdict.Reasons {
			found = found || r.Code == bot.CodeNotice
		}
		if j.Verdict.Level == bot.Allow || !found {
			t.Errorf("%q: %v (%.2f) %v, want flagged as an official notice", text, j.Verdict.Level, j.Verdict.Score, j.Verdict.Reasons)
		}
	}
	for _, text := range []string{
		"Tên miền của quý khách sắp hết hạn, vui lòng gia hạn tên miền tại https://www.matbao.net/ten-mien/gia-han-ten-mien.html",
		"Quý khách chưa đăng ký tín nhiệm mạng, đăng ký miễn phí tại https://tinnhiemmang.vn/dang-ky",
	} {
		if j := judgeText(c, bot.Telegram, text); j.Verdict.Level != bot.Allow {
			t.Errorf("%q: %v (%.2f) %v, want allowed", text, j.Verdict.Level, j.Verdict.Score, j.Verdict.Reasons)
		}
	}
}

// wantFlaggedWithDetail judges text as a Telegram message and fails
// unless it is flagged with a reason whose English detail holds key and
// whose Vietnamese detail holds vi (vi45, vi46).
func wantFlaggedWithDetail(t *testing.T, c *bot.Classifier, text, key, vi string) {
	t.Helper()
	j := judgeText(c, bot.Telegram, text)
	if j.Verdict.Level == bot.Allow {
		t.Errorf("%q: allowed (%.2f), want flagged", text, j.Verdict.Score)
		return
	}
	found := false
	for _, r := range j.Verdict.Reasons {
		if strings.Contains(r.Detail, key) {
			found = true
			if got := r.DetailIn(bot.Vietnamese); !strings.Contains(got, vi) {
				t.Errorf("%q: Vietnamese detail %q, want %q", text, got, vi)
			}
		}
	}
	if !found {
		t.Errorf("%q: flagged (%.2f) without %q: %v", text, j.Verdict.Score, key, j.Verdict.Reasons)
	}
}
