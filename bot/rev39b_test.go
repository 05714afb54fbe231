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

// TestRedirectsNestedTooDeep: a link wrapped in more redirectors than
// linkx.Unwrap undoes stopped at a big site's redirector and passed as
// google.com or href.li; it now says its destination is hidden (en, vi)
// and is deleted, while four wrappings, the most sites write, are read
// through to the page (rev39b).
func TestRedirectsNestedTooDeep(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	google := func(n int, u string) string {
		for range n {
			u = "https://www.google.com/url?q=" + url.QueryEscape(u) + "&sa=D"
		}
		return u
	}
	href := func(n int, u string) string {
		for range n {
			u = "https://href.li/?" + u
		}
		return u
	}
	for _, tc := range []struct {
		link string
		want bot.Level
	}{
		{google(4, "https://github.com/golang/go"), bot.Allow},
		{google(4, "https://paypal-verify-account.top/login"), bot.Delete},
		{google(7, "https://paypal-verify-account.top/login"), bot.Delete},
		{google(7, "https://github.com/golang/go"), bot.Delete},
		{href(8, "https://paypal-verify-account.top/login"), bot.Delete},
		{href(40, "https://paypal-verify-account.top/login"), bot.Delete},
	} {
		v := judgeText(c, bot.Telegram, "see "+tc.link).Verdict
		if v.Level != tc.want {
			t.Errorf("%.80q…: %s %.2f %v, want %s", tc.link, v.Level, v.Score, v.Reasons, tc.want)
		}
	}
	v := judgeText(c, bot.Telegram, "see "+href(9, "https://github.com/golang/go")).Verdict
	if !v.Has(bot.CodeShortener) || len(v.Reasons) == 0 {
		t.Fatalf("no hidden-destination reason: %v", v.Reasons)
	}
	for _, r := range v.Reasons {
		if r.Code == bot.CodeShortener {
			if en, vi := r.DetailIn(bot.English), r.DetailIn(bot.Vietnamese); en != "the link is wrapped in more redirects than any site writes (href[.]li); where it leads is hidden" ||
				vi != "liên kết được bọc qua nhiều lớp chuyển hướng hơn bất kỳ trang nào tạo ra (href[.]li); nơi nó dẫn tới bị giấu" {
				t.Errorf("reason %q / %q", en, vi)
			}
		}
	}
}
