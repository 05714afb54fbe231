package bot_test

import (
	"encoding/base64"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/bot/linkx"
)

// invariant is one way people write the same link in chat: the message
// rewritten around its first plainly written link, on a platform.
type invariant struct {
	name     string
	platform bot.Platform
	// talk marks a rewriting that may change what the message means (a
	// link in code is talk of a link): a scam's link let through there
	// is not counted as wrong.
	talk bool
	// apply returns the message written this way, or false when the way
	// does not apply to this link (no scheme to drop).
	apply func(text string, l *linkx.Link, start, end int) (string, []bot.LinkRef, bool)
}

// around writes the link as before+link+after.
func around(before, after string) func(string, *linkx.Link, int, int) (string, []bot.LinkRef, bool) {
	return func(text string, l *linkx.Link, s, e int) (string, []bot.LinkRef, bool) {
		return text[:s] + before + text[s:e] + after + text[e:], nil, true
	}
}

// rewriteURL writes the link as f makes it.
func rewriteURL(f func(u string, l *linkx.Link) (string, bool)) func(string, *linkx.Link, int, int) (string, []bot.LinkRef, bool) {
	return func(text string, l *linkx.Link, s, e int) (string, []bot.LinkRef, bool) {
		u, ok := f(text[s:e], l)
		if !ok {
			return "", nil, false
		}
		return text[:s] + u + text[e:], nil, true
	}
}

// withParams adds tracking or share parameters to the link's query, as
// whoever shares it adds them: to a link with a query (afterQuery) or
// with none, before any fragment.
func withParams(params string, afterQuery bool) func(string, *linkx.Link, int, int) (string, []bot.LinkRef, bool) {
	return rewriteURL(func(u string, l *linkx.Link) (string, bool) {
		if (l.Query != "") != afterQuery || l.UserInfo != "" {
			return "", false
		}
		frag := ""
		if i := strings.IndexByte(u, '#'); i >= 0 {
			u, frag = u[:i], u[i:]
		}
		if strings.HasSuffix(u, "?") {
			return "", false
		}
		sep := "?"
		if afterQuery {
			sep = "&"
			if strings.HasSuffix(u, "&") {
				sep = ""
			}
		}
		return u + sep + params + frag, true
	})
}

// hostSpan returns where the host stands in u, a link as written.
func hostSpan(u string) (int, int) {
	s := 0
	if i := strings.Index(u, "://"); i >= 0 {
		s = i + 3
	}
	if i := strings.IndexByte(u[s:], '@'); i >= 0 && !strings.ContainsAny(u[s:s+i], "/?#") {
		s += i + 1
	}
	e := len(u)
	if i := strings.IndexAny(u[s:], "/?#:"); i >= 0 {
		e = s + i
	}
	return s, e
}

// labelAdded writes the link's host with label (ending in a dot) in
// front, its www. dropped first, as a site's mobile or app front is
// written (m.example.com) or as anyone who owns a name may write it. A
// host that is an address or no registrable name, a link with user
// information, and www. before a host that has it already are left out.
func labelAdded(label string) func(string, *linkx.Link, int, int) (string, []bot.LinkRef, bool) {
	return rewriteURL(func(u string, l *linkx.Link) (string, bool) {
		if l.IP.IsValid() || l.Domain == "" || l.UserInfo != "" {
			return "", false
		}
		s, e := hostSpan(u)
		h := u[s:e]
		if len(h) > 4 && strings.EqualFold(h[:4], "www.") {
			if label == "www." {
				return "", false
			}
			h = h[4:]
		}
		return u[:s] + label + h + u[e:], true
	})
}

