package linkx

import "testing"

func TestDestination(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, link, want string
		via              Wrapper
	}{
		// Google's redirect (Docs, Gmail, search results)
		{"google q", "https://www.google.com/url?q=https%3A%2F%2Fevil.top%2Flogin&sa=D&source=editors&ust=1733390000000000&usg=AOvVaw3x", "https://evil.top/login", GoogleRedirect},
		{"google url with an empty q", "https://www.google.com/url?sa=t&rct=j&q=&esrc=s&source=web&cd=&url=https%3A%2F%2Fexample.com%2Fa&usg=AOvVaw", "https://example.com/a", GoogleRedirect},
		{"google country domain", "https://www.google.com.vn/url?q=https://vnexpress.net/a.html&sa=U", "https://vnexpress.net/a.html", GoogleRedirect},
		{"google co.uk", "https://google.co.uk/url?q=http://example.org/", "http://example.org/", GoogleRedirect},
		{"google bad escape in the host", "https://www.google.com/url?q=https%3A%2F%2Fevil.top%2G&sa=D", "", NoWrapper},
		{"google bad escape in the path kept", "https://www.google.com/url?q=https%3A%2F%2Fevil.top%2Flogin%ZZ%2&sa=D", "https://evil.top/login%ZZ%2", GoogleRedirect},
		{"google bad escape before the host", "https://www.google.com/url?q=https%3A%2F%2F%ZZevil.top%2F&sa=D", "", NoWrapper},
		{"google javascript", "https://www.google.com/url?q=javascript:alert(1)&sa=D", "", NoWrapper},
		{"google javascript encoded", "https://www.google.com/url?q=javascript%3Aalert(1)", "", NoWrapper},
		{"google relative q", "https://www.google.com/url?q=/search%3Fq%3Dx", "", NoWrapper},
		{"google empty q and no url", "https://www.google.com/url?q=&sa=D", "", NoWrapper},
		{"google q with a third slash: the host after it, as browsers read it", "https://www.google.com/url?q=https%3A%2F%2F%2Fevil.top%2Fa", "https://evil.top/a", GoogleRedirect},
		{"google search is no redirect", "https://www.google.com/search?q=https://evil.top", "", NoWrapper},
		{"google on a blog host is not Google", "https://google.blogspot.com/url?q=https://evil.top/", "", NoWrapper},
		{"url path on another site", "https://evil.top/url?q=https://google.com/", "", NoWrapper},
		{"google amp https", "https://www.google.com/amp/s/www.example.com/news/1.amp", "https://www.example.com/news/1.amp", GoogleAMP},
		{"google amp http", "https://www.google.com/amp/example.com/x?y=1", "http://example.com/x?y=1", GoogleAMP},
		{"google amp empty", "https://www.google.com/amp/s/", "", NoWrapper},
		{"google amp no host", "https://www.google.com/amp/s/news", "", NoWrapper},
		// the AMP cache
		{"amp cache page", "https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a?amp_js_v=0.1&x=1&usqp=mq331AQ", "https://www.example.com/a?x=1", AMPCache},
		{"amp cache viewer", "https://evil-top.cdn.ampproject.org/v/s/evil.top/login?amp_js_v=a6", "https://evil.top/login", AMPCache},
		{"amp cache http", "https://example-com.cdn.ampproject.org/c/example.com/", "http://example.com/", AMPCache},
		{"amp cache other path", "https://cdn.ampproject.org/v0.js", "", NoWrapper},
		// Google Translate's proxy
		{"translate", "https://my--site-example-com.translate.goog/path/a?x=1&_x_tr_sl=auto&_x_tr_tl=en&_x_tr_hl=en", "https://my-site.example.com/path/a?x=1", GoogleTranslate},
		{"translate vi", "https://vnexpress-net.translate.goog/?_x_tr_sl=vi&_x_tr_tl=en&_x_tr_hl=en&_x_tr_pto=wapp", "https://vnexpress.net/", GoogleTranslate},
		{"translate http", "https://example-org.translate.goog/a?_x_tr_sch=http&_x_tr_sl=auto", "http://example.org/a", GoogleTranslate},
		{"translate host prefix", "https://com.translate.goog/x?_x_tr_hp=www-example-&_x_tr_sl=auto", "https://www.example.com/x", GoogleTranslate},
		{"translate punycode", "https://xn----80ak6aa92e-com.translate.goog/?_x_tr_sl=auto", "https://xn--80ak6aa92e.com/", GoogleTranslate},
		{"translate idn prefix", "https://0-80ak6aa92e-com.translate.goog/?_x_tr_enc=0&_x_tr_sl=auto", "https://xn--80ak6aa92e.com/", GoogleTranslate},
		{"translate odd dashes", "https://a---b-com.translate.goog/", "", NoWrapper},
		{"translate no dot", "https://localhost.translate.goog/", "", NoWrapper},
		{"translate trailing dash", "https://example-com-.translate.goog/", "", NoWrapper},
		// Meta's link shims
		{"facebook", "https://l.facebook.com/l.php?u=https%3A%2F%2Fevil.top%2F&h=AT0xYz", "https://evil.top/", FacebookShim},
		{"facebook mobile", "https://lm.facebook.com/l.php?u=https%3A%2F%2Fexample.com%2Fa%3Fb%3D1&h=AT", "https://example.com/a?b=1", FacebookShim},
		{"facebook empty u", "https://l.facebook.com/l.php?u=&h=AT", "", NoWrapper},
		{"facebook page with u", "https://www.facebook.com/somepage?u=https://evil.top/", "", NoWrapper},
		{"messenger", "https://l.messenger.com/l.php?u=https%3A%2F%2Fexample.com%2F&h=AT", "https://example.com/", MessengerShim},
		{"instagram", "https://l.instagram.com/?u=https%3A%2F%2Fexample.com%2Fshop&e=ATM", "https://example.com/shop", InstagramShim},
		{"threads", "https://l.threads.net/?u=https%3A%2F%2Fexample.com%2F&e=AT0", "https://example.com/", ThreadsShim},
		{"threads com", "https://l.threads.com/?u=https%3A%2F%2Fexample.com%2F", "https://example.com/", ThreadsShim},
		// mail gateways
		{"safelinks", "https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.com%2Fa&data=05%7C02%7C%7Cabc%7C0&sdata=Xyz%3D&reserved=0", "https://example.com/a", OutlookSafeLinks},
		{"safelinks other", "https://outlook.office.com/?url=https%3A%2F%2Fevil.top%2F", "", NoWrapper},
		{"proofpoint v1", "https://urldefense.proofpoint.com/v1/url?u=http://www.example.com/a&k=oIvRg1", "http://www.example.com/a", Proofpoint},
		{"proofpoint v2", "https://urldefense.proofpoint.com/v2/url?u=http-3A__www.example.org_url&d=BwdwBAg&c=TIwfCw", "http://www.example.org/url", Proofpoint},
		{"proofpoint v2 query", "https://urldefense.proofpoint.com/v2/url?u=https-3A__evil.top_a-3Fb-3D1-26c-3D2&d=DwMF&c=x", "https://evil.top/a?b=1&c=2", Proofpoint},
		{"proofpoint v2 bad escape kept", "https://urldefense.proofpoint.com/v2/url?u=https-3A__evil.top_a-ZZ&d=x", "https://evil.top/a%ZZ", Proofpoint},
		{"proofpoint v2 bad escape in the host", "https://urldefense.proofpoint.com/v2/url?u=https-3A__evil-ZZtop_a&d=x", "", NoWrapper},
		{"proofpoint v3", "https://urldefense.com/v3/__https://firebasestorage.googleapis.com/v0/b/gund.appspot.com/o/owa*2Findex.html?alt=media&token=0249*me@example.com__;JSM!!Fjc1LPEtn8I!x-y$", "https://firebasestorage.googleapis.com/v0/b/gund.appspot.com/o/owa%2Findex.html?alt=media&token=0249#me@example.com", Proofpoint},
		{"proofpoint v3 run", "https://urldefense.com/v3/__https://example.com/x?**D__;YSZiPcOp!!AbC!def$", "https://example.com/x?a&b=é", Proofpoint},
		{"proofpoint v3 plain", "https://urldefense.com/v3/__https://example.com/a__;!!AbC!def$", "https://example.com/a", Proofpoint},
		{"proofpoint v3 bad escape kept", "https://urldefense.com/v3/__https://example.com/a%ZZ__;!!AbC!def$", "https://example.com/a%ZZ", Proofpoint},
		{"proofpoint v3 short of characters", "https://urldefense.com/v3/__https://example.com/x?**D__;Pw!!AbC!def$", "", NoWrapper},
		{"proofpoint v3 no end", "https://urldefense.com/v3/__https://example.com/a", "", NoWrapper},
		// sites' own redirects
		{"youtube", "https://www.youtube.com/redirect?event=video_description&redir_token=QUFFLUhqbQ&q=https%3A%2F%2Fevil.top%2Fgift&v=dQw4w9WgXcQ", "https://evil.top/gift", YouTubeRedirect},
		{"youtube watch", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&q=https://evil.top/", "", NoWrapper},
		{"vk", "https://vk.com/away.php?to=https%3A%2F%2Fexample.com%2F&cc_key=", "https://example.com/", VKAway},
		{"steam url", "https://steamcommunity.com/linkfilter/?url=http://www.unturned-planet.com", "http://www.unturned-planet.com", SteamLinkFilter},
		{"steam u", "https://steamcommunity.com/linkfilter/?u=https%3A%2F%2Fdrive.google.com%2Fopen%3Fid%3D1DT", "https://drive.google.com/open?id=1DT", SteamLinkFilter},
		{"slack", "https://slack-redir.net/link?url=https%3A%2F%2Fexample.com%2Fa&v=3", "https://example.com/a", SlackRedirect},
		{"linkedin", "https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fexample.com&urlhash=Ab1&trk=public_profile", "https://example.com", LinkedInRedirect},
		{"linkedin safety", "https://www.linkedin.com/safety/go?url=https%3A%2F%2Fexample.com%2Fa&trk=flagship", "https://example.com/a", LinkedInRedirect},
		{"tumblr", "https://t.umblr.com/redirect?z=https%3A%2F%2Fexample.com%2F&t=ZmY", "https://example.com/", TumblrRedirect},
		{"href.li", "https://href.li/?https://example.com/a?b=1", "https://example.com/a?b=1", HrefLi},
		{"href.li not a link", "https://href.li/?hello", "", NoWrapper},
		{"reddit", "https://out.reddit.com/t3_abc?url=https%3A%2F%2Fexample.com%2F&token=AQAA&app_name=web", "https://example.com/", RedditOut},
		{"reddit post", "https://www.reddit.com/r/golang/?url=https://evil.top/", "", NoWrapper},
		// wrapped twice
		{"google around facebook", "https://www.google.com/url?q=https%3A%2F%2Fl.facebook.com%2Fl.php%3Fu%3Dhttps%253A%252F%252Fevil.top%252Fx%26h%3DAT&sa=D", "https://evil.top/x", GoogleRedirect},
		{"safelinks around translate", "https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fevil-top.translate.goog%2Flogin%3F_x_tr_sl%3Dauto&data=x", "https://evil.top/login", OutlookSafeLinks},
		{"wrapped around javascript", "https://www.google.com/url?q=https%3A%2F%2Fl.facebook.com%2Fl.php%3Fu%3Djavascript%253Aalert(1)&sa=D", "https://l.facebook.com/l.php?u=javascript%3Aalert(1)", GoogleRedirect},
		// written as browsers read them against the redirector's page (rev39b)
		{"google q with a space before", "https://www.google.com/url?q=%20https%3A%2F%2Fevil.top%2Fa&sa=D", "https://evil.top/a", GoogleRedirect},
		{"google q with a form's space before", "https://www.google.com/url?q=+https%3A%2F%2Fevil.top%2Fa&sa=D", "https://evil.top/a", GoogleRedirect},
		{"google q with a line break inside", "https://www.google.com/url?q=https%3A%2F%2Fev%0Ail.top%2Fa&sa=D", "https://evil.top/a", GoogleRedirect},
		{"google q with backslashes", "https://www.google.com/url?q=https%3A%5C%5Cevil.top%2Fa&sa=D", "https://evil.top/a", GoogleRedirect},
		{"google q without a scheme", "https://www.google.com/url?q=%2F%2Fevil.top%2Fa&sa=D", "https://evil.top/a", GoogleRedirect},
		{"facebook u http without slashes", "https://l.facebook.com/l.php?u=http%3Aevil.top%2Fa&h=AT", "http://evil.top/a", FacebookShim},
		{"google q https with one slash is Google's own path", "https://www.google.com/url?q=https%3A%2Fevil.top%2Fa&sa=D", "", NoWrapper},
		{"google q a plus inside kept", "https://www.google.com/url?q=https%3A%2F%2Fexample.com%2Fc%2B%2B%2Fa+b&sa=D", "https://example.com/c++/a+b", GoogleRedirect},
		// search engines, ads and mail gateways (wrap39b)
		{"bing", "https://www.bing.com/ck/a?!&&p=6dec2ffd7b6ef954JmltdHM9MTcxNjQyMjQwMCZpZ3VpZD0yYTYw&ptn=3&ver=2&hsh=3&fclid=2a6037e6-25f1-60e2-3629-23af249661c8&psq=enuani&u=a1aHR0cHM6Ly93d3cuaW5zdGFncmFtLmNvbS9lbnVhbmljdWx0dXJhbGZvcnVtLw&ntb=1", "https://www.instagram.com/enuaniculturalforum/", BingClick},
		{"bing query", "https://www.bing.com/ck/a?!&&p=abc&u=a1aHR0cHM6Ly9ldmlsLnRvcC9sb2dpbj9hPTEmYj0y&ntb=1", "https://evil.top/login?a=1&b=2", BingClick},
		{"bing padded and escaped", "https://www.bing.com/ck/a?!&&p=abc&u=a1aHR0cHM6Ly93d3cuaW5zdGFncmFtLmNvbS9lbnVhbmljdWx0dXJhbGZvcnVtLw%3D%3D&ntb=1", "https://www.instagram.com/enuaniculturalforum/", BingClick},
		{"bing url alphabet", "https://www.bing.com/ck/a?u=a1aHR0cHM6Ly9leC5jb20vP3g9Pj4-&ntb=1", "https://ex.com/?x=>>>", BingClick},
		{"bing standard alphabet", "https://www.bing.com/ck/a?u=a1aHR0cHM6Ly9leC5jb20vP3g9Pj4%2B&ntb=1", "https://ex.com/?x=>>>", BingClick},
		{"bing bad base64", "https://www.bing.com/ck/a?!&&p=abc&u=a1aHR0cHM6Ly9!!!&ntb=1", "", NoWrapper},
		{"bing without a1", "https://www.bing.com/ck/a?!&&p=abc&u=aHR0cHM6Ly9leGFtcGxlLmNvbS9h&ntb=1", "", NoWrapper},
		{"bing empty", "https://www.bing.com/ck/a?!&&p=abc&u=a1&ntb=1", "", NoWrapper},
		{"bing javascript", "https://www.bing.com/ck/a?!&&p=abc&u=a1amF2YXNjcmlwdDphbGVydCgxKQ&ntb=1", "", NoWrapper},
		{"bing search is no redirect", "https://www.bing.com/search?q=x&u=a1aHR0cHM6Ly9leGFtcGxlLmNvbS9h", "", NoWrapper},
		{"bing bad escape kept", "https://www.bing.com/ck/a?u=a1aHR0cHM6Ly9ldmlsLnRvcC8lWlo&ntb=1", "https://evil.top/%ZZ", BingClick},
		{"duckduckgo", "https://duckduckgo.com/l/?uddg=https%3A%2F%2Fevil.top%2Flogin&rut=abc", "https://evil.top/login", DuckDuckGoRedirect},
		{"duckduckgo html", "https://html.duckduckgo.com/l/?uddg=https%3A%2F%2Fexample.com%2Fa&rut=abc", "https://example.com/a", DuckDuckGoRedirect},
		{"duckduckgo empty", "https://duckduckgo.com/l/?uddg=&rut=abc", "", NoWrapper},
		{"duckduckgo javascript", "https://duckduckgo.com/l/?uddg=javascript%3Aalert(1)", "", NoWrapper},
		{"duckduckgo search", "https://duckduckgo.com/?q=https%3A%2F%2Fevil.top&uddg=https%3A%2F%2Fevil.top", "", NoWrapper},
		{"google ads", "https://www.googleadservices.com/pagead/aclk?sa=L&ai=DChcSEwiIh&ohost=www.google.com&cid=CAESbOD2&sig=AOD64_0d0a&q&adurl=https%3A%2F%2Fevil.top%2Foffer&ved=2ahU", "https://evil.top/offer", GoogleAdClick},
		{"google ads empty adurl", "https://www.googleadservices.com/pagead/aclk?sa=L&ai=DChcSEwiIh&ohost=www.google.com&sig=AOD64_0d0a&q&adurl&ved=2ahU", "", NoWrapper},
		{"google ads adurl=", "https://www.googleadservices.com/pagead/aclk?sa=L&ai=DChc&q=&adurl=", "", NoWrapper},
		{"symantec", "https://clicktime.symantec.com/38YrYPLxxSqYhBQLb1eruhW7Vc?u=http%3A%2F%2Fregistrationcenter-download.intel.com%2Fakdlm%2Ffpga.tgz", "http://registrationcenter-download.intel.com/akdlm/fpga.tgz", SymantecClickTime},
		{"symantec h and u", "https://clicktime.symantec.com/15xVSdMrXnLovyYq5pZa2?h=6gcez=&u=https://evil.top/a", "https://evil.top/a", SymantecClickTime},
		{"symantec encrypted d", "https://clicktime.symantec.com/a/1/3esCKtonICCF=?d=wUoxAvRabIhx8KgGUdxwS8Pi", "", NoWrapper},
		{"fireeye", "https://protect2.fireeye.com/v1/url?k=aad62f08-f54d1627-aad7a447-0cc47a31cdf8-ea5858ddb7f0ecfe&q=1&e=2d730862-2c56&u=https%3A%2F%2Fevil.top%2Flogin", "https://evil.top/login", FireEyeProtect},
		{"fireeye old", "https://protect2.fireeye.com/url?k=3fbd62a4-6276e59a&u=https://lkml.org/lkml/2019/12/17/21", "https://lkml.org/lkml/2019/12/17/21", FireEyeProtect},
		{"fireeye empty", "https://protect2.fireeye.com/v1/url?k=aad6&q=1&u=", "", NoWrapper},
		{"barracuda", "https://linkprotect.cudasvc.com/url?a=https%3a%2f%2fevil.top%2flogin&c=E,1,CM-DuVk1S39O5&typo=1", "https://evil.top/login", BarracudaLinkProtect},
		{"barracuda javascript", "https://linkprotect.cudasvc.com/url?a=javascript%3aalert(1)&c=E,1,CM&typo=1", "", NoWrapper},
		{"barracuda around a file name it read as a host", "https://linkprotect.cudasvc.com/url?a=https%3a%2f%2flocal_termination.sh&c=E,1,Ez0&typo=1", "https://local_termination.sh", BarracudaLinkProtect},
		{"cisco", "https://secure-web.cisco.com/1fCCdfJv_BYjz_YqipXEJjGHlmXlnTXcGx0N5X1OG_Y5pJ1-vFLrWHr/https%3A%2F%2Fevil.top%2Flogin", "https://evil.top/login", CiscoSecureEmail},
		{"cisco query as written", "https://secure-web.cisco.com/18tzQk3wGbk7ePZj/https%3A%2F%2Fsms.example.com.pk%3A27677%2Fapi/send.jsp?to=1&text=hi", "https://sms.example.com.pk:27677/api/send.jsp?to=1&text=hi", CiscoSecureEmail},
		{"cisco no link", "https://secure-web.cisco.com/1fCCdfJv_BYjz/", "", NoWrapper},
		{"cisco token only", "https://secure-web.cisco.com/1fCCdfJv_BYjz", "", NoWrapper},
		{"cisco javascript", "https://secure-web.cisco.com/1fCC/javascript%3Aalert(1)", "", NoWrapper},
		{"cisco other host", "https://www.cisco.com/c/https%3A%2F%2Fevil.top%2F", "", NoWrapper},
		{"sophos", "https://eu-central-1.protection.sophos.com/?d=evil.top&u=aHR0cHM6Ly9ldmlsLnRvcC9sb2dpbj9hPTEmYj0y&i=NWY1&t=QkNX&h=afb3&s=AVNP", "https://evil.top/login?a=1&b=2", SophosProtect},
		{"sophos without a slash, padded", "https://us-west-2.protection.sophos.com?d=instagram.com&u=aHR0cHM6Ly93d3cuaW5zdGFncmFtLmNvbS9lbnVhbmljdWx0dXJhbGZvcnVtLw==&i=NjQ0", "https://www.instagram.com/enuaniculturalforum/", SophosProtect},
		{"sophos bad base64", "https://eu-west-1.protection.sophos.com?d=jax.org&u=aHR0c*Ly93&i=NjA4", "", NoWrapper},
		{"sophos javascript", "https://eu-west-1.protection.sophos.com?d=x.org&u=amF2YXNjcmlwdDphbGVydCgxKQ==", "", NoWrapper},
		{"sophos empty", "https://eu-west-1.protection.sophos.com?d=x.org&u=", "", NoWrapper},
		{"trend micro", "https://ddec1-0-en-ctp.trendmicro.com/wis/clicktime/v1/query?url=https%3a%2f%2fevil%2dtop.com%2flogin&umid=cdcc023c&rct=1751307249&auth=764ac1eb-0b1056", "https://evil-top.com/login", TrendMicroClickTime},
		{"trend micro plain", "https://cas5-0-urlprotect.trendmicro.com/wis/clicktime/v1/query?url=https://drive.google.com/drive/folders/1W_Wg&umid=1f2e&auth=30c0", "https://drive.google.com/drive/folders/1W_Wg", TrendMicroClickTime},
		{"trend micro empty", "https://ddec1-0-en-ctp.trendmicro.com/wis/clicktime/v1/query?url=&umid=cdcc", "", NoWrapper},
		{"gateways nested", "https://linkprotect.cudasvc.com/url?a=https%3a%2f%2fwww.bing.com%2fck%2fa%3f!%26%26p%3dabc%26u%3da1aHR0cHM6Ly9ldmlsLnRvcC9sb2dpbj9hPTEmYj0y%26ntb%3d1&c=E,1&typo=1", "https://evil.top/login?a=1&b=2", BarracudaLinkProtect},
		// plain links
		{"plain", "https://example.com/a?url=https://evil.top/", "", NoWrapper},
		{"ip", "http://192.0.2.1/url?q=https://evil.top/", "", NoWrapper},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			l, ok := Parse(tt.link)
			if !ok {
				t.Fatalf("Parse(%q) failed", tt.link)
			}
			got, via, ok := Destination(&l)
			if ok != (tt.want != "") || got != tt.want || via != tt.via {
				t.Errorf("Destination(%q) = %q, %v, %v; want %q, %v", tt.link, got, via, ok, tt.want, tt.via)
			}
		})
	}
}

