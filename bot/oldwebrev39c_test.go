package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestServerPagesOnHostingPlatforms: the HTTPS server-page reading
// (vi39) is an organisation's own site's; a page on a host anyone signs
// up to (a hosting platform, a dynamic DNS name, a private suffix of the
// public suffix list: an app or a bucket) named like an ASP.NET page is
// a kit's copy, read as written: flagged before vi39, allowed by it (the
// first two; the dynamic DNS name is held by its name too). The
// organisation's own page stays allowed.
func TestServerPagesOnHostingPlatforms(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://eoffice.vietsovpetro.com/default.aspx", false},
		{"https://azaman.azurewebsites.net/default.aspx", true},
		{"https://foo.000webhostapp.com/default.aspx", true},
		{"https://greenfield.ddns.net/default.aspx", true},
	})
}

// TestServerPagesNamedForSignIn: a server page whose path holds a word a
// sign-in, verification or wallet page is named with (credentialWords:
// sso, suspended, dangnhap …), which the lure-word guard (domain and
// scheme words of four letters or more) does not hold, is read as
// written: /SSO/Default.aspx warned before vi39 and allowed by it;
// /Suspended.aspx deleted before, warned by it.
func TestServerPagesNamedForSignIn(t *testing.T) {
	t.Parallel()
	const site = "https://eoffice.vietsovpetro.com"
	checkFlagged(t, []flagCase{
		{site + "/Portal/Default.aspx", false},
		{site + "/SSO/Default.aspx", true},
		{site + "/Suspended.aspx", true},
	})
	c := bot.NewClassifier(bot.ClassifierConfig{})
	if v := judgeText(c, bot.Telegram, site+"/Suspended.aspx").Verdict; v.Level != bot.Delete {
		t.Errorf("%s/Suspended.aspx: %s (%.2f), want deleted", site, v.Level, v.Score)
	}
}