var invariants = []invariant{
	{name: "angle <u> (Discord)", platform: bot.Discord, apply: around("<", ">")},
	{name: "masked [here](u) (Discord)", platform: bot.Discord, apply: func(text string, l *linkx.Link, s, e int) (string, []bot.LinkRef, bool) {
		return text[:s] + "here" + text[e:], []bot.LinkRef{{Text: "here", URL: text[s:e]}}, true
	}},
	{name: "masked [u](u) (Discord)", platform: bot.Discord, apply: func(text string, l *linkx.Link, s, e int) (string, []bot.LinkRef, bool) {
		return text, []bot.LinkRef{{Text: text[s:e], URL: text[s:e]}}, true
	}},
	{name: "text_link here (Telegram)", platform: bot.Telegram, apply: func(text string, l *linkx.Link, s, e int) (string, []bot.LinkRef, bool) {
		return text[:s] + "here" + text[e:], []bot.LinkRef{{Text: "here", URL: text[s:e]}}, true
	}},
	{name: "here u (control: a word before)", platform: bot.Telegram, apply: around("here ", "")},
	{name: "[here](u) as typed", platform: bot.Telegram, apply: around("[here](", ")")},
	{name: "spoiler ||u|| (Discord)", platform: bot.Discord, apply: around("||", "||")},
	{name: "code `u` (Discord)", platform: bot.Discord, talk: true, apply: around("`", "`")},
	{name: "fenced block (Discord)", platform: bot.Discord, talk: true, apply: around("```\n", "\n```")},
	{name: "u.", platform: bot.Telegram, apply: around("", ".")},
	{name: "u,", platform: bot.Telegram, apply: around("", ",")},
	{name: "u;", platform: bot.Telegram, apply: around("", ";")},
	{name: "u!", platform: bot.Telegram, apply: around("", "!")},
	{name: "u?", platform: bot.Telegram, apply: around("", "?")},
	{name: "u:", platform: bot.Telegram, apply: around("", ":")},
	{name: "u)", platform: bot.Telegram, apply: around("", ")")},
	{name: "u…", platform: bot.Telegram, apply: around("", "…")},
	{name: "u...", platform: bot.Telegram, apply: around("", "...")},
	{name: "(u)", platform: bot.Telegram, apply: around("(", ")")},
	{name: "(u).", platform: bot.Telegram, apply: around("(", ").")},
	{name: `"u"`, platform: bot.Telegram, apply: around(`"`, `"`)},
	{name: "'u'", platform: bot.Telegram, apply: around("'", "'")},
	{name: "“u”", platform: bot.Telegram, apply: around("“", "”")},
	{name: "«u»", platform: bot.Telegram, apply: around("«", "»")},
	{name: "（u）", platform: bot.Telegram, apply: around("（", "）")},
	{name: "[u]", platform: bot.Telegram, apply: around("[", "]")},
	{name: "u_(x) wiki path", platform: bot.Telegram, apply: rewriteURL(func(u string, l *linkx.Link) (string, bool) {
		if l.Query != "" || strings.Contains(u, "#") || !strings.Contains(strings.TrimPrefix(l.Path, "/"), "/") && len(l.Path) < 2 || strings.HasSuffix(u, "/") || strings.Contains(l.Path[strings.LastIndexByte(l.Path, '/')+1:], ".") {
			return "", false
		}
		return u + "_(x)", true
	})},
	{name: "(u_(x)) wiki path in brackets", platform: bot.Telegram, apply: rewriteURL(func(u string, l *linkx.Link) (string, bool) {
		if l.Query != "" || strings.Contains(u, "#") || !strings.Contains(strings.TrimPrefix(l.Path, "/"), "/") && len(l.Path) < 2 || strings.HasSuffix(u, "/") || strings.Contains(l.Path[strings.LastIndexByte(l.Path, '/')+1:], ".") {
			return "", false
		}
		return "(" + u + "_(x))", true
	})},
	{name: "trailing slash toggled", platform: bot.Telegram, apply: rewriteURL(func(u string, l *linkx.Link) (string, bool) {
		if l.Query != "" || strings.Contains(u, "#") || strings.Contains(l.Path[strings.LastIndexByte(l.Path, '/')+1:], ".") {
			return "", false // a file's name with a slash after it is a folder
		}
		if strings.HasSuffix(u, "/") {
			return strings.TrimSuffix(u, "/"), true
		}
		return u + "/", true
	})},
	{name: "scheme dropped", platform: bot.Telegram, apply: rewriteURL(func(u string, l *linkx.Link) (string, bool) {
		i := strings.Index(u, "://")
		if l.Scheme != "http" && l.Scheme != "https" || i < 0 || l.UserInfo != "" {
			return "", false
		}
		return u[i+3:], true
	})},
	{name: "https -> http", platform: bot.Telegram, talk: true, apply: rewriteURL(func(u string, l *linkx.Link) (string, bool) {
		if strings.HasPrefix(u, "https://") {
			return "http://" + u[8:], true
		}
		return "", false
	})},
	{name: "http -> https", platform: bot.Telegram, apply: rewriteURL(func(u string, l *linkx.Link) (string, bool) {
		if strings.HasPrefix(u, "http://") {
			return "https://" + u[7:], true
		}
		return "", false
	})},
	{name: "www. added", platform: bot.Telegram, apply: rewriteURL(func(u string, l *linkx.Link) (string, bool) {
		if l.Domain == "" || l.Host != l.Domain || !l.ICANN || l.UserInfo != "" {
			return "", false
		}
		s, _ := hostSpan(u)
		return u[:s] + "www." + u[s:], true
	})},
	{name: "label+ m.", platform: bot.Telegram, apply: labelAdded("m.")},
	{name: "label+ mobile.", platform: bot.Telegram, apply: labelAdded("mobile.")},
	{name: "label+ app.", platform: bot.Telegram, apply: labelAdded("app.")},
	{name: "label+ web.", platform: bot.Telegram, apply: labelAdded("web.")},
	{name: "label+ www.", platform: bot.Telegram, apply: labelAdded("www.")},
	{name: "label+ a7f3k. (random)", platform: bot.Telegram, apply: labelAdded("a7f3k.")},
	{name: "label+ x9q2. (random)", platform: bot.Telegram, apply: labelAdded("x9q2.")},
	{name: "label+ 3fa9c1e2. (random)", platform: bot.Telegram, apply: labelAdded("3fa9c1e2.")},
	{name: "label+ login. (lure)", platform: bot.Telegram, apply: labelAdded("login.")},
	{name: "label+ secure. (lure)", platform: bot.Telegram, apply: labelAdded("secure.")},
	{name: "label+ account. (lure)", platform: bot.Telegram, apply: labelAdded("account.")},
	{name: "host upper-cased", platform: bot.Telegram, apply: rewriteURL(func(u string, l *linkx.Link) (string, bool) {
		s, e := hostSpan(u)
		return u[:s] + strings.ToUpper(u[s:e]) + u[e:], true
	})},
	{name: "utm appended", platform: bot.Telegram, apply: withParams("utm_source=twitter&utm_medium=social&utm_campaign=share", false)},
	{name: "utm after a query", platform: bot.Telegram, apply: withParams("utm_source=twitter&utm_medium=social&utm_campaign=share", true)},
	{name: "fbclid appended", platform: bot.Telegram, apply: withParams("fbclid=IwAR2Xk3Lm9PqR2sT8vWzQ7bN1cD4eF5gH6iJ", false)},
	{name: "si appended", platform: bot.Telegram, apply: withParams("si=Xk3Lm9PqR2sT8vWz", false)},
	{name: "own line", platform: bot.Telegram, apply: func(text string, l *linkx.Link, s, e int) (string, []bot.LinkRef, bool) {
		if strings.TrimSpace(text[:s]) == "" {
			return "", nil, false
		}
		return strings.TrimRight(text[:s], " ") + "\n" + text[s:e] + "\n" + strings.TrimLeft(text[e:], " "), nil, true
	}},
	{name: "sentence after the link", platform: bot.Telegram, apply: func(text string, l *linkx.Link, s, e int) (string, []bot.LinkRef, bool) {
		rest := strings.TrimSpace(strings.TrimSpace(text[:s]) + " " + strings.TrimSpace(text[e:]))
		if rest == "" || s == 0 {
			return "", nil, false
		}
		return text[s:e] + " " + rest, nil, true
	}},
	{name: "👉 u", platform: bot.Telegram, apply: around("👉 ", "")},
	{name: "👉u", platform: bot.Telegram, apply: around("👉", "")},
	{name: "u🔥", platform: bot.Telegram, apply: around("", "🔥")},
	{name: "u 🔥", platform: bot.Telegram, apply: around("", " 🔥")},
	// the link behind the redirectors and proxies big sites put in front
	// of links, as people paste them (wrap39)
	{name: "wrap: google /url?q=", platform: bot.Telegram, apply: wrapURL(func(u string, l *linkx.Link) string {
		return "https://www.google.com/url?q=" + url.QueryEscape(u) + "&sa=D&source=editors&ust=1733390000000000&usg=AOvVaw3xYz"
	})},
	{name: "wrap: l.facebook.com", platform: bot.Telegram, apply: wrapURL(func(u string, l *linkx.Link) string {
		return "https://l.facebook.com/l.php?u=" + url.QueryEscape(u) + "&h=AT0xYz12Ab"
	})},
	{name: "wrap: outlook safelinks", platform: bot.Telegram, apply: wrapURL(func(u string, l *linkx.Link) string {
		return "https://eur02.safelinks.protection.outlook.com/?url=" + url.QueryEscape(u) + "&data=05%7C02%7C%7Cabc%7C0&sdata=Xyz%3D&reserved=0"
	})},
	{name: "wrap: youtube /redirect", platform: bot.Telegram, apply: wrapURL(func(u string, l *linkx.Link) string {
		return "https://www.youtube.com/redirect?event=video_description&redir_token=QUFFLUhqbQ&q=" + url.QueryEscape(u) + "&v=dQw4w9WgXcQ"
	})},
	{name: "wrap: vk away.php", platform: bot.Telegram, apply: wrapURL(func(u string, l *linkx.Link) string {
		return "https://vk.com/away.php?to=" + url.QueryEscape(u)
	})},
	{name: "wrap: google /amp/s/", platform: bot.Telegram, apply: wrapURL(func(u string, l *linkx.Link) string {
		if rest, ok := strings.CutPrefix(u, "https://"); ok {
			return "https://www.google.com/amp/s/" + rest
		}
		return "https://www.google.com/amp/" + strings.TrimPrefix(u, "http://")
	})},
	{name: "wrap: a site's own ?url=", platform: bot.Telegram, apply: wrapURL(func(u string, l *linkx.Link) string {
		return "https://www.example.com/redirect?url=" + url.QueryEscape(u)
	})},
	// a search engine's click tracker and a mail gateway (wrap39b)
	{name: "wrap: bing /ck/a", platform: bot.Telegram, apply: wrapURL(func(u string, l *linkx.Link) string {
		return "https://www.bing.com/ck/a?!&&p=6dec2ffd7b6ef954JmltdHM9MTcxNjQyMjQwMCZpZ3VpZD0yYTYw&ptn=3&ver=2&hsh=3&fclid=2a6037e6-25f1-60e2-3629-23af249661c8&u=a1" +
			base64.RawURLEncoding.EncodeToString([]byte(u)) + "&ntb=1"
	})},
	{name: "wrap: barracuda linkprotect", platform: bot.Telegram, apply: wrapURL(func(u string, l *linkx.Link) string {
		return "https://linkprotect.cudasvc.com/url?a=" + url.QueryEscape(u) + "&c=E,1,CM-DuVk1S39O5Ybvxenmk8X7HsnV5bAL9qY47NIuQKTFB&typo=1"
	})},
	// a redirector given a benign page and the link, wrapped past what
	// Unwrap undoes, the link read as a browser reads it (rev39b)
	{name: "wrap: google q=github&url=", platform: bot.Telegram, apply: wrapURL(func(u string, l *linkx.Link) string {
		return "https://www.google.com/url?q=https%3A%2F%2Fgithub.com%2Fgolang%2Fgo&url=" + url.QueryEscape(u) + "&sa=D"
	})},
	{name: "wrap: google /url x7", platform: bot.Telegram, apply: wrapURL(func(u string, l *linkx.Link) string {
		for range 7 {
			u = "https://www.google.com/url?q=" + url.QueryEscape(u) + "&sa=D"
		}
		return u
	})},
	{name: "wrap: google q=+u", platform: bot.Telegram, apply: wrapURL(func(u string, l *linkx.Link) string {
		return "https://www.google.com/url?q=+" + url.QueryEscape(u) + "&sa=D"
	})},
	{name: "wrap: translate.goog", platform: bot.Telegram, apply: wrapURL(func(u string, l *linkx.Link) string {
		rest := u[strings.Index(u, "://")+3:]
		h := rest
		if i := strings.IndexAny(rest, "/?#"); i >= 0 {
			h, rest = rest[:i], rest[i:]
		} else {
			rest = ""
		}
		frag := ""
		if i := strings.IndexByte(rest, '#'); i >= 0 {
			rest, frag = rest[:i], rest[i:]
		}
		if rest == "" {
			rest = "/"
		}
		sep := "?"
		if strings.Contains(rest, "?") {
			sep = "&"
		}
		params := "_x_tr_sl=auto&_x_tr_tl=en&_x_tr_hl=en"
		if strings.HasPrefix(u, "http://") {
			params = "_x_tr_sch=http&" + params
		}
		h = strings.ToLower(h)
		return "https://" + strings.ReplaceAll(strings.ReplaceAll(h, "-", "--"), ".", "-") + ".translate.goog" + rest + sep + params + frag
	})},
}