func TestUnwrapKeepsHowTheLinkWasWritten(t *testing.T) {
	t.Parallel()
	text := "look here https://www.google.com/url?q=https%3A%2F%2Fpaypal-verify.top%2Flogin%3Futm_source%3Dx&sa=D now"
	links := Extract(text, nil)
	if len(links) != 1 {
		t.Fatalf("Extract = %d links", len(links))
	}
	l := links[0]
	raw := l.Raw
	s, e := l.Span()
	if !Unwrap(&l) {
		t.Fatal("Unwrap reported no destination")
	}
	if l.Host != "paypal-verify.top" || l.Path != "/login" || l.Scheme != "https" || l.Via != GoogleRedirect {
		t.Errorf("Unwrap = host %q path %q scheme %q via %v", l.Host, l.Path, l.Scheme, l.Via)
	}
	if l.Raw != raw {
		t.Errorf("Raw = %q, want the link as written %q", l.Raw, raw)
	}
	if s2, e2 := l.Span(); s2 != s || e2 != e {
		t.Errorf("Span = %d,%d, want %d,%d", s2, e2, s, e)
	}
	if !DropTrackers(&l) || l.Query != "" {
		t.Errorf("the destination's trackers: query %q", l.Query)
	}

	c, ok := Parse("https://l.facebook.com/l.php?u=https%3A%2F%2Fevil.top%2F&h=AT")
	if !ok {
		t.Fatal("Parse")
	}
	c.Carried, c.Visible, c.Hidden = true, "here", true
	if !Unwrap(&c) || !c.Carried || c.Visible != "here" || !c.Hidden || c.Host != "evil.top" {
		t.Errorf("a carried link unwrapped: %+v", c)
	}

	p, _ := Parse("https://example.com/a?url=https://evil.top/")
	before := p
	if Unwrap(&p) || p != before {
		t.Errorf("a plain link was changed: %+v", p)
	}
}

