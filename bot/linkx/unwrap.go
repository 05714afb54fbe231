package linkx

import (
	"encoding/base64"
	"html"
	"strings"
	"unicode/utf8"
)

// Wrapper names a redirector or proxy that big sites put in front of the
// links they show (Google's search results and Docs, Facebook's link
// shim, Outlook's Safe Links, Google Translate's proxy …): a link through
// one leads where the link it carries leads.
type Wrapper uint8

// The wrappers Destination reads.
const (
	NoWrapper            Wrapper = iota
	GoogleRedirect               // google.*/url?q= or ?url=
	GoogleAMP                    // google.*/amp/s/<host><path>
	AMPCache                     // *.cdn.ampproject.org/c/s/<host><path> (and /v/, /i/, /r/)
	GoogleTranslate              // <host with dots as dashes>.translate.goog<path>
	FacebookShim                 // l.facebook.com/l.php?u=, lm.facebook.com
	MessengerShim                // l.messenger.com/l.php?u=
	InstagramShim                // l.instagram.com/?u=
	ThreadsShim                  // l.threads.net/?u=, l.threads.com
	OutlookSafeLinks             // *.safelinks.protection.outlook.com/?url=
	Proofpoint                   // urldefense.proofpoint.com/v1|v2/url?u=, urldefense.com/v3/__URL__;…
	YouTubeRedirect              // youtube.com/redirect?q=
	VKAway                       // vk.com/away.php?to=
	SteamLinkFilter              // steamcommunity.com/linkfilter/?url= or ?u=
	SlackRedirect                // slack-redir.net/link?url=
	LinkedInRedirect             // linkedin.com/redir/redirect?url=, /safety/go?url=
	TumblrRedirect               // t.umblr.com/redirect?z=
	HrefLi                       // href.li/?<url>
	RedditOut                    // out.reddit.com/<id>?url=
	QueryURL                     // any site's ?url=, ?u=, ?to= … holding a whole link (AppendCarried)
	BingClick                    // bing.com/ck/a?…&u=a1<base64url>
	DuckDuckGoRedirect           // duckduckgo.com/l/?uddg=
	GoogleAdClick                // googleadservices.com/pagead/aclk?…&adurl=
	SymantecClickTime            // clicktime.symantec.com/<token>?u=
	FireEyeProtect               // protect2.fireeye.com/v1/url?k=…&u=
	BarracudaLinkProtect         // linkprotect.cudasvc.com/url?a=
	CiscoSecureEmail             // secure-web.cisco.com/<token>/<escaped link>
	SophosProtect                // <region>.protection.sophos.com/?d=…&u=<base64>
	TrendMicroClickTime          // *.trendmicro.com/wis/clicktime/v1/query?url=
)

var wrapperServices = [...]string{
	NoWrapper: "", GoogleRedirect: "Google", GoogleAMP: "Google AMP", AMPCache: "Google AMP Cache",
	GoogleTranslate: "Google Translate", FacebookShim: "Facebook", MessengerShim: "Messenger",
	InstagramShim: "Instagram", ThreadsShim: "Threads", OutlookSafeLinks: "Outlook",
	Proofpoint: "Proofpoint URL Defense", YouTubeRedirect: "YouTube", VKAway: "VK",
	SteamLinkFilter: "Steam", SlackRedirect: "Slack", LinkedInRedirect: "LinkedIn",
	TumblrRedirect: "Tumblr", HrefLi: "href.li", RedditOut: "Reddit", QueryURL: "",
	BingClick: "Bing", DuckDuckGoRedirect: "DuckDuckGo", GoogleAdClick: "Google Ads",
	SymantecClickTime: "Symantec", FireEyeProtect: "FireEye", BarracudaLinkProtect: "Barracuda",
	CiscoSecureEmail: "Cisco", SophosProtect: "Sophos", TrendMicroClickTime: "Trend Micro",
}

// Service returns the name of the service whose redirect or proxy the
// wrapper is ("Google", "Outlook"), as a reader knows it; ""
// for NoWrapper and for a site's own parameter (QueryURL).
func (w Wrapper) Service() string {
	if int(w) < len(wrapperServices) {
		return wrapperServices[w]
	}
	return ""
}