// wrapURL writes the link (with https:// before it when it was written
// without a scheme) as f wraps it. Links with user information, a port
// or an IP address are left alone.
func wrapURL(f func(u string, l *linkx.Link) string) func(string, *linkx.Link, int, int) (string, []bot.LinkRef, bool) {
	return rewriteURL(func(u string, l *linkx.Link) (string, bool) {
		if l.UserInfo != "" || l.Port != "" || l.IP.IsValid() || l.Scheme != "" && l.Scheme != "http" && l.Scheme != "https" {
			return "", false
		}
		if l.Scheme == "" {
			u = "https://" + u
		}
		return f(u, l), true
	})
}

// invarianceSets are the tuning sets the invariance is measured on: no
// held-out (h) set and no eval set.
var invarianceSets = []measureSet{
	{"en-tech.txt", false}, {"en-tech4t.txt", false}, {"en-tech5t.txt", false}, {"en-tech6t.txt", false},
	{"en-tech11t.txt", false}, {"en-tech12t.txt", false}, {"en-tech14t.txt", false}, {"en-tech15t.txt", false},
	{"en-tech16t.txt", false}, {"en-tech18t.txt", false}, {"en-tech19t.txt", false},
	{"en-benign4t.txt", false}, {"en-benign6t.txt", false},
	{"vi-benign.txt", false}, {"vi-benign4t.txt", false}, {"vi-benign6t.txt", false},
	{"brand23-textt.txt", false}, {"deb-text20t.txt", false}, {"doc24-djt.txt", false}, {"doc24-kernt.txt", false}, {"doc24-pyt.txt", false},
	{"host26-devt.txt", false}, {"host26-vit.txt", false}, {"src22-codet.txt", false}, {"src22-doct.txt", false},
	{"tech25-chatt.txt", false}, {"tech26-labt.txt", false}, {"tech26-modt.txt", false}, {"tech26-vit.txt", false},
	{"tech27-datat.txt", false}, {"tech27-edget.txt", false}, {"tech27-opst.txt", false}, {"tech27-tailt.txt", false},
	{"tech27-webt.txt", false}, {"tech27-workt.txt", false}, {"tech28-cryptot.txt", false}, {"tech28-filest.txt", false},
	{"tech28-oldwebt.txt", false}, {"tech28-sect.txt", false}, {"tech29-edut.txt", false}, {"tech29-gamet.txt", false},
	{"tech29-homelabt.txt", false}, {"tech29-mlt.txt", false}, {"tech30-frontt.txt", false}, {"tech30-helpt.txt", false},
	{"tech30-netopst.txt", false}, {"tech30-newst.txt", false}, {"tech32-cloudt.txt", false}, {"tech32-gamedevt.txt", false},
	{"tech32-mobilet.txt", false}, {"tech32-osst.txt", false}, {"npm-home21t.txt", false},
	{"en-phish12a.txt", true}, {"en-phish12t.txt", true}, {"en-phish13r.txt", true}, {"en-phish16t.txt", true}, {"en-phish17t.txt", true},
	{"en-scam4t.txt", true}, {"en-scam6t.txt", true}, {"vi-scam6t.txt", true}, {"vi-smishing.txt", true}, {"vi-smishing4t.txt", true},
	{"malware-urls.txt", true}, {"malware-urls11t.txt", true}, {"malware-urls12t.txt", true}, {"files33-malwaret.txt", true},
	{"sec24-scamt.txt", true}, {"sec25-scamt.txt", true},
}