func TestUnwrapAllocatesNothingForPlainLinks(t *testing.T) {
	links := []Link{}
	for _, s := range []string{"https://github.com/golang/go/issues/1?x=1", "https://www.google.com/search?q=go", "https://www.youtube.com/watch?v=x", "example.vn"} {
		l, ok := Parse(s)
		if !ok {
			t.Fatal(s)
		}
		links = append(links, l)
	}
	n := testing.AllocsPerRun(100, func() {
		for i := range links {
			l := links[i]
			Unwrap(&l)
		}
	})
	if n != 0 {
		t.Errorf("Unwrap of plain links: %v allocations", n)
	}
}

func TestWrapperService(t *testing.T) {
	t.Parallel()
	if GoogleRedirect.Service() != "Google" || OutlookSafeLinks.Service() != "Outlook" || NoWrapper.Service() != "" || Wrapper(250).Service() != "" {
		t.Error("service names")
	}
	if !GoogleTranslate.Proxy() || GoogleRedirect.Proxy() {
		t.Error("proxies")
	}
}

func TestFragmentOfTheDestination(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ link, want string }{
		{"https://jelly.example.site/web/index.html#!/login.html", "!/login.html"},
		{"https://www.google.com/url?q=https%3A%2F%2Fjelly.example.site%2Fweb%2Findex.html%23%21%2Flogin.html&sa=D", "!/login.html"},
		{"https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com%2F&h=AT#top", ""},
		{"https://example.com/a", ""},
	} {
		l, ok := Parse(tc.link)
		if !ok {
			t.Fatal(tc.link)
		}
		Unwrap(&l)
		if got := l.Fragment(); got != tc.want {
			t.Errorf("Fragment(%q) = %q, want %q", tc.link, got, tc.want)
		}
	}
}

