package bot_test

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

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
		// the other destination on the redirector's own domain
		"https://www.google.com/url?q=" + ben + "&url=" + url.QueryEscape("https://sites.google.com/view/metamask-login-help") + "&sa=D",
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

// TestFanOutThroughDifferentRedirectors: a hijacked account spraying one
// scam behind a different redirector in each chat (Google's /url,
// Facebook's shim, Safe Links), with different words each time, has
// spread one link: the third chat marks it compromised and the sweep
// deletes the copies in the first two (the real bbolt store; sightings
// are keyed by where the link leads).
func TestFanOutThroughDifferentRedirectors(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	scam := url.QueryEscape("https://photo-album-share.xyz/p/8812")
	texts := []string{
		"is this you in this photo?? https://www.google.com/url?q=" + scam + "&sa=D&usg=AOvVaw1",
		"omg look what they posted about you https://l.facebook.com/l.php?u=" + scam + "&h=AT0x",
		"can't believe this, check it https://eur02.safelinks.protection.outlook.com/?url=" + scam + "&reserved=0",
	}
	checkSprayOfThree(t, h, texts)
}

// TestCheckWrappedLinkSaysWhereItLeads: /check on a link through a
// redirector names the page it opens, in English and Vietnamese, when it
// is allowed as when it is flagged (an allowed one said only "Looks
// safe."), and an admin's /allow google.com allows Google's own pages,
// not every scam behind Google's redirect (rev39b).
func TestCheckWrappedLinkSaysWhereItLeads(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	benign := "see https://www.google.com/url?q=" + url.QueryEscape("https://github.com/golang/go") + "&sa=D"
	scam := "your account is on hold, verify here https://www.google.com/url?q=" + url.QueryEscape("https://paypal-verify-account.top/login") + "&sa=D"
	for _, tc := range []struct {
		text, lang, want string
	}{
		{benign, "en", "the link opens github[.]com through Google's redirect"},
		{scam, "en", "the link opens paypal-verify-account[.]top through Google's redirect"},
		{benign, "vi", "liên kết mở github[.]com qua trang chuyển hướng của Google"},
	} {
		h.command("c1", "admin", true, "lang", tc.lang, nil)
		if r := h.command("c1", "admin", true, "check", tc.text, nil); !strings.Contains(r.Text, tc.want) {
			t.Errorf("/check %.60q… (%s):\n%s\nwant %q", tc.text, tc.lang, r.Text, tc.want)
		}
	}
	h.command("c1", "admin", true, "lang", "en", nil)
	h.command("c1", "admin", true, "allow", "google.com", nil)
	if d := h.send(msg{chat: "c1", user: "u2", text: scam}); d.Verdict.Level != bot.Delete {
		t.Errorf("after /allow google.com a scam behind Google's redirect: %s %v", d.Verdict.Level, codes(d.Verdict))
	}
	if d := h.send(msg{at: time.Minute, chat: "c1", user: "u3", text: "https://www.google.com/maps/place/Hanoi"}); d.Verdict.Level != bot.Allow {
		t.Errorf("google.com allowed, its own page: %s", d.Verdict.Level)
	}
}

// TestCarryingADocumentDoesNotMakeAPageADocument: a prize lure on a file
// host's link warns; the same link carrying a Google Doc in its query
// (?url=docs.google.com/…), or given beside one to Google's redirect,
// passed as a message of documents only (the lure capped at a
// document's weight, allowed). A link that is no suspect itself
// (Facebook's share of the document) still leads to the document (rev39b).
func TestCarryingADocumentDoesNotMakeAPageADocument(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	const lure = "Congratulations! You won a free iPhone 15, claim your prize now: "
	doc := "https://docs.google.com/document/d/1abcDEF/edit"
	alone := judgeText(c, bot.Telegram, lure+"https://1drv.ms/b/s!AbCdEf").Verdict
	if alone.Level == bot.Allow {
		t.Fatalf("the file host's link alone: %s %.2f", alone.Level, alone.Score)
	}
	for _, link := range []string{
		"https://1drv.ms/b/s!AbCdEf?url=" + doc,
		"https://www.google.com/url?q=" + url.QueryEscape("https://1drv.ms/b/s!AbCdEf") + "&url=" + url.QueryEscape(doc),
	} {
		if v := judgeText(c, bot.Telegram, lure+link).Verdict; v.Level == bot.Allow {
			t.Errorf("%q: %s %.2f, want flagged as the link alone (%s)", link, v.Level, v.Score, alone.Level)
		}
	}
	docAlone := judgeText(c, bot.Telegram, lure+doc).Verdict
	if v := judgeText(c, bot.Telegram, lure+"https://www.facebook.com/groups/12345?next="+doc).Verdict; v.Level != docAlone.Level {
		t.Errorf("facebook carrying the document: %s %.2f, want %s as the document alone", v.Level, v.Score, docAlone.Level)
	}
}

// checkSprayOfThree sends texts, one a minute, from one member into
// chats c1, c2, c3 … of h's real store and checks the account is read as
// compromised at the third chat (fan_out), not before, and that the
// copies in the first two chats are swept.
func checkSprayOfThree(t *testing.T, h *harness, texts []string) {
	t.Helper()
	var d bot.Decision
	for i, text := range texts {
		d = h.send(msg{at: time.Duration(i) * time.Minute, chat: fmt.Sprintf("c%d", i+1), text: text})
		if i < 2 && d.User.Compromised {
			t.Fatalf("compromised after %d chats", i+1)
		}
	}
	if !d.User.Compromised || !d.Verdict.Has(bot.CodeFanOut) {
		t.Fatalf("third chat: not compromised: %v %v", d.Verdict.Level, codes(d.Verdict))
	}
	if got, want := sweepIDs(d), []string{"c1/m1", "c2/m2"}; !slices.Equal(got, want) {
		t.Errorf("sweep %v, want %v", got, want)
	}
}