// Proxy reports a wrapper that shows the page itself under its own name
// (Google Translate, the AMP caches) rather than sending the reader on.
func (w Wrapper) Proxy() bool {
	return w == GoogleTranslate || w == AMPCache || w == GoogleAMP
}

// maxWraps is how many wrappings Destination undoes: a link pasted from
// an Outlook mail that held a Google result is wrapped twice, and four
// (Safe Links around Proofpoint around Google around Facebook) is the
// most seen. A link wrapped more times than this hides where it leads
// (TooDeep).
const maxWraps = 6

// TooDeep reports a link Unwrap replaced whose destination is wrapped
// still: more wrappings than Destination undoes, which no site writes.
// Judged as the wrapper it stopped at, it would pass as that big site.
func TooDeep(l *Link) bool {
	if l.Via == NoWrapper || l.Via == QueryURL {
		return false
	}
	_, _, ok := destination(l)
	return ok
}

// Destination returns where a link through a known redirector or proxy
// (Wrapper) leads, with nested wrappings undone, and the outermost
// wrapper. The destination is an absolute http or https URL as the
// wrapper carries it (percent-decoded where the wrapper encodes it), or,
// for the proxies that carry only a host and path (Google's AMP viewer,
// the AMP cache, Google Translate), that host and path under the scheme
// the proxy fetches it with. It reports false for any other link, and
// for a wrapper whose destination is missing, malformed (a bad
// percent-escape) or not an http or https link (javascript:, a path):
// such a link is judged as it stands.
func Destination(l *Link) (string, Wrapper, bool) {
	dest, via, ok := destination(l)
	if !ok {
		return "", NoWrapper, false
	}
	for range maxWraps - 1 {
		in, ok := Parse(dest)
		if !ok {
			break
		}
		next, _, ok := destination(&in)
		if !ok {
			break
		}
		dest = next
	}
	return dest, via, true
}

// Unwrap replaces a link through a known redirector or proxy by its
// destination (Destination), so that it is judged, listed and looked up
// where a click on it leads; Via names the wrapper. Raw keeps the link
// as written, and the link keeps where it stands in the text and how it
// was written (Carried, Visible, Disguised, Hidden, Defanged,
// DotDisguised). It reports whether the link was replaced.
func Unwrap(l *Link) bool {
	dest, via, ok := Destination(l)
	if !ok {
		return false
	}
	d, ok := Parse(dest)
	if !ok || d.Host == "" {
		return false
	}
	d.Raw, d.start, d.end = l.Raw, l.start, l.end
	d.Carried, d.Visible = l.Carried, l.Visible
	d.Disguised, d.Hidden, d.Defanged, d.DotDisguised = l.Disguised, l.Hidden, l.Defanged, l.DotDisguised
	d.Via = via
	_, d.frag, _ = strings.Cut(dest, "#")
	*l = d
	return true
}

// Fragment returns what follows '#' where the link leads (its
// destination's, for a link Unwrap replaced or AppendCarried added), or
// "".
func (l *Link) Fragment() string {
	if l.Via != NoWrapper {
		return l.frag
	}
	_, frag, _ := strings.Cut(l.Raw, "#")
	return frag
}

// mayWrap is the cheap test every link meets: a host that some wrapper
// uses.
func mayWrap(l *Link) bool {
	if l.Host == "" || l.IP.IsValid() {
		return false
	}
	if l.Suffix == "translate.goog" {
		return true
	}
	switch l.Domain {
	case "ampproject.org", "facebook.com", "messenger.com", "instagram.com", "threads.net", "threads.com",
		"outlook.com", "proofpoint.com", "urldefense.com", "youtube.com", "vk.com", "steamcommunity.com",
		"slack-redir.net", "linkedin.com", "umblr.com", "href.li", "reddit.com",
		"bing.com", "duckduckgo.com", "googleadservices.com", "symantec.com", "fireeye.com",
		"cudasvc.com", "cisco.com", "sophos.com", "trendmicro.com":
		return true
	}
	return googleHost(l)
}

