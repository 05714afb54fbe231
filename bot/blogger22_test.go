package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// Blogger serves every blog under its country endings (blogspot.fr,
// blogspot.com.au, blogspot.co.uk) as the same blog on blogspot.com, the
// only ending the public suffix list and the link model know as the
// platform (cc22): a blog there is judged as its blogspot.com twin.

// TestBloggerCountryEndingsReadAsBlogspotCom: blogs' homepages on a
// country ending, deleted on main before cc22 (0.85-0.88), pass as their
// blogspot.com twins do on Telegram.
func TestBloggerCountryEndingsReadAsBlogspotCom(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://karelzak.blogspot.fr/", false},
		{"https://golangtips.blogspot.com.au/", false},
		{"see https://karelzak.blogspot.co.uk/", false},
		{"https://pyfound.blogspot.de/", false},
	})
}

// TestBloggerCountryTwinLevels: a blog on a country ending reads exactly
// as its blogspot.com twin, lure-named blogs included (each flagged on
// both), with or without www., bare or over plain HTTP.
func TestBloggerCountryTwinLevels(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, name := range []string{"paypal-resolution-center", "secure-login-update", "verify-wallet-connect", "karelzak", "ludovicrousseau", "golangtips"} {
		for _, cc := range []string{"fr", "com.au", "co.uk", "de", "com.br", "co.id", "jp", "in"} {
			for _, form := range [][2]string{
				{"https://" + name + ".blogspot." + cc + "/", "https://" + name + ".blogspot.com/"},
				{"http://www." + name + ".blogspot." + cc + "/", "http://www." + name + ".blogspot.com/"},
				{name + ".blogspot." + cc, name + ".blogspot.com"},
				{"https://" + name + ".blogspot." + cc + "/p/login.html", "https://" + name + ".blogspot.com/p/login.html"},
			} {
				v := judgeText(c, bot.Telegram, form[0]).Verdict
				twin := judgeText(c, bot.Telegram, form[1]).Verdict
				if v.Level != twin.Level || v.Score != twin.Score {
					t.Errorf("%q: %s (%.3f), its blogspot.com twin %s (%.3f)", form[0], v.Level, v.Score, twin.Level, twin.Score)
				}
			}
		}
	}
	for _, link := range []string{"https://paypal-resolution-center.blogspot.fr/", "http://secure-login-update.blogspot.com.br/"} {
		if v := judgeText(c, bot.Telegram, link).Verdict; v.Level == bot.Allow {
			t.Errorf("%q: %s (%.3f), want flagged", link, v.Level, v.Score)
		}
	}
}
