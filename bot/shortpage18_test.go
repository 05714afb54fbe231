package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestShortPageRules (short18): the rules for the links the learned model
// stood in for with -shortpages weights (cmd/train, measured and not
// switched on): each rule has cases below that the committed weights
// allow, or warn where the rule deletes, without it, and each benign
// line stays allowed with it.
//   - paperwork named in the message and in a plain-HTTP page's path on
//     an ordinary site (paperworkPage);
//   - a brand named in a lure beside a tunnel's sign-in page
//     (tunnelBrandLogin);
//   - a hosting platform's page in a folder named for a brand alone,
//     posted bare (hostedBrandPage);
//   - a site named for the police or a court beside a threat in their
//     name (authorityName);
//   - the label of a brand's other domain (meta of meta.com) in front of
//     a stranger's domain built from phishing's words
//     (brandDomainSubdomain).
func TestShortPageRules(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"Your statement is available http://www.riverbend-church.org/media/statements/index.html", bot.Warn},
		{"Anh xem giúp em bảng báo giá http://noithatxuanmai.vn/upload/baogia/bao-gia-2026.html", bot.Warn},
		{"Please find the attached invoice http://www.lakeside-dental.com/files/invoice/index.html", bot.Warn},
		{"Gửi anh hóa đơn tháng này http://dienmaythanhdat.vn/upload/hoadon/hoa-don-thang-11.html", bot.Warn},
		{"Verify your Binance account now https://3f2a-81-204-11-9.ngrok-free.app/login", bot.Warn},
		{"Your Coinbase account is locked, confirm here https://7b1c-45-12-88-3.ngrok-free.app/verify", bot.Warn},
		{"Verify your Kraken account to keep it active https://quiet-river-lamp.trycloudflare.com/login", bot.Warn},
		{"Your PayPal account is limited, confirm here https://a1b2-203-0-113-7.ngrok-free.app/account/verify", bot.Warn},
		{"Verify your Binance account now https://9c1d-77-12-4-201.ngrok-free.app/signin", bot.Warn},
		{"https://pub-9c3e1a7b5d2f4e8a.r2.dev/ledger/index.html", bot.Warn},
		// model36: warned (not deleted) at 0.77, 0.77, the link
		// model's second stage (BENCHMARKS.md, model36)
		{"https://pub-4d1e7a2b9c3f5e60.r2.dev/metamask/index.html", bot.Warn},
		{"https://d1a2b3c4d5e6f7.cloudfront.net/ledger/index.html", bot.Warn},
		{"Thanh tra Chính phủ: Tài khoản của bạn liên quan đường dây rửa tiền, làm theo hướng dẫn tại https://congan-dieutra.com", bot.Warn},
		{"Tài khoản của bạn liên quan đến vụ án rửa tiền, hợp tác điều tra tại https://canhsat-hoso.com", bot.Warn},
		{"Ban co lenh bat lien quan duong day rua tien, xem tai https://toaan-tracuu.com", bot.Warn},
		{"your page will be removed for copyright, appeal within 24h https://meta-business.appeal-review.com/case", bot.Warn},
		{"https://meta-support.appeal-center.net/case/8812", bot.Warn},

		// the same shapes beside other words, on other hosts
		{"the statement docs are here https://www.riverbend-church.org/media/statements/index.html", bot.Allow},
		{"event order http://www.quirksmode.org/js/events_order.html", bot.Allow},
		{"log into the staging box https://3f2a-81-204-11-9.ngrok-free.app/login", bot.Allow},
		{"the police report is here https://www.met.police.uk/", bot.Allow},
		{"meta's docs https://developers.facebook.com/docs/", bot.Allow},
	})
}