// googleHost reports a host of Google's own: under google.com, or
// google.<country>, google.co.<country>, google.com.<country>.
func googleHost(l *Link) bool {
	if !l.ICANN || len(l.Domain) < 7 || l.Domain[:7] != "google." {
		return false
	}
	s := l.Suffix
	switch {
	case s == "com":
		return true
	case len(s) == 2:
		return true
	case len(s) == 5 && (strings.HasPrefix(s, "co.")):
		return true
	case len(s) == 6 && strings.HasPrefix(s, "com."):
		return true
	}
	return false
}

// destination undoes one wrapping.
func destination(l *Link) (string, Wrapper, bool) {
	if !mayWrap(l) {
		return "", NoWrapper, false
	}
	h, p := l.Host, l.Path
	if l.Suffix == "translate.goog" {
		return translated(l)
	}
	switch l.Domain {
	case "ampproject.org":
		if h == "cdn.ampproject.org" || strings.HasSuffix(h, ".cdn.ampproject.org") {
			return ampCached(l)
		}
	case "facebook.com":
		if p == "/l.php" && (h == "l.facebook.com" || h == "lm.facebook.com" || h == "m.facebook.com" || h == "www.facebook.com" || h == "facebook.com") {
			return carried(l.Query, "u", FacebookShim)
		}
	case "messenger.com":
		if h == "l.messenger.com" && p == "/l.php" {
			return carried(l.Query, "u", MessengerShim)
		}
	case "instagram.com":
		if h == "l.instagram.com" {
			return carried(l.Query, "u", InstagramShim)
		}
	case "threads.net", "threads.com":
		if h == "l.threads.net" || h == "l.threads.com" {
			return carried(l.Query, "u", ThreadsShim)
		}
	case "outlook.com":
		if strings.HasSuffix(h, ".safelinks.protection.outlook.com") {
			return carried(l.Query, "url", OutlookSafeLinks)
		}
	case "proofpoint.com", "urldefense.com":
		if h == "urldefense.proofpoint.com" || h == "urldefense.com" {
			return proofpoint(l)
		}
	case "youtube.com":
		if p == "/redirect" && (h == "www.youtube.com" || h == "youtube.com" || h == "m.youtube.com") {
			return carried(l.Query, "q", YouTubeRedirect)
		}
	case "vk.com":
		if p == "/away.php" && (h == "vk.com" || h == "m.vk.com") {
			return carried(l.Query, "to", VKAway)
		}
	case "steamcommunity.com":
		if (p == "/linkfilter/" || p == "/linkfilter") && (h == "steamcommunity.com" || h == "www.steamcommunity.com") {
			if d, w, ok := carried(l.Query, "url", SteamLinkFilter); ok {
				return d, w, ok
			}
			return carried(l.Query, "u", SteamLinkFilter)
		}
	case "slack-redir.net":
		if p == "/link" {
			return carried(l.Query, "url", SlackRedirect)
		}
	case "linkedin.com":
		if (p == "/redir/redirect" || p == "/safety/go") && (h == "www.linkedin.com" || h == "linkedin.com") {
			return carried(l.Query, "url", LinkedInRedirect)
		}
	case "umblr.com":
		if h == "t.umblr.com" && p == "/redirect" {
			return carried(l.Query, "z", TumblrRedirect)
		}
	case "href.li":
		if h == "href.li" && (p == "" || p == "/") {
			// the link is the whole query, as written
			if absoluteHTTP(l.Query) {
				return l.Query, HrefLi, true
			}
		}
	case "reddit.com":
		if h == "out.reddit.com" && len(p) > 1 && strings.IndexByte(p[1:], '/') < 0 {
			return carried(l.Query, "url", RedditOut)
		}
	case "bing.com":
		if p == "/ck/a" && (h == "www.bing.com" || h == "bing.com" || h == "cn.bing.com") {
			return bingClick(l.Query)
		}
	case "duckduckgo.com":
		if (p == "/l/" || p == "/l") && (h == "duckduckgo.com" || h == "html.duckduckgo.com" || h == "lite.duckduckgo.com") {
			return carried(l.Query, "uddg", DuckDuckGoRedirect)
		}
	case "googleadservices.com":
		if p == "/pagead/aclk" && (h == "www.googleadservices.com" || h == "googleadservices.com") {
			return carried(l.Query, "adurl", GoogleAdClick)
		}
	case "symantec.com":
		if h == "clicktime.symantec.com" {
			return carried(l.Query, "u", SymantecClickTime)
		}
	case "fireeye.com":
		if h == "protect2.fireeye.com" && (p == "/v1/url" || p == "/url") {
			return carried(l.Query, "u", FireEyeProtect)
		}
	case "cudasvc.com":
		if h == "linkprotect.cudasvc.com" && p == "/url" {
			return carried(l.Query, "a", BarracudaLinkProtect)
		}
	case "cisco.com":
		if h == "secure-web.cisco.com" {
			return ciscoRewritten(l)
		}
	case "sophos.com":
		if strings.HasSuffix(h, ".protection.sophos.com") && (p == "" || p == "/") {
			return sophosProtect(l.Query)
		}
	case "trendmicro.com":
		if p == "/wis/clicktime/v1/query" {
			return carried(l.Query, "url", TrendMicroClickTime)
		}
	default:
		if googleHost(l) {
			switch {
			case p == "/url":
				if d, w, ok := carried(l.Query, "q", GoogleRedirect); ok {
					return d, w, ok
				}
				return carried(l.Query, "url", GoogleRedirect)
			case strings.HasPrefix(p, "/amp/"):
				return pathCarried(p[len("/amp/"):], l.Query, fragmentOf(l.Raw), GoogleAMP)
			}
		}
	}
	return "", NoWrapper, false
}