func TestProxyKeepsTheFragment(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ link, want string }{
		{"https://jelly-example-site.translate.goog/web/index.html?_x_tr_sl=auto&_x_tr_tl=en#!/login.html", "https://jelly.example.site/web/index.html#!/login.html"},
		{"https://www.google.com/amp/s/example.com/a#top", "https://example.com/a#top"},
		{"https://example-com.cdn.ampproject.org/c/s/example.com/a?amp_js_v=1#top", "https://example.com/a#top"},
	} {
		l, _ := Parse(tc.link)
		if got, _, ok := Destination(&l); !ok || got != tc.want {
			t.Errorf("Destination(%q) = %q, %v; want %q", tc.link, got, ok, tc.want)
		}
	}
}

func TestAppendCarried(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ link, host string }{
		{"https://news.example.org/out?url=https%3A%2F%2Fevil.top%2Flogin", "evil.top"},
		{"https://t.me/share/url?url=https%3A%2F%2Fexample.com%2Fpost&text=hi", "example.com"},
		{"https://accounts.example.com/login?next=https%3A%2F%2Fapp.example.com%2F", ""}, // its own domain
		{"https://example.org/go?to=https://example.org/a", ""},
		{"https://www.google.com/url?q=https%3A%2F%2Fevil.top%2F", ""}, // a known wrapper's one destination: Unwrap's
		{"https://example.org/a", ""},
		{"https://example.com/out?url=https%3A%2F%2Fevil.top%2F", "evil.top"},
		{"https://shop.example/go?to=https://evil.top/a&x=1", "evil.top"},
		{"https://example.com/out?url=https%3A%2F%2Fevil.top%2Fa%ZZ", "evil.top"}, // a broken escape in the path is kept, as browsers keep it
		{"https://example.com/share?text=hello", ""},
		{"https://example.com/out?url=javascript:alert(1)", ""},
		{"https://example.com/out?url=https%3A%2F%2Fevil.top%2G", ""}, // an escape that breaks the host
		{"https://example.com/out?redirect_uri=https://app.example.com/", ""},
		// CurseForge's link-out, its link escaped twice over (rev44d)
		{"https://www.curseforge.com/linkout?remoteUrl=https%253a%252f%252fevil.top%252fclaim", "evil.top"},
		{"https://www.curseforge.com/linkout?remoteUrl=https%3A%2F%2Fevil.top%2F", "evil.top"},
	} {
		l, _ := Parse(tc.link)
		got := AppendCarried(nil, &l, 8)
		ok := len(got) == 1
		var in Link
		if ok {
			in = got[0]
		}
		if len(got) != len(tc.host)/max(1, len(tc.host)) || ok && (in.Host != tc.host || in.Via != QueryURL || in.Raw != l.Raw) {
			t.Errorf("AppendCarried(%q) = %v; want %q", tc.link, got, tc.host)
		}
		if ok {
			if f := in.Fragment(); f != "" {
				t.Errorf("AppendCarried(%q)[0].Fragment() = %q", tc.link, f)
			}
		}
	}
	l, _ := Parse("https://news.example.org/out?url=https%3A%2F%2Fjelly.example.site%2Fweb%2Findex.html%23%21%2Flogin.html")
	if in := AppendCarried(nil, &l, 8); len(in) != 1 || in[0].Fragment() != "!/login.html" {
		t.Errorf("the inner link's fragment: %v", in)
	}
}

