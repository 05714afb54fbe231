package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestServerPagesOverHTTPS: an organisation's own ASP.NET page over
// HTTPS, named by words under plain folders, is read as the same page
// written out (.html), as the link model reads the ending of the
// platform's pages as a kit's: allowed, alone or beside an everyday shop
// word ("ưu đãi": the eleventh blind set's deleted bank page had this
// shape). Its kit-shaped twins on the same host are flagged as before: a
// .php page, a sign-in page, a webmail kit's folders, a victim's address
// or a token in the query, a token, brand, site-software, paperwork or
// lure folder, plain HTTP, and a hard lure beside it; and the same page
// on a scam's fresh name (a lure's words in it, hyphens).
func TestServerPagesOverHTTPS(t *testing.T) {
	t.Parallel()
	const site = "https://eoffice.vietsovpetro.com"
	checkFlagged(t, []flagCase{
		{site + "/default.aspx", false},
		{site + "/vi/Home.aspx", false},
		{"Ưu đãi tháng này " + site + "/default.aspx", false},

		{site + "/Login.aspx", true},
		{site + "/owa/auth/logon.aspx", true},
		{site + "/default.aspx?email=nguyen.van.a@gmail.com", true},
		{site + "/default.aspx?sid=NDQ3NjgzLTEwNzYxNDA3OQ", true},
		{site + "/x8Kq2mZ91/default.aspx", true},
		{site + "/paypal/default.aspx", true},
		{site + "/wp-content/default.aspx", true},
		{site + "/hoadon/default.aspx", true},
		{site + "/verify/account.aspx", true},
		{"https://nhanqua-tri-an.com/Pages/default.aspx", true},
		{"https://ebanking-online-vn.com/Pages/default.aspx", true},
		{"http://eoffice.vietsovpetro.com/default.aspx", true},
		{"Nhận quà miễn phí, xác minh tài khoản tại " + site + "/default.aspx", true},
	})
	// the page named by words is read as written out: under the warn line
	c := bot.NewClassifier(bot.ClassifierConfig{})
	if v := judgeText(c, bot.Telegram, site+"/default.aspx").Verdict; v.Score >= 0.5 {
		t.Errorf("%s/default.aspx: %.3f, want under 0.5", site, v.Score)
	}
}