// bingClick reads Bing's click tracker: u holds "a1" and the link
// base64url-encoded without padding (some write it padded, or in the
// standard alphabet).
func bingClick(query string) (string, Wrapper, bool) {
	v, ok := param(query, "u")
	if !ok {
		return "", NoWrapper, false
	}
	v, ok = strings.CutPrefix(v, "a1")
	if !ok {
		return "", NoWrapper, false
	}
	return base64Carried(v, BingClick)
}

// sophosProtect reads Sophos Email's time-of-click links: d holds the
// destination's domain alone, u the whole link base64-encoded.
func sophosProtect(query string) (string, Wrapper, bool) {
	v, ok := param(query, "u")
	if !ok {
		return "", NoWrapper, false
	}
	return base64Carried(v, SophosProtect)
}

// maxBase64 bounds the encoded link base64Carried decodes.
const maxBase64 = 8 << 10

// base64Carried decodes a link written in base64 (either alphabet,
// padded or not, its '=' percent-escaped or not), when it is an
// absolute http or https link.
func base64Carried(v string, w Wrapper) (string, Wrapper, bool) {
	if strings.IndexByte(v, '%') >= 0 {
		v = unescapeLenient(v)
	}
	v = strings.TrimRight(v, "=")
	if v == "" || len(v) > maxBase64 {
		return "", NoWrapper, false
	}
	enc := base64.RawURLEncoding
	if strings.ContainsAny(v, "+/") {
		enc = base64.RawStdEncoding
	}
	b, err := enc.DecodeString(v)
	if err != nil || !utf8.Valid(b) {
		return "", NoWrapper, false
	}
	d := browserForm(string(b))
	if !absoluteHTTP(d) {
		return "", NoWrapper, false
	}
	return d, w, true
}

// ciscoRewritten reads Cisco Secure Email's rewritten links: a token,
// then the link percent-escaped (its query as the link's own):
// secure-web.cisco.com/<token>/<link>.
func ciscoRewritten(l *Link) (string, Wrapper, bool) {
	p := l.Path
	if len(p) < 2 || p[0] != '/' {
		return "", NoWrapper, false
	}
	i := strings.IndexByte(p[1:], '/')
	if i <= 0 {
		return "", NoWrapper, false
	}
	d := p[i+2:]
	if l.Query != "" {
		d += "?" + l.Query
	}
	d = browserForm(unescapeLenient(d + fragmentOf(l.Raw)))
	if !absoluteHTTP(d) {
		return "", NoWrapper, false
	}
	return d, CiscoSecureEmail, true
}