// BenchmarkWhereLinksLead is the cost Unwrap, DropTrackers and AppendCarried add
// to the links of chat, most of which no wrapper carries.
func BenchmarkWhereLinksLead(b *testing.B) {
	var links []Link
	for _, s := range []string{"https://github.com/golang/go/issues/61405", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42",
		"docs.python.org/3/library/asyncio.html", "https://www.google.com/search?q=golang+generics", "https://example.vn/tin-tuc?page=2&sort=new"} {
		l, ok := Parse(s)
		if !ok {
			b.Fatal(s)
		}
		links = append(links, l)
	}
	b.ReportAllocs()
	for b.Loop() {
		for i := range links {
			l := links[i]
			w := l
			Unwrap(&l)
			DropTrackers(&l)
			AppendCarried(nil, &w, 8)
		}
	}
}

// TestAppendCarriedBesideARedirect: a redirector's other destination on
// its own domain is a page of its own (sites.google.com beside
// www.google.com/url's q=), and each carried link keeps its own fragment
// (a self-hosted app's #!/login.html), not the first one's (rev39b).
func TestAppendCarriedBesideARedirect(t *testing.T) {
	t.Parallel()
	l, _ := Parse("https://www.google.com/url?q=https%3A%2F%2Fgithub.com%2Fgolang%2Fgo&url=https%3A%2F%2Fsites.google.com%2Fview%2Fmetamask-login-help&sa=D")
	if got := AppendCarried(nil, &l, 8); len(got) != 1 || got[0].Host != "sites.google.com" {
		t.Errorf("sites.google.com beside github.com: %v", got)
	}
	l, _ = Parse("https://www.google.com/url?q=https%3A%2F%2Fgithub.com%2Fgolang%2Fgo&url=https%3A%2F%2Fjelly.example.site%2Fweb%2Findex.html%23%21%2Flogin.html&sa=D")
	if got := AppendCarried(nil, &l, 8); len(got) != 1 || got[0].Fragment() != "!/login.html" {
		t.Errorf("the second destination's fragment: %v", got)
	}
	if !Unwrap(&l) || l.Fragment() != "" || l.Host != "github.com" {
		t.Errorf("the first destination: %q %q", l.Host, l.Fragment())
	}
	l, _ = Parse("https://accounts.example.com/login?next=https%3A%2F%2Fapp.example.com%2F")
	if got := AppendCarried(nil, &l, 8); len(got) != 0 {
		t.Errorf("a site's own page on its domain: %v", got)
	}
}
