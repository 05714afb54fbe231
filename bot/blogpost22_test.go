package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// A dated post on a blog platform whose slug holds no lure is read as its
// blog's homepage (blog22): the link model learned blog platforms from the
// phishing lists alone (528 blogspot and wordpress.com URLs, no benign
// post), so a post's date and slug put a blog whose homepage passes over
// the warn point, and Blogger's country endings (blogspot.fr) read as a
// name of their own.

// TestBlogPostsReadAsHomepage: posts of tech blogs linked in tech chat,
// flagged on main before blog22 (warned at 0.54-0.72, deleted at 0.82 and
// 0.97), pass bare and beside a short remark.
func TestBlogPostsReadAsHomepage(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://karelzak.blogspot.com/2018/11/lsblk-merge.html", false},
		{"https://golangtips.blogspot.com/2015/03/channels.html", false},
		{"See http://ludovicrousseau.blogspot.com/2010/10/card-auto-power-on-and-off.html", false},
		{"See http://ludovicrousseau.blogspot.fr/2015/12/remove-andor-customize-pcsc-reader-names.html", false},
		{".. _mid-year update: http://pyfound.blogspot.com/2020/07/pip-team-midyear-report.html", false},
		{"https://karelzak.blogspot.com/2018/11/lsblk-merge.html?m=1", false},
	})
}

// TestBlogPostLuresKeepReading: a post whose slug names a lure, a brand,
// paperwork, or a blog named as a kit names its site, is judged as
// before: flagged (each was on main before blog22).
func TestBlogPostLuresKeepReading(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://karelzak.blogspot.com/2018/11/verify-your-account.html", true},
		{"https://karelzak.blogspot.fr/2018/11/confirm-secure-payment.html", true},
		{"https://golangtips.blogspot.com/2015/03/paypal-limited-access.html", true},
		{"http://secure-login-paypal-resolution.blogspot.com/2019/09/channels.html", true},
		{"http://support-clientppa-service.blogspot.hr/2019/09/whiplash.html", true},
		{"http://update-information-pp0.blogspot.co.id/2019/09/lsblk-merge.html", true},
	})
}

// TestBlogPostNoLowerThanHomepage: a lure-free post is never judged below
// its blog's homepage on blogspot.com: a post's reading gives an attacker
// nothing that linking the blog did not. Names built as phishing names
// are.
func TestBlogPostNoLowerThanHomepage(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, name := range []string{"paypal-resolution-center", "secure-login-update", "verify-wallet-connect", "appleid-unlock-support", "amazon-prime-billing"} {
		for post, homepage := range map[string]string{
			"https://" + name + ".blogspot.com/2019/09/lsblk-merge.html":  "https://" + name + ".blogspot.com/",
			"http://" + name + ".blogspot.fr/2019/09/lsblk-merge.html":    "https://" + name + ".blogspot.com/",
			"https://" + name + ".wordpress.com/2019/09/12/lsblk-merge/":  "https://" + name + ".wordpress.com/",
			"https://" + name + ".blogspot.com/2019/09/whiplash.html?m=1": "https://" + name + ".blogspot.com/",
		} {
			home := judgeText(c, bot.Telegram, homepage).Verdict
			if v := judgeText(c, bot.Telegram, post).Verdict; v.Level < home.Level {
				t.Errorf("%q: %s (%.2f), its blog's homepage %s (%.2f)", post, v.Level, v.Score, home.Level, home.Score)
			}
		}
	}
}