// carried returns the link a query parameter holds, percent-decoded, when
// it is an absolute http or https link.
func carried(query, name string, w Wrapper) (string, Wrapper, bool) {
	v, ok := param(query, name)
	if !ok || v == "" {
		return "", NoWrapper, false
	}
	if strings.IndexByte(v, '%') >= 0 {
		v = unescapeLenient(v)
		if doubleEncoded(v) {
			// a link escaped twice over, as CurseForge's link-out
			// page carries one (remoteUrl=https%253a%252f%252f…):
			// the page decodes it again before it sends the reader on
			v = unescapeLenient(v)
		}
	}
	v = browserForm(v)
	if !absoluteHTTP(v) {
		return "", NoWrapper, false
	}
	return v, w, true
}

// doubleEncoded reports a carried value that, decoded once, is still a
// link whose scheme's "://" is percent-encoded (https%3a%2f%2f…).
func doubleEncoded(v string) bool {
	for _, p := range [...]string{"https%3a%2f%2f", "http%3a%2f%2f"} {
		if len(v) > len(p) && strings.EqualFold(v[:len(p)], p) {
			return true
		}
	}
	return false
}

// param returns the value of the first parameter of a query with the
// name, as written.
func param(query, name string) (string, bool) {
	for len(query) > 0 {
		var part string
		part, query = cutParam(query)
		if len(part) > len(name) && part[len(name)] == '=' && part[:len(name)] == name {
			return part[len(name)+1:], true
		}
	}
	return "", false
}

// browserForm writes a carried link the way a browser reads it against
// the redirector's https page: without the spaces and control
// characters around it (or a form's '+' for a space before it) and the
// tabs and line breaks inside it, with "http:" before any number of
// slashes or backslashes, or "https:" or nothing before two or more
// ("https:\\\\host", "//host"), read as "http://" or "https://" and
// the host. Written otherwise it is returned as it is.
func browserForm(v string) string {
	if v == "" {
		return v
	}
	if v[0] <= ' ' || v[0] == '+' || v[len(v)-1] <= ' ' {
		v = strings.TrimLeft(v, "+")
		v = strings.TrimFunc(v, func(r rune) bool { return r <= ' ' })
	}
	if strings.ContainsAny(v, "\t\n\r") {
		v = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return -1
			}
			return r
		}, v)
	}
	scheme, rest := "", v
	switch {
	case len(v) >= 6 && strings.EqualFold(v[:6], "https:"):
		scheme, rest = "https://", v[6:]
	case len(v) >= 5 && strings.EqualFold(v[:5], "http:"):
		scheme, rest = "http://", v[5:]
	}
	n := 0
	for n < len(rest) && (rest[n] == '/' || rest[n] == '\\') {
		n++
	}
	switch {
	case scheme != "" && n == 2 && rest[0] == '/' && rest[1] == '/':
		return v // written as it is read
	case scheme == "" && n >= 2:
		scheme = "https://"
	case scheme == "https://" && n >= 2, scheme == "http://":
	default:
		return v
	}
	return scheme + rest[n:]
}

// cutParam returns a query's first parameter and the rest after its '&'.
func cutParam(q string) (part, rest string) {
	if i := strings.IndexByte(q, '&'); i >= 0 {
		return q[:i], q[i+1:]
	}
	return q, ""
}

// absoluteHTTP reports an http or https link with a host Parse reads,
// and nothing a link cannot hold (spaces, control characters).
func absoluteHTTP(s string) bool {
	rest := ""
	switch {
	case len(s) > 8 && strings.EqualFold(s[:8], "https://"):
		rest = s[8:]
	case len(s) > 7 && strings.EqualFold(s[:7], "http://"):
		rest = s[7:]
	default:
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c == 0x7f {
			return false
		}
	}
	if !utf8.ValidString(s) {
		return false
	}
	switch rest[0] {
	case '/', '?', '#', '\\', '@', ':', '.':
		return false
	}
	l, ok := Parse(s)
	return ok && l.Host != ""
}

