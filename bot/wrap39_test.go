package bot_test

import (
	"encoding/base64"
	"net/url"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// wrapWays write a link the ways big sites' redirectors and proxies
// carry it, as people paste them into chat (wrap39).
var wrapWays = []struct {
	name string
	wrap func(u string) string
}{
	{"google /url", func(u string) string {
		return "https://www.google.com/url?q=" + url.QueryEscape(u) + "&sa=D&source=editors&ust=1733390000000000&usg=AOvVaw3xYz"
	}},
	{"google.com.vn /url?url=", func(u string) string {
		return "https://www.google.com.vn/url?sa=t&rct=j&q=&esrc=s&source=web&cd=&url=" + url.QueryEscape(u) + "&usg=AOvVaw"
	}},
	{"google amp", func(u string) string { return "https://www.google.com/amp/s/" + strings.TrimPrefix(u, "https://") }},
	{"amp cache", func(u string) string {
		h := hostOf(u)
		return "https://" + strings.ReplaceAll(strings.ReplaceAll(h, "-", "--"), ".", "-") + ".cdn.ampproject.org/c/s/" + strings.TrimPrefix(u, "https://")
	}},
	{"translate.goog", translateGoog},
	{"facebook", func(u string) string { return "https://l.facebook.com/l.php?u=" + url.QueryEscape(u) + "&h=AT0xYz12" }},
	{"facebook mobile", func(u string) string { return "https://lm.facebook.com/l.php?u=" + url.QueryEscape(u) + "&h=AT0x" }},
	{"messenger", func(u string) string { return "https://l.messenger.com/l.php?u=" + url.QueryEscape(u) + "&h=AT0x" }},
	{"instagram", func(u string) string { return "https://l.instagram.com/?u=" + url.QueryEscape(u) + "&e=ATMx" }},
	{"threads", func(u string) string { return "https://l.threads.net/?u=" + url.QueryEscape(u) + "&e=AT0x" }},
	{"safelinks", func(u string) string {
		return "https://eur02.safelinks.protection.outlook.com/?url=" + url.QueryEscape(u) + "&data=05%7C02%7C%7Cabc%7C0&sdata=Xyz%3D&reserved=0"
	}},
	{"proofpoint v2", func(u string) string {
		// '-' and '_' are escaped first: they stand for '%' and '/'
		e := strings.NewReplacer("-", "%2D", "_", "%5F", "%2F", "/").Replace(url.QueryEscape(u))
		e = strings.NewReplacer("%", "-", "/", "_").Replace(e)
		return "https://urldefense.proofpoint.com/v2/url?u=" + e + "&d=DwMFaQ&c=euGZstcaTDllvimEN8b7jXrwqOf-v5A_CdpgnVfiiMM&r=x"
	}},
	{"proofpoint v3", func(u string) string { return "https://urldefense.com/v3/__" + u + "__;!!ACWV5N9M2RV99hQ!Ozx$" }},
	{"youtube", func(u string) string {
		return "https://www.youtube.com/redirect?event=video_description&redir_token=QUFFLUhqbQ&q=" + url.QueryEscape(u) + "&v=dQw4w9WgXcQ"
	}},
	{"vk", func(u string) string { return "https://vk.com/away.php?to=" + url.QueryEscape(u) + "&cc_key=" }},
	{"steam", func(u string) string { return "https://steamcommunity.com/linkfilter/?u=" + url.QueryEscape(u) }},
	{"slack", func(u string) string { return "https://slack-redir.net/link?url=" + url.QueryEscape(u) + "&v=3" }},
	{"linkedin", func(u string) string {
		return "https://www.linkedin.com/redir/redirect?url=" + url.QueryEscape(u) + "&urlhash=Ab1c&trk=public_post"
	}},
	{"tumblr", func(u string) string { return "https://t.umblr.com/redirect?z=" + url.QueryEscape(u) + "&t=ZmYx" }},
	{"href.li", func(u string) string { return "https://href.li/?" + u }},
	{"reddit", func(u string) string {
		return "https://out.reddit.com/t3_1abcde?url=" + url.QueryEscape(u) + "&token=AQAAx&app_name=web2x"
	}},
	// search engines, ads and mail gateways (wrap39b)
	{"bing", func(u string) string {
		return "https://www.bing.com/ck/a?!&&p=6dec2ffd7b6ef954JmltdHM9MTcxNjQyMjQwMCZpZ3VpZD0yYTYw&ptn=3&ver=2&hsh=3&fclid=2a6037e6-25f1-60e2-3629-23af249661c8&psq=x&u=a1" +
			base64.RawURLEncoding.EncodeToString([]byte(u)) + "&ntb=1"
	}},
	{"duckduckgo", func(u string) string { return "https://duckduckgo.com/l/?uddg=" + url.QueryEscape(u) + "&rut=4f5c0e" }},
	{"google ads", func(u string) string {
		return "https://www.googleadservices.com/pagead/aclk?sa=L&ai=DChcSEwiIh-Dxxcr-AhUPGkwK&ae=2&ohost=www.google.com&cid=CAESbOD2XHOb&sig=AOD64_0d0aZ0Yu6h&q&adurl=" + url.QueryEscape(u) + "&ved=2ahUKEwiQqdPx"
	}},
	{"symantec", func(u string) string {
		return "https://clicktime.symantec.com/38YrYPLxxSqYhBQLb1eruhW7Vc?u=" + url.QueryEscape(u)
	}},
	{"fireeye", func(u string) string {
		return "https://protect2.fireeye.com/v1/url?k=aad62f08-f54d1627-aad7a447-0cc47a31cdf8-ea5858ddb7f0ecfe&q=1&e=2d730862-2c56-4988-a252-8febd02da578&u=" + url.QueryEscape(u)
	}},
	{"barracuda", func(u string) string {
		return "https://linkprotect.cudasvc.com/url?a=" + strings.ToLower(url.QueryEscape(u)) + "&c=E,1,CM-DuVk1S39O5Ybvxenmk8X7HsnV5bAL9qY47NIuQKTFB&typo=1"
	}},
	{"cisco", func(u string) string {
		return "https://secure-web.cisco.com/1fCCdfJv_BYjz_YqipXEJjGHlmXlnTXcGx0N5X1OG_Y5pJ1-vFLrWHrIUnRZxlA4wQrPGGVCwjn/" + url.PathEscape(u)
	}},
	{"sophos", func(u string) string {
		return "https://eu-central-1.protection.sophos.com/?d=" + hostOf(u) + "&u=" + base64.StdEncoding.EncodeToString([]byte(u)) + "&i=NWY1NzY4MDNh&t=QkNXVHhueXB5K0FEKzQ2eFNN&h=afb31f07d9264eedb4c62fc9d0a21266&s=AVNPUEhUT0NFTkNSWVBUSVY6K0T9"
	}},
	{"trend micro", func(u string) string {
		return "https://ddec1-0-en-ctp.trendmicro.com/wis/clicktime/v1/query?url=" + strings.ToLower(url.QueryEscape(u)) + "&umid=cdcc023c-bb19-4239-a913-67085e30709e&rct=1751307249&auth=764ac1ebf8525e86559591b5649e04916e63728b-0b105689ebceb390b5f855f57f5f524eb523e611"
	}},
}

func hostOf(u string) string {
	h := strings.TrimPrefix(u, "https://")
	if i := strings.IndexAny(h, "/?#"); i >= 0 {
		h = h[:i]
	}
	return h
}

// translateGoog writes u as Google Translate's proxy shows it.
func translateGoog(u string) string {
	h := hostOf(u)
	rest := strings.TrimPrefix(strings.TrimPrefix(u, "https://"), h)
	sep := "?"
	if strings.Contains(rest, "?") {
		sep = "&"
	}
	if rest == "" {
		rest = "/"
	}
	return "https://" + strings.ReplaceAll(strings.ReplaceAll(h, "-", "--"), ".", "-") + ".translate.goog" + rest + sep + "_x_tr_sl=auto&_x_tr_tl=en&_x_tr_hl=en"
}

// TestWrappedLinkJudgedWhereItLeads: a link through a big site's
// redirector or proxy is judged as the link it carries. A scam behind
// Google's redirect or Facebook's link shim is flagged as the scam is
// (it passed as google.com, facebook.com), a benign page behind one is
// allowed, and a page read through Google Translate is judged as that
// page, not as a strange name under translate.goog (flagged before).
func TestWrappedLinkJudgedWhereItLeads(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	cases := []struct {
		text, link string
		want       bot.Level
	}{
		{"your account is on hold, verify here", "https://paypal-verify-account.top/login", bot.Delete},
		{"free nitro for everyone", "https://dlscord-gift.com/nitro", bot.Delete},
		{"see the issue", "https://github.com/golang/go/issues/61405", bot.Allow},
		{"bài này hay", "https://vnexpress.net/thoi-su", bot.Allow},
		{"the asyncio docs", "https://docs.python.org/3/library/asyncio.html", bot.Allow},
	}
	for _, tc := range cases {
		direct := judgeText(c, bot.Telegram, tc.text+" "+tc.link).Verdict
		if direct.Level != tc.want {
			t.Fatalf("%q as written: %s %.2f, want %s", tc.link, direct.Level, direct.Score, tc.want)
		}
		for _, w := range wrapWays {
			wrapped := w.wrap(tc.link)
			v := judgeText(c, bot.Telegram, tc.text+" "+wrapped).Verdict
			if v.Level != tc.want {
				t.Errorf("%s: %q: %s %.2f %v, want %s", w.name, wrapped, v.Level, v.Score, v.Reasons, tc.want)
			}
			// carried behind a word (a Telegram text link), too
			m := bot.Message{ID: "x", Platform: bot.Telegram, Chat: "c", User: "u", Time: t0, Text: tc.text + " here",
				Links: []bot.LinkRef{{Text: "here", URL: wrapped}}, MemberSince: t0.AddDate(-1, 0, 0)}
			if v := c.Classify(&m, bot.Hints{}).Verdict; (v.Level == bot.Allow) != (tc.want == bot.Allow) {
				t.Errorf("%s behind here: %q: %s %.2f %v, want %s", w.name, wrapped, v.Level, v.Score, v.Reasons, tc.want)
			}
		}
	}
}

// TestWrappedLinkReason: a flagged message whose link goes through a
// redirector says where it leads, in English and in Vietnamese.
func TestWrappedLinkReason(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	cases := []struct {
		link, en, vi string
	}{
		{"https://www.google.com/url?q=https%3A%2F%2Fpaypal-verify-account.top%2Flogin&sa=D",
			"the link opens paypal-verify-account[.]top through Google's redirect",
			"liên kết mở paypal-verify-account[.]top qua trang chuyển hướng của Google"},
		{"https://paypal--verify--account-top.translate.goog/login?_x_tr_sl=auto&_x_tr_tl=en",
			"the link shows paypal-verify-account[.]top through Google Translate",
			"liên kết hiển thị paypal-verify-account[.]top qua Google Translate"},
	}
	for _, tc := range cases {
		v := judgeText(c, bot.Telegram, "your account is on hold, verify here "+tc.link).Verdict
		if v.Level != bot.Delete {
			t.Errorf("%q: %s %.2f", tc.link, v.Level, v.Score)
			continue
		}
		found := false
		for _, r := range v.Reasons {
			if r.Code == bot.CodeRedirect {
				found = true
				if r.Detail != tc.en || r.DetailIn(bot.English) != tc.en || r.DetailIn(bot.Vietnamese) != tc.vi {
					t.Errorf("%q: reason %q / %q", tc.link, r.DetailIn(bot.English), r.DetailIn(bot.Vietnamese))
				}
				if r.Weight != 0 {
					t.Errorf("%q: the redirect reason weighs %v", tc.link, r.Weight)
				}
			}
		}
		if !found {
			t.Errorf("%q: no redirect reason in %v", tc.link, v.Reasons)
		}
	}
	// an allowed message says nothing of the redirect
	v := judgeText(c, bot.Telegram, "see https://www.google.com/url?q=https%3A%2F%2Fgithub.com%2Fgolang%2Fgo&sa=D").Verdict
	if v.Level != bot.Allow || len(v.Reasons) != 0 {
		t.Errorf("benign behind Google: %s %v", v.Level, v.Reasons)
	}
}

// TestWrappedLinkMalformed: a redirector whose destination is missing,
// no web link, or has no host left after a broken percent-escape is
// judged as the link written; a broken escape in a scam's path, which
// the redirectors and browsers keep as written, hides nothing.
func TestWrappedLinkMalformed(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range []struct {
		text string
		want bot.Level
	}{
		{"https://www.google.com/url?q=javascript%3Aalert(1)&sa=D", bot.Allow},
		{"https://www.google.com/url?q=&sa=D", bot.Allow},
		{"https://l.facebook.com/l.php?u=&h=AT", bot.Allow},
		{"https://www.google.com/url?q=https%3A%2F%2F%ZZpaypal-verify-account.top%2Flogin&sa=D", bot.Allow},
		{"https://www.google.com/url?q=https%3A%2F%2Fpaypal-verify-account.top%2Flogin%2G&sa=D", bot.Delete},
		{"https://l.facebook.com/l.php?u=https%3A%2F%2Fdlscord-gift.com%2Fnitro%ZZ&h=AT", bot.Delete},
		{"https://urldefense.proofpoint.com/v2/url?u=https-3A__dlscord-2Dgift.com_nitro-ZZ&d=DwMF&c=x", bot.Delete},
	} {
		if v := judgeText(c, bot.Telegram, "free nitro, verify your account "+tc.text).Verdict; v.Level != tc.want {
			t.Errorf("%q: %s %.2f %v, want %s", tc.text, v.Level, v.Score, v.Reasons, tc.want)
		}
	}
}

// TestWrappedLinkListed: block and allow lists, and feeds, match a
// wrapped link's destination; a wrapped link given to a list is listed
// where it leads.
func TestWrappedLinkListed(t *testing.T) {
	t.Parallel()
	v, err := bot.ParseListValue("https://www.google.com/url?q=https%3A%2F%2Fbad-site.com%2Fpage&sa=D")
	if err != nil || v != "bad-site.com/page" {
		t.Errorf("ParseListValue of a wrapped link = %q, %v", v, err)
	}
	c := bot.NewClassifier(bot.ClassifierConfig{})
	c.SetLists(bot.NewListSet([]bot.ListEntry{
		{Kind: bot.BlockList, Value: "operator-blocked.net"},
		{Kind: bot.AllowList, Value: "wallet-connect-sync.app"},
	}))
	c.SetFeeds(bot.NewFeedSet(feedList(t, "antiscam", bot.BlockList, "free-nitro-drop.com"),
		urlFeed(t, "urlhaus", "https://l.facebook.com/l.php?u=https%3A%2F%2Fcdn.example.org%2Fpayload.zip&h=AT")))
	cases := []struct {
		text string
		want bot.Level
		code bot.Code
	}{
		{"https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Foperator-blocked.net%2Fx&data=05&reserved=0", bot.Delete, bot.CodeBlocklisted},
		{"https://www.google.com/url?q=https%3A%2F%2Ffree-nitro-drop.com%2Fclaim&sa=D", bot.Delete, bot.CodeBlocklisted},
		{"https://cdn.example.org/payload.zip", bot.Delete, bot.CodeBlocklisted},
		{"https://www.google.com/url?q=https%3A%2F%2Fcdn.example.org%2Fpayload.zip&sa=D", bot.Delete, bot.CodeBlocklisted},
		{"https://www.google.com/url?q=https%3A%2F%2Fwallet-connect-sync.app%2F&sa=D", bot.Allow, ""},
	}
	for _, tc := range cases {
		v := judgeText(c, bot.Telegram, "look "+tc.text).Verdict
		if v.Level != tc.want || tc.code != "" && !v.Has(tc.code) {
			t.Errorf("%q: %s %.2f %v, want %s %s", tc.text, v.Level, v.Score, v.Reasons, tc.want, tc.code)
		}
	}
}

func urlFeed(t *testing.T, name string, urls ...string) *bot.FeedList {
	t.Helper()
	b := bot.NewFeedListBuilder(name)
	for _, u := range urls {
		if err := b.AddURL(bot.BlockList, u); err != nil {
			t.Fatalf("add %q: %v", u, err)
		}
	}
	return b.Build()
}

// TestTranslatedPageJudgedAsThePage: any page read through Google
// Translate's proxy was a strange name under translate.goog (hosting
// for anyone, a brand's name inside: flagged); it is judged as the page.
func TestTranslatedPageJudgedAsThePage(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range []struct {
		text string
		want bot.Level
	}{
		{"Đăng ký dán thẻ ePass ở đây https://epass--vdtc-com-vn.translate.goog/?_x_tr_sl=auto&_x_tr_tl=en&_x_tr_hl=en", bot.Allow},
		{"the axum docs https://tokio--rs-github-io.translate.goog/axum/?_x_tr_sl=auto&_x_tr_tl=en&_x_tr_hl=en", bot.Allow},
		{"the notebook https://colab-research-google-com.translate.goog/drive/1AbCdEfGhIjKlMn?_x_tr_sl=auto&_x_tr_tl=en&_x_tr_hl=en", bot.Allow},
		{"gh releases https://github-com.translate.goog/cli/cli/releases/download/v2.40.0/gh_2.40.0_windows_amd64.msi?_x_tr_sl=auto&_x_tr_tl=en&_x_tr_hl=en", bot.Allow},
		{"tài khoản của bạn bị khóa, xác minh tại https://vietcombank--xacminh-top.translate.goog/login?_x_tr_sl=auto&_x_tr_tl=vi&_x_tr_hl=vi", bot.Delete},
	} {
		if v := judgeText(c, bot.Telegram, tc.text).Verdict; v.Level != tc.want {
			t.Errorf("%q: %s %.2f %v, want %s", tc.text, v.Level, v.Score, v.Reasons, tc.want)
		}
	}
}

// TestLinkInAnySitesQuery: a link that any site's query carries (an open
// redirect's ?url=, a share button's ?u=, a login's ?next=) is judged
// beside the link: a scam behind an unknown site's redirect is flagged;
// share buttons and logins that send the reader to a benign page, or to
// the site's own pages, are allowed.
func TestLinkInAnySitesQuery(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range []struct {
		text string
		want bot.Level
	}{
		{"your account is on hold, verify here https://news.example-portal.org/out?url=https%3A%2F%2Fpaypal-verify-account.top%2Flogin", bot.Delete},
		{"free nitro https://forum.gamers-hub.net/redirect.php?to=https://dlscord-gift.com/nitro", bot.Delete},
		{"share it https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fgithub.com%2Fgolang%2Fgo%2Fissues%2F61405", bot.Allow},
		{"share https://t.me/share/url?url=https%3A%2F%2Fvnexpress.net%2Fthoi-su&text=hay", bot.Allow},
		{"log in first https://accounts.google.com/ServiceLogin?continue=https%3A%2F%2Fmail.google.com%2Fmail%2F", bot.Allow},
		{"grafana https://grafana.mylab.dev/login?next=https%3A%2F%2Fgrafana.mylab.dev%2Fd%2Fabc", bot.Allow},
	} {
		v := judgeText(c, bot.Telegram, tc.text).Verdict
		if v.Level != tc.want {
			t.Errorf("%q: %s %.2f %v, want %s", tc.text, v.Level, v.Score, v.Reasons, tc.want)
		}
		if tc.want == bot.Delete {
			found := false
			for _, r := range v.Reasons {
				found = found || r.Code == bot.CodeRedirect && strings.HasPrefix(r.Detail, "the link sends the reader on to ") &&
					strings.HasPrefix(r.DetailIn(bot.Vietnamese), "liên kết chuyển người đọc sang ")
			}
			if !found {
				t.Errorf("%q: no reason says where it leads: %v", tc.text, v.Reasons)
			}
		}
	}
}

// TestGatewayLinkSaysWhichGateway: a scam behind a mail gateway whose
// parameter the generic form reads too (Symantec's and FireEye's u=,
// Trend Micro's url=) is read as the gateway's destination, and the
// message says through whose redirect; so for each new wrapper (wrap39b).
func TestGatewayLinkSaysWhichGateway(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	want := map[string]string{
		"bing": "Bing", "duckduckgo": "DuckDuckGo", "google ads": "Google Ads", "symantec": "Symantec",
		"fireeye": "FireEye", "barracuda": "Barracuda", "cisco": "Cisco", "sophos": "Sophos", "trend micro": "Trend Micro",
	}
	seen := 0
	for _, w := range wrapWays {
		service, ok := want[w.name]
		if !ok {
			continue
		}
		seen++
		link := w.wrap("https://paypal-verify-account.top/login")
		v := judgeText(c, bot.Telegram, "your account is on hold, verify here "+link).Verdict
		en := "the link opens paypal-verify-account[.]top through " + service + "'s redirect"
		found := false
		for _, r := range v.Reasons {
			found = found || r.Code == bot.CodeRedirect && r.Detail == en
		}
		if v.Level != bot.Delete || !found {
			t.Errorf("%s: %s %.2f %v, want Delete saying %q", w.name, v.Level, v.Score, v.Reasons, en)
		}
	}
	if seen != len(want) {
		t.Errorf("%d of %d ways", seen, len(want))
	}
}
