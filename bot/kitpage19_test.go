package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestKitFolderPages (kit19): a folder named for a brand or a webmail at
// an ordinary site's root, or a page in it, is a kit unpacked onto a
// compromised site (kitFolderPage). The attack lines below are allowed
// by the committed weights without the rule, or warned where it deletes;
// the benign lines beside them (a site's own pages, an organisation's
// webmail on its mail host or talked of over HTTPS, a folder of a word
// that is no brand's) stay allowed with it.
func TestKitFolderPages(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://gardenclub.com/owa/", bot.Warn},
		{"https://gardenclub.com/roundcube/", bot.Warn},
		{"https://oakridgecabins.com/zimbra/index.php", bot.Warn},
		{"https://gardenclub.com/netflix/", bot.Warn},
		{"https://oakridgecabins.com/paypal/", bot.Warn},
		{"https://oakridgecabins.com/webmail/index.php", bot.Delete},
		{"https://oakridgecabins.com/mail/index.html", bot.Delete},
		{"Your mailbox is full, sign in to keep it https://oakridgecabins.com/webmail/", bot.Warn},
		{"Hộp thư của bạn đã đầy, đăng nhập để giữ thư https://oakridgecabins.com/owa/", bot.Warn},
		{"ngủ chưa http://gardenclub.com/netflix/", bot.Delete},

		{"http://www.lartc.org/docs/index.php", bot.Allow},
		{"our OWA moved to https://corp-example.com/owa/ after the upgrade", bot.Allow},
		{"https://mail.uni-hamburg.de/owa/", bot.Allow},
		{"https://webmail.tu-berlin.de/roundcube/", bot.Allow},
		{"https://www.horde.org/apps/webmail/", bot.Allow},
		{"https://www.roundcube.net/download/", bot.Allow},
		{"https://www.imf.org/outlook/", bot.Allow},
		{"http://www.faqs.org/email/", bot.Allow},
	})
}

// TestBrandCodeHost (kit19): a brand's name beside a one-time code's word
// in a host the brand does not own, beside a message about a code
// (brandCodeHost), in English and Vietnamese. The committed weights
// allow or only warn the attack lines without the rule; a host of the
// same shape in talk of a program's code, or posted bare, stays as it
// was.
func TestBrandCodeHost(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"I sent a code to your phone by mistake, please type it at https://whatsapp-code.net", bot.Warn},
		{"Cac ban oi nhan ho minh cai ma OTP vua gui ve may ban voi https://zalo-otp.net", bot.Delete},
		{"minh lo gui ma OTP vao so ban, gui lai giup minh qua https://momo-otp.com", bot.Delete},

		{"the sample code is at https://whatsapp-code.net", bot.Allow},
		{"https://whatsapp-code.net", bot.Allow},
		{"we use twilio for the otp codes, docs at https://twilio-otp-demo.netlify.app", bot.Allow},
	})
}

// TestRootCredentialPage (kit19): a single page at a stranger's root
// named for a sign-in alone, posted bare or beside a lure
// (rootCredentialPage). The committed weights allow or only warn the
// attack lines over HTTPS without the rule; a site's own pages, a
// page of a script's usual name and a sign-in page talked of stay as
// they were.
func TestRootCredentialPage(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://gardenclub.com/verify.html", bot.Warn},
		{"https://gardenclub.com/login.html", bot.Warn},
		{"https://oakridgecabins.com/account-verify.html", bot.Warn},
		{"https://oakridgecabins.com/signin.php", bot.Delete},
		// model36: warned (not deleted) at 0.66, the link
		// model's second stage (BENCHMARKS.md, model36)
		{"Tài khoản của bạn bị khóa, xác minh tại https://oakridgecabins.com/xacminh.html", bot.Warn},

		{"https://www.7-zip.org/download.html", bot.Allow},
		{"https://www.lartc.org/index.html", bot.Allow},
		{"https://gardenclub.com/update.php", bot.Allow},
		{"https://gardenclub.com/auth.php", bot.Allow},
		{"the sign-in page of our staging site https://gardenclub.com/login.html works again", bot.Allow},
	})
}