// moved counts how the verdicts of one way of writing moved against the
// message as first written.
type moved struct {
	n, up, down, wrong int
}

// TestMeasureInvarianceTuning measures whether a message's verdict holds when
// its first plainly written link is written another way people write
// links in chat (wrapped, quoted, followed by punctuation, masked,
// spoilered, its host's case or its scheme changed …), over the tuning
// sets. It logs counts only, per way and per kind of set: messages
// rewritten, verdicts that moved up or down a level, and those that
// moved wrongly (a benign message flagged, a scam's allowed; a scam's
// link written as code, talk of it, is not counted). INVARIANCE=1 runs
// it; MEASURE_SHOW=1 also logs the wrongly moved lines.
func TestMeasureInvarianceTuning(t *testing.T) {
	if os.Getenv("INVARIANCE") != "1" {
		t.Skip("INVARIANCE=1 runs the invariance measure")
	}
	c := bot.NewClassifier(bot.ClassifierConfig{})
	show := os.Getenv("MEASURE_SHOW") == "1"
	only := os.Getenv("INVARIANCE_ONLY")
	tot := map[string]*[2]moved{}
	var shown []string
	for _, s := range invarianceSets {
		lines, err := readMeasureSet(filepath.Join("testdata/measure", s.file))
		if err != nil {
			t.Fatal(err)
		}
		per := map[string]*moved{}
		kind := 0
		if s.scam {
			kind = 1
		}
		for _, text := range lines {
			l, start, end, ok := firstPlainLink(text)
			if !ok {
				continue
			}
			base := map[bot.Platform]bot.Level{}
			for _, v := range invariants {
				if only != "" && !strings.Contains(v.name, only) {
					continue
				}
				vt, refs, ok := v.apply(text, &l, start, end)
				if !ok {
					continue
				}
				b, seen := base[v.platform]
				if !seen {
					b = judgeText(c, v.platform, text).Verdict.Level
					base[v.platform] = b
				}
				m := bot.Message{ID: "x", Platform: v.platform, Chat: "c", User: "u", Time: t0, Text: vt, Links: refs, MemberSince: t0.AddDate(-1, 0, 0)}
				got := c.Classify(&m, bot.Hints{}).Verdict
				mv := per[v.name]
				if mv == nil {
					mv = &moved{}
					per[v.name] = mv
				}
				if tot[v.name] == nil {
					tot[v.name] = &[2]moved{}
				}
				tv := &tot[v.name][kind]
				mv.n++
				tv.n++
				wrong := false
				switch {
				case got.Level > b:
					mv.up++
					tv.up++
					wrong = !s.scam && b == bot.Allow
				case got.Level < b:
					mv.down++
					tv.down++
					wrong = s.scam && got.Level == bot.Allow && !v.talk
				}
				if wrong {
					mv.wrong++
					tv.wrong++
					if show {
						var why []string
						for _, r := range got.Reasons {
							why = append(why, string(r.Code))
						}
						shown = append(shown, fmt.Sprintf("%s [%s] %s→%s %.2f %q %v", s.file, v.name, b, got.Level, got.Score, vt, why))
					}
				}
			}
		}
		var names []string
		for n, mv := range per {
			if mv.up+mv.down > 0 {
				names = append(names, fmt.Sprintf("%s %d/%d/%d", n, mv.up, mv.down, mv.wrong))
			}
		}
		sort.Strings(names)
		t.Logf("%s: moved (up/down/wrong): %s", s.file, strings.Join(names, "; "))
	}
	var rows []string
	for _, v := range invariants {
		if m := tot[v.name]; m != nil {
			rows = append(rows, fmt.Sprintf("| %s | %d | %d | %d | %d | %d | %d | %d | %d |", v.name, m[0].n, m[0].up, m[0].down, m[0].wrong, m[1].n, m[1].up, m[1].down, m[1].wrong))
		}
	}
	t.Logf("| way | benign n | up | down | flagged | scams n | up | down | allowed |\n%s", strings.Join(rows, "\n"))
	if len(shown) > 0 {
		t.Logf("moved wrongly:\n%s", strings.Join(shown, "\n"))
	}
}

// firstPlainLink returns the first link written plainly in text (no
// disguise, nothing hidden) and where it stands.
func firstPlainLink(text string) (linkx.Link, int, int, bool) {
	for _, l := range linkx.Extract(text, nil) {
		s, e := l.Span()
		if l.Disguised || l.Hidden || e > len(text) || text[s:e] != l.Raw {
			continue
		}
		return l, s, e, true
	}
	return linkx.Link{}, 0, 0, false
}
