package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestLocalOnlyEndings (reg34): a brand's name on an ending only a local
// company or institution may register (co.jp, co.kr, co.id and the like)
// is a subsidiary's, a partner's or a namesake's, not an impostor's: the
// brand-name reading lets it go (each allowed line but the first was
// warned about or deleted before). The same names on open endings, the
// brand's look-alikes and homoglyphs on those endings, a brand's domain in
// front of a stranger's, a kit in a company's path, lure words, and
// brand-named scams on restricted endings the phishing lists show abused
// (com.au, com.cn) are flagged as before.
func TestLocalOnlyEndings(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		// the same names on open endings
		{"https://rakuten-sonpo.xyz/", bot.Delete},
		{"https://shinhan-bank.top/", bot.Delete},
		{"https://rakuten-sonpo.com/", bot.Warn},
		{"https://shopee-kredit.com/", bot.Warn},
		// look-alikes and homoglyphs of the brand on a local-only ending
		{"https://rakutten.co.jp/", bot.Delete},
		{"https://raku7en.co.jp/", bot.Delete},
		{"https://r\u0430kuten.co.jp/", bot.Delete},
		// the brand's domain in front of a stranger's
		{"https://rakuten.co.jp.secure-id.top/", bot.Delete},
		{"https://shinhan.co.kr.login-verify.top/", bot.Delete},
		// a kit in a company's path
		{"https://tanaka-kogyo.co.jp/wp-includes/rakuten/login.php", bot.Delete},
		// lure words beside the name are still read
		{"https://paypal-verify.co.jp/", bot.Delete},
		// restricted endings the phishing lists show abused
		{"https://commbank-mobile.com.au/", bot.Delete},
		{"https://rakuten-update.com.cn/", bot.Warn},
		// (rev34b) Korea's co.kr, the ending scammers register made-up
		// names on by the hundred, is read as an open one; and a brand's
		// name beside only a service's words (grab-express, as
		// paypal-login) is an impostor's shape on any ending
		{"https://www.shinhan.co.kr/", bot.Warn},
		{"https://www.shinhan-ds.co.kr/", bot.Warn},
		{"https://www.grab-express.co.id/", bot.Warn},
	})
	checkLevels(t, false, []levelCase{
		{"https://www.rakuten-sonpo.co.jp/", bot.Allow},
		{"https://www.docomo-cycle.co.jp/", bot.Allow},
		{"https://www.nttdocomo-fresh.co.jp/", bot.Allow},
		{"https://www.sagawa-mov.co.jp/", bot.Allow},
		{"https://shopeekredit.co.id/", bot.Allow},
	})
}