// pathCarried returns the link a proxy carries in its path: "s/" and a
// host and path for HTTPS, or a host and path for plain HTTP.
func pathCarried(rest, query, frag string, w Wrapper) (string, Wrapper, bool) {
	scheme := "http://"
	if r, ok := strings.CutPrefix(rest, "s/"); ok {
		scheme, rest = "https://", r
	}
	if rest == "" || strings.HasPrefix(rest, "/") {
		return "", NoWrapper, false
	}
	host := rest
	if i := strings.IndexByte(rest, '/'); i >= 0 {
		host = rest[:i]
	}
	if strings.IndexByte(host, '.') < 0 {
		return "", NoWrapper, false // a host with a dot: not a path of the proxy's own
	}
	d := scheme + rest
	if query != "" {
		d += "?" + query
	}
	d += frag
	if !absoluteHTTP(d) {
		return "", NoWrapper, false
	}
	return d, w, true
}

// fragmentOf returns the fragment of a link as written, with its '#',
// or "": a proxy carries the page's fragment as its own.
func fragmentOf(raw string) string {
	if i := strings.IndexByte(raw, '#'); i >= 0 {
		return raw[i:]
	}
	return ""
}

// unescapeLenient decodes the %XX escapes of s and keeps a '%' that
// starts none as written, as browsers and the redirectors do: a broken
// escape in a scam's address hides nothing (a host it breaks is no
// host, and the link stays as written).
func unescapeLenient(s string) string {
	if d, ok := unescape(s); ok {
		return d
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) {
			hi, ok1 := unhex(s[i+1])
			lo, ok2 := unhex(s[i+2])
			if ok1 && ok2 {
				b.WriteByte(hi<<4 | lo)
				i += 2
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// ampCached reads an AMP cache's link: /c/ (a page), /v/ (the viewer),
// /i/ or /r/, then "s/" for HTTPS, then the host and path. The viewer's
// own parameters (amp_js_v, usqp …) are dropped.
func ampCached(l *Link) (string, Wrapper, bool) {
	p := l.Path
	if len(p) < 4 || p[0] != '/' || p[2] != '/' || !strings.ContainsRune("cvir", rune(p[1])) {
		return "", NoWrapper, false
	}
	return pathCarried(p[3:], withoutParams(l.Query, ampParam), fragmentOf(l.Raw), AMPCache)
}

// ampParam reports a parameter the AMP viewer adds.
func ampParam(key string) bool {
	return strings.HasPrefix(key, "amp_") || key == "usqp" || key == "aoh" || key == "ampshare" || key == "csi"
}

// withoutParams returns query without the parameters drop names.
func withoutParams(query string, drop func(key string) bool) string {
	if query == "" {
		return ""
	}
	var b strings.Builder
	for part := range strings.SplitSeq(query, "&") {
		if key, _, _ := strings.Cut(part, "="); drop(key) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(part)
	}
	return b.String()
}

// translated reads Google Translate's proxy: the site's host is the
// proxy's first label with each '-' written "--" and each '.' written
// "-" (a longer host's start in _x_tr_hp; "0-" before an IDN's label
// and "1-" before others when _x_tr_enc says so), the path is the
// site's path, and the query the site's query beside the proxy's own
// _x_tr_* parameters (_x_tr_sch=http for a site fetched without TLS).
func translated(l *Link) (string, Wrapper, bool) {
	label := strings.TrimSuffix(l.Host, ".translate.goog")
	if label == l.Host || label == "" || strings.IndexByte(label, '.') >= 0 {
		return "", NoWrapper, false
	}
	hp, _ := param(l.Query, "_x_tr_hp")
	enc, _ := param(l.Query, "_x_tr_enc")
	sch, _ := param(l.Query, "_x_tr_sch")
	label = strings.ToLower(hp) + label
	encs := strings.Split(enc, ",")
	has := func(v string) bool {
		for _, e := range encs {
			if e == v {
				return true
			}
		}
		return false
	}
	if has("1") {
		label = strings.TrimPrefix(label, "1-")
	}
	idn := false
	if has("0") {
		if r, ok := strings.CutPrefix(label, "0-"); ok {
			label, idn = r, true
		}
	}
	host, ok := dashedHost(label)
	if !ok {
		return "", NoWrapper, false
	}
	if idn {
		host = "xn--" + host
	}
	scheme := "https://"
	if sch == "http" {
		scheme = "http://"
	}
	d := scheme + host + l.Path
	if q := withoutParams(l.Query, func(k string) bool { return strings.HasPrefix(k, "_x_tr_") }); q != "" {
		d += "?" + q
	}
	d += fragmentOf(l.Raw)
	if !absoluteHTTP(d) {
		return "", NoWrapper, false
	}
	return d, GoogleTranslate, true
}

// dashedHost decodes a host written as one label: a lone '-' between
// letters or digits is a dot, "--" is a '-'. A host that starts or ends
// with a dash, or holds an odd run of three or more, is not one.
func dashedHost(label string) (string, bool) {
	var b strings.Builder
	b.Grow(len(label))
	for i := 0; i < len(label); {
		if label[i] != '-' {
			b.WriteByte(label[i])
			i++
			continue
		}
		j := i
		for j < len(label) && label[j] == '-' {
			j++
		}
		n := j - i
		switch {
		case i == 0 || j == len(label):
			return "", false
		case n == 1:
			b.WriteByte('.')
		case n%2 == 0:
			b.WriteString(strings.Repeat("-", n/2))
		default:
			return "", false
		}
		i = j
	}
	h := b.String()
	return h, strings.IndexByte(h, '.') > 0
}

// proofpoint reads Proofpoint URL Defense's links. v1 carries the link
// percent-encoded in u; v2 in u with '-' for '%' and '_' for '/'; v3
// writes it between "/v3/__" and "__;", each character it left out
// written '*' ("**" and a letter for a run of them) and the characters
// themselves, base64url-encoded, between ";" and the first '!'.
func proofpoint(l *Link) (string, Wrapper, bool) {
	switch {
	case l.Host == "urldefense.proofpoint.com" && l.Path == "/v1/url":
		return htmlUnescaped(carried(l.Query, "u", Proofpoint))
	case l.Host == "urldefense.proofpoint.com" && l.Path == "/v2/url":
		v, ok := param(l.Query, "u")
		if !ok || v == "" {
			return "", NoWrapper, false
		}
		v = strings.Map(func(r rune) rune {
			switch r {
			case '-':
				return '%'
			case '_':
				return '/'
			}
			return r
		}, v)
		d := html.UnescapeString(unescapeLenient(v))
		if !absoluteHTTP(d) {
			return "", NoWrapper, false
		}
		return d, Proofpoint, true
	case strings.HasPrefix(l.Path, "/v3/__"):
		return proofpointV3(l.Raw)
	}
	return "", NoWrapper, false
}

// htmlUnescaped undoes the HTML escapes (&amp;) in a destination.
func htmlUnescaped(d string, w Wrapper, ok bool) (string, Wrapper, bool) {
	if !ok {
		return d, w, ok
	}
	d = html.UnescapeString(d)
	if !absoluteHTTP(d) {
		return "", NoWrapper, false
	}
	return d, w, true
}

// proofpointV3 decodes a v3 link as written.
func proofpointV3(raw string) (string, Wrapper, bool) {
	i := strings.Index(raw, "/v3/__")
	if i < 0 {
		return "", NoWrapper, false
	}
	rest := raw[i+len("/v3/__"):]
	j := strings.Index(rest, "__;")
	if j <= 0 {
		return "", NoWrapper, false
	}
	u, rest := rest[:j], rest[j+3:]
	k := strings.IndexByte(rest, '!')
	if k < 0 {
		return "", NoWrapper, false
	}
	enc := strings.TrimRight(rest[:k], "=")
	// "https:/host" (one slash) is how v3 writes some links
	if c := strings.Index(u, ":/"); c > 0 && !strings.HasPrefix(u[c:], "://") {
		u = u[:c] + ":/" + u[c+1:]
	}
	u = unescapeLenient(u)
	var chars []rune
	if enc != "" {
		b, err := base64.RawURLEncoding.DecodeString(enc)
		if err != nil || !utf8.Valid(b) {
			return "", NoWrapper, false
		}
		chars = []rune(string(b))
	}
	var out strings.Builder
	out.Grow(len(u))
	at := 0
	for n := 0; n < len(u); {
		if u[n] != '*' {
			out.WriteByte(u[n])
			n++
			continue
		}
		run := 1
		if n+2 < len(u) && u[n+1] == '*' {
			run = runLength(u[n+2])
			if run == 0 {
				return "", NoWrapper, false
			}
			n += 3
		} else {
			n++
		}
		if at+run > len(chars) {
			return "", NoWrapper, false
		}
		for _, r := range chars[at : at+run] {
			out.WriteRune(r)
		}
		at += run
	}
	d := out.String()
	if !absoluteHTTP(d) {
		return "", NoWrapper, false
	}
	return d, Proofpoint, true
}

// runLength is the length of a v3 run written "**" and c: A–Z are 2 to
// 27, a–z 28 to 53, 0–9 54 to 63, '-' 64 and '_' 65; 0 for any other.
func runLength(c byte) int {
	switch {
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 2
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 28
	case c >= '0' && c <= '9':
		return int(c-'0') + 54
	case c == '-':
		return 64
	case c == '_':
		return 65
	}
	return 0
}

// queryLinkParam reports the parameters through which sites of every
// kind carry a whole link they send the reader to.
func queryLinkParam(key string) bool {
	switch key {
	case "url", "u", "q", "to", "target", "dest", "destination", "redirect", "redirect_url", "link", "goto", "next", "continue", "r",
		"remoteUrl": // CurseForge's link-out page (rev44d)
		return true
	}
	return false
}

// AppendCarried appends to links the whole http or https links that
// the link as written carries in its query beside where it leads, at
// each depth of its wrapping: every parameter that carries one on any
// site (url=, u=, to=, next= …: queryLinkParam's), every time it is
// written. A redirector given two (Google's /url with q= and url=, a
// shim with u= twice) sends the reader to one of them, which the link
// does not say; a site's ?next= is an open redirect. A link to the
// carrying site's own host (or domain, where the site is no
// redirector), the next wrapping's destination, and a link already
// appended for written are left out. Each appended
// link keeps written's Raw, where it stands in the text and how it was
// written; Via is QueryURL. It appends while len(links) < max.
func AppendCarried(links []Link, written *Link, max int) []Link {
	if !mayWrap(written) && !mayCarry(written.Query) {
		return links
	}
	from := len(links)
	cur := written // then each wrapping's destination, in inner
	var inner Link
	for range maxWraps + 1 {
		next, _, wraps := destination(cur)
		q := cur.Query
		if !mayCarry(q) {
			q = ""
		}
		for len(q) > 0 && len(links) < max {
			var part string
			part, q = cutParam(q)
			key, value, ok := strings.Cut(part, "=")
			if !ok || len(value) < 4 || !queryLinkParam(key) && key != "z" {
				continue
			}
			d, _, ok := carried(part, key, QueryURL)
			if !ok || wraps && d == next {
				continue
			}
			p, ok := Parse(d)
			if !ok || p.Host == "" || p.Host == cur.Host || !wraps && p.Domain != "" && p.Domain == cur.Domain || appended(links[from:], &p) {
				// a site sending the reader on to its own pages
				// leads where the link does; a redirector's
				// other destination is a page of its own, even
				// on its domain (sites.google.com behind
				// www.google.com/url)
				continue
			}
			p.Raw, p.start, p.end = written.Raw, written.start, written.end
			p.Carried, p.Visible = written.Carried, written.Visible
			p.Disguised, p.Hidden, p.Defanged, p.DotDisguised = written.Disguised, written.Hidden, written.Defanged, written.DotDisguised
			p.Via = QueryURL
			_, p.frag, _ = strings.Cut(d, "#")
			links = append(links, p)
		}
		if !wraps {
			break
		}
		if inner, wraps = Parse(next); !wraps {
			break
		}
		cur = &inner
	}
	return links
}

// mayCarry is the cheap test a query meets before its parameters are
// read: a whole link in it has a scheme's ':', an escape, or slashes.
func mayCarry(q string) bool {
	return len(q) >= 4 && (strings.ContainsAny(q, ":%\\") || strings.Contains(q, "//"))
}

// appended reports a link among links with l's host, path and query.
func appended(links []Link, l *Link) bool {
	for i := range links {
		if links[i].Host == l.Host && links[i].Path == l.Path && links[i].Query == l.Query {
			return true
		}
	}
	return false
}
