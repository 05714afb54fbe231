package bot_test

import (
	"net/url"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestRedirectorWithTwoDestinations: a redirector given two links (Google's
// /url with q= and url=, a shim's u= written twice, Safe Links' url= twice,
// VK's to= twice) leads to one of them, which the link does not say: a
// scam among them is judged beside the benign one, not hidden behind it
// (rev39b; each was allowed as the benign page).
func TestRedirectorWithTwoDestinations(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	scam, ben := url.QueryEscape("https://paypal-verify-account.top/login"), url.QueryEscape("https://github.com/golang/go")
	for _, link := range []string{
		"https://www.google.com/url?q=" + ben + "&url=" + scam,
		"https://www.google.com/url?url=" + scam + "&q=" + ben,
		"https://www.google.com/url?q=" + ben + "&sa=D&q=" + scam,
		"https://l.facebook.com/l.php?u=" + ben + "&u=" + scam + "&h=AT0x",
		"https://eur02.safelinks.protection.outlook.com/?url=" + ben + "&url=" + scam + "&reserved=0",
		"https://vk.com/away.php?to=" + ben + "&to=" + scam,
		"https://t.umblr.com/redirect?z=" + ben + "&z=" + scam,
		// the destination's own open redirect, behind the wrapper
		"https://www.google.com/url?q=" + url.QueryEscape("https://news.example.org/out?url="+scam) + "&sa=D",
	} {
		if v := judgeText(c, bot.Telegram, "your account is on hold, verify here "+link).Verdict; v.Level != bot.Delete {
			t.Errorf("%q: %s %.2f %v, want delete", link, v.Level, v.Score, v.Reasons)
		}
	}
	// the same destination written twice is one link
	j := judgeText(c, bot.Telegram, "see https://www.google.com/url?q="+ben+"&url="+ben+"&sa=D")
	if len(j.Links) != 1 || j.Verdict.Level != bot.Allow {
		t.Errorf("one destination written twice: %d links, %s", len(j.Links), j.Verdict.Level)
	}
}
